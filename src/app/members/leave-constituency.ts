import { refusal } from '../errors.js';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { MEMBER_CONSTITUENCY_LEFT } from '../../core/members/member-events.js';
import { leaveConstituencyProblems } from '../../core/members/member-rules.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import {
  constituencyMembershipInput,
  type ConstituencyMembershipInput,
} from './join-constituency.js';
import { findConstituency, readConstituencies } from './member-facts.js';
import { requireMember } from './require-member.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

/**
 * Takes a member out of a constituency; its rights go with it at once. Anyone may give up a
 * constituency of their own, as long as they keep at least one.
 *
 * @example await leaveConstituency(ctx, me, { memberId: me.memberId, constituencyId: 'supporters' });
 */
export async function leaveConstituency(
  ctx: AppContext,
  actor: Actor | null,
  input: ConstituencyMembershipInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    constituencyMembershipInput,
    input,
    refusal('refusal.member-cannot-leave-constituency'),
  );
  ensureAllowed('member.constituency.leave', actor, { memberId: parsed.memberId });
  const member = await requireMember(ctx.store.db, parsed.memberId);
  const found = findConstituency(await readConstituencies(ctx.store.db), parsed.constituencyId);
  const constituency = found && { id: found.constituencyId, slug: found.slug };
  refuseIf(
    leaveConstituencyProblems(member, constituency),
    refusal('refusal.member-cannot-leave-constituency'),
  );
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, MEMBER_CONSTITUENCY_LEFT, {
      memberId: member.memberId,
      constituencyId: constituency!.id,
    }),
  ]);
  return { events };
}
