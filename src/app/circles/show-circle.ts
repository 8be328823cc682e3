import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { requireCircle, type Circle } from './circle-facts.js';

export const showCircleInput = z.strictObject({
  /** Id or slug. */
  circleId: z.string().min(1),
});
export type ShowCircleInput = z.input<typeof showCircleInput>;

export interface Stewardship {
  memberId: string;
  displayName: string;
  termStart: string;
  termEnd: string;
  appointedAt: string;
  endedAt: string | null;
  endReason: string | null;
}

export interface CircleDetail extends Circle {
  members: Array<{ memberId: string; displayName: string; joinedAt: string }>;
  /** Every stewardship, the latest appointment first: the history of rotation. */
  stewardships: Stewardship[];
}

/**
 * A circle with its members and the history of its stewards.
 *
 * @example const tech = await showCircle(ctx, actor, { circleId: 'tech' });
 */
export async function showCircle(
  ctx: AppContext,
  actor: Actor | null,
  input: ShowCircleInput,
): Promise<CircleDetail> {
  const parsed = parseInput(showCircleInput, input, refusal('refusal.circle-cannot-be-shown'));
  ensureAllowed('circle.show', actor);
  const db = ctx.store.db;
  const circle = await requireCircle(db, parsed.circleId);
  const [members, stewards] = await Promise.all([
    db
      .selectFrom('circle_members as cm')
      .innerJoin('members as m', 'm.id', 'cm.member_id')
      .select(['m.id', 'm.display_name', 'cm.joined_at'])
      .where('cm.circle_id', '=', circle.circleId)
      .orderBy('m.id')
      .execute(),
    db
      .selectFrom('stewards as s')
      .innerJoin('members as m', 'm.id', 's.member_id')
      .select([
        's.member_id',
        'm.display_name',
        's.term_start',
        's.term_end',
        's.appointed_at',
        's.ended_at',
        's.end_reason',
      ])
      .where('s.circle_id', '=', circle.circleId)
      .orderBy('s.seq', 'desc')
      .execute(),
  ]);
  return {
    ...circle,
    members: members.map((m) => ({
      memberId: m.id,
      displayName: m.display_name,
      joinedAt: m.joined_at,
    })),
    stewardships: stewards.map((s) => ({
      memberId: s.member_id,
      displayName: s.display_name,
      termStart: s.term_start,
      termEnd: s.term_end,
      appointedAt: s.appointed_at,
      endedAt: s.ended_at,
      endReason: s.end_reason,
    })),
  };
}
