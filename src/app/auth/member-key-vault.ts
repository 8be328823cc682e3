import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { notFound, refusal } from '../errors.js';
import { registerMemberKey } from '../members/register-member-key.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import type { AuthContext } from './auth-context.js';

/*
 * The browser path for member keys: each device of a member makes its own Ed25519 key pair,
 * encrypts the private key under a key it derives from the member's password, and leaves the
 * public key and that opaque blob here under a device id it keeps. The server never sees a private
 * key or the password-derived key, so it cannot sign as the member; it only hands the blobs back
 * after sign-in. One blob per device, so a second device never replaces the first one's key.
 */

export const deviceIdField = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, - or _ (the Deck makes one)');

export const encryptedPrivateKeyField = z
  .string()
  .min(16, 'must be the encrypted key as the browser produced it')
  .max(4096, 'must be at most 4096 characters')
  .regex(/^[A-Za-z0-9_\-.:$=+/]+$/, 'must be printable text (base64url and separators)');

export const storeMemberKeyInput = z.strictObject({
  deviceId: deviceIdField,
  publicKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'an Ed25519 public key, 32 bytes in base64url'),
  encryptedPrivateKey: encryptedPrivateKeyField,
});
export type StoreMemberKeyInput = z.input<typeof storeMemberKeyInput>;

export interface StoredMemberKey {
  deviceId: string;
  publicKey: string;
  encryptedPrivateKey: string;
  createdAt: string;
}

/** A member's kept keys, by device, oldest first. */
export async function keptKeysOf(
  db: AuthContext['store']['db'],
  memberId: string,
): Promise<StoredMemberKey[]> {
  const rows = await db
    .selectFrom('device_keys')
    .select(['device_id', 'key_public', 'encrypted_private_key', 'created_at'])
    .where('member_id', '=', memberId)
    .orderBy('created_at')
    .orderBy('device_id')
    .execute();
  return rows.map((r) => ({
    deviceId: r.device_id,
    publicKey: r.key_public,
    encryptedPrivateKey: r.encrypted_private_key,
    createdAt: r.created_at,
  }));
}

/**
 * Registers the public key on the ledger (through the members use case, which checks the policy
 * and the key rules) and keeps the encrypted private key for that device, replacing only that
 * device's earlier one (whose key stays registered until the member revokes it).
 *
 * @example await storeMemberKey(actx, actor, { deviceId: 'laptop-1', publicKey, encryptedPrivateKey: blob });
 */
export async function storeMemberKey(
  ctx: AuthContext,
  actor: Actor | null,
  input: StoreMemberKeyInput,
): Promise<StoredMemberKey> {
  ensureAllowed('member.key.register', actor, { memberId: actor?.memberId });
  const key = parseInput(storeMemberKeyInput, input, refusal('refusal.key-cannot-be-stored'));
  const me = actor!;
  const account = await ctx.store.db
    .selectFrom('accounts')
    .select('member_id')
    .where('member_id', '=', me.memberId)
    .executeTakeFirst();
  if (!account)
    throw notFound(
      refusal('refusal.no-account-to-keep-keys'),
      refusal('hint.sign-account-not-only-api-token'),
    );
  await registerMemberKey(ctx, me, { memberId: me.memberId, publicKey: key.publicKey });
  const createdAt = ctx.clock().toISOString();
  const row = {
    key_public: key.publicKey,
    encrypted_private_key: key.encryptedPrivateKey,
    created_at: createdAt,
  };
  await ctx.store.db
    .insertInto('device_keys')
    .values({ member_id: me.memberId, device_id: key.deviceId, ...row })
    .onConflict((oc) => oc.columns(['member_id', 'device_id']).doUpdateSet(row))
    .execute();
  return { ...key, createdAt };
}

/**
 * The actor's kept keys, one per device, for the browser to decrypt its own with the password
 * just typed (and to re-wrap them all when the password changes).
 *
 * @example const keys = await readMemberKeys(actx, actor);
 */
export async function readMemberKeys(
  ctx: AuthContext,
  actor: Actor | null,
): Promise<StoredMemberKey[]> {
  ensureAllowed('member.show-private', actor, { memberId: actor?.memberId });
  return keptKeysOf(ctx.store.db, actor!.memberId);
}
