import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { transferOffer } from '../../core/federation/activities.js';
import { ECONOMY_EVENT, peerSchema } from '../../core/federation/economy-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { idSchema, minorAmountSchema } from '../../core/value/events.js';
import type { AppContext } from '../context.js';
import { conflict, refusal } from '../errors.js';
import { baseCurrency } from '../distribution/finance-facts.js';
import { refuseUnlessPassed } from '../governance/passed-proposal.js';
import { newId } from '../ids.js';
import { appendEvents } from '../ledger/append-events.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { refuseUnlessFederated, requireFederation } from './economy-federation.js';
import { proveOwnEvent } from './peer-proofs.js';

export const sendTransferInput = z.strictObject({
  peer: peerSchema,
  amount: minorAmountSchema.refine((a) => a !== '0', 'must be above 0'),
  reference: z
    .string()
    .trim()
    .min(1, 'give the bank or payment reference')
    .max(200, 'must be at most 200 characters'),
  proposalId: idSchema,
});
export type SendTransferInput = z.input<typeof sendTransferInput>;

/**
 * Offers a federated DisCO a solidarity transfer that a passed proposal decided, in the base
 * currency, with the payment reference. No money is counted until the peer accepts; one proposal
 * decides one live transfer, so a send racing another (or its own proposal's close) is recorded
 * once or refused.
 *
 * @example const { transferId } = await sendSolidarityTransfer(ctx, ana, { peer, amount: '50000', reference: 'SEPA 2026-0042', proposalId });
 */
export async function sendSolidarityTransfer(
  ctx: AppContext,
  actor: Actor | null,
  input: SendTransferInput,
): Promise<{ transferId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(sendTransferInput, input, refusal('refusal.transfer-cannot-be-sent'));
  ensureAllowed('economy.transfer', actor);
  const federation = requireFederation(ctx);
  await refuseUnlessFederated(ctx, parsed.peer);
  const currency = await baseCurrency(ctx);
  const transferId = newId(ctx);
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, ECONOMY_EVENT.transferOffered, {
        transferId,
        peer: parsed.peer,
        amount: parsed.amount,
        currency,
        reference: parsed.reference,
        proposalId: parsed.proposalId,
      }),
    ],
    {
      guard: async (db) => {
        await refuseUnlessPassed(db, parsed.proposalId);
        const live = await db
          .selectFrom('solidarity_transfers')
          .select('id')
          .where('proposal_id', '=', parsed.proposalId)
          .where('status', 'not in', ['cancelled', 'refunded'])
          .executeTakeFirst();
        if (live)
          throw conflict(
            refusal('refusal.transfer-already-decided', {
              proposalId: parsed.proposalId,
              transferId: live.id,
            }),
          );
      },
    },
  );
  const offer = events[0]!;
  await federation.outbox.toPeer(
    ctx,
    parsed.peer,
    transferOffer(
      federation.actorId,
      parsed.peer,
      { kind: 'solidarity', transferId, amount: parsed.amount, currency, note: parsed.reference },
      offer,
      await proveOwnEvent(ctx, offer),
    ),
  );
  return { transferId, events };
}
