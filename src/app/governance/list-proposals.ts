import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';
import { decodeIdCursor, encodeIdCursor } from '../members/member-cursor.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { proposalFromRow, type ProposalRecord } from './proposal-facts.js';

export const listProposalsInput = z.strictObject({
  limit: z.number().int().min(1).max(500).default(100),
  cursor: z.string().optional(),
  status: z.enum(['open', 'withdrawn', 'closed']).optional(),
});
export type ListProposalsInput = z.input<typeof listProposalsInput>;

export interface ProposalPage {
  items: ProposalRecord[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/**
 * Proposals, newest first, a page at a time; optionally only open, withdrawn or closed ones.
 *
 * @example const { items } = await listProposals(ctx, actor, { status: 'open' });
 */
export async function listProposals(
  ctx: AppContext,
  actor: Actor | null,
  input: ListProposalsInput = {},
): Promise<ProposalPage> {
  const parsed = parseInput(
    listProposalsInput,
    input,
    refusal('refusal.proposals-cannot-be-listed'),
  );
  ensureAllowed('proposal.list', actor);
  const before = parsed.cursor === undefined ? null : decodeIdCursor(parsed.cursor);
  if (parsed.cursor !== undefined && before === null)
    throw invalid(refusal('refusal.cursor-not-from-this-node'), [
      { field: 'cursor', message: 'not a cursor' },
    ]);
  let query = ctx.store.db
    .selectFrom('proposals')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(parsed.limit + 1);
  if (before !== null) query = query.where('id', '<', before);
  if (parsed.status) query = query.where('status', '=', parsed.status);
  const rows = await query.execute();
  const page = rows.slice(0, parsed.limit);
  return {
    items: page.map(proposalFromRow),
    nextCursor: rows.length > parsed.limit ? encodeIdCursor(page[page.length - 1]!.id) : null,
  };
}
