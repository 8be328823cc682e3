import { api, unwrap } from './api/client';
import type { components } from './api/schema';

export type Contribution = components['schemas']['Contribution'];

/** Every contribution matching the filter, oldest first (the API pages in ledger order). */
export async function fetchContributions(query: {
  member?: string;
  status?: Contribution['status'];
}): Promise<Contribution[]> {
  const all: Contribution[] = [];
  let after: number | null = null;
  do {
    const page: { items: Contribution[]; next: number | null } = await unwrap(
      api.GET('/api/contributions', {
        params: {
          query: { ...query, limit: '500', ...(after !== null ? { after: String(after) } : {}) },
        },
      }),
    );
    all.push(...page.items);
    after = page.next;
  } while (after !== null);
  return all;
}
