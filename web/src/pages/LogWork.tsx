import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, unwrap } from '../api/client';
import type { Stream } from '../api/types';
import { Empty, ErrorNotice, QueryView, Section } from '../components';
import { Term } from '../help/Term';
import { ResultStatus } from '../flow-kit';
import { fetchContributions, type Contribution } from '../contributions';
import { formatCredits, formatDate, localToday } from '../format';
import { useMemberName } from '../members';
import {
  isOnline,
  KEEP_DAYS,
  offlineQueueOf,
  randomKey,
  type QueuedBody,
} from '../offline/offline-queue';
import { QueuedList } from '../offline/QueuedWork';
import { useMe } from '../session';
import { DateInput } from '../words/DateInput';

const STREAMS: Stream[] = ['livelihood', 'love', 'care'];
const RECENT = 10;

function LogForm() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const rates = useQuery({ queryKey: ['rates'], queryFn: () => unwrap(api.GET('/api/rates')) });
  const circles = useQuery({
    queryKey: ['circles'],
    queryFn: () => unwrap(api.GET('/api/circles')),
  });
  const [stream, setStream] = useState<Stream>('care');
  const [task, setTask] = useState('');
  const [quantity, setQuantity] = useState('');
  const [date, setDate] = useState(localToday());
  const [pickedCircle, setCircle] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [logged, setLogged] = useState<{ what: string; seq: number; queued: boolean } | null>(null);
  // One choice per task kind and unit that has a rate in this stream.
  const tasks = [
    ...new Set(
      (rates.data?.items ?? [])
        .filter((r) => r.stream === stream)
        .map((r) => `${r.taskKind}|${r.per}`),
    ),
  ];
  const chosen = tasks.includes(task) ? task : (tasks[0] ?? '');
  const [taskKind = '', unit = 'hour'] = chosen.split('|');
  // Work belongs to a circle; the stream's own circle until the member picks another.
  const circleItems = circles.data?.items ?? [];
  const circle =
    pickedCircle ??
    circleItems.find((c) => c.slug === stream)?.circleId ??
    circleItems[0]?.circleId ??
    '';
  const body = (): QueuedBody => ({
    stream,
    taskKind,
    unit,
    quantity: quantity.trim().replace(',', '.'),
    date,
    description,
    ...(circle ? { circle } : {}),
  });
  const said = (queued: boolean) => {
    // Said back in words, so the member hears what was recorded, not only that something was.
    const amount = quantity.trim();
    const count = Number(amount.replace(',', '.'));
    setLogged((previous) => ({
      what: `${amount} ${t(`units.${unit}`, { count, defaultValue: unit })} · ${taskKind}`,
      seq: (previous?.seq ?? 0) + 1,
      queued,
    }));
    setQuantity('');
    setDescription('');
  };
  // The key is chosen here and kept long by the server: when the answer is lost on the way back,
  // the work is queued under the same key, and sending it again cannot record it twice.
  const log = useMutation({
    mutationFn: async (work: QueuedBody): Promise<'logged' | 'queued'> => {
      const key = randomKey();
      try {
        await unwrap(
          api.POST('/api/contributions', {
            body: work,
            headers: { 'Idempotency-Key': key, 'Idempotency-Keep-Days': String(KEEP_DAYS) },
          }),
        );
        return 'logged';
      } catch (error) {
        if (error instanceof ApiError) throw error;
        offlineQueueOf(me.memberId).add(work, key, new Date());
        return 'queued';
      }
    },
    // react-query would hold the request while the browser says it is offline; the queue does that.
    networkMode: 'always',
    onSuccess: async (outcome) => {
      said(outcome === 'queued');
      await queryClient.invalidateQueries({ queryKey: ['contributions'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (isOnline()) {
      log.mutate(body());
      return;
    }
    offlineQueueOf(me.memberId).add(body());
    log.reset();
    said(true);
  };
  return (
    <form onSubmit={submit} className="card form" aria-labelledby="log-heading">
      <h2 id="log-heading">{t('log.form')}</h2>
      <fieldset className="segmented">
        <legend>{t('log.stream')}</legend>
        {STREAMS.map((s) => (
          <label key={s} className={stream === s ? 'checked' : ''}>
            <input
              type="radio"
              name="stream"
              value={s}
              checked={stream === s}
              onChange={() => setStream(s)}
            />
            {t(`streams.${s}`)}
          </label>
        ))}
      </fieldset>
      <p className="muted terms">
        <Term term="livelihood" /> · <Term term="love" /> · <Term term="care" /> ·{' '}
        <Term term="credits" />
      </p>
      <label>
        {t('log.task')}
        <select value={chosen} onChange={(e) => setTask(e.target.value)} required>
          {tasks.length === 0 && <option value="">{t('log.noRates')}</option>}
          {tasks.map((k) => {
            const [kind, per] = k.split('|');
            return (
              <option key={k} value={k}>
                {t('log.taskOption', { kind, per: t(`units.${per}`, { defaultValue: per }) })}
              </option>
            );
          })}
        </select>
      </label>
      <div className="row">
        <label>
          {t('log.quantity', { unit: t(`units.${unit}_other`, { defaultValue: unit }) })}
          <input
            inputMode="decimal"
            required
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
            pattern="[0-9]+([.,][0-9]{1,3})?"
          />
        </label>
        <label>
          {t('log.date')}
          <DateInput required value={date} onValue={(value) => setDate(value)} />
        </label>
      </div>
      <label>
        {t('log.circle')}
        <select value={circle} onChange={(e) => setCircle(e.target.value)} required>
          {circleItems.map((c) => (
            <option key={c.circleId} value={c.circleId}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('log.description')}
        <input
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          maxLength={2000}
        />
      </label>
      {log.error && <ErrorNotice error={log.error} />}
      {/* The button is disabled while sending, which drops the focus: the result takes it. */}
      <ResultStatus
        message={
          logged && (logged.queued || log.isSuccess)
            ? `${logged.queued ? t('offline:kept') : t('log.logged')} ${t('log.loggedWhat', { what: logged.what })}`
            : null
        }
        seq={logged?.seq ?? 0}
      />
      <button type="submit" disabled={log.isPending || !taskKind}>
        {t('log.submit')}
      </button>
    </form>
  );
}

function ContributionLine({ c }: { c: Contribution }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Link to={`/contributions/${c.contributionId}`}>
        <strong>{t(`streams.${c.stream}`, { defaultValue: c.stream })}</strong> · {c.taskKind}
      </Link>{' '}
      · {c.quantity} {t(`units.${c.unit}`, { count: Number(c.quantity), defaultValue: c.unit })} ·{' '}
      {formatDate(c.date, i18n.language)} ·{' '}
      {t('log.credits', { amount: formatCredits(c.credit.amount, i18n.language) })}
      {c.description && <span className="muted"> — {c.description}</span>}
    </>
  );
}

function MyRecent() {
  const { t } = useTranslation();
  const me = useMe();
  const mine = useQuery({
    queryKey: ['contributions', 'mine', me.memberId],
    queryFn: () => fetchContributions({ member: me.memberId }),
  });
  return (
    <Section title={t('log.recent')} id="recent">
      <QueryView query={mine}>
        {(items) =>
          items.length === 0 ? (
            <Empty>
              {t('log.none')} {t('help:empty.logFirst')}
            </Empty>
          ) : (
            <ul className="list">
              {items
                .slice(-RECENT)
                .reverse()
                .map((c) => (
                  <li key={c.contributionId}>
                    <ContributionLine c={c} />{' '}
                    <span className={`badge badge-${c.status}`}>{t(`status.${c.status}`)}</span>
                  </li>
                ))}
            </ul>
          )
        }
      </QueryView>
    </Section>
  );
}

function Validate({ c, onDone }: { c: Contribution; onDone: (result: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [disputing, setDisputing] = useState(false);
  const [reason, setReason] = useState('');
  const done = (result: string) => async () => {
    await queryClient.invalidateQueries({ queryKey: ['contributions'] });
    onDone(result);
  };
  const acknowledge = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/contributions/{contributionId}/acknowledgements', {
          params: { path: { contributionId: c.contributionId } },
        }),
      ),
    onSuccess: done('me:work.validated'),
  });
  const dispute = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/contributions/{contributionId}/disputes', {
          params: { path: { contributionId: c.contributionId } },
          body: { reason },
        }),
      ),
    onSuccess: done('me:work.disputed'),
  });
  return (
    <div className="actions">
      <button type="button" onClick={() => acknowledge.mutate()} disabled={acknowledge.isPending}>
        {t('log.acknowledge')}
      </button>
      <button
        type="button"
        className="secondary"
        aria-expanded={disputing}
        onClick={() => setDisputing((d) => !d)}
      >
        {t('log.dispute')}
      </button>
      {disputing && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            dispute.mutate();
          }}
        >
          <label>
            {t('log.reason')}
            <input required value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" disabled={dispute.isPending}>
            {t('log.sendDispute')}
          </button>
        </form>
      )}
      {(acknowledge.error ?? dispute.error) && (
        <ErrorNotice error={acknowledge.error ?? dispute.error} />
      )}
    </div>
  );
}

