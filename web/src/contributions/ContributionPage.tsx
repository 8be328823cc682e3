import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { formatCredits, formatDate } from '../format';
import { useMemberName } from '../members';
import { ThanksSection } from '../rhythms/Thanks';
import { useMe, type Member } from '../session';
import { DateInput } from '../words/DateInput';

type Detail = components['schemas']['ContributionDetail'];
const NS = 'contributions';

/** Whoever may state a proposal's outcome may record it on a dispute (policy: value.dispute.resolve). */
function mayResolve(me: Member, proposal: { authorId: string; circleId: string | null }): boolean {
  if (me.status !== 'active') return false;
  return (
    me.founder ||
    me.memberId === proposal.authorId ||
    me.circles.some((c) => c.steward && c.id === proposal.circleId)
  );
}

function useInvalidate(contributionId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['contribution', contributionId] });
    await queryClient.invalidateQueries({ queryKey: ['contributions'] });
  };
}

type Done = (result: { message: string; newId?: string }) => void;

function EditForm({ c, onDone }: { c: Detail; onDone: Done }) {
  const { t } = useTranslation(NS);
  const invalidate = useInvalidate(c.contributionId);
  const [quantity, setQuantity] = useState(c.quantity);
  const [date, setDate] = useState(c.date);
  const [description, setDescription] = useState(c.description);
  const edit = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/contributions/{contributionId}/edits', {
          params: { path: { contributionId: c.contributionId } },
          body: { quantity: quantity.trim().replace(',', '.'), date, description },
        }),
      ),
    onSuccess: async (recorded) => {
      await invalidate();
      onDone({
        message: t('edit.done'),
        ...(recorded.contributionId ? { newId: recorded.contributionId } : {}),
      });
    },
  });
  const errors = useFormErrors(edit.error, {
    quantity: ['quantity'],
    date: ['date'],
    description: ['description'],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    edit.mutate();
  };
  return (
    <Section title={t('edit.title')} id="edit">
      <p className="muted">{t('edit.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="row">
          <Field label={t('edit.quantity')} errors={errors.field('quantity')}>
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={quantity}
                onChange={(e) => setQuantity(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('edit.date')} errors={errors.field('date')}>
            {(p) => <DateInput {...p} value={date} onValue={(value) => setDate(value)} />}
          </Field>
        </div>
        <Field label={t('edit.description')} errors={errors.field('description')}>
          {(p) => (
            <textarea {...p} value={description} onChange={(e) => setDescription(e.target.value)} />
          )}
        </Field>
        {errors.rest}
        <button type="submit" disabled={edit.isPending}>
          {t('edit.submit')}
        </button>
      </form>
    </Section>
  );
}

function WithdrawDispute({ c, onDone }: { c: Detail; onDone: Done }) {
  const { t } = useTranslation(NS);
  const invalidate = useInvalidate(c.contributionId);
  const withdraw = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/contributions/{contributionId}/dispute', {
          params: { path: { contributionId: c.contributionId } },
        }),
      ),
    onSuccess: async () => {
      await invalidate();
      onDone({ message: t('withdraw.done') });
    },
  });
  const errors = useFormErrors(withdraw.error, {});
  return (
    <Section title={t('withdraw.title')} id="withdraw">
      <p className="muted">{t('withdraw.intro')}</p>
      {errors.rest}
      <button type="button" onClick={() => withdraw.mutate()} disabled={withdraw.isPending}>
        {t('withdraw.submit')}
      </button>
    </Section>
  );
}

