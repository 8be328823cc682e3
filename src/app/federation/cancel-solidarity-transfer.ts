import type { Actor } from '../../core/access/actor.js';
import { transferAnswer } from '../../core/federation/activities.js';
import { ECONOMY_EVENT } from '../../core/federation/economy-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { appendEvents } from '../ledger/append-events.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { transferRefInput, type TransferRefInput } from './accept-solidarity-transfer.js';
import { requireFederation } from './economy-federation.js';
import { refuseUnlessOffered, requireTransfer } from './economy-facts.js';

/**
 * Withdraws this DisCO's own offer (the peer gets an `Undo`) or declines a peer's (the peer gets
 * a `Reject`), while it waits for an answer. No money is recorded either way.
 *
 * @example await cancelSolidarityTransfer(ctx, ana, { peer, transferId });
 */
export async function cancelSolidarityTransfer(
  ctx: AppContext,
  actor: Actor | null,
  input: TransferRefInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    transferRefInput,
    input,
    refusal('refusal.transfer-cannot-be-cancelled'),
  );
  ensureAllowed('economy.transfer', actor);
  const federation = requireFederation(ctx);
  const row = await requireTransfer(ctx.store.db, parsed.peer, parsed.transferId);
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, ECONOMY_EVENT.transferCancelled, {
        transferId: row.id,
        peer: row.peer,
        by: 'us',
      }),
    ],
    { guard: (db) => refuseUnlessOffered(db, row.peer, row.id, row.direction) },
  );
  await federation.outbox.toPeer(
    ctx,
    row.peer,
    transferAnswer({
      type: row.direction === 'out' ? 'Undo' : 'Reject',
      self: federation.actorId,
      peer: row.peer,
      kind: 'solidarity',
      transferId: row.id,
      offeredBy: row.direction === 'out' ? federation.actorId : row.peer,
      code: 'refusal.transfer-cancelled',
    }),
  );
  return { events };
}
