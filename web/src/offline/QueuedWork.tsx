import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Problem } from '../api/client';
import { formatDate } from '../format';
import { problemDetail } from '../words/problem-words';
import { useCatalogue } from '../words/render';
import {
  isOnline,
  KEEP_DAYS,
  offlineQueueOf,
  type OfflineQueue,
  type QueuedWork,
  type SendOutcome,
} from './offline-queue';

/**
 * One attempt at a queued item, with its own Idempotency-Key kept KEEP_DAYS by the server. A 409
 * (the same key still running elsewhere), a 429 or a 5xx is a try-again-later, like no network.
 */
export async function sendQueued(item: QueuedWork): Promise<SendOutcome> {
  let answer;
  try {
    answer = await api.POST('/api/contributions', {
      body: item.body,
      headers: { 'Idempotency-Key': item.key, 'Idempotency-Keep-Days': String(KEEP_DAYS) },
    });
  } catch {
    return { kind: 'unreachable' };
  }
  const { data, error, response } = answer;
  if (response.ok) return { kind: 'sent', contributionId: data?.contributionId ?? '' };
  if (response.status >= 500 || response.status === 409 || response.status === 429)
    return { kind: 'unreachable' };
  const problem: Problem =
    error && typeof error === 'object' && 'title' in error
      ? (error as Problem)
      : {
          type: 'about:blank',
          title: response.statusText || 'Error',
          status: response.status,
          detail: `The server answered ${response.status}.`,
        };
  return { kind: 'refused', problem };
}

/** The member's queue and its items, re-rendered when it changes here or in another tab. */
export function useOfflineQueue(memberId: string): { queue: OfflineQueue; items: QueuedWork[] } {
  const queue = offlineQueueOf(memberId);
  const items = useSyncExternalStore(
    useCallback((listener) => queue.subscribe(listener), [queue]),
    () => queue.list(),
  );
  return { queue, items };
}

/** How long after a send that found no node the first retry waits; each next one twice as long. */
const FIRST_RETRY_MS = 2_000;
const LAST_RETRY_MS = 60_000;

/**
 * Sends the member's queued work when the page opens and each time the connection comes back,
 * wherever in the Deck the member is; renders nothing.
 */
export function OfflineSender({
  memberId,
  firstRetryMs = FIRST_RETRY_MS,
}: {
  memberId: string;
  firstRetryMs?: number;
}) {
  const queryClient = useQueryClient();
  const queue = offlineQueueOf(memberId);
  useEffect(() => {
    let stopped = false;
    let sending = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let delay = firstRetryMs;
    const waiting = () => queue.list().some((i) => i.state === 'waiting' || i.state === 'sending');
    // Work left waiting while the browser believes it is online (a send that met no network, a
    // 409, a 429 or a 5xx, or work queued because its own send failed) gets no 'online' event to
    // send it: it is tried again later, less and less often, as "sent once back online" promises.
    const later = () => {
      if (stopped || sending || retry !== undefined || !waiting() || !isOnline()) return;
      retry = setTimeout(() => {
        retry = undefined;
        flush();
      }, delay);
      delay = Math.min(delay * 2, LAST_RETRY_MS);
    };
    const flush = () => {
      clearTimeout(retry);
      retry = undefined;
      if (!waiting()) return;
      sending = true;
      void queue.flush(sendQueued).then(() => {
        sending = false;
        void queryClient.invalidateQueries({ queryKey: ['contributions'] });
        if (!waiting()) delay = firstRetryMs;
        later();
      });
    };
    const backOnline = () => {
      delay = firstRetryMs;
      flush();
    };
    const fromOtherTab = (event: StorageEvent) => {
      if (event.key?.endsWith(memberId)) queue.changed();
    };
    const unsubscribe = queue.subscribe(later);
    flush();
    window.addEventListener('online', backOnline);
    window.addEventListener('storage', fromOtherTab);
    return () => {
      stopped = true;
      clearTimeout(retry);
      unsubscribe();
      window.removeEventListener('online', backOnline);
      window.removeEventListener('storage', fromOtherTab);
    };
  }, [queue, memberId, queryClient, firstRetryMs]);
  return null;
}

/** The queued items on the log-work page, each with its state; nothing when the queue is empty. */
export function QueuedList({ memberId }: { memberId: string }) {
  const { t, i18n } = useTranslation('offline');
  const queryClient = useQueryClient();
  const { queue, items } = useOfflineQueue(memberId);
  useCatalogue(items.some((i) => i.state === 'refused'));
  if (items.length === 0) return null;
  const describe = (item: QueuedWork) =>
    t('what', {
      quantity: item.body.quantity,
      unit: t(`app:units.${item.body.unit}`, {
        count: Number(item.body.quantity.replace(',', '.')),
        defaultValue: item.body.unit,
      }),
      task: item.body.taskKind,
      date: formatDate(item.body.date, i18n.language),
    });
  const sendNow = () =>
    void queue
      .flush(sendQueued)
      .then(() => queryClient.invalidateQueries({ queryKey: ['contributions'] }));
  return (
    <section className="card" aria-labelledby="queued-heading">
      <h2 id="queued-heading">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ul className="list" aria-live="polite">
        {items.map((item) => (
          <li key={item.key}>
            <span>{describe(item)}</span>{' '}
            <span className={`badge badge-queued-${item.state}`}>{t(`state.${item.state}`)}</span>
            {item.state === 'sent' && item.contributionId && (
              <>
                {' '}
                <Link to={`/contributions/${item.contributionId}`}>{t('see')}</Link>
              </>
            )}
            {item.state === 'refused' && item.problem && (
              <p className="notice notice-error">
                {problemDetail(item.problem, { language: i18n.language })}
              </p>
            )}
            {item.state === 'unsure' && (
              <p className="muted">{t('unsureHelp', { days: KEEP_DAYS })}</p>
            )}
            {(item.state === 'refused' || item.state === 'unsure') && (
              <div className="actions">
                {item.state === 'unsure' && (
                  <button
                    type="button"
                    aria-label={t('sendWhat', { what: describe(item) })}
                    onClick={() => {
                      queue.sendAnyway(item.key);
                      sendNow();
                    }}
                  >
                    {t('sendAnyway')}
                  </button>
                )}
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('discardWhat', { what: describe(item) })}
                  onClick={() => queue.discard(item.key)}
                >
                  {t('discard')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <div className="actions">
        {items.some((i) => i.state === 'waiting') && (
          <button type="button" className="secondary" onClick={sendNow}>
            {t('sendNow')}
          </button>
        )}
        {items.some((i) => i.state === 'sent') && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              for (const item of queue.list()) if (item.state === 'sent') queue.discard(item.key);
            }}
          >
            {t('clearSent')}
          </button>
        )}
      </div>
    </section>
  );
}
