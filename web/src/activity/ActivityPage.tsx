import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAddressFilters } from '../address-filters';
import { api, unwrap } from '../api/client';
import { Empty, QueryView } from '../components';
import { useMembers } from '../members';
import { MoreButton, useCursorPages } from '../paging';
import { ActivityLines, type ActivityItem } from './ActivityLines';

const KINDS = ['work', 'decisions', 'people', 'circles', 'money', 'ledger'] as const;
type Kind = ActivityItem['kind'];

/** The activity feed, newest first, filtered by member, circle and kind (kept in the address). */
export function ActivityPage() {
  const { t } = useTranslation('activity');
  const [params, choose] = useAddressFilters();
  const memberId = params.get('member') ?? '';
  const circleId = params.get('circle') ?? '';
  const kindParam = params.get('kind') ?? '';
  const kind = (KINDS as readonly string[]).includes(kindParam) ? (kindParam as Kind) : '';
  const members = useMembers();
  const circles = useQuery({
    queryKey: ['circles'],
    queryFn: () => unwrap(api.GET('/api/circles')),
  });
  const feed = useCursorPages(['activity', memberId, circleId, kind], (cursor) =>
    unwrap(
      api.GET('/api/activity', {
        params: {
          query: {
            limit: 50,
            ...(cursor ? { cursor } : {}),
            ...(memberId ? { memberId } : {}),
            ...(circleId ? { circleId } : {}),
            ...(kind ? { kind } : {}),
          },
        },
      }),
    ),
  );
  return (
    <div>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <fieldset className="filters">
        <legend>{t('filters')}</legend>
        <label>
          {t('member')}
          <select value={memberId} onChange={(e) => choose('member', e.target.value)}>
            <option value="">{t('everyone')}</option>
            {(members.data ?? []).map((m) => (
              <option key={m.memberId} value={m.memberId}>
                {m.displayName}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('circle')}
          <select value={circleId} onChange={(e) => choose('circle', e.target.value)}>
            <option value="">{t('everyCircle')}</option>
            {(circles.data?.items ?? []).map((c) => (
              <option key={c.circleId} value={c.circleId}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('kind')}
          <select value={kind} onChange={(e) => choose('kind', e.target.value)}>
            <option value="">{t('everyKind')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <QueryView query={feed}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          return items.length === 0 ? (
            <Empty>{t('none')}</Empty>
          ) : (
            <>
              <ActivityLines items={items} />
              <MoreButton pages={feed} label={t('older')} />
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
