import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { MEMBER_ADDED } from '../../core/members/member-events.js';
import { newMemberProblems } from '../../core/members/member-rules.js';
import { displayName, levelState, membershipDecision } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { newId } from '../ids.js';
import { checkDecision } from './check-decision.js';
import { findConstituency, readConstituencies } from './member-facts.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

export const addMemberInput = z.strictObject({
  displayName,
  /** Worker-members only: casual, dating (with stage, timeline, start date) or committed. */
  level: levelState.nullable().default(null),
  /** Ids or slugs. */
  constituencyIds: z
    .array(z.string().min(1))
    .min(1, 'a member belongs to at least one constituency')
    .max(20),
  decision: membershipDecision.default({ kind: 'founder-action' }),
});
export type AddMemberInput = z.input<typeof addMemberInput>;

/**
 * Adds a person to the DisCO. Only their shown name goes on the ledger; an account with email and
 * password is made off-ledger (by accepting an invitation). Giving a level is a decision on their
 * level, so it needs the right to make one as well as the right to add members.
 *
 * @example const { memberId } = await addMember(ctx, founder, { displayName: 'Ana', constituencyIds: ['supporters'] });
 */
export async function addMember(
  ctx: AppContext,
  actor: Actor | null,
  input: AddMemberInput,
): Promise<{ memberId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(addMemberInput, input, refusal('refusal.member-cannot-be-added'));
  ensureAllowed('member.add', actor);
  if (parsed.level !== null) ensureAllowed('member.level', actor);
  checkDecision(parsed.decision);
  const all = await readConstituencies(ctx.store.db);
  const constituencyIds = parsed.constituencyIds.map(
    (ref) => findConstituency(all, ref)?.constituencyId ?? ref,
  );
  const known = all.map((c) => ({ id: c.constituencyId, slug: c.slug }));
  refuseIf(
    newMemberProblems({ level: parsed.level, constituencyIds }, known),
    refusal('refusal.member-cannot-be-added'),
  );
  const memberId = newId(ctx);
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, MEMBER_ADDED, {
      memberId,
      displayName: parsed.displayName,
      founder: false,
      level: parsed.level,
      constituencyIds,
      decision: parsed.decision,
    }),
  ]);
  return { memberId, events };
}
