import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
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
      {errors.rest}
      <ResultStatus message={done} />
    </li>
  );
}

function SendTransfer() {
  const { t } = useTranslation(NS);
  const refresh = useRefresh();
  const [peer, setPeer] = useState('');
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [proposalId, setProposalId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/transfers', { body: { peer, amount, reference, proposalId } })),
    onMutate: () => setDone(null),
    onSuccess: async () => {
      setDone(t('send.done'));
      setAmount('');
      setReference('');
      setProposalId('');
      await refresh();
    },
  });
  const errors = useFormErrors(send.error, {
    peer: ['peer'],
    amount: ['amount'],
    reference: ['reference'],
    proposalId: ['proposalId'],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  return (
    <Section title={t('send.title')} id="send-transfer">
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('send.peer')} errors={errors.field('peer')}>
          {(p) => (
            <input {...p} type="url" value={peer} onChange={(e) => setPeer(e.target.value)} />
          )}
        </Field>
        <div className="row">
          <Field label={t('send.amount')} errors={errors.field('amount')}>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('send.reference')} errors={errors.field('reference')}>
            {(p) => (
              <input {...p} value={reference} onChange={(e) => setReference(e.target.value)} />
            )}
          </Field>
        </div>
        <Field label={t('send.proposal')} errors={errors.field('proposalId')}>
          {(p) => (
            <input {...p} value={proposalId} onChange={(e) => setProposalId(e.target.value)} />
          )}
        </Field>
        {errors.rest}
        <button type="submit" disabled={send.isPending}>
          {t('send.submit')}
        </button>
        <ResultStatus message={done} />
      </form>
    </Section>
  );
}

function CreditForms() {
  const { t } = useTranslation(NS);
  const refresh = useRefresh();
  const [peer, setPeer] = useState('');
  const [limit, setLimit] = useState('');
  const [proposalId, setProposalId] = useState('');
  const [amount, setAmount] = useState('');
  const [memo, setMemo] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const setLine = useMutation({
    mutationFn: () => unwrap(api.POST('/api/credit-lines', { body: { peer, limit, proposalId } })),
    onMutate: () => setDone(null),
    onSuccess: async () => {
      setDone(t('lines.setDone'));
      await refresh();
    },
  });
  const pay = useMutation({
    mutationFn: () => unwrap(api.POST('/api/credit-transfers', { body: { peer, amount, memo } })),
    onMutate: () => setDone(null),
    onSuccess: async () => {
      setDone(t('lines.payDone'));
      setAmount('');
      setMemo('');
      await refresh();
    },
  });
  const lineErrors = useFormErrors(setLine.error, {
    peer: ['peer'],
    limit: ['limit'],
    proposalId: ['proposalId'],
  });
  const payErrors = useFormErrors(pay.error, {
    peer: ['peer'],
    amount: ['amount'],
    memo: ['memo'],
  });
  return (
    <>
      <Section title={t('lines.set')} id="set-credit-line">
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setLine.mutate();
          }}
        >
          <Field label={t('send.peer')} errors={lineErrors.field('peer')}>
            {(p) => (
              <input {...p} type="url" value={peer} onChange={(e) => setPeer(e.target.value)} />
            )}
          </Field>
          <div className="row">
            <Field label={t('lines.limit')} errors={lineErrors.field('limit')}>
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={limit}
                  onChange={(e) => setLimit(e.target.value)}
                />
              )}
            </Field>
            <Field label={t('send.proposal')} errors={lineErrors.field('proposalId')}>
              {(p) => (
                <input {...p} value={proposalId} onChange={(e) => setProposalId(e.target.value)} />
              )}
            </Field>
          </div>
          {lineErrors.rest}
          <button type="submit" disabled={setLine.isPending}>
            {t('lines.setSubmit')}
          </button>
        </form>
      </Section>
      <Section title={t('lines.pay')} id="pay-credit">
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            pay.mutate();
          }}
        >
          <div className="row">
            <Field label={t('send.amount')} errors={payErrors.field('amount')}>
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={amount}
                  onChange={(e) => setAmount(e.target.value)}
                />
              )}
            </Field>
            <Field label={t('lines.memo')} errors={payErrors.field('memo')}>
              {(p) => <input {...p} value={memo} onChange={(e) => setMemo(e.target.value)} />}
            </Field>
          </div>
          {payErrors.field('peer')?.map((m) => (
            <p key={m} className="notice notice-error">
              {m}
            </p>
          ))}
          {payErrors.rest}
          <button type="submit" disabled={pay.isPending}>
            {t('lines.paySubmit')}
          </button>
        </form>
      </Section>
      <ResultStatus message={done} />
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
                        currency: line.currency,
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
      <SendTransfer />
      <CreditForms />
    </div>
  );
}
