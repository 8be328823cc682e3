import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api/client';
import type { components } from './api/schema';
import { useSession } from './session';

export type MemberSummary = components['schemas']['MemberSummary'];

/** Every member (a DisCO has tens to hundreds), fetched page by page and shared by all pages. */
export function useMembers() {
  // Signed out (the public ledger page), the list would only be refused: do not ask.
  const signedIn = Boolean(useSession().data?.member);
  return useQuery({
    queryKey: ['members'],
    enabled: signedIn,
    queryFn: async () => {
      const members: MemberSummary[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/api/members', {
            params: { query: { limit: 500, ...(cursor ? { cursor } : {}) } },
          }),
        );
        members.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return members;
    },
    staleTime: 60_000,
  });
}

/** A member's shown name, or a short id while the list loads. */
export function useMemberName(): (memberId: string | null) => string {
  const { data } = useMembers();
  const names = new Map(data?.map((m) => [m.memberId, m.displayName]));
  return (memberId) => (memberId === null ? '—' : (names.get(memberId) ?? memberId.slice(0, 8)));
}
