import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { ECONOMY_EVENT, type PeerEventProof } from '../../core/federation/economy-events.js';
import type { AppContext } from '../context.js';
import { notFound, refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { listEconomy, type TransferView } from './list-economy.js';

export const showTransferInput = z.strictObject({
  transferId: z.string().min(1).max(128),
});

/** One event of this DisCO's ledger about the transfer, with the peer's proof it holds, if any. */
export interface TransferReceipt {
  seq: number;
  type: string;
  time: string;
  hash: string;
  /**
   * The peer's event this one answers, proved against the peer's checkpoint (its offer, its
   * acceptance, its refund): the receipt half that comes from the other ledger.
   */
  peerProof: PeerEventProof | null;
}

const TRANSFER_EVENTS = Object.values(ECONOMY_EVENT).filter(
  (t) => t !== ECONOMY_EVENT.creditLineSet,
);

/**
 * A transfer with its receipts: every event of this ledger about it, oldest first, each with the
 * peer's event it holds and that event's inclusion proof against the peer's checkpoint (and the
 * cosigned note, between DisCOs that witness each other), so a member can check both halves.
 * Members only, like the list.
 *
 * @example const { transfer, receipts } = await showTransfer(ctx, ana, { transferId });
 */
export async function showTransfer(
  ctx: AppContext,
  actor: Actor | null,
  input: z.input<typeof showTransferInput>,
): Promise<{ transfer: TransferView; receipts: TransferReceipt[] }> {
  const { transferId } = parseInput(
    showTransferInput,
    input,
    refusal('refusal.transfer-unknown', { transferId: String(input.transferId).slice(0, 128) }),
  );
  ensureAllowed('economy.read', actor);
  const { transfers } = await listEconomy(ctx, actor);
  const transfer = transfers.find((t) => t.transferId === transferId);
  if (!transfer) throw notFound(refusal('refusal.transfer-unknown', { transferId }));
  // Payloads are RFC 8785 JSON: the id appears exactly so in every event about the transfer.
  const needle = `%"transferId":${JSON.stringify(transferId)}%`;
  const rows = await ctx.store.db
    .selectFrom('events')
    .select(['seq', 'type', 'time', 'hash', 'payload'])
    .where('type', 'in', TRANSFER_EVENTS)
    .where(sql<boolean>`payload like ${needle}`)
    .orderBy('seq')
    .execute();
  const receipts = rows
    .map((r) => ({ row: r, payload: JSON.parse(r.payload) as Record<string, unknown> }))
    .filter(
      ({ payload }) => payload['transferId'] === transferId && payload['peer'] === transfer.peer,
    )
    .map(({ row, payload }) => ({
      seq: Number(row.seq),
      type: row.type,
      time: row.time,
      hash: row.hash,
      peerProof: (payload['offer'] ??
        payload['acceptance'] ??
        payload['refund'] ??
        null) as PeerEventProof | null,
    }));
  return { transfer, receipts };
}
