import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { transferOffer } from '../../core/federation/activities.js';
import { ECONOMY_EVENT, peerSchema } from '../../core/federation/economy-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { minorAmountSchema } from '../../core/value/events.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { baseCurrency } from '../distribution/finance-facts.js';
import { newId } from '../ids.js';
import { appendEvents } from '../ledger/append-events.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { refuseOverLimit } from './credit-limits.js';
import { refuseUnlessFederated, requireFederation } from './economy-federation.js';
import { proveOwnEvent } from './peer-proofs.js';

export const sendCreditInput = z.strictObject({
  peer: peerSchema,
  amount: minorAmountSchema.refine((a) => a !== '0', 'must be above 0'),
  memo: z.string().trim().min(1, 'say what the credit is for').max(500),
});
export type SendCreditInput = z.input<typeof sendCreditInput>;

/**
 * Pays a federated DisCO in mutual credit. Refused here when it would take this side past its own
 * limit (unanswered transfers count); otherwise offered, and balances move once the peer, checking
 * its own limit, accepts.
 *
 * @example const { transferId } = await sendCredit(ctx, ana, { peer, amount: '2500', memo: 'Translation of the handbook' });
 */
export async function sendCredit(
  ctx: AppContext,
  actor: Actor | null,
  input: SendCreditInput,
): Promise<{ transferId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(sendCreditInput, input, refusal('refusal.credit-cannot-be-sent'));
  ensureAllowed('economy.transfer', actor);
  const federation = requireFederation(ctx);
  await refuseUnlessFederated(ctx, parsed.peer);
  const currency = await baseCurrency(ctx);
  const transferId = newId(ctx);
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, ECONOMY_EVENT.creditOffered, {
        transferId,
        peer: parsed.peer,
        amount: parsed.amount,
        currency,
        memo: parsed.memo,
      }),
    ],
    { guard: refuseOverLimit(parsed.peer, -BigInt(parsed.amount), currency) },
  );
  const offer = events[0]!;
  await federation.outbox.toPeer(
    ctx,
    parsed.peer,
    transferOffer(
      federation.actorId,
      parsed.peer,
      { kind: 'credit', transferId, amount: parsed.amount, currency, note: parsed.memo },
      offer,
      await proveOwnEvent(ctx, offer),
    ),
  );
  return { transferId, events };
}
