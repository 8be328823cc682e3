import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditBalances,
  creditMoveRefusal,
  lineBalance,
  type CreditMove,
} from './mutual-credit.js';

const nodes = ['https://a.example/actor', 'https://b.example/actor', 'https://c.example/actor'];

/** Runs attempted moves through both sides' limits, as the two nodes do, keeping those both accept. */
function settle(limit: bigint, attempts: CreditMove[]): CreditMove[] {
  const settled: CreditMove[] = [];
  const sideBalance = (self: string, peer: string) =>
    lineBalance(
      settled
        .filter((m) => (m.from === self && m.to === peer) || (m.from === peer && m.to === self))
        .map((m) => ({
          direction: m.from === self ? ('out' as const) : ('in' as const),
          amount: m.amount,
        })),
    );
  for (const move of attempts) {
    if (move.from === move.to) continue;
    const payer = creditMoveRefusal(
      { balance: sideBalance(move.from, move.to), limit },
      -move.amount,
    );
    const payee = creditMoveRefusal(
      { balance: sideBalance(move.to, move.from), limit },
      move.amount,
    );
    if (payer === null && payee === null) settled.push(move);
  }
  return settled;
}

describe('mutual credit', () => {
  it('balances across the federation always sum to zero, and no side passes its limit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10_000n }),
        fc.array(
          fc.record({
            from: fc.constantFrom(...nodes),
            to: fc.constantFrom(...nodes),
            amount: fc.bigInt({ min: 1n, max: 5_000n }),
          }),
          { maxLength: 60 },
        ),
        (limit, attempts) => {
          const settled = settle(limit, attempts);
          const balances = creditBalances(settled);
          expect([...balances.values()].reduce((s, b) => s + b, 0n)).toBe(0n);
          for (const a of nodes)
            for (const b of nodes) {
              if (a === b) continue;
              const own = lineBalance(
                settled
                  .filter((m) => (m.from === a && m.to === b) || (m.from === b && m.to === a))
                  .map((m) => ({
                    direction: m.from === a ? ('out' as const) : ('in' as const),
                    amount: m.amount,
                  })),
              );
              expect(own <= limit && own >= -limit).toBe(true);
            }
        },
      ),
    );
  });

  it('refuses a move past the limit and says how much room is left', () => {
    expect(creditMoveRefusal({ balance: -80n, limit: 100n }, -30n)).toEqual({
      code: 'over-limit',
      balance: -80n,
      limit: 100n,
      room: 20n,
    });
    expect(creditMoveRefusal({ balance: -80n, limit: 100n }, -20n)).toBeNull();
    expect(creditMoveRefusal({ balance: 90n, limit: 100n }, 11n)).toMatchObject({ room: 10n });
    expect(creditMoveRefusal(null, 1n)).toEqual({ code: 'no-line' });
    expect(creditMoveRefusal({ balance: 0n, limit: 0n }, 1n)).toEqual({ code: 'no-line' });
  });
});
