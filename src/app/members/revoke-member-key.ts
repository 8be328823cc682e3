import { refusal } from '../errors.js';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { keyRevocationProblems } from '../../core/members/key-rules.js';
import { MEMBER_KEY_REVOKED } from '../../core/members/member-events.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { memberKeyInput, readKey, type MemberKeyInput } from './register-member-key.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

/**
 * Revokes a member key: events it signed stay valid, new ones signed with it are refused.
 *
 * @example await revokeMemberKey(ctx, me, { memberId: me.memberId, publicKey: lostKey });
 */
export async function revokeMemberKey(
  ctx: AppContext,
  actor: Actor | null,
  input: MemberKeyInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(memberKeyInput, input, refusal('refusal.key-cannot-be-revoked'));
  ensureAllowed('member.key.revoke', actor, { memberId: parsed.memberId });
  refuseIf(
    keyRevocationProblems(await readKey(ctx.store.db, parsed.publicKey), parsed.memberId),
    refusal('refusal.key-cannot-be-revoked'),
  );
  const events = await appendEvents(ctx, [draftOf(ctx, actor, MEMBER_KEY_REVOKED, parsed)]);
  return { events };
}
