import { z } from 'zod';
import { transferAnswer, transferRefund } from '../../core/federation/activities.js';
import { ECONOMY_EVENT } from '../../core/federation/economy-events.js';
import { FINANCE_EVENT } from '../../core/finance/events.js';
import type { AppContext } from '../context.js';
import { refuseClosedDate } from '../distribution/finance-facts.js';
import { newId } from '../ids.js';
import { appendEvents } from '../ledger/append-events.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf } from '../use-case-steps.js';
import { federationOf, peerNames } from './economy-federation.js';
import { federatesWith } from './receive-activity.js';
import type { InboundActivity } from './federation-port.js';
import { proveOwnEvent, verifiedPeerEvent } from './peer-proofs.js';

const offerObject = z.object({
  'disco:kind': z.literal('solidarity'),
  'disco:transferId': z.string().min(1).max(128),
});
const answerShape = z.object({
  'disco:kind': z.literal('solidarity'),
  'disco:transferId': z.string().min(1).max(128),
});

/**
 * A federated DisCO's side of a solidarity transfer, recorded in this ledger:
 * - `Offer`: the offer, proved against the peer's checkpoint, waits for a member to accept it;
 * - `Accept` of this DisCO's offer: the receipt (the acceptance's hash and proof) and the expense;
 * - `Undo` of the peer's offer, or `Reject` of this DisCO's: the transfer is cancelled. A `Reject`
 *   of an acceptance already recorded (the peer withdrew while it was in flight) is refunded: the
 *   refund and an expense that returns the income, so the books balance again, and an `Undo` of
 *   the acceptance carrying the refund's proof;
 * - that `Undo`, of this DisCO's withdrawn offer: the refund's receipt, with no money, since this
 *   side never counted the transfer.
 * A replayed activity finds the transfer already past that step and changes nothing.
 *
 * @example await receiveSolidarity(ctx, { peerActorId, activity });
 */
