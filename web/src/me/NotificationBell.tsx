import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotifications } from './notifications';

/** The bell in the header: the unread count, a link to the notifications page. */
export function NotificationBell() {
  const { t } = useTranslation('me');
  const notifications = useNotifications();
  const unread = notifications.data?.filter((n) => !n.read).length ?? 0;
  return (
    <Link
      to="/notifications"
      className="bell"
      aria-label={t('notifications.bell', { count: unread })}
    >
      <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      {unread > 0 && (
        <span className="bell-count" aria-hidden="true">
          {unread}
        </span>
      )}
    </Link>
  );
}
