import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ErrorNotice, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { useMembers } from '../members';
import { useMe } from '../session';

const NS = 'proposing';
const TOPICS = [
  'general',
  'membership-change',
  'cat-parameter-change',
  'budget-or-expense',
  'policy-amendment',
] as const;
type Topic = (typeof TOPICS)[number];

/**
 * Delegation with override: a member gives their vote on a kind of proposal (or on everything) to
 * another member, sees what they gave and received, and takes it back; voting themselves on a
 * proposal overrides it there (the node's rule, stated in the intro).
 */
export function Delegations() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const queryClient = useQueryClient();
  const members = useMembers();
  const params = useQuery({
    queryKey: ['governance-parameters'],
    queryFn: () => unwrap(api.GET('/api/governance/parameters')),
  });
  const delegations = useQuery({
    queryKey: ['delegations'],
    queryFn: () => unwrap(api.GET('/api/delegations')),
  });
  const [delegateId, setDelegateId] = useState('');
  const [topic, setTopic] = useState<Topic | ''>('');
  const [done, setDone] = useState<string | null>(null);
  const scopeWords = (s: string | null) =>
    s ? t(`app:proposals.kinds.${s as Topic}`) : t('delegation.scopeAll');
  const nameOf = (id: string) => members.data?.find((m) => m.memberId === id)?.displayName ?? '';
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['delegations'] });
  const set = useMutation({
    mutationFn: () =>
      unwrap(api.PUT('/api/delegations', { body: { delegateId, ...(topic ? { topic } : {}) } })),
    onSuccess: async () => {
      setDone(t('delegation.done', { scope: scopeWords(topic || null), name: nameOf(delegateId) }));
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (scope: string | null) =>
      unwrap(
        api.DELETE('/api/delegations', {
          params: { query: scope ? { topic: scope as Topic } : {} },
        }),
      ),
    onSuccess: async (_, scope) => {
      setDone(t('delegation.revoked', { scope: scopeWords(scope) }));
      await refresh();
    },
  });
  const errors = useFormErrors(set.error, { delegate: ['delegateId'], topic: ['topic'] });
  const mayVote = me.status === 'active' && me.constituencies.some((c) => c.rights.vote);
  if (!mayVote) return null;
  if (params.data && !(params.data as { delegation?: { enabled?: boolean } }).delegation?.enabled)
    return (
      <Section title={t('delegation.title')} id="delegation">
        <p className="muted">{t('delegation.off')}</p>
      </Section>
    );
  const others = (members.data ?? []).filter(
    (m) => m.memberId !== me.memberId && m.status === 'active',
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    set.mutate();
  };
  return (
    <Section title={t('delegation.title')} id="delegation">
      <p className="muted">{t('delegation.intro')}</p>
      <QueryView query={delegations}>
        {(data) => (
          <>
            <h3>{t('delegation.given')}</h3>
            {data.given.length === 0 ? (
              <p className="muted">{t('delegation.none')}</p>
            ) : (
              <ul className="list">
                {data.given.map((d) => (
                  <li key={`${d.circleId}-${d.topic}`}>
                    {t('delegation.line', { name: d.delegateName, scope: scopeWords(d.topic) })}{' '}
                    {d.circleId === null && (
                      <button
                        type="button"
                        disabled={revoke.isPending}
                        onClick={() => {
                          setDone(null);
                          revoke.mutate(d.topic);
                        }}
                      >
                        {t('delegation.revoke', { scope: scopeWords(d.topic) })}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('delegation.received')}</h3>
            {data.received.length === 0 ? (
              <p className="muted">{t('delegation.none')}</p>
            ) : (
              <ul className="list">
                {data.received.map((d) => (
                  <li key={`${d.delegatorId}-${d.circleId}-${d.topic}`}>
                    {t('delegation.fromLine', {
                      name: d.delegatorName,
                      scope: scopeWords(d.topic),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
      {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
      <form className="form" onSubmit={submit} noValidate>
        <div className="row">
          <Field label={t('delegation.to')} errors={errors.field('delegate')}>
            {(p) => (
              <select {...p} value={delegateId} onChange={(e) => setDelegateId(e.target.value)}>
                <option value="">{t('new.chooseMember')}</option>
                {others.map((m) => (
                  <option key={m.memberId} value={m.memberId}>
                    {m.displayName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('delegation.scope')} errors={errors.field('topic')}>
            {(p) => (
              <select {...p} value={topic} onChange={(e) => setTopic(e.target.value as Topic | '')}>
                <option value="">{t('delegation.scopeAll')}</option>
                {TOPICS.map((k) => (
                  <option key={k} value={k}>
                    {scopeWords(k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {errors.rest}
        <button type="submit" disabled={set.isPending}>
          {t('delegation.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}
