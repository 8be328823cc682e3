import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { keyRegistrationProblems, type KeyFacts } from '../../core/members/key-rules.js';
import { MEMBER_KEY_REGISTERED, memberKeyPayload } from '../../core/members/member-events.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { requireMember } from './require-member.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

export const memberKeyInput = memberKeyPayload;
export type MemberKeyInput = z.input<typeof memberKeyInput>;

/** The key as registered on the ledger, whoever it belongs to, or null. */
export async function readKey(db: Kysely<Database>, publicKey: string): Promise<KeyFacts | null> {
  const row = await db
    .selectFrom('member_keys')
    .select(['member_id', 'revoked_at'])
    .where('public_key', '=', publicKey)
    .executeTakeFirst();
  return row ? { memberId: row.member_id, revoked: row.revoked_at !== null } : null;
}

/**
 * Registers one of the acting member's own Ed25519 public keys (base64url); from then on
 * `appendEvents` accepts events they sign with it.
 *
 * @example await registerMemberKey(ctx, me, { memberId: me.memberId, publicKey: signer.publicKey });
 */
export async function registerMemberKey(
  ctx: AppContext,
  actor: Actor | null,
  input: MemberKeyInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(memberKeyInput, input, refusal('refusal.key-cannot-be-registered'));
  ensureAllowed('member.key.register', actor, { memberId: parsed.memberId });
  const member = await requireMember(ctx.store.db, parsed.memberId);
  refuseIf(
    keyRegistrationProblems(member, await readKey(ctx.store.db, parsed.publicKey)),
    refusal('refusal.key-cannot-be-registered'),
  );
  const events = await appendEvents(ctx, [draftOf(ctx, actor, MEMBER_KEY_REGISTERED, parsed)]);
  return { events };
}
