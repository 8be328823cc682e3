import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { transferAnswer } from '../../core/federation/activities.js';
import { ECONOMY_EVENT, peerSchema } from '../../core/federation/economy-events.js';
import { FINANCE_EVENT } from '../../core/finance/events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { idSchema } from '../../core/value/events.js';
import type { AppContext } from '../context.js';
import { baseCurrency, refuseClosedDate } from '../distribution/finance-facts.js';
import { AppError, refusal } from '../errors.js';
import { newId } from '../ids.js';
import { appendEvents } from '../ledger/append-events.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { peerNames, requireFederation } from './economy-federation.js';
import { refuseUnlessOffered, requireTransfer } from './economy-facts.js';
import { proveOwnEvent } from './peer-proofs.js';

export const transferRefInput = z.strictObject({ peer: peerSchema, transferId: idSchema });
export type TransferRefInput = z.input<typeof transferRefInput>;

/**
 * Accepts a federated DisCO's solidarity offer: the acceptance (holding the offer's event hash)
 * and the income are one batch, so the money is counted exactly when the acceptance is. The peer
 * gets an `Accept` with the acceptance's inclusion proof, and records its expense on it.
 *
 * @example await acceptSolidarityTransfer(ctx, bo, { peer: 'https://a.example/actor', transferId });
 */
export async function acceptSolidarityTransfer(
  ctx: AppContext,
  actor: Actor | null,
  input: TransferRefInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    transferRefInput,
    input,
    refusal('refusal.transfer-cannot-be-accepted'),
  );
  ensureAllowed('economy.transfer', actor);
  const federation = requireFederation(ctx);
  const row = await requireTransfer(ctx.store.db, parsed.peer, parsed.transferId);
  const base = await baseCurrency(ctx);
  if (row.currency !== base)
    throw new AppError(
      422,
      'refused',
      refusal('refusal.transfer-currency-not-ours', { currency: row.currency, base }),
    );
  const today = await discoToday(ctx);
  const incomeId = newId(ctx);
  const names = await peerNames(ctx);
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, ECONOMY_EVENT.transferAccepted, {
        transferId: row.id,
        peer: row.peer,
        offerHash: row.offer_hash!,
        incomeId,
      }),
      draftOf(ctx, actor, FINANCE_EVENT.incomeRecorded, {
        incomeId,
        source: 'solidarity',
        amount: row.amount,
        currency: row.currency,
        date: today,
        payer: (names.get(row.peer) ?? row.peer).slice(0, 200),
        description: `Solidarity transfer ${row.id}, reference ${row.reference}`.slice(0, 2000),
      }),
    ],
    {
      guard: async (db) => {
        await refuseUnlessOffered(db, row.peer, row.id, 'in');
        await refuseClosedDate(today, 'transferId')(db);
      },
    },
  );
  const acceptance = events[0]!;
  await federation.outbox.toPeer(
    ctx,
    row.peer,
    transferAnswer({
      type: 'Accept',
      self: federation.actorId,
      peer: row.peer,
      kind: 'solidarity',
      transferId: row.id,
      offeredBy: row.peer,
      event: acceptance,
      proof: await proveOwnEvent(ctx, acceptance),
    }),
  );
  return { events };
}
