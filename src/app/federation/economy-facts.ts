import type { Kysely } from 'kysely';
import { lineBalance } from '../../core/federation/mutual-credit.js';
import type { Database, SolidarityTransfersTable } from '../../store/schema.js';
import { AppError, notFound, refusal } from '../errors.js';

/**
 * The solidarity transfer with a peer, read inside or outside the write transaction, or a 404.
 *
 * @example const row = await requireTransfer(db, peer, transferId);
 */
export async function requireTransfer(
  db: Kysely<Database>,
  peer: string,
  transferId: string,
): Promise<SolidarityTransfersTable> {
  const row = await db
    .selectFrom('solidarity_transfers')
    .selectAll()
    .where('peer', '=', peer)
    .where('id', '=', transferId)
    .executeTakeFirst();
  if (!row) throw notFound(refusal('refusal.transfer-unknown', { transferId }));
  return row;
}

/**
 * A 409 unless the transfer still waits for an answer and runs the given way; read inside the
 * write transaction, so of two racing answers only the first is recorded.
 *
 * @example await appendEvents(ctx, drafts, { guard: (db) => refuseUnlessOffered(db, peer, id, 'in') });
 */
export async function refuseUnlessOffered(
  db: Kysely<Database>,
  peer: string,
  transferId: string,
  direction: 'in' | 'out',
): Promise<void> {
  const row = await requireTransfer(db, peer, transferId);
  if (row.status !== 'offered' || row.direction !== direction)
    throw new AppError(
      409,
      'conflict',
      refusal('refusal.transfer-not-open', { transferId, status: row.status }),
    );
}

export interface CreditLineState {
  limit: bigint;
  currency: string;
  /** Settled transfers only: what this side is owed (positive) or owes (negative). */
  balance: bigint;
  /** Sent and not yet answered: reserved against the limit. */
  pendingOut: bigint;
}

/**
 * This side's line with a peer as the projection holds it, or null without a line.
 *
 * @example const line = await creditLineOf(db, peer); // { limit: 10000n, balance: -2500n, ... }
 */
export async function creditLineOf(
  db: Kysely<Database>,
  peer: string,
): Promise<CreditLineState | null> {
  const [line, transfers] = await Promise.all([
    db.selectFrom('credit_lines').selectAll().where('peer', '=', peer).executeTakeFirst(),
    db
      .selectFrom('credit_transfers')
      .select(['direction', 'amount', 'status'])
      .where('peer', '=', peer)
      .execute(),
  ]);
  if (!line) return null;
  const settled = transfers.filter((t) => t.status === 'settled');
  return {
    limit: BigInt(line.credit_limit),
    currency: line.currency,
    balance: lineBalance(
      settled.map((t) => ({ direction: t.direction, amount: BigInt(t.amount) })),
    ),
    pendingOut: transfers
      .filter((t) => t.status === 'offered' && t.direction === 'out')
      .reduce((sum, t) => sum + BigInt(t.amount), 0n),
  };
}
