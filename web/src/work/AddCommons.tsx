import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { useSession } from '../session';

/** A member registers a commons resource the collective made or keeps; visitors only read the list. */
export function AddCommons() {
  const { t } = useTranslation('work');
  const session = useSession();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState('');
  const [licence, setLicence] = useState('CC-BY-SA-4.0');
  const [link, setLink] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/commons', { body: { title, kind, licence, link } })).then(() => title),
    onMutate: () => setDone(null),
    onSuccess: async (added) => {
      setDone(t('commons.done', { title: added }));
      setTitle('');
      setKind('');
      setLink('');
      await queryClient.invalidateQueries({ queryKey: ['commons'] });
    },
  });
  const errors = useFormErrors(add.error, {
    title: ['title'],
    kind: ['kind'],
    licence: ['licence'],
    link: ['link'],
  });
  if (session.data?.member?.status !== 'active') return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <Section title={t('commons.title')} id="add-commons">
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('commons.resource')} errors={errors.field('title')}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <div className="row">
          <Field label={t('commons.kind')} errors={errors.field('kind')}>
            {(p) => <input {...p} value={kind} onChange={(e) => setKind(e.target.value)} />}
          </Field>
          <Field label={t('commons.licence')} errors={errors.field('licence')}>
            {(p) => <input {...p} value={licence} onChange={(e) => setLicence(e.target.value)} />}
          </Field>
        </div>
        <Field label={t('commons.link')} errors={errors.field('link')}>
          {(p) => (
            <input {...p} type="url" value={link} onChange={(e) => setLink(e.target.value)} />
          )}
        </Field>
        {errors.rest}
        <button type="submit" disabled={add.isPending}>
          {t('commons.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}
