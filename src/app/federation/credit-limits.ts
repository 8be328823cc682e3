import type { Kysely } from 'kysely';
import { creditMoveRefusal } from '../../core/federation/mutual-credit.js';
import type { MessageCode } from '../../core/messages/codes.js';
import type { Database } from '../../store/schema.js';
import { AppError, refusal } from '../errors.js';
import { creditLineOf } from './economy-facts.js';

/**
 * Why this side refuses to move its balance with a peer by `delta` (negative when it pays, with
 * its own unanswered transfers reserved), as a refusal code and its parameters, or null.
 *
 * @example await creditRefusalFor(db, peer, -5000n) // { code: 'refusal.credit-line-over-limit', params: { ... } }
 */
export async function creditRefusalFor(
  db: Kysely<Database>,
  peer: string,
  delta: bigint,
  currency: string,
): Promise<{ code: MessageCode; params: Record<string, string> } | null> {
  const line = await creditLineOf(db, peer);
  if (line !== null && line.currency !== currency)
    return { code: 'refusal.credit-currency-differs', params: { currency, line: line.currency } };
  const refused = creditMoveRefusal(
    line && { balance: line.balance - line.pendingOut, limit: line.limit },
    delta,
  );
  if (refused === null) return null;
  if (refused.code === 'no-line') return { code: 'refusal.credit-line-missing', params: { peer } };
  // Named as money, so the Deck says them in the currency; the peer by the handle members know.
  const relation = await db
    .selectFrom('federation_relations')
    .select('handle')
    .where('peer_actor_id', '=', peer)
    .executeTakeFirst();
  return {
    code: 'refusal.credit-line-over-limit',
    params: {
      peer: relation?.handle ?? peer,
      limitAmount: refused.limit.toString(),
      balanceAmount: refused.balance.toString(),
      roomAmount: refused.room.toString(),
    },
  };
}

/**
 * A guard that refuses the move with a 422 naming the limit and the room left.
 *
 * @example await appendEvents(ctx, drafts, { guard: refuseOverLimit(peer, -5000n, 'EUR') });
 */
export function refuseOverLimit(
  peer: string,
  delta: bigint,
  currency: string,
): (db: Kysely<Database>) => Promise<void> {
  return async (db) => {
    const refused = await creditRefusalFor(db, peer, delta, currency);
    if (refused)
      throw new AppError(422, 'refused', refusal(refused.code, refused.params), undefined, [
        { field: 'amount', message: `is beyond the credit line with ${peer}` },
      ]);
  };
}
