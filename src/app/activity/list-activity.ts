import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { ACTIVITY_KINDS, type ActivityKind } from '../../core/activity/activity-line.js';
import type { Message } from '../../core/messages/codes.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';

export const listActivityInput = z.strictObject({
  /** Only lines about this member. */
  memberId: z.string().min(1).max(100).optional(),
  /** Only lines about this circle (its work, its proposals, who joined it). */
  circleId: z.string().min(1).max(100).optional(),
  kind: z.enum(ACTIVITY_KINDS, { error: `must be one of ${ACTIVITY_KINDS.join(', ')}` }).optional(),
  /** Lines older than this seq: the last seq of the page a reader has seen. */
  before: z.number().int().min(1).optional(),
  limit: z.number().int().min(1).max(501).default(50),
});
export type ListActivityInput = z.input<typeof listActivityInput>;

export interface ActivityItem {
  /** The ledger event the line tells of; its proof is at GET /api/ledger/events/{seq}. */
  seq: number;
  at: string;
  kind: ActivityKind;
  memberId: string | null;
  circleId: string | null;
  proposalId: string | null;
  /** What happened, as a code and parameters (members by id) for the reader's language. */
  message: Message;
}

/**
 * The activity feed, newest first: one line per ledger event, whole or about one member, one circle
 * or one kind of activity. Each filter reads one index range ending at `before`, so a page costs
 * the same on a ledger of any length. Members only: the lines name members, which the ledger's
 * public readers see only as ids.
 *
 * @example await listActivity(ctx, ana, { kind: 'work', limit: 21 }) // [{ seq: 812, message: { code: 'activity.contribution-logged-in-circle', … } }, …]
 */
export async function listActivity(
  ctx: AppContext,
  actor: Actor | null,
  input: ListActivityInput,
): Promise<ActivityItem[]> {
  const parsed = parseInput(listActivityInput, input, refusal('refusal.activity-cannot-be-listed'));
  ensureAllowed('activity.read', actor);
  let query = ctx.store.db
    .selectFrom('activity_feed')
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(parsed.limit);
  if (parsed.before !== undefined) query = query.where('seq', '<', parsed.before);
  if (parsed.memberId !== undefined) query = query.where('member_id', '=', parsed.memberId);
  if (parsed.circleId !== undefined) query = query.where('circle_id', '=', parsed.circleId);
  if (parsed.kind !== undefined) query = query.where('kind', '=', parsed.kind);
  return (await query.execute()).map((r) => ({
    seq: Number(r.seq),
    at: r.at,
    kind: r.kind as ActivityKind,
    memberId: r.member_id,
    circleId: r.circle_id,
    proposalId: r.proposal_id,
    message: { code: r.code, params: JSON.parse(r.params) as Message['params'] },
  }));
}
