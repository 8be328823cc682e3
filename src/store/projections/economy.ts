import { ECONOMY_EVENT } from '../../core/federation/economy-events.js';
import type { Projector } from './projector.js';

/**
 * Solidarity transfers and mutual credit with federated DisCOs: each transfer as it stands, and
 * each credit line's limit. A transfer is keyed by the peer and the offering side's id, so two
 * peers can never collide.
 *
 * @example await store.db.selectFrom('solidarity_transfers').selectAll().where('status', '=', 'offered').execute();
 */
export const economyProjector: Projector = {
  name: 'economy',
  tables: ['solidarity_transfers', 'credit_lines', 'credit_transfers'],
  types: Object.values(ECONOMY_EVENT),
  async apply(db, event) {
    switch (event.type) {
      case ECONOMY_EVENT.transferOffered: {
        const p = event.payload;
        await db
          .insertInto('solidarity_transfers')
          .values({
            peer: p.peer,
            id: p.transferId,
            seq: event.seq,
            direction: 'out',
            amount: p.amount,
            currency: p.currency,
            reference: p.reference,
            proposal_id: p.proposalId,
            status: 'offered',
            offer_hash: event.hash,
            acceptance_hash: null,
            offered_at: event.time,
            ended_at: null,
          })
          .execute();
        return;
      }
      case ECONOMY_EVENT.offerReceived: {
        const p = event.payload;
        await db
          .insertInto('solidarity_transfers')
          .values({
            peer: p.peer,
            id: p.transferId,
            seq: event.seq,
            direction: 'in',
            amount: p.amount,
            currency: p.currency,
            reference: p.reference,
            proposal_id: null,
            status: 'offered',
            offer_hash: p.offer.eventHash,
            acceptance_hash: null,
            offered_at: event.time,
            ended_at: null,
          })
          .execute();
        return;
      }
      case ECONOMY_EVENT.transferAccepted:
      case ECONOMY_EVENT.transferReceipted: {
        const p = event.payload;
        const acceptance =
          event.type === ECONOMY_EVENT.transferAccepted
            ? event.hash
            : event.payload.acceptance.eventHash;
        await db
          .updateTable('solidarity_transfers')
          .set({ status: 'accepted', acceptance_hash: acceptance, ended_at: event.time })
          .where('peer', '=', p.peer)
          .where('id', '=', p.transferId)
          .execute();
        return;
      }
      case ECONOMY_EVENT.transferCancelled:
      case ECONOMY_EVENT.transferRefunded:
      case ECONOMY_EVENT.refundReceipted: {
        const p = event.payload;
        const status = event.type === ECONOMY_EVENT.transferCancelled ? 'cancelled' : 'refunded';
        await db
          .updateTable('solidarity_transfers')
          .set({ status, ended_at: event.time })
          .where('peer', '=', p.peer)
          .where('id', '=', p.transferId)
          .execute();
        return;
      }
      case ECONOMY_EVENT.creditLineSet: {
        const p = event.payload;
        const row = {
          seq: event.seq,
          credit_limit: p.limit,
          currency: p.currency,
          proposal_id: p.proposalId,
          set_at: event.time,
        };
        await db
          .insertInto('credit_lines')
          .values({ peer: p.peer, ...row })
          .onConflict((oc) => oc.column('peer').doUpdateSet(row))
          .execute();
        return;
      }
      case ECONOMY_EVENT.creditOffered:
      case ECONOMY_EVENT.creditReceived: {
        const p = event.payload;
        const received = event.type === ECONOMY_EVENT.creditReceived;
        await db
          .insertInto('credit_transfers')
          .values({
            peer: p.peer,
            id: p.transferId,
            seq: event.seq,
            direction: received ? 'in' : 'out',
            amount: p.amount,
            currency: p.currency,
            memo: p.memo,
            status: received ? 'settled' : 'offered',
            refusal_code: null,
            offered_at: event.time,
            ended_at: received ? event.time : null,
          })
          .execute();
        return;
      }
      case ECONOMY_EVENT.creditSettled:
      case ECONOMY_EVENT.creditRefused: {
        const p = event.payload;
        const refused = event.type === ECONOMY_EVENT.creditRefused;
        await db
          .updateTable('credit_transfers')
          .set({
            status: refused ? 'refused' : 'settled',
            refusal_code: refused ? event.payload.code : null,
            ended_at: event.time,
          })
          .where('peer', '=', p.peer)
          .where('id', '=', p.transferId)
          .execute();
        return;
      }
    }
  },
};
