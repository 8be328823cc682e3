import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { formatMoney } from '../format';
import { localDateTime } from '../what-if/parameter-proposal';
import { DateInput } from '../words/DateInput';
import { useSaidOrText } from '../words/said-or-text';

const NS = 'federation';
const WEEK_MS = 7 * 24 * 3_600_000;
type Relation = components['schemas']['FederationRelation'];
type Economy = components['schemas']['Economy'];
type Commons = components['schemas']['FederatedCommonsEntry'];

/**
 * What this DisCO shares with one peer: the commons it published to us, the transfers between us
 * and our credit line with it, so a member sees the whole relation in one place.
 */
function SharedWithPeer({
  peer,
  economy,
  commons,
}: {
  peer: string;
  economy: Economy | undefined;
  commons: Commons[] | undefined;
}) {
  const { t, i18n } = useTranslation(NS);
  const money = (minor: string, currency: string) => formatMoney(minor, currency, i18n.language);
  const shared = commons?.filter((c) => c.origin === peer) ?? [];
  const transfers = economy?.transfers.filter((x) => x.peer === peer) ?? [];
  const line = economy?.lines.find((l) => l.peer === peer);
  return (
    <>
      {commons && (
        <p>
          {shared.length === 0
            ? t('shared.noCommons')
            : t('shared.commons', {
                titles: new Intl.ListFormat(i18n.language).format(
                  shared.map((c) => `${c.title} (${c.licence})`),
                ),
              })}
        </p>
      )}
      {economy && (
        <>
          {transfers.length === 0 ? (
            <p>{t('shared.noTransfers')}</p>
          ) : (
            <ul aria-label={t('shared.transfers')}>
              {transfers.map((x) => (
                <li key={`${x.kind}:${x.transferId}`}>
                  {t(`shared.${x.kind}.${x.direction}`, {
                    amount: money(x.amount, x.currency),
                    // On our side an accepted offer of ours is known only by their receipt.
                    status: t(
                      x.direction === 'out' && x.status === 'accepted'
                        ? 'shared.receipted'
                        : `shared.status.${x.status}`,
                    ),
                  })}
                </li>
              ))}
            </ul>
          )}
          <p>
            {line
              ? t('shared.line', {
                  balance: money(line.balance, line.currency),
                  limit: money(line.limit, line.currency),
                })
              : t('shared.noLine')}
          </p>
        </>
      )}
    </>
  );
}

/** The latest of one relation, read again on demand: the delivery to its witness, with its last error. */
function RelationDetails({ peer }: { peer: string }) {
  const { t } = useTranslation(NS);
  const details = useQuery({
    queryKey: ['federation', 'relation', peer],
    queryFn: () =>
      unwrap(api.GET('/api/federation/relations/{peer}', { params: { path: { peer } } })),
  });
  const say = useSaidOrText(Boolean(details.data?.witness?.submission?.lastErrorSaid));
  return (
    <QueryView query={details}>
      {(relation) => (
        <p className="muted">
          {relation.witness?.submission
            ? t('details.submission', {
                state: t(`details.state.${relation.witness.submission.state}`),
                attempts: relation.witness.submission.attempts,
                error:
                  relation.witness.submission.lastError === null
                    ? '—'
                    : say(
                        relation.witness.submission.lastErrorSaid,
                        relation.witness.submission.lastError,
                      ),
              })
            : t('details.noSubmission')}
        </p>
      )}
    </QueryView>
  );
}

function RelationItem({
  relation,
  economy,
  commons,
}: {
  relation: Relation;
  economy: Economy | undefined;
  commons: Commons[] | undefined;
}) {
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
      <SharedWithPeer peer={relation.peerActorId} economy={economy} commons={commons} />
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
  // A deadline to the minute, as on every other proposal: a DisCO may decide within the hour.
  const [deadline, setDeadline] = useState(() => localDateTime(new Date(Date.now() + WEEK_MS)));
  const [done, setDone] = useState<string | null>(null);
  const propose = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/federation/proposals', {
          body: {
            target,
            action: 'follow',
            // The field is the browser's local time; an unreadable one is left for the node to refuse.
            deadline: deadline === '' ? '' : new Date(deadline).toISOString(),
          },
        }),
      ),
    onSuccess: async (result) => {
      setDone(t('form.opened', { name: result.peer.handle ?? result.peer.actorId }));
      setTarget('');
      await queryClient.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
  const errors = useFormErrors(propose.error, { target: ['target'], deadline: ['deadline'] });
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
      <Field label={t('form.deadline')} errors={errors.field('deadline')}>
        {(p) => <DateInput {...p} withTime value={deadline} onValue={setDeadline} />}
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
  // The same queries as the Solidarity page and the commons catalogue, so their caches are shared.
  const economy = useQuery({
    queryKey: ['economy'],
    queryFn: () => unwrap(api.GET('/api/economy')),
  });
  const commons = useQuery({
    queryKey: ['commons', 'federated'],
    queryFn: () => unwrap(api.GET('/api/commons/federated')),
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
                  <RelationItem
                    key={r.peerActorId}
                    relation={r}
                    economy={economy.data}
                    commons={commons.data?.items}
                  />
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
