import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { entityId } from '../../core/members/vocabulary.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';

export const listAppreciationsInput = z.strictObject({
  /** Only thanks this member received. */
  memberId: entityId.optional(),
  /** Only thanks this member gave. */
  fromId: entityId.optional(),
  /** Only thanks for this contribution. */
  contributionId: entityId.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListAppreciationsInput = z.input<typeof listAppreciationsInput>;

export interface AppreciationView {
  appreciationId: string;
  fromId: string;
  fromName: string;
  memberId: string;
  memberName: string;
  contributionId: string | null;
  period: { from: string; to: string } | null;
  note: string;
  givenAt: string;
}

/**
 * Appreciations, newest first: all, those one member received or gave, or those for one contribution.
 *
 * @example await listAppreciations(ctx, bo, { memberId: ana.memberId }) // [{ fromName: 'Bo', note: '…' }]
 */
export async function listAppreciations(
  ctx: AppContext,
  actor: Actor | null,
  input: ListAppreciationsInput,
): Promise<AppreciationView[]> {
  const parsed = parseInput(
    listAppreciationsInput,
    input,
    refusal('refusal.thanks-cannot-be-listed'),
  );
  ensureAllowed('appreciation.list', actor);
  let query = ctx.store.db
    .selectFrom('appreciations as a')
    .innerJoin('members as f', 'f.id', 'a.from_member')
    .innerJoin('members as m', 'm.id', 'a.member_id')
    .selectAll('a')
    .select(['f.display_name as from_name', 'm.display_name as member_name'])
    .orderBy('a.seq', 'desc')
    .limit(parsed.limit);
  if (parsed.memberId !== undefined) query = query.where('a.member_id', '=', parsed.memberId);
  if (parsed.fromId !== undefined) query = query.where('a.from_member', '=', parsed.fromId);
  if (parsed.contributionId !== undefined)
    query = query.where('a.contribution_id', '=', parsed.contributionId);
  return (await query.execute()).map((r) => ({
    appreciationId: r.appreciation_id,
    fromId: r.from_member,
    fromName: r.from_name,
    memberId: r.member_id,
    memberName: r.member_name,
    contributionId: r.contribution_id,
    period: r.period_from && r.period_to ? { from: r.period_from, to: r.period_to } : null,
    note: r.note,
    givenAt: r.given_at,
  }));
}
