import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { Empty, ErrorNotice, QueryView } from '../components';
import { formatDate } from '../format';
import { DeliverySettings } from '../notify/DeliverySettings';
import { FounderDelivery } from '../notify/FounderDelivery';
import { useMe } from '../session';
import {
  NOTIFICATIONS_KEY,
  useNotifications,
  whereToAct,
  type Notification,
} from './notifications';

function Text({ n }: { n: Notification }) {
  const { t } = useTranslation('me');
  if (n.kind === 'validations-waiting')
    return <>{t('notifications.kinds.validations-waiting', { count: n.count ?? 0 })}</>;
  return (
    <>
      {t(`notifications.kinds.${n.kind}`, { title: n.title })}
      {n.outcome
        ? `: ${n.outcome}`
        : n.outcomeCode
          ? `: ${t(`notifications.outcomes.${n.outcomeCode}`, { defaultValue: n.outcomeCode })}`
          : ''}
    </>
  );
}

/**
 * `/notifications`: each notice with a link to where to act, and read marks; how notifications
 * reach the member; for founders, deliveries that failed and the webhooks.
 */
export function NotificationsPage() {
  const { t, i18n } = useTranslation('me');
  const me = useMe();
  const notifications = useNotifications();
  const queryClient = useQueryClient();
  const [announced, setAnnounced] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const markRead = useMutation({
    mutationFn: (ids?: string[]) =>
      unwrap(api.POST('/api/notifications/read', { body: ids ? { ids } : {} })),
    onSuccess: async ({ marked }) => {
      await queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
      setAnnounced(t('notifications.marked', { count: marked }));
      // The button pressed may be gone once its notice is read: start again at the heading.
      heading.current?.focus();
    },
  });
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('notifications.title')}
      </h1>
      <p role="status" aria-live="polite">
        {announced}
      </p>
      {markRead.error && <ErrorNotice error={markRead.error} />}
      <QueryView query={notifications}>
        {(items) =>
          items.length === 0 ? (
            <Empty
              next={{
                to: '#delivery-settings-heading',
                label: t('help:empty.notificationSettings'),
              }}
            >
              {t('notifications.none')}
            </Empty>
          ) : (
            <>
              {items.some((n) => !n.read) && (
                <p>
                  <button
                    type="button"
                    onClick={() => markRead.mutate(undefined)}
                    disabled={markRead.isPending}
                  >
                    {t('notifications.markAllRead')}
                  </button>
                </p>
              )}
              <ul className="list notifications">
                {items.map((n) => (
                  <li key={n.id} className={n.read ? 'read' : 'unread'}>
                    <p>
                      {!n.read && <span className="badge">{t('notifications.unread')}</span>}{' '}
                      <strong>
                        <Text n={n} />
                      </strong>
                      <span className="muted"> · {formatDate(n.at, i18n.language)}</span>
                    </p>
                    <p>
                      <Link to={whereToAct(n)}>{t(`notifications.act.${n.kind}`)}</Link>
                      {!n.read && (
                        <>
                          {' · '}
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => markRead.mutate([n.id])}
                            disabled={markRead.isPending}
                          >
                            {t('notifications.markRead')}
                          </button>
                        </>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
      <DeliverySettings />
      {me.status === 'active' && me.founder && <FounderDelivery />}
    </>
  );
}
