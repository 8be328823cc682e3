import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { formatDate, formatMoney } from '../format';

const NS = 'solidarity';
type Transfer = components['schemas']['EconomyTransfer'];

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['economy'] });
}

/** One transfer, with Accept and Decline on a peer's open offer, Cancel on this DisCO's own. */
function TransferItem({ transfer }: { transfer: Transfer }) {
  const { t, i18n } = useTranslation(NS);
  const refresh = useRefresh();
  const [done, setDone] = useState<string | null>(null);
  const path = { transferId: transfer.transferId };
  const body = { peer: transfer.peer };
  const answer = useMutation({
    mutationFn: (verb: 'accept' | 'cancel') =>
      (verb === 'accept'
        ? unwrap(api.POST('/api/transfers/{transferId}/accept', { params: { path }, body }))
        : unwrap(api.POST('/api/transfers/{transferId}/cancel', { params: { path }, body }))
      ).then(() => verb),
    onSuccess: async (verb) => {
      setDone(t(verb === 'accept' ? 'transfers.accepted' : 'transfers.cancelled'));
      await refresh();
    },
  });
  const errors = useFormErrors(answer.error, {});
  const peer = transfer.peerName ?? transfer.peer;
  const open = transfer.kind === 'solidarity' && transfer.status === 'offered';
  return (
    <li className="card">
      <h3>
        {t(transfer.direction === 'out' ? 'transfers.out' : 'transfers.in', { peer })} ·{' '}
        {formatMoney(transfer.amount, transfer.currency, i18n.language)}
      </h3>
      <p className="muted">
        {t(`transfers.kind.${transfer.kind}`)} · {t(`transfers.status.${transfer.status}`)} ·{' '}
        {formatDate(transfer.offeredAt.slice(0, 10), i18n.language)} · {transfer.note}
      </p>
      {transfer.status === 'refused' && (
        <p role="status">{refusalReason(t, transfer.refusalCode)}</p>
      )}
      {open && (
        <div className="row">
          {transfer.direction === 'in' && (
            <button
              type="button"
              disabled={answer.isPending}
              onClick={() => answer.mutate('accept')}
            >
              {t('transfers.accept')}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            disabled={answer.isPending}
            onClick={() => answer.mutate('cancel')}
          >
            {t(transfer.direction === 'in' ? 'transfers.decline' : 'transfers.cancel')}
          </button>
        </div>
      )}
      <Receipts transferId={transfer.transferId} />
      {errors.rest}
      <ResultStatus message={done} />
    </li>
  );
}

/**
 * A transfer's receipts, loaded when a member opens them: this ledger's events about it, each
 * with the other DisCO's event it holds and where that event sits in the other's checkpoint.
 */
function Receipts({ transferId }: { transferId: string }) {
  const { t, i18n } = useTranslation(NS);
  const [open, setOpen] = useState(false);
  const shown = useQuery({
    queryKey: ['economy', 'transfer', transferId],
    queryFn: () =>
      unwrap(api.GET('/api/transfers/{transferId}', { params: { path: { transferId } } })),
    enabled: open,
  });
  return (
    <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('receipts.title')}</summary>
      {open && (
        <QueryView query={shown}>
          {({ receipts }) => (
            <ol>
              {receipts.map((r) => (
                <li key={r.seq}>
                  {t('receipts.event', {
                    seq: r.seq,
                    type: r.type,
                    date: formatDate(r.time.slice(0, 10), i18n.language),
                  })}{' '}
                  <code>{r.hash}</code>
                  {r.peerProof && (
                    <p className="muted">
                      {t(r.peerProof.cosigned ? 'receipts.peerCosigned' : 'receipts.peer', {
                        leaf: r.peerProof.leafIndex,
                        size: r.peerProof.checkpoint.treeSize,
                      })}{' '}
                      <code>{r.peerProof.eventHash}</code>
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </QueryView>
      )}
    </details>
  );
}

/** The refusal codes a peer may answer with that the page explains in its own words. */
const EXPLAINED_REFUSALS = [
  'refusal.credit-line-over-limit',
  'refusal.credit-line-missing',
  'refusal.credit-currency-differs',
  'refusal.credit-refused-by-peer',
] as const;

/**
 * Why the other DisCO refused, told from this side: the code it answered is in its own terms
 * (its limit, its line), and comes without the figures, so the server's message for it would not
 * read right here. A code the page does not know is shown as it came.
 */
function refusalReason(t: TFunction<'solidarity'>, code: string | null): string {
  const known = EXPLAINED_REFUSALS.find((c) => c === code);
  if (known) return t(`transfers.refusal.${known.slice('refusal.'.length)}`);
  return t('transfers.refusal.other', { code: code ?? '—' });
}

/** One input of an economy form: the request field it fills, and how it is typed. */
interface EconomyField {
  name: string;
  label: string;
  kind?: 'url' | 'amount';
  /** Kept after a success, so the next one to the same DisCO need not type it again. */
  keep?: boolean;
}

/**
 * A form that posts its fields to one economy route: each field with the node's problem beside
 * it, the rest of a refusal as an alert, and a status once it is recorded. Fields in an inner
 * array share a row.
 */
function EconomyForm({
  title,
  id,
  rows,
  submit,
  done,
  send,
}: {
  title: string;
  id: string;
  rows: readonly (readonly EconomyField[])[];
  submit: string;
  done: string;
  send: (values: Record<string, string>) => Promise<unknown>;
}) {
  const refresh = useRefresh();
  const fields = rows.flat();
  const blank = () => Object.fromEntries(fields.map((f) => [f.name, '']));
  const [values, setValues] = useState<Record<string, string>>(blank);
  const [status, setStatus] = useState<string | null>(null);
  const post = useMutation({
    mutationFn: () => send(values),
    onMutate: () => setStatus(null),
    onSuccess: async () => {
      setStatus(done);
      setValues((now) => ({
        ...blank(),
        ...Object.fromEntries(fields.filter((f) => f.keep).map((f) => [f.name, now[f.name]!])),
      }));
      await refresh();
    },
  });
  const errors = useFormErrors(
    post.error,
    Object.fromEntries(fields.map((f) => [f.name, [f.name]])),
  );
  const input = (f: EconomyField) => (
    <Field key={f.name} label={f.label} errors={errors.field(f.name)}>
      {(p) => (
        <input
          {...p}
          {...(f.kind === 'url' ? { type: 'url' } : {})}
          {...(f.kind === 'amount' ? { inputMode: 'numeric' as const } : {})}
          value={values[f.name] ?? ''}
          onChange={(e) => setValues((now) => ({ ...now, [f.name]: e.target.value }))}
        />
      )}
    </Field>
  );
  return (
    <Section title={title} id={id}>
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          post.mutate();
        }}
      >
        {rows.map((row) =>
          row.length === 1 ? (
            input(row[0]!)
          ) : (
            <div className="row" key={row.map((f) => f.name).join()}>
              {row.map(input)}
            </div>
          ),
        )}
        {errors.rest}
        <button type="submit" disabled={post.isPending}>
          {submit}
        </button>
        <ResultStatus message={status} />
      </form>
    </Section>
  );
}

function EconomyForms() {
  const { t } = useTranslation(NS);
  const peer: EconomyField = { name: 'peer', label: t('send.peer'), kind: 'url', keep: true };
  const proposalId: EconomyField = { name: 'proposalId', label: t('send.proposal') };
  const amount: EconomyField = { name: 'amount', label: t('send.amount'), kind: 'amount' };
  return (
    <>
      <EconomyForm
        title={t('send.title')}
        id="send-transfer"
        rows={[[peer], [amount, { name: 'reference', label: t('send.reference') }], [proposalId]]}
        submit={t('send.submit')}
        done={t('send.done')}
        send={({ peer, amount, reference, proposalId }) =>
          unwrap(
            api.POST('/api/transfers', {
              body: {
                peer: peer!,
                amount: amount!,
                reference: reference!,
                proposalId: proposalId!,
              },
            }),
          )
        }
      />
      <EconomyForm
        title={t('lines.set')}
        id="set-credit-line"
        rows={[[peer], [{ name: 'limit', label: t('lines.limit'), kind: 'amount' }, proposalId]]}
        submit={t('lines.setSubmit')}
        done={t('lines.setDone')}
        send={({ peer, limit, proposalId }) =>
          unwrap(
            api.POST('/api/credit-lines', {
              body: { peer: peer!, limit: limit!, proposalId: proposalId! },
            }),
          )
        }
      />
      <EconomyForm
        title={t('lines.pay')}
        id="pay-credit"
        rows={[[peer], [amount, { name: 'memo', label: t('lines.memo') }]]}
        submit={t('lines.paySubmit')}
        done={t('lines.payDone')}
        send={({ peer, amount, memo }) =>
          unwrap(
            api.POST('/api/credit-transfers', {
              body: { peer: peer!, amount: amount!, memo: memo! },
            }),
          )
        }
      />
    </>
  );
}

/** Solidarity transfers and mutual credit with federated DisCOs: what came and went, and the lines. */
export function SolidarityPage() {
  const { t, i18n } = useTranslation(NS);
  const economy = useQuery({
    queryKey: ['economy'],
    queryFn: () => unwrap(api.GET('/api/economy')),
  });
  return (
    <div>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <QueryView query={economy}>
        {({ transfers, lines }) => (
          <>
            <Section title={t('transfers.title')} id="transfers">
              {transfers.length === 0 ? (
                <Empty>{t('transfers.none')}</Empty>
              ) : (
                <ul className="cards">
                  {transfers.map((transfer) => (
                    <TransferItem
                      key={`${transfer.kind}:${transfer.peer}:${transfer.transferId}`}
                      transfer={transfer}
                    />
                  ))}
                </ul>
              )}
            </Section>
            <Section title={t('lines.title')} id="credit-lines">
              {lines.length === 0 ? (
                <Empty>{t('lines.none')}</Empty>
              ) : (
                <ul>
                  {lines.map((line) => (
                    <li key={line.peer}>
                      {t('lines.line', {
                        peer: line.peerName ?? line.peer,
                        balance: formatMoney(line.balance, line.currency, i18n.language),
                        limit: formatMoney(line.limit, line.currency, i18n.language),
                      })}
                      {line.pending !== '0' &&
                        ` · ${t('lines.pending', { pending: formatMoney(line.pending, line.currency, i18n.language) })}`}
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </>
        )}
      </QueryView>
      <EconomyForms />
    </div>
  );
}