function AwaitingMe() {
  const { t } = useTranslation();
  const me = useMe();
  const [announced, setAnnounced] = useState('');
  // The item acted on leaves the list with its buttons: focus goes to the list's heading, and the
  // result is read out from the live region below it.
  const finished = (name: string) => (result: string) => {
    setAnnounced(t(result, { name }));
    const heading = document.getElementById('awaiting-heading');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  };
  const name = useMemberName();
  const pending = useQuery({
    queryKey: ['contributions', 'pending'],
    queryFn: () => fetchContributions({ status: 'pending' }),
  });
  return (
    <Section title={t('log.awaiting')} id="awaiting">
      <p role="status" aria-live="polite" className="visually-hidden">
        {announced}
      </p>
      <QueryView query={pending}>
        {(items) => {
          const mine = items.filter(
            (c) => c.memberId !== me.memberId && !c.acknowledgedBy.includes(me.memberId),
          );
          return mine.length === 0 ? (
            <Empty>
              {t('log.awaitingNone')} {t('help:empty.awaiting')} <Term term="validation" />
            </Empty>
          ) : (
            <ul className="list">
              {mine.map((c) => (
                <li key={c.contributionId} aria-label={t('log.workOf', { name: name(c.memberId) })}>
                  <p>
                    <strong>{name(c.memberId)}</strong>: <ContributionLine c={c} />
                  </p>
                  <Validate c={c} onDone={finished(name(c.memberId))} />
                </li>
              ))}
            </ul>
          );
        }}
      </QueryView>
    </Section>
  );
}

export function LogWork() {
  const { t } = useTranslation();
  const me = useMe();
  // Clients and supporters may validate by the policy, but a tap of theirs would make a worker's
  // paid work count: the Deck offers logging and validating to worker-members only.
  if (me.level === null)
    return (
      <div>
        <h1>{t('log.title')}</h1>
        <p>{t('me:workerOnly')}</p>
      </div>
    );
  return (
    <div>
      <h1>{t('log.title')}</h1>
      <LogForm />
      <QueuedList memberId={me.memberId} />
      <AwaitingMe />
      <MyRecent />
    </div>
  );
}
