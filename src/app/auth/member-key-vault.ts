import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { notFound } from '../errors.js';
import { registerMemberKey } from '../members/register-member-key.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import type { AuthContext } from './auth-context.js';

/*
 * The browser path for member keys: the browser makes an Ed25519 key pair, encrypts the private
 * key under a key it derives from the member's password, and leaves the public key and that
 * opaque blob here. The server never sees the private key or the password-derived key, so it
 * cannot sign as the member; it only hands the blob back after sign-in.
 */

export const storeMemberKeyInput = z.strictObject({
  publicKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'an Ed25519 public key, 32 bytes in base64url'),
  encryptedPrivateKey: z
    .string()
    .min(16, 'must be the encrypted key as the browser produced it')
    .max(4096, 'must be at most 4096 characters')
    .regex(/^[A-Za-z0-9_\-.:$=+/]+$/, 'must be printable text (base64url and separators)'),
});
export type StoreMemberKeyInput = z.input<typeof storeMemberKeyInput>;

export interface StoredMemberKey {
  publicKey: string;
  encryptedPrivateKey: string;
}

/**
 * Registers the public key on the ledger (through the members use case, which checks the policy
 * and the key rules) and keeps the encrypted private key with the account, replacing any earlier one.
 *
 * @example await storeMemberKey(actx, actor, { publicKey, encryptedPrivateKey: blob });
 */
export async function storeMemberKey(
  ctx: AuthContext,
  actor: Actor | null,
  input: StoreMemberKeyInput,
): Promise<StoredMemberKey> {
  ensureAllowed('member.key.register', actor, { memberId: actor?.memberId });
  const key = parseInput(storeMemberKeyInput, input, 'The key cannot be stored.');
  const me = actor!;
  const account = await ctx.store.db
    .selectFrom('accounts')
    .select('member_id')
    .where('member_id', '=', me.memberId)
    .executeTakeFirst();
  if (!account)
    throw notFound(
      'You have no account on this node to keep a key with.',
      'Sign in with an account (not only an API token of a member without one).',
    );
  await registerMemberKey(ctx, me, { memberId: me.memberId, publicKey: key.publicKey });
  await ctx.store.db
    .updateTable('accounts')
    .set({ key_public: key.publicKey, encrypted_private_key: key.encryptedPrivateKey })
    .where('member_id', '=', me.memberId)
    .execute();
  return key;
}

/**
 * The actor's stored key, for the browser to decrypt with the password just typed.
 *
 * @example const { encryptedPrivateKey } = await readMemberKey(actx, actor);
 */
export async function readMemberKey(
  ctx: AuthContext,
  actor: Actor | null,
): Promise<StoredMemberKey> {
  ensureAllowed('member.show-private', actor, { memberId: actor?.memberId });
  const row = await ctx.store.db
    .selectFrom('accounts')
    .select(['key_public', 'encrypted_private_key'])
    .where('member_id', '=', actor!.memberId)
    .executeTakeFirst();
  if (!row?.key_public || !row.encrypted_private_key)
    throw notFound(
      'No key is kept for you on this node.',
      'Store one with PUT /api/me/key, or keep your key on your device with the CLI.',
    );
  return { publicKey: row.key_public, encryptedPrivateKey: row.encrypted_private_key };
}
