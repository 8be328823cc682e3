import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { Loading, QueryView, Section } from '../components';
import { formatDate } from '../format';
import { eventWords } from './event-words';
import { useMemberName } from '../members';
import { MoreButton, useCursorPages } from '../paging';
import { useSession } from '../session';
import { useSaidOrText } from '../words/said-or-text';

// The verifier carries its own crypto: it loads when the ledger page is opened, not before.
const VerifyPanel = lazy(() =>
  import('../verify/VerifyPanel').then((m) => ({ default: m.VerifyPanel })),
);

const short = (hash: string) => `${hash.slice(0, 12)}…`;

function Events() {
  const { t, i18n } = useTranslation();
  const signedIn = Boolean(useSession().data?.member);
  const name = useMemberName();
  const [order, setOrder] = useState<'desc' | 'asc'>('desc');
  // Newest first: a member opens the ledger to see what just happened, not the founding events.
  // The verifier still reads it oldest first, as a chain is checked.
  const events = useCursorPages(['ledger', 'events', order], (cursor) =>
    unwrap(
      api.GET('/api/ledger/events', {
        params: { query: { order, limit: 50, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
  return (
    <Section title={t('ledger.events')} id="events">
      <QueryView query={events}>
        {(data) => (
          <>
            <p className="muted">
              {order === 'desc' ? t('ledger.newestFirst') : t('activity:ledgerOrder.oldestNote')}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => setOrder(order === 'desc' ? 'asc' : 'desc')}
              >
                {order === 'desc'
                  ? t('activity:ledgerOrder.oldestFirst')
                  : t('activity:ledgerOrder.newestFirst')}
              </button>
            </p>
            {/* Focusable so a keyboard can scroll it, and so a region with a name to say what. */}
            <div
              className="table-scroll"
              role="region"
              aria-label={t('ledger.eventsTable')}
              tabIndex={0}
            >
              <table>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('ledger.seq')}
                    </th>
                    <th scope="col">{t('ledger.type')}</th>
                    <th scope="col">{t('ledger.actor')}</th>
                    <th scope="col" className="wide-only">
                      {t('ledger.time')}
                    </th>
                    <th scope="col" className="wide-only">
                      {t('ledger.hash')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.pages
                    .flatMap((p) => p.items)
                    .map((e) => (
                      <tr key={e.seq}>
                        <td className="num">
                          <Link to={`/ledger/events/${e.seq}`}>{e.seq}</Link>
                        </td>
                        <td>
                          <details>
                            <summary>{eventWords(e.type, i18n.language)}</summary>
                            <code>{e.type}</code>
                            <pre className="code">{JSON.stringify(e.payload, null, 2)}</pre>
                          </details>
                        </td>
                        <td>
                          {e.actor === null
                            ? t('ledger.node')
                            : signedIn
                              ? name(e.actor)
                              : short(e.actor)}
                        </td>
                        <td className="wide-only">{formatDate(e.time, i18n.language)}</td>
                        <td className="wide-only">
                          <code title={e.hash}>{short(e.hash)}</code>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
            <MoreButton pages={events} label={order === 'desc' ? t('ledger.older') : undefined} />
          </>
        )}
      </QueryView>
    </Section>
  );
}

function Checkpoints() {
  const { t, i18n } = useTranslation();
  const checkpoints = useCursorPages(['ledger', 'checkpoints'], (cursor) =>
    unwrap(
      api.GET('/api/ledger/checkpoints', {
        params: { query: { limit: 50, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
  return (
    <Section title={t('ledger.checkpoints')} id="checkpoints">
      <QueryView query={checkpoints}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          return items.length === 0 ? (
            <p className="muted">{t('ledger.noCheckpoints')}</p>
          ) : (
            <ul className="list">
              {items.map((c) => (
                <li key={c.treeSize}>
                  {t('ledger.checkpoint', {
                    size: c.treeSize,
                    date: formatDate(c.time, i18n.language),
                  })}{' '}
                  <code title={c.root}>{short(c.root)}</code>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryView>
    </Section>
  );
}

/**
 * The DisCO's witnesses and how far each cosigned the ledger. A refusal is an alarm, not a log
 * line: a witness saw a checkpoint it could not reconcile with what it cosigned before.
 */
export function Witnesses() {
  const { t, i18n } = useTranslation();
  const status = useQuery({
    queryKey: ['ledger', 'witnesses'],
    queryFn: () => unwrap(api.GET('/api/ledger/witnesses')),
  });
  const say = useSaidOrText(
    status.data?.witnesses.some((w) => w.refusalSaid ?? w.submission?.lastErrorSaid) ?? false,
  );
  return (
    <Section title={t('ledger.witnesses')} id="witnesses">
      <QueryView query={status}>
        {(data) => {
          const refused = data.witnesses.filter((w) => w.refusal !== null);
          return data.witnesses.length === 0 ? (
            <p className="muted">{t('ledger.noWitnesses')}</p>
          ) : (
            <>
              {refused.length > 0 && (
                <div role="alert" className="notice notice-error">
                  <strong>{t('ledger.refusedTitle', { count: refused.length })}</strong>{' '}
                  {t('ledger.refusedExplain')}
                </div>
              )}
              <ul className="list">
                {data.witnesses.map((w) => (
                  <li key={w.key}>
                    <strong>{w.name}</strong>{' '}
                    {w.cosignedSize > 0
                      ? t('ledger.cosigned', {
                          size: w.cosignedSize,
                          latest: data.latestCheckpoint ?? 0,
                          date: w.cosignedAt ? formatDate(w.cosignedAt, i18n.language) : '',
                        })
                      : t('ledger.notCosigned')}
                    {w.refusal !== null && (
                      <p className="notice notice-error">
                        {t('ledger.refused', {
                          date: w.refusedAt ? formatDate(w.refusedAt, i18n.language) : '',
                          reason: w.refusalSaid
                            ? say(w.refusalSaid, w.refusal) +
                              (w.refusalAnswer ? `: ${w.refusalAnswer}` : '')
                            : w.refusal,
                        })}
                      </p>
                    )}
                    {w.refusal === null && w.submission?.lastError && (
                      <p className="muted">
                        {t('ledger.unreachable', {
                          reason: say(w.submission.lastErrorSaid, w.submission.lastError),
                        })}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryView>
    </Section>
  );
}

export function Ledger() {
  const { t } = useTranslation();
  return (
    <div>
      <h1>{t('ledger.title')}</h1>
      <p className="lead">{t('ledger.intro')}</p>
      {/* The panel brings its own heading. */}
      <div className="card">
        <Suspense fallback={<Loading />}>
          <VerifyPanel />
        </Suspense>
      </div>
      <Witnesses />
      <Events />
      <Checkpoints />
    </div>
  );
}
