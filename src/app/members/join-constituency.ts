import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { MEMBER_CONSTITUENCY_JOINED } from '../../core/members/member-events.js';
import { joinConstituencyProblems } from '../../core/members/member-rules.js';
import { entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { findConstituency, readConstituencies } from './member-facts.js';
import { requireMember } from './require-member.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

export const constituencyMembershipInput = z.strictObject({
  memberId: entityId,
  /** Id or slug. */
  constituencyId: z.string().min(1),
});
export type ConstituencyMembershipInput = z.input<typeof constituencyMembershipInput>;

/**
 * Puts a member in a constituency, with its rights from the next request on.
 *
 * @example await joinConstituency(ctx, founder, { memberId, constituencyId: 'supporters' });
 */
export async function joinConstituency(
  ctx: AppContext,
  actor: Actor | null,
  input: ConstituencyMembershipInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    constituencyMembershipInput,
    input,
    refusal('refusal.member-cannot-join-constituency'),
  );
  ensureAllowed('member.constituency.join', actor, { memberId: parsed.memberId });
  const member = await requireMember(ctx.store.db, parsed.memberId);
  const found = findConstituency(await readConstituencies(ctx.store.db), parsed.constituencyId);
  const constituency = found && { id: found.constituencyId, slug: found.slug };
  refuseIf(
    joinConstituencyProblems(member, constituency),
    refusal('refusal.member-cannot-join-constituency'),
  );
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, MEMBER_CONSTITUENCY_JOINED, {
      memberId: member.memberId,
      constituencyId: constituency!.id,
    }),
  ]);
  return { events };
}
