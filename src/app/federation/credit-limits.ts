import type { Kysely } from 'kysely';
import { creditMoveRefusal } from '../../core/federation/mutual-credit.js';
import { message, type Message, type MessageCode } from '../../core/messages/codes.js';
import { renderEnglish } from '../../core/messages/render-en.js';
import type { Database } from '../../store/schema.js';
import { AppError, refusal } from '../errors.js';
import { creditLineOf } from './economy-facts.js';

/** A refusal to move credit: what it says, and what it says of the amount field. */
export interface CreditRefusal {
  code: MessageCode;
  params: Record<string, string>;
  field: Message;
}

/**
 * Why this side refuses to move its balance with a peer by `delta` (negative when it pays, with
 * its own unanswered transfers reserved), as a refusal code and its parameters, or null.
 *
 * @example await creditRefusalFor(db, peer, -5000n, 'EUR') // { code: 'refusal.credit-line-over-limit', params: { ... }, field: { ... } }
 */
export async function creditRefusalFor(
  db: Kysely<Database>,
  peer: string,
  delta: bigint,
  currency: string,
): Promise<CreditRefusal | null> {
  const line = await creditLineOf(db, peer);
  if (line !== null && line.currency !== currency) {
    const params = { currency, line: line.currency };
    return {
      code: 'refusal.credit-currency-differs',
      params,
      field: message('field.credit-currency-differs', params),
    };
  }
  const refused = creditMoveRefusal(
    line && { balance: line.balance - line.pendingOut, limit: line.limit },
    delta,
  );
  if (refused === null) return null;
  // Named as money, so the Deck says them in the currency; the peer by the handle members know.
  const relation = await db
    .selectFrom('federation_relations')
    .select('handle')
    .where('peer_actor_id', '=', peer)
    .executeTakeFirst();
  const named = relation?.handle ?? peer;
  if (refused.code === 'no-line')
    return {
      code: 'refusal.credit-line-missing',
      params: { peer: named },
      field: message('field.no-credit-line', { peer: named }),
    };
  return {
    code: 'refusal.credit-line-over-limit',
    params: {
      peer: named,
      limitAmount: refused.limit.toString(),
      balanceAmount: refused.balance.toString(),
      roomAmount: refused.room.toString(),
    },
    field: message('field.beyond-credit-line', {
      peer: named,
      limitAmount: refused.limit.toString(),
      roomAmount: refused.room.toString(),
    }),
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
        {
          field: 'amount',
          message: renderEnglish(refused.field),
          code: refused.field.code,
          params: refused.field.params,
        },
      ]);
  };
}
