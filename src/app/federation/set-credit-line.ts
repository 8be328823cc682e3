import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { ECONOMY_EVENT, peerSchema } from '../../core/federation/economy-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { idSchema, minorAmountSchema } from '../../core/value/events.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { baseCurrency } from '../distribution/finance-facts.js';
import { refuseUnlessPassed } from '../governance/passed-proposal.js';
import { appendEvents } from '../ledger/append-events.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { refuseUnlessFederated } from './economy-federation.js';

export const setCreditLineInput = z.strictObject({
  peer: peerSchema,
  limit: minorAmountSchema,
  proposalId: idSchema,
});
export type SetCreditLineInput = z.input<typeof setCreditLineInput>;

/**
 * Sets this DisCO's limit on its mutual-credit line with a federated DisCO, as a passed proposal
 * decided; 0 closes the line to new transfers. Each side sets its own limit.
 *
 * @example await setCreditLine(ctx, ana, { peer, limit: '100000', proposalId });
 */
export async function setCreditLine(
  ctx: AppContext,
  actor: Actor | null,
  input: SetCreditLineInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    setCreditLineInput,
    input,
    refusal('refusal.credit-line-cannot-be-set'),
  );
  ensureAllowed('economy.transfer', actor);
  await refuseUnlessFederated(ctx, parsed.peer);
  const currency = await baseCurrency(ctx);
  const events = await appendEvents(
    ctx,
    [draftOf(ctx, actor, ECONOMY_EVENT.creditLineSet, { ...parsed, currency })],
    { guard: (db) => refuseUnlessPassed(db, parsed.proposalId) },
  );
  return { events };
}
