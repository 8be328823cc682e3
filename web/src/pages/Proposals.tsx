import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Delegations } from '../proposing/Delegations';
import { StartProposalLink } from '../proposing/StartProposalLink';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, QueryView } from '../components';
import { Term } from '../help/Term';
import { formatDate } from '../format';
import { MoreButton, useCursorPages } from '../paging';

type Proposal = components['schemas']['Proposal'];
const STATUSES = ['open', 'closed', 'withdrawn'] as const;
const KINDS: Proposal['kind'][] = [
  'general',
  'membership-change',
  'cat-parameter-change',
  'budget-or-expense',
  'policy-amendment',
];

export function Proposals() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status'));
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  const proposals = useCursorPages(['proposals', status ?? 'all'], (cursor) =>
    unwrap(
      api.GET('/api/proposals', {
        params: {
          query: { limit: 100, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) },
        },
      }),
    ),
  );
  const setStatus = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('status', value);
    else next.delete('status');
    setParams(next, { replace: true });
  };
  const needle = text.trim().toLowerCase();
  return (
    <div>
      <h1>{t('proposals.title')}</h1>
      <StartProposalLink />
      <p className="muted terms">
        <Term term="consent" /> · <Term term="constituencies" /> · <Term term="cat" />
      </p>
      <form
        className="filters card"
        role="search"
        aria-label={t('proposals.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          {t('proposals.status')}
          <select value={status ?? ''} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('proposals.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`proposals.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('proposals.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('proposals.all')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`proposals.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('proposals.search')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      </form>
      <QueryView query={proposals}>
        {(data) => {
          const items = data.pages
            .flatMap((p) => p.items)
            .filter(
              (p) =>
                (!kind || p.kind === kind) && (!needle || p.title.toLowerCase().includes(needle)),
            );
          return (
            <>
              {items.length === 0 ? (
                <Empty next={{ to: '/proposals/new', label: t('help:empty.proposals') }}>
                  {t('proposals.none')}
                </Empty>
              ) : (
                <ul className="cards">
                  {items.map((p) => (
                    <li key={p.proposalId} className="card">
                      <h2>
                        <Link to={`/proposals/${p.proposalId}`}>{p.title}</Link>
                      </h2>
                      <p>
                        <span className={`badge badge-${p.status}`}>
                          {t(`proposals.statuses.${p.status}`)}
                        </span>{' '}
                        {t(`proposals.methods.${p.method}`)} · {t(`proposals.kinds.${p.kind}`)} ·{' '}
                        {p.status === 'open'
                          ? t('proposals.closes', { date: formatDate(p.deadline, i18n.language) })
                          : t('proposals.closed', {
                              date: formatDate(p.endedAt ?? p.deadline, i18n.language),
                            })}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              <MoreButton pages={proposals} />
            </>
          );
        }}
      </QueryView>
      <Delegations />
    </div>
  );
}
