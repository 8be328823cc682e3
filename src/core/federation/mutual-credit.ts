/*
 * Mutual credit between federated DisCOs. A settled transfer of `amount` from one DisCO to another
 * lowers the payer's balance on the line and raises the payee's by the same amount, so the balances
 * of every DisCO across the federation always sum to zero. Each side keeps its own limit, set by
 * its own decision: it refuses any move that would take its balance with that peer beyond
 * `-limit .. +limit`.
 */

/** A settled mutual-credit transfer between two DisCOs (actor ids). */
export interface CreditMove {
  from: string;
  to: string;
  amount: bigint;
}

/**
 * Every DisCO's balance after the moves: what it is owed (positive) or owes (negative).
 *
 * @example creditBalances([{ from: 'a', to: 'b', amount: 5n }]) // Map { 'a' => -5n, 'b' => 5n }
 */
export function creditBalances(moves: Iterable<CreditMove>): Map<string, bigint> {
  const balances = new Map<string, bigint>();
  for (const move of moves) {
    balances.set(move.from, (balances.get(move.from) ?? 0n) - move.amount);
    balances.set(move.to, (balances.get(move.to) ?? 0n) + move.amount);
  }
  return balances;
}

/**
 * One side's balance on its line with a peer, from its own transfers: sent lowers it, received
 * raises it.
 *
 * @example lineBalance([{ direction: 'out', amount: 3n }, { direction: 'in', amount: 1n }]) // -2n
 */
export function lineBalance(
  transfers: Iterable<{ direction: 'out' | 'in'; amount: bigint }>,
): bigint {
  let balance = 0n;
  for (const t of transfers) balance += t.direction === 'in' ? t.amount : -t.amount;
  return balance;
}

/** Why a move on a line is refused, or null when it fits. */
export type CreditRefusal =
  { code: 'no-line' } | { code: 'over-limit'; balance: bigint; limit: bigint; room: bigint };

/**
 * Whether this side may move its balance with a peer by `delta` (negative when it pays): refused
 * without a line, or when the new balance would leave `-limit .. +limit`. `room` is how much
 * could still move in that direction.
 *
 * @example creditMoveRefusal({ balance: -80n, limit: 100n }, -30n) // { code: 'over-limit', balance: -80n, limit: 100n, room: 20n }
 */
export function creditMoveRefusal(
  line: { balance: bigint; limit: bigint } | null,
  delta: bigint,
): CreditRefusal | null {
  if (line === null || line.limit === 0n) return { code: 'no-line' };
  const next = line.balance + delta;
  if (next >= -line.limit && next <= line.limit) return null;
  const room = delta < 0n ? line.balance + line.limit : line.limit - line.balance;
  return {
    code: 'over-limit',
    balance: line.balance,
    limit: line.limit,
    room: room < 0n ? 0n : room,
  };
}
