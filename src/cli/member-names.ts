import type { ApiClient } from './api-client.js';

/**
 * Every member's shown name by id, read page by page, so human output names people (a DisCO has
 * tens to hundreds of members). JSON output keeps ids: scripts join on them.
 *
 * @example const nameOf = await memberNames(api); nameOf('019b…') // 'Ana Lima'
 */
export async function memberNames(api: ApiClient): Promise<(memberId: string) => string> {
  const names = new Map<string, string>();
  let cursor: string | null = null;
  // A reader who may not list members (a client's token) still gets the output, with ids.
  try {
    do {
      const page: {
        items: { memberId: string; displayName: string }[];
        nextCursor: string | null;
      } = await api.call(
        'GET',
        `/members?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      for (const m of page.items) names.set(m.memberId, m.displayName);
      cursor = page.nextCursor;
    } while (cursor !== null);
  } catch {
    names.clear();
  }
  return (memberId) => names.get(memberId) ?? memberId;
}

/**
 * A books account with the member it names by name: `payable:<id>` reads `payable:<name>`.
 *
 * @example accountName('payable:019b…', nameOf) // 'payable:Ana Lima'
 */
export function accountName(account: string, nameOf: (memberId: string) => string): string {
  const at = account.indexOf(':');
  return at > 0 && account.slice(0, at) === 'payable'
    ? `payable:${nameOf(account.slice(at + 1))}`
    : account;
}
