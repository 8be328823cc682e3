import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, ErrorNotice, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { SESSION_KEY, useMe } from '../session';

type Constituency = components['schemas']['Constituency'];
type Rights = components['schemas']['ConstituencyRights'];
const NS = 'constituencies';
const RIGHTS = ['propose', 'comment', 'vote', 'bindingVote'] as const;
const NO_RIGHTS: Rights = { propose: false, comment: false, vote: false, bindingVote: false };

function useRightsInWords(): (rights: Rights) => string {
  const { t } = useTranslation(NS);
  return (rights) => {
    const held = RIGHTS.filter((r) => rights[r]).map((r) => t(`rights.${r}`));
    return held.length ? held.join(', ') : t('noRights');
  };
}

/** The four rights as checkboxes in a fieldset named by `legend`. */
function RightsBoxes({
  legend,
  rights,
  onChange,
}: {
  legend: string;
  rights: Rights;
  onChange: (rights: Rights) => void;
}) {
  const { t } = useTranslation(NS);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {RIGHTS.map((r) => (
        <label key={r} className="choice">
          <input
            type="checkbox"
            checked={rights[r]}
            onChange={(e) => onChange({ ...rights, [r]: e.target.checked })}
          />{' '}
          {t(`rights.${r}`)}
        </label>
      ))}
    </fieldset>
  );
}

function ConstituencyLine({ c, founder }: { c: Constituency; founder: boolean }) {
  const { t } = useTranslation(NS);
  const inWords = useRightsInWords();
  const queryClient = useQueryClient();
  const [rights, setRights] = useState<Rights>(c.rights);
  const [done, setDone] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (next: Rights) =>
      unwrap(
        api.PUT('/api/constituencies/{constituencyId}/rights', {
          params: { path: { constituencyId: c.constituencyId } },
          body: { rights: next },
        }),
      ).then(() => next),
    onMutate: () => setDone(null),
    onSuccess: async (next) => {
      setDone(t('saved', { name: c.name, rights: inWords(next) }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['constituencies'] }),
        // The founder's own rights may have changed with it.
        queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
      ]);
    },
  });
  const unchanged = RIGHTS.every((r) => rights[r] === c.rights[r]);
  return (
    <li>
      <strong>{c.name}</strong>{' '}
      <span className="muted">
        · {t('members', { count: c.memberCount })} · {inWords(c.rights)}
      </span>
      {founder && (
        <form
          className="inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(rights);
          }}
        >
          <RightsBoxes
            legend={t('rightsOf', { name: c.name })}
            rights={rights}
            onChange={setRights}
          />
          <button type="submit" disabled={save.isPending || unchanged}>
            {t('save', { name: c.name })}
          </button>
        </form>
      )}
      {save.error ? <ErrorNotice error={save.error} /> : null}
      <ResultStatus message={done} />
    </li>
  );
}

function DefineConstituency() {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [rights, setRights] = useState<Rights>({ ...NO_RIGHTS, comment: true });
  const [done, setDone] = useState<string | null>(null);
  const define = useMutation({
    mutationFn: (body: { name: string; slug: string; rights: Rights }) =>
      unwrap(api.POST('/api/constituencies', { body })).then(() => body),
    onMutate: () => setDone(null),
    onSuccess: async (body) => {
      setDone(t('define.done', { name: body.name }));
      setName('');
      setSlug('');
      await queryClient.invalidateQueries({ queryKey: ['constituencies'] });
    },
  });
  const errors = useFormErrors(define.error, {
    name: ['name'],
    slug: ['slug'],
    rights: ['rights'],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    define.mutate({ name, slug, rights });
  };
  return (
    <Section title={t('define.title')} id="define-constituency">
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('define.name')} errors={errors.field('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('define.slug')} errors={errors.field('slug')} hint={t('define.slugHint')}>
          {(p) => <input {...p} value={slug} onChange={(e) => setSlug(e.target.value)} />}
        </Field>
        <RightsBoxes legend={t('define.rights')} rights={rights} onChange={setRights} />
        {errors.rest}
        <button type="submit" disabled={define.isPending}>
          {t('define.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}

/**
 * The constituencies and their rights in decisions; founders define new ones and change their
 * rights (policy: constituency.define, constituency.rights). Who is in which is changed on People.
 */
export function ConstituenciesPage() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const founder = me.status === 'active' && me.founder;
  const list = useQuery({
    queryKey: ['constituencies'],
    queryFn: () => unwrap(api.GET('/api/constituencies')),
  });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <QueryView query={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('none')}</Empty>
          ) : (
            <ul className="list">
              {items.map((c) => (
                <ConstituencyLine key={c.constituencyId} c={c} founder={founder} />
              ))}
            </ul>
          )
        }
      </QueryView>
      {founder && <DefineConstituency />}
    </>
  );
}
