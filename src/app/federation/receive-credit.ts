import { z } from 'zod';
import { transferAnswer } from '../../core/federation/activities.js';
import { ECONOMY_EVENT, type PeerEventProof } from '../../core/federation/economy-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { appendEvents } from '../ledger/append-events.js';
import { draftOf } from '../use-case-steps.js';
import { creditRefusalFor, refuseOverLimit } from './credit-limits.js';
import { federationOf } from './economy-federation.js';
import { federatesWith } from './receive-activity.js';
import type { InboundActivity } from './federation-port.js';
import { proveOwnEvent, verifiedPeerEvent } from './peer-proofs.js';

const creditShape = z.object({
  'disco:kind': z.literal('credit'),
  'disco:transferId': z.string().min(1).max(128),
});
const refusalCode = z.string().regex(/^refusal\.[a-z0-9-]+$/);

/**
 * A federated DisCO's side of a mutual-credit transfer:
 * - `Offer`: accepted (this side's balance rises, the peer gets an `Accept` with its proof) when
 *   it fits this side's own limit, else refused with a `Reject` carrying the coded reason;
 * - `Accept` of this DisCO's transfer: settled, this side's balance falls;
 * - `Reject` of this DisCO's transfer: refused with the peer's code, no balance moves.
 * A replayed activity finds the transfer already answered and changes nothing.
 *
 * @example await receiveCredit(ctx, { peerActorId, activity });
 */
export async function receiveCredit(
  ctx: AppContext,
  { peerActorId: peer, activity }: InboundActivity,
): Promise<'handled' | 'ignored'> {
  const federation = federationOf(ctx);
  if (!federation || !(await federatesWith(ctx, peer))) return 'ignored';
  const self = federation.actorId;
  const shape = creditShape.safeParse(activity.type === 'Offer' ? activity['object'] : activity);
  if (!shape.success) return 'ignored';
  const transferId = shape.data['disco:transferId'];
  const db = ctx.store.db;
  const row = await db
    .selectFrom('credit_transfers')
    .selectAll()
    .where('peer', '=', peer)
    .where('id', '=', transferId)
    .executeTakeFirst();
  const answer = (
    type: 'Accept' | 'Reject',
    extra: { code?: string; event?: LedgerEvent; proof?: PeerEventProof },
  ) =>
    federation.outbox.toPeer(
      ctx,
      peer,
      transferAnswer({ type, self, peer, kind: 'credit', transferId, offeredBy: peer, ...extra }),
    );

  if (activity.type === 'Offer') {
    if (row) return 'handled';
    const verified = await verifiedPeerEvent(
      ctx,
      peer,
      activity['disco:event'],
      activity['disco:proof'],
      ECONOMY_EVENT.creditOffered,
    );
    if (!verified) return 'ignored';
    const p = verified.event.payload as Record<string, string>;
    if (p['peer'] !== self || p['transferId'] !== transferId) return 'ignored';
    const amount = BigInt(p['amount']!);
    const refused = await creditRefusalFor(db, peer, amount, p['currency']!);
    if (refused) {
      await answer('Reject', { code: refused.code });
      return 'handled';
    }
    try {
      const events = await appendEvents(
        ctx,
        [
          draftOf(ctx, null, ECONOMY_EVENT.creditReceived, {
            transferId,
            peer,
            amount: p['amount']!,
            currency: p['currency']!,
            memo: p['memo']!,
            offerHash: verified.event.hash,
          }),
        ],
        { guard: refuseOverLimit(peer, amount, p['currency']!) },
      );
      await answer('Accept', { event: events[0]!, proof: await proveOwnEvent(ctx, events[0]!) });
    } catch (error) {
      // Another transfer took the room between the check and the write: refused like any other.
      if (!(error instanceof AppError) || error.status !== 422) throw error;
      await answer('Reject', { code: 'refusal.credit-line-over-limit' });
    }
    return 'handled';
  }

  if (!row || row.direction !== 'out') return 'ignored';
  if (row.status !== 'offered') return 'handled';
  if (activity.type === 'Accept') {
    const verified = await verifiedPeerEvent(
      ctx,
      peer,
      activity['disco:event'],
      activity['disco:proof'],
      ECONOMY_EVENT.creditReceived,
    );
    if (!verified) return 'ignored';
    const p = verified.event.payload as Record<string, string>;
    if (p['peer'] !== self || p['transferId'] !== transferId || p['amount'] !== row.amount)
      return 'ignored';
    await appendEvents(ctx, [
      draftOf(ctx, null, ECONOMY_EVENT.creditSettled, {
        transferId,
        peer,
        acceptance: verified.proof,
      }),
    ]);
    return 'handled';
  }
  if (activity.type === 'Reject') {
    const code = refusalCode.safeParse(activity['disco:code']);
    await appendEvents(ctx, [
      draftOf(ctx, null, ECONOMY_EVENT.creditRefused, {
        transferId,
        peer,
        code: code.success ? code.data : 'refusal.credit-refused-by-peer',
      }),
    ]);
    return 'handled';
  }
  return 'ignored';
}
