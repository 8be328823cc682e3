import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { formatDate } from '../format';
import { useMemberName } from '../members';
import { renderMessage, useCatalogue } from '../words/render';

export type ActivityItem = components['schemas']['ActivityItem'];

/** The DisCO's currency, for the amounts some lines carry; shared with the money pages' query. */
function useCurrency(): string | undefined {
  return useQuery({
    queryKey: ['books', ''],
    queryFn: () => unwrap(api.GET('/api/books', { params: { query: {} } })),
    staleTime: 300_000,
  }).data?.currency;
}

/** Feed lines in the reader's language, each with its time and a link to its event and proof. */
export function ActivityLines({ items }: { items: readonly ActivityItem[] }) {
  const { t, i18n } = useTranslation('activity');
  const name = useMemberName();
  const currency = useCurrency();
  // The server's English already names members; other languages need the catalogue.
  useCatalogue(items.length > 0 && !i18n.language.startsWith('en'), ['outcomes']);
  return (
    <ol className="list activity">
      {items.map((item) => (
        <li key={item.seq}>
          <span>
            {renderMessage(
              item.message,
              {
                language: i18n.language,
                nameOf: (id) => name(id),
                ...(currency ? { currency } : {}),
              },
              item.text,
            )}
          </span>{' '}
          <span className="muted">
            <time dateTime={item.at}>{formatDate(item.at, i18n.language)}</time> ·{' '}
            <Link to={`/ledger/events/${item.seq}`} aria-label={t('eventLink', { seq: item.seq })}>
              {t('event', { seq: item.seq })}
            </Link>
            {item.proposalId && (
              <>
                {' · '}
                <Link to={`/proposals/${item.proposalId}`}>{t('search.kinds.proposal')}</Link>
              </>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The few newest lines, for the dashboard. */
export function LatestActivity() {
  const { t } = useTranslation('activity');
  const latest = useQuery({
    queryKey: ['activity', 'latest'],
    queryFn: () => unwrap(api.GET('/api/activity', { params: { query: { limit: 5 } } })),
  });
  if (!latest.data || latest.data.items.length === 0) return null;
  return (
    <section aria-labelledby="latest-activity">
      <h2 id="latest-activity">{t('latest')}</h2>
      <ActivityLines items={latest.data.items} />
      <p>
        <Link to="/activity">{t('all')}</Link>
      </p>
    </section>
  );
}
