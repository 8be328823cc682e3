import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, QueryView } from '../components';
import { useMemberName } from '../members';
import { useSession } from '../session';

type Result = components['schemas']['SearchResult'];

function linkOf(r: Result): string {
  switch (r.kind) {
    case 'proposal':
      return `/proposals/${r.id}`;
    case 'comment':
      return `/proposals/${r.proposalId ?? ''}`;
    case 'member':
      return `/members/${r.id}`;
    case 'contribution':
      return `/contributions/${r.id}`;
    case 'commons':
      return '/commons';
  }
}

/** Results of the header's search, best first; a bad query shows the server's words. */
export function SearchPage() {
  const { t } = useTranslation('activity');
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const signedIn = Boolean(useSession().data?.member);
  const name = useMemberName();
  const results = useQuery({
    queryKey: ['search', q],
    enabled: q !== '',
    queryFn: () => unwrap(api.GET('/api/search', { params: { query: { q } } })),
  });
  return (
    <div>
      <h1>{t('search.title')}</h1>
      <p className="lead">{t('search.intro')}</p>
      {q === '' ? (
        <Empty>{t('search.empty')}</Empty>
      ) : (
        <section aria-labelledby="search-results">
          <h2 id="search-results">{t('search.results', { q })}</h2>
          <QueryView query={results}>
            {(data) =>
              data.items.length === 0 ? (
                <Empty>{t('search.none', { q })}</Empty>
              ) : (
                <ol className="list search-results">
                  {data.items.map((r) => (
                    <li key={`${r.kind}:${r.id}`}>
                      <span className="tag">{t(`search.kinds.${r.kind}`)}</span>{' '}
                      <Link to={linkOf(r)}>
                        {r.kind === 'comment' ? t('search.commentOn', { title: r.title }) : r.title}
                      </Link>
                      {signedIn && r.memberId && r.kind !== 'member' && (
                        <span className="muted"> {t('search.by', { name: name(r.memberId) })}</span>
                      )}
                      {r.excerpt && <p className="muted">{r.excerpt}</p>}
                    </li>
                  ))}
                </ol>
              )
            }
          </QueryView>
        </section>
      )}
    </div>
  );
}