export async function receiveSolidarity(
  ctx: AppContext,
  inbound: InboundActivity,
): Promise<'handled' | 'ignored'> {
  const { peerActorId: peer, activity } = inbound;
  const federation = federationOf(ctx);
  if (!federation || !(await federatesWith(ctx, peer))) return 'ignored';
  const self = federation.actorId;
  const db = ctx.store.db;
  const existing = async (transferId: string) =>
    db
      .selectFrom('solidarity_transfers')
      .selectAll()
      .where('peer', '=', peer)
      .where('id', '=', transferId)
      .executeTakeFirst();

  if (activity.type === 'Offer') {
    const object = offerObject.safeParse(activity['object']);
    if (!object.success) return 'ignored';
    const verified = await verifiedPeerEvent(
      ctx,
      peer,
      activity['disco:event'],
      activity['disco:proof'],
      ECONOMY_EVENT.transferOffered,
    );
    if (!verified) return 'ignored';
    const p = verified.event.payload as Record<string, string>;
    if (p['peer'] !== self || p['transferId'] !== object.data['disco:transferId']) return 'ignored';
    if (await existing(p['transferId'])) return 'handled';
    await appendEvents(ctx, [
      draftOf(ctx, null, ECONOMY_EVENT.offerReceived, {
        transferId: p['transferId'],
        peer,
        amount: p['amount']!,
        currency: p['currency']!,
        reference: p['reference']!,
        offer: verified.proof,
      }),
    ]);
    return 'handled';
  }

  const answer = answerShape.safeParse(activity);
  if (!answer.success) return 'ignored';
  const transferId = answer.data['disco:transferId'];
  const row = await existing(transferId);
  if (!row) return 'ignored';

  if (activity.type === 'Accept' && row.direction === 'out') {
    const verified = await verifiedPeerEvent(
      ctx,
      peer,
      activity['disco:event'],
      activity['disco:proof'],
      ECONOMY_EVENT.transferAccepted,
    );
    if (!verified) return 'ignored';
    const p = verified.event.payload as Record<string, string>;
    if (p['peer'] !== self || p['transferId'] !== transferId || p['offerHash'] !== row.offer_hash)
      return 'ignored';
    if (row.status === 'accepted' || row.status === 'refunded') return 'handled';
    if (row.status === 'cancelled') {
      // Our withdrawal crossed their acceptance: ours was first here, so no money leaves.
      await federation.outbox.toPeer(
        ctx,
        peer,
        transferAnswer({
          type: 'Reject',
          self,
          peer,
          kind: 'solidarity',
          transferId,
          offeredBy: self,
          code: 'refusal.transfer-cancelled',
        }),
      );
      return 'handled';
    }
    const expenseId = newId(ctx);
    const today = await discoToday(ctx);
    await appendEvents(
      ctx,
      [
        draftOf(ctx, null, ECONOMY_EVENT.transferReceipted, {
          transferId,
          peer,
          acceptance: verified.proof,
          expenseId,
        }),
        draftOf(ctx, null, FINANCE_EVENT.expenseRecorded, {
          expenseId,
          amount: row.amount,
          currency: row.currency,
          date: today,
          payee: await peerName(ctx, peer),
          reason: `Solidarity transfer ${transferId}, reference ${row.reference}`.slice(0, 2000),
          ...(row.proposal_id ? { proposalId: row.proposal_id } : {}),
        }),
      ],
      { guard: refuseClosedDate(today, 'date') },
    );
    return 'handled';
  }

  if (activity.type === 'Undo' && row.direction === 'out') {
    const verified = await verifiedPeerEvent(
      ctx,
      peer,
      activity['disco:event'],
      activity['disco:proof'],
      ECONOMY_EVENT.transferRefunded,
    );
    if (!verified) return 'ignored';
    const p = verified.event.payload as Record<string, string>;
    if (p['peer'] !== self || p['transferId'] !== transferId) return 'ignored';
    if (row.status === 'refunded') return 'handled';
    if (row.status !== 'cancelled') return 'ignored';
    await appendEvents(ctx, [
      draftOf(ctx, null, ECONOMY_EVENT.refundReceipted, {
        transferId,
        peer,
        refund: verified.proof,
      }),
    ]);
    return 'handled';
  }

  const withdrawn =
    (activity.type === 'Undo' && row.direction === 'in') ||
    (activity.type === 'Reject' && row.direction === 'out');
  if (withdrawn) {
    if (row.status === 'offered')
      await appendEvents(ctx, [
        draftOf(ctx, null, ECONOMY_EVENT.transferCancelled, { transferId, peer, by: 'peer' }),
      ]);
    return 'handled';
  }
  if (activity.type === 'Reject' && row.direction === 'in' && row.status === 'accepted') {
    const today = await discoToday(ctx);
    const expenseId = newId(ctx);
    const [refund] = await appendEvents(
      ctx,
      [
        draftOf(ctx, null, ECONOMY_EVENT.transferRefunded, {
          transferId,
          peer,
          acceptanceHash: row.acceptance_hash!,
          expenseId,
        }),
        draftOf(ctx, null, FINANCE_EVENT.expenseRecorded, {
          expenseId,
          amount: row.amount,
          currency: row.currency,
          date: today,
          payee: await peerName(ctx, peer),
          reason: `Return of solidarity transfer ${transferId}: the offering DisCO withdrew it`,
        }),
      ],
      { guard: refuseClosedDate(today, 'date') },
    );
    await federation.outbox.toPeer(
      ctx,
      peer,
      transferRefund(self, peer, transferId, refund!, await proveOwnEvent(ctx, refund!)),
    );
    return 'handled';
  }
  return 'ignored';
}

/** How the books name a peer: its handle, as the acceptance's income does. */
async function peerName(ctx: AppContext, peer: string): Promise<string> {
  return ((await peerNames(ctx)).get(peer) ?? peer).slice(0, 200);
}
