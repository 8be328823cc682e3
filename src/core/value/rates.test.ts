import { describe, expect, it } from 'vitest';
import { findRate, RateMissingError, rateInForce, type Rate } from './rates.js';
import { foldValueEvents, tryFoldValueEvents } from './state.js';
import { VALUE_EVENT } from './events.js';
import { balancesOf } from './balances.js';
import { acknowledged, draft, logged, ratedState } from './test-support.js';

const table: Rate[] = [
  { stream: 'love', taskKind: 'translation', per: 'word', amount: 8n, effectiveFrom: '2024-01-01' },
  {
    stream: 'love',
    taskKind: 'translation',
    per: 'word',
    amount: 10n,
    effectiveFrom: '2024-07-01',
  },
  { stream: 'love', taskKind: 'translation', per: 'word', amount: 9n, effectiveFrom: '2024-07-01' },
  { stream: 'care', taskKind: 'meeting', per: 'hour', amount: 1500n, effectiveFrom: '2024-01-01' },
];

describe('rate table', () => {
  it('uses the rate in force on the date of the work', () => {
    expect(
      rateInForce(table, {
        stream: 'love',
        taskKind: 'translation',
        unit: 'word',
        date: '2024-06-30',
      }).amount,
    ).toBe(8n);
    expect(
      rateInForce(table, {
        stream: 'love',
        taskKind: 'translation',
        unit: 'word',
        date: '2024-07-01',
      }).amount,
    ).toBe(9n); // later in the ledger wins a tie
  });

  it('names stream, task kind, unit and date when no rate is in force', () => {
    const missing = findRate(table, {
      stream: 'love',
      taskKind: 'translation',
      unit: 'word',
      date: '2023-12-31',
    });
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.error).toBeInstanceOf(RateMissingError);
    expect(missing.error.message).toBe(
      'no rate for stream love, task kind translation, per word, in force on 2023-12-31 (the first such rate takes effect on 2024-01-01)',
    );
    expect(() =>
      rateInForce(table, { stream: 'care', taskKind: 'meeting', unit: 'page', date: '2024-02-01' }),
    ).toThrow(
      'no rate for stream care, task kind meeting, per page, in force on 2024-02-01 (rates exist per hour)',
    );
    expect(() =>
      rateInForce(table, { stream: 'care', taskKind: 'cooking', unit: 'hour', date: '2024-02-01' }),
    ).toThrow('task kind cooking');
  });

  it('a later rate never rewrites credits already logged', () => {
    let state = ratedState();
    state = foldValueEvents(
      [
        logged(state, 'c1', draft({ date: '2024-03-01', quantity: '2' })),
        acknowledged('c1', 'ben'),
      ],
      state,
    );
    const before = balancesOf(state, { asOf: '2024-12-31' });
    // A retroactive raise, effective before the work's date, set afterwards.
    state = foldValueEvents(
      [
        {
          type: VALUE_EVENT.rateSet,
          schema: 1,
          actor: 'x',
          payload: {
            stream: 'care',
            taskKind: 'meeting',
            per: 'hour',
            amount: '9999',
            effectiveFrom: '2024-01-01',
          },
        },
      ],
      state,
    );
    expect(balancesOf(state, { asOf: '2024-12-31' })).toEqual(before);
    expect(before[0]!.earned).toBe(3000n);
    // New work on the same date is priced at the new rate.
    const next = logged(state, 'c2', draft({ date: '2024-03-01', quantity: '1' }));
    expect((next.payload as { credit: { amount: string } }).credit.amount).toBe('9999');
  });

  it('the ledger refuses a contribution whose frozen rate is not the one in force', () => {
    const state = ratedState();
    const event = logged(state, 'c1', draft({ quantity: '2' }));
    const payload = event.payload as { credit: { rate: string; base: string; amount: string } };
    const forged = {
      ...event,
      payload: {
        ...payload,
        credit: { ...payload.credit, rate: '2000', base: '4000', amount: '4000' },
      },
    };
    const result = tryFoldValueEvents([forged], state);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toContain('is not the rate in force (1500 from 2020-01-01)');
  });
});
