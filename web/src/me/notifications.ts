import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Notification = components['schemas']['Notification'];

export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** The member's notifications; shared by the bell and the page, refreshed every minute. */
export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: async () => (await unwrap(api.GET('/api/notifications'))).items,
    enabled,
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
}

/** Where a member acts on a notification. */
export function whereToAct(n: Notification): string {
  if (n.proposalId) return `/proposals/${n.proposalId}`;
  if (n.kind === 'validations-waiting') return '/log#awaiting-heading';
  if (n.kind === 'dispute') return '/log#recent-heading';
  if (n.kind === 'evaluation-opened') return '/evaluations';
  if (n.kind === 'checkin-due') return '/rhythms#checkin-heading';
  if (n.kind === 'rhythm-starting') return '/rhythms#rhythm-list-heading';
  if (n.kind === 'duties-behind') return '/#duties-heading';
  if (n.kind === 'appreciation-received') return '/rhythms#thanks-heading';
  if (n.kind === 'ledger-alarm') return '/ledger';
  return '/me#path-heading';
}
