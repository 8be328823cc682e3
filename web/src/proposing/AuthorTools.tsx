import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { useMe } from '../session';

type ProposalDetail = components['schemas']['ProposalDetail'];
const NS = 'proposing';

/** Its author amends an open proposal's title and text, or withdraws it. Nobody else sees this. */
export function AuthorTools({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation(NS);
  const me = useMe();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(proposal.title);
  const [body, setBody] = useState(proposal.body);
  const [done, setDone] = useState<string | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['proposal', proposal.proposalId] }),
      queryClient.invalidateQueries({ queryKey: ['proposals'] }),
    ]);
  const path = { params: { path: { proposalId: proposal.proposalId } } };
  const amend = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/proposals/{proposalId}/amendments', {
          ...path,
          body: {
            ...(title !== proposal.title ? { title } : {}),
            ...(body !== proposal.body ? { body } : {}),
          },
        }),
      ),
    onSuccess: async () => {
      setDone(t('amend.done', { version: proposal.version + 1 }));
      await refresh();
    },
  });
  const withdraw = useMutation({
    mutationFn: () => unwrap(api.POST('/api/proposals/{proposalId}/withdrawal', path)),
    onSuccess: async () => {
      setDone(t('amend.withdrawn'));
      await refresh();
    },
  });
  const errors = useFormErrors(amend.error ?? withdraw.error, {
    title: ['title'],
    body: ['body'],
  });
  if (proposal.authorId !== me.memberId) return null;
  if (proposal.status !== 'open') return done ? <ResultStatus message={done} /> : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    amend.mutate();
  };
  return (
    <Section title={t('amend.title')} id="amend">
      <p className="muted">{t('amend.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('amend.proposalTitle')} errors={errors.field('title')}>
          {(p) => (
            <input
              {...p}
              value={title}
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('amend.body')} errors={errors.field('body')}>
          {(p) => (
            <textarea {...p} rows={5} value={body} onChange={(e) => setBody(e.target.value)} />
          )}
        </Field>
        {errors.rest}
        <div className="actions">
          <button
            type="submit"
            disabled={amend.isPending || (title === proposal.title && body === proposal.body)}
          >
            {t('amend.submit')}
          </button>
          <button
            type="button"
            disabled={withdraw.isPending}
            onClick={() => {
              setDone(null);
              withdraw.mutate();
            }}
          >
            {t('amend.withdraw')}
          </button>
        </div>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}
