import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';

const NS = 'federation';
const DAY_MS = 24 * 3_600_000;
type Relation = components['schemas']['FederationRelation'];

/** The latest of one relation, read again on demand: the delivery to its witness, with its last error. */
function RelationDetails({ peer }: { peer: string }) {
  const { t } = useTranslation(NS);
  const details = useQuery({
    queryKey: ['federation', 'relation', peer],
    queryFn: () =>
      unwrap(api.GET('/api/federation/relations/{peer}', { params: { path: { peer } } })),
  });
  return (
    <QueryView query={details}>
      {(relation) => (
        <p className="muted">
          {relation.witness?.submission
            ? t('details.submission', {
                state: relation.witness.submission.state,
                attempts: relation.witness.submission.attempts,
                error: relation.witness.submission.lastError ?? '—',
              })
            : t('details.noSubmission')}
        </p>
      )}
    </QueryView>
  );
}

function RelationItem({ relation }: { relation: Relation }) {
  const { t } = useTranslation(NS);
  const [open, setOpen] = useState(false);
  const witness = relation.witness;
  return (
    <li>
      <strong>{relation.handle ?? relation.peerActorId}</strong>{' '}
      <span className="muted">{t(`list.status.${relation.status}`)}</span>
      <br />
      {witness
        ? witness.refusal
          ? t('list.witnessRefused', { reason: witness.refusal })
          : t('list.witness', { size: witness.cosignedSize })
        : t('list.notWitness')}
      {relation.announced && (
        <>
          <br />
          {t('list.announced', {
            size: relation.announced.treeSize,
            cosignatures: relation.announced.cosignatures,
          })}
        </>
      )}
      {relation.equivocation && (
        <p role="alert">{t('list.equivocation', { size: relation.equivocation.treeSize })}</p>
      )}
      <br />
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('details.toggle', { name: relation.handle ?? relation.peerActorId })}
      </button>
      {open && <RelationDetails peer={relation.handle ?? relation.peerActorId} />}
    </li>
  );
}

/** Proposes following a DisCO: the node reads it first, and members then vote. */
function FollowForm() {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const [target, setTarget] = useState('');
  const [days, setDays] = useState('7');
  const [done, setDone] = useState<string | null>(null);
  const propose = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/federation/proposals', {
          body: {
            target,
            action: 'follow',
            deadline: new Date(Date.now() + Math.max(1, Number(days) || 7) * DAY_MS).toISOString(),
          },
        }),
      ),
    onSuccess: async (result) => {
      setDone(t('form.opened', { name: result.peer.handle ?? result.peer.actorId }));
      setTarget('');
      await queryClient.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
  const errors = useFormErrors(propose.error, { target: ['target'], days: ['deadline'] });
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        propose.mutate();
      }}
    >
      <Field label={t('form.target')} hint={t('form.targetHint')} errors={errors.field('target')}>
        {(p) => (
          <input
            {...p}
            autoComplete="off"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('form.days')} errors={errors.field('days')}>
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        )}
      </Field>
      {errors.rest}
      <button type="submit" disabled={propose.isPending}>
        {t('form.submit')}
      </button>
      <ResultStatus message={done} />
    </form>
  );
}

/** `/federation`: the DisCOs we federate with, each with its witness status, and the form to propose one. */
export function FederationPage() {
  const { t } = useTranslation(NS);
  const relations = useQuery({
    queryKey: ['federation', 'relations'],
    queryFn: () => unwrap(api.GET('/api/federation/relations')),
  });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <Section title={t('list.title')} id="federation-list">
        <QueryView query={relations}>
          {(data) =>
            data.items.length === 0 ? (
              <Empty>{t('list.none')}</Empty>
            ) : (
              <ul className="list">
                {data.items.map((r) => (
                  <RelationItem key={r.peerActorId} relation={r} />
                ))}
              </ul>
            )
          }
        </QueryView>
      </Section>
      <Section title={t('form.title')} id="federation-follow">
        <FollowForm />
      </Section>
    </>
  );
}