function ResolveDispute({ c, onDone }: { c: Detail; onDone: Done }) {
  const { t } = useTranslation(NS);
  const me = useMe();
  const invalidate = useInvalidate(c.contributionId);
  const passed = useQuery({
    queryKey: ['proposals', 'closed'],
    queryFn: () => unwrap(api.GET('/api/proposals', { params: { query: { status: 'closed' } } })),
  });
  const choices = (passed.data?.items ?? []).filter(
    (p) => p.outcome === 'passed' && mayResolve(me, p),
  );
  const [picked, setPicked] = useState('');
  const [outcome, setOutcome] = useState<'upheld' | 'dismissed'>('dismissed');
  const proposal = picked || choices[0]?.proposalId || '';
  const resolve = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/contributions/{contributionId}/resolution', {
          params: { path: { contributionId: c.contributionId } },
          body: { proposal, outcome },
        }),
      ),
    onSuccess: async () => {
      await invalidate();
      onDone({ message: t('resolve.done') });
    },
  });
  const errors = useFormErrors(resolve.error, { proposal: ['proposal'], outcome: ['outcome'] });
  return (
    <Section title={t('resolve.title')} id="resolve">
      <p className="muted">{t('resolve.intro')}</p>
      <QueryView query={passed}>
        {() =>
          choices.length === 0 ? (
            <Empty>
              {t('resolve.none')} <Link to="/proposals/new">{t('resolve.start')}</Link>
            </Empty>
          ) : (
            <form
              className="form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                resolve.mutate();
              }}
            >
              <Field label={t('resolve.proposal')} errors={errors.field('proposal')}>
                {(p) => (
                  <select {...p} value={proposal} onChange={(e) => setPicked(e.target.value)}>
                    {choices.map((x) => (
                      <option key={x.proposalId} value={x.proposalId}>
                        {x.title}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <fieldset>
                <legend>{t('resolve.outcome')}</legend>
                {(['dismissed', 'upheld'] as const).map((o) => (
                  <label key={o} className="choice">
                    <input
                      type="radio"
                      name="outcome"
                      value={o}
                      checked={outcome === o}
                      onChange={() => setOutcome(o)}
                    />{' '}
                    {t(`resolve.${o}`)}
                  </label>
                ))}
              </fieldset>
              {errors.rest}
              <button type="submit" disabled={resolve.isPending || !proposal}>
                {t('resolve.submit')}
              </button>
            </form>
          )
        }
      </QueryView>
    </Section>
  );
}

/**
 * One contribution: what it is worth, its validation history, and what the policy lets the
 * reader do with it: its member corrects it, the member who disputed it withdraws the dispute,
 * and those who may state a passed proposal's outcome record how it settled the dispute.
 */
export function ContributionPage() {
  const { t, i18n } = useTranslation(NS);
  const { contributionId = '' } = useParams();
  const me = useMe();
  const name = useMemberName();
  const query = useQuery({
    queryKey: ['contribution', contributionId],
    queryFn: () =>
      unwrap(
        api.GET('/api/contributions/{contributionId}', {
          params: { path: { contributionId } },
        }),
      ),
  });
  const circles = useQuery({
    queryKey: ['circles'],
    queryFn: () => unwrap(api.GET('/api/circles')),
  });
  // Each action changes what is offered (a corrected version is no longer editable, a withdrawn
  // dispute has nothing left to withdraw), so the result is announced above the sections.
  const [result, setResult] = useState<{ message: string; newId?: string; on: string } | null>(
    null,
  );
  const shown = result?.on === contributionId ? result : null;
  const onDone: Done = (r) => setResult({ ...r, on: contributionId });
  return (
    <>
      <h1>{t('title')}</h1>
      <ResultStatus message={shown?.message ?? null} />
      {shown?.newId && <Link to={`/contributions/${shown.newId}`}>{t('edit.open')}</Link>}
      <QueryView query={query}>
        {(c) => {
          const mine = c.memberId === me.memberId && me.status === 'active';
          const live = c.status !== 'superseded' && c.status !== 'void';
          const circle = circles.data?.items.find((x) => x.circleId === c.circleId);
          return (
            <>
              <p className="lead">
                {t('summary', {
                  stream: t(`app:streams.${c.stream}`, { defaultValue: c.stream }),
                  taskKind: c.taskKind,
                  quantity: c.quantity,
                  unit: t(`app:units.${c.unit}`, {
                    count: Number(c.quantity),
                    defaultValue: c.unit,
                  }),
                  date: formatDate(c.date, i18n.language),
                  member: name(c.memberId),
                })}
              </p>
              <p>
                {t('credit', { amount: formatCredits(c.credit.amount, i18n.language) })}{' '}
                <span className={`badge badge-${c.status}`}>{t(`app:status.${c.status}`)}</span>
              </p>
              {circle && (
                <p>
                  {t('circle')}: {circle.name}
                </p>
              )}
              {c.description && <p>{c.description}</p>}
              {c.supersedes && (
                <p className="muted">
                  {t('supersedes')}{' '}
                  <Link to={`/contributions/${c.supersedes}`}>
                    {formatDate(c.date, i18n.language)}
                  </Link>
                </p>
              )}
              {c.status === 'superseded' && <p className="muted">{t('supersededNote')}</p>}
              {c.dispute && (
                <p className="notice">
                  {t('disputeNote', { member: name(c.dispute.by), reason: c.dispute.reason })}
                </p>
              )}
              <Section title={t('history.title')} id="history">
                <ol className="list">
                  <li>
                    {t('history.logged', { member: name(c.loggedBy ?? c.memberId) })} ·{' '}
                    {formatDate(c.loggedAt, i18n.language)}
                  </li>
                  {c.history.map((h, i) => (
                    <li key={i}>
                      {t(`history.${h.kind}`, { member: name(h.memberId) })} ·{' '}
                      {formatDate(h.at, i18n.language)}
                      {h.detail && <span className="muted"> — {h.detail}</span>}
                    </li>
                  ))}
                </ol>
                {c.history.length === 0 && <Empty>{t('history.none')}</Empty>}
              </Section>
              {mine && live && <EditForm key={c.contributionId} c={c} onDone={onDone} />}
              {c.dispute?.by === me.memberId && <WithdrawDispute c={c} onDone={onDone} />}
              {c.status === 'disputed' && me.status === 'active' && (
                <ResolveDispute c={c} onDone={onDone} />
              )}
              <ThanksSection
                memberId={c.memberId}
                contributionId={c.contributionId}
                name={name(c.memberId)}
                canThank={c.memberId !== me.memberId && me.status === 'active'}
              />
            </>
          );
        }}
      </QueryView>
      <p>
        <Link to="/log">{t('back')}</Link>
      </p>
    </>
  );
}
