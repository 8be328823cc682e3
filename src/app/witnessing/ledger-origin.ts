import { ledgerOrigin } from '../../core/ledger/checkpoint-note.js';
import {
  makeVerifierKey,
  SIGNATURE_TYPE_ED25519,
  type VerifierKey,
} from '../../core/ledger/signed-note.js';
import type { AppContext } from '../context.js';
import { isoNow } from '../clock.js';
import { AppError, refusal } from '../errors.js';
import { readLedgerInfo } from '../ledger/ledger-info.js';

/**
 * The origin line of this ledger's checkpoint notes: `<public host>/<ledger id>`, stored the
 * first time it is needed and never changed after, because witnesses keep one history per origin.
 */
export async function readLedgerOrigin(ctx: AppContext): Promise<string> {
  const stored = await storedOrigin(ctx);
  if (stored) return stored;
  const info = await readLedgerInfo(ctx);
  if (!info)
    throw new AppError(
      409,
      'no-ledger',
      refusal('refusal.no-such-ledger'),
      refusal('hint.run-disco-init-first'),
    );
  const host = ctx.witnessing?.publicHost;
  if (!host) {
    throw new AppError(
      409,
      'no-public-url',
      refusal('refusal.checkpoint-origin-unknown'),
      refusal('hint.set-disco-public-url-address-members'),
    );
  }
  const origin = ledgerOrigin(host, info.ledgerId);
  // Two servers fixing it at once: the first insert wins and both read the same row back.
  await ctx.store.db
    .insertInto('ledger_origin')
    .values({ id: 1, origin, fixed_at: isoNow(ctx.clock) })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return (await storedOrigin(ctx))!;
}

async function storedOrigin(ctx: AppContext): Promise<string | undefined> {
  const row = await ctx.store.db
    .selectFrom('ledger_origin')
    .select('origin')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.origin;
}

/** The vkey a witness trusts for this ledger: the origin as key name, the node key, type 0x01. */
export function ledgerVerifierKey(origin: string, nodeKey: string): VerifierKey {
  return makeVerifierKey(origin, SIGNATURE_TYPE_ED25519, Buffer.from(nodeKey, 'base64url'));
}
