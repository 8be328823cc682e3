import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { authorize, type Operation } from '../../core/access/policy.js';
import { searchDocuments, type SearchKind } from '../../store/search-documents.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';

export const SEARCH_KINDS = ['proposal', 'comment', 'member', 'contribution', 'commons'] as const;
export const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 12;

/** Who may find each kind: whoever may list it, by the same policy as the lists themselves. */
const listedBy: Record<SearchKind, Operation> = {
  proposal: 'proposal.list',
  comment: 'proposal.list',
  member: 'member.list',
  contribution: 'value.contribution.list',
  commons: 'value.commons.list',
};

export const searchInput = z.strictObject({
  q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
  kind: z.enum(SEARCH_KINDS, { error: `must be one of ${SEARCH_KINDS.join(', ')}` }).optional(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type SearchInput = z.input<typeof searchInput>;

export interface SearchResult {
  kind: SearchKind;
  id: string;
  /** The proposal a comment is on. */
  proposalId: string | null;
  /** The author, contributor or member. */
  memberId: string | null;
  /** The title; for a comment, its proposal's. */
  title: string;
  /** The start of the text, at most 200 characters. */
  excerpt: string;
  /** The event that last changed it. */
  seq: number;
}

/**
 * The words of a query: runs of letters and digits, lower-cased, at most twelve. Everything else
 * (quotes, `*`, `:`, `&`, `NEAR`'s parentheses) separates words, so no text typed into a search
 * box reaches FTS5's or tsquery's syntax.
 *
 * @example wordsOf('"garden" AND (co-op)*') // ['garden', 'and', 'co', 'op']
 */
export function wordsOf(q: string): string[] {
  const words = (
    q
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).map((w) => w.slice(0, 64));
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * Proposals, comments, members, contributions and commons that hold every word of `q`, best first,
 * among the kinds the searcher may list: a visitor finds only commons, a member everything.
 * Check-ins are never on the ledger and never searched.
 *
 * @example await search(ctx, ana, { q: 'garden' }) // [{ kind: 'proposal', id: '…', title: 'A community garden', … }]
 */
export async function search(
  ctx: AppContext,
  actor: Actor | null,
  input: SearchInput,
): Promise<SearchResult[]> {
  const parsed = parseInput(searchInput, input, refusal('refusal.search-cannot-run'));
  ensureAllowed('search.run', actor);
  const words = wordsOf(parsed.q);
  if (words.length === 0)
    throw invalid(
      refusal('refusal.search-cannot-run'),
      [{ field: 'q', message: 'has no word to search for' }],
      refusal('hint.search-with-words'),
    );
  const kinds = (parsed.kind ? [parsed.kind] : SEARCH_KINDS).filter(
    (kind) => authorize(listedBy[kind], actor).allowed,
  );
  const hits = await searchDocuments(ctx.store, { words, kinds, limit: parsed.limit });
  const proposalIds = [
    ...new Set(hits.flatMap((h) => (h.kind === 'comment' ? [h.parentId!] : []))),
  ];
  const titles = new Map(
    proposalIds.length === 0
      ? []
      : (
          await ctx.store.db
            .selectFrom('proposals')
            .select(['id', 'title'])
            .where('id', 'in', proposalIds)
            .execute()
        ).map((p) => [p.id, p.title]),
  );
  return hits.map((h) => ({
    kind: h.kind,
    id: h.refId,
    proposalId: h.parentId,
    memberId: h.memberId,
    title: h.kind === 'comment' ? (titles.get(h.parentId!) ?? '') : h.title,
    excerpt: h.body.length > 200 ? `${h.body.slice(0, 199)}…` : h.body,
    seq: h.seq,
  }));
}
