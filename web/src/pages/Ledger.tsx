import { useInfiniteQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { Loading, QueryView, Section } from '../components';
import { formatDate } from '../format';
import { useMemberName } from '../members';
import { useSession } from '../session';

// The verifier carries its own crypto: it loads when the ledger page is opened, not before.
const VerifyPanel = lazy(() => import('../verify/VerifyPanel').then((m) => ({ default: m.VerifyPanel })));

const short = (hash: string) => `${hash.slice(0, 12)}…`;

function Events() {
  const { t, i18n } = useTranslation();
  const signedIn = Boolean(useSession().data?.member);
  const name = useMemberName();
  const events = useInfiniteQuery({
    queryKey: ['ledger', 'events'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/ledger/events', { params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return (
    <Section title={t('ledger.events')} id="events">
      <QueryView query={events}>
        {(data) => (
          <>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('ledger.seq')}
                    </th>
                    <th scope="col">{t('ledger.type')}</th>
                    <th scope="col">{t('ledger.actor')}</th>
                    <th scope="col">{t('ledger.time')}</th>
                    <th scope="col">{t('ledger.hash')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.pages
                    .flatMap((p) => p.items)
                    .map((e) => (
                      <tr key={e.seq}>
                        <td className="num">{e.seq}</td>
                        <td>
                          <details>
                            <summary>{e.type}</summary>
                            <pre className="code">{JSON.stringify(e.payload, null, 2)}</pre>
                          </details>
                        </td>
                        <td>{e.actor === null ? t('ledger.node') : signedIn ? name(e.actor) : short(e.actor)}</td>
                        <td>{formatDate(e.time, i18n.language)}</td>
                        <td>
                          <code title={e.hash}>{short(e.hash)}</code>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
            {events.hasNextPage && (
              <button type="button" onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage}>
                {t('common.more')}
              </button>
            )}
          </>
        )}
      </QueryView>
    </Section>
  );
}

function Checkpoints() {
  const { t, i18n } = useTranslation();
  const checkpoints = useInfiniteQuery({
    queryKey: ['ledger', 'checkpoints'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/ledger/checkpoints', { params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
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
                  {t('ledger.checkpoint', { size: c.treeSize, date: formatDate(c.time, i18n.language) })} <code title={c.root}>{short(c.root)}</code>
                </li>
              ))}
            </ul>
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
      <Events />
      <Checkpoints />
    </div>
  );
}
