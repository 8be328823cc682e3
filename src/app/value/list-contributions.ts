import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { contributionFromRow, requireContribution, type Contribution } from './value-facts.js';

export const listContributionsInput = z.strictObject({
  member: z.string().max(128).optional(),
  status: z.enum(['pending', 'counted', 'disputed', 'superseded', 'void']).optional(),
  /** Only contributions logged after this ledger position: the page cursor. */
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListContributionsInput = z.input<typeof listContributionsInput>;

/**
 * Contributions in ledger order, optionally one member's or one status's, a page at a time.
 *
 * @example const { items, next } = await listContributions(ctx, actor, { status: 'pending' });
 */
export async function listContributions(
  ctx: AppContext,
  actor: Actor | null,
  input: ListContributionsInput,
): Promise<{ items: Contribution[]; next: number | null }> {
  const parsed = parseInput(
    listContributionsInput,
    input,
    refusal('refusal.contributions-cannot-be-listed'),
  );
  ensureAllowed('value.contribution.list', actor);
  let query = ctx.store.db
    .selectFrom('value_contributions')
    .selectAll()
    .orderBy('seq')
    .limit(parsed.limit + 1);
  if (parsed.member !== undefined) query = query.where('member_id', '=', parsed.member);
  if (parsed.status !== undefined) query = query.where('status', '=', parsed.status);
  if (parsed.after !== undefined) query = query.where('seq', '>', parsed.after);
  const rows = await query.execute();
  const page = rows.slice(0, parsed.limit);
  return {
    items: page.map(contributionFromRow),
    next: rows.length > parsed.limit ? page.at(-1)!.seq : null,
  };
}

/** One acknowledgement, dispute, withdrawal or resolution, as it happened. */
export interface ValidationStep {
  kind: 'acknowledged' | 'disputed' | 'withdrawn' | 'resolved';
  memberId: string | null;
  /** The dispute's reason, 'steward' for a steward's acknowledgement, or how a dispute was settled. */
  detail: string | null;
  at: string;
}

/**
 * One contribution with its frozen credit, validation state and the history of its validation.
 *
 * @example const c = await showContribution(ctx, actor, { contributionId }); c.history[0].kind // 'acknowledged'
 */
export async function showContribution(
  ctx: AppContext,
  actor: Actor | null,
  input: { contributionId: string },
): Promise<Contribution & { history: ValidationStep[] }> {
  ensureAllowed('value.contribution.list', actor);
  const { row } = await requireContribution(ctx.store.db, input.contributionId);
  const steps = await ctx.store.db
    .selectFrom('value_validations')
    .selectAll()
    .where('contribution_id', '=', row.id)
    .orderBy('seq')
    .execute();
  return {
    ...contributionFromRow(row),
    history: steps.map((s) => ({
      kind: s.kind,
      memberId: s.member_id,
      detail: s.detail,
      at: s.at,
    })),
  };
}
