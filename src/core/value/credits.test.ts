import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  creditBase,
  DEFAULT_STAGE_MULTIPLIERS,
  freezeCredit,
  multiplierFor,
  standingFor,
  type CreditRules,
} from './credits.js';
import { QUANTITY_SCALE } from './quantity.js';

const rules: CreditRules = {
  rates: [
    {
      stream: 'love',
      taskKind: 'translation',
      per: 'word',
      amount: 8n,
      effectiveFrom: '2024-01-01',
    },
    {
      stream: 'livelihood',
      taskKind: 'translation',
      per: 'word',
      amount: 8n,
      effectiveFrom: '2024-01-01',
    },
    {
      stream: 'care',
      taskKind: 'meeting',
      per: 'hour',
      amount: 1501n,
      effectiveFrom: '2024-01-01',
    },
  ],
  stageMultipliers: [],
  casualRules: [],
};
const words = (n: bigint) => ({ milli: n * QUANTITY_SCALE, unit: 'word' });

describe('credits', () => {
  it('5,000 words at 0.08 earn the translator 400 credits (domain.md section 4)', () => {
    const result = freezeCredit(
      { stream: 'love', taskKind: 'translation', quantity: words(5000n), date: '2024-03-01' },
      { level: 'committed', datingStage: null },
      rules,
    );
    expect(result).toEqual({
      ok: true,
      credit: {
        rate: 8n,
        rateEffectiveFrom: '2024-01-01',
        base: 40_000n,
        multiplierBp: 10_000,
        amount: 40_000n,
        standing: 'payable',
      },
    });
  });

  it('rounds quantity × rate half-even to the minor unit', () => {
    expect(creditBase({ milli: 1_250n, unit: 'hour' }, 1_001n)).toBe(1251n); // 1251.25
    expect(creditBase({ milli: 500n, unit: 'hour' }, 1_001n)).toBe(500n); // 500.5 → even
    expect(creditBase({ milli: 1_500n, unit: 'hour' }, 1_001n)).toBe(1502n); // 1501.5 → even
  });

  it('applies the default dater stage multipliers to livelihood: 0%, 50%, 75%', () => {
    const at = (stage: 1 | 2 | 3) =>
      freezeCredit(
        {
          stream: 'livelihood',
          taskKind: 'translation',
          quantity: words(5000n),
          date: '2024-03-01',
        },
        { level: 'dating', datingStage: stage },
        rules,
      );
    expect(at(1)).toMatchObject({
      ok: true,
      credit: { base: 40_000n, multiplierBp: 0, amount: 0n, standing: 'payable' },
    });
    expect(at(2)).toMatchObject({ ok: true, credit: { multiplierBp: 5_000, amount: 20_000n } });
    expect(at(3)).toMatchObject({ ok: true, credit: { multiplierBp: 7_500, amount: 30_000n } });
    expect(
      multiplierFor({ level: 'dating', datingStage: 1 }, 'love', DEFAULT_STAGE_MULTIPLIERS),
    ).toBe(10_000);
  });

  it('uses multipliers set by the collective from their effective date', () => {
    const custom: CreditRules = {
      ...rules,
      stageMultipliers: [
        {
          effectiveFrom: '2024-06-01',
          stages: {
            1: { livelihood: 2500, love: 5000, care: 10000 },
            2: DEFAULT_STAGE_MULTIPLIERS[2],
            3: DEFAULT_STAGE_MULTIPLIERS[3],
          },
        },
      ],
    };
    const on = (date: string) =>
      freezeCredit(
        { stream: 'love', taskKind: 'translation', quantity: words(100n), date },
        { level: 'dating', datingStage: 1 },
        custom,
      );
    expect(on('2024-05-31')).toMatchObject({ credit: { amount: 800n } });
    expect(on('2024-06-01')).toMatchObject({ credit: { amount: 400n } });
  });

  it('care while dating is historical; casual work is unpayable unless the rule says so', () => {
    expect(standingFor({ level: 'dating', datingStage: 3 }, 'care', false)).toBe('historical');
    expect(standingFor({ level: 'dating', datingStage: 3 }, 'love', false)).toBe('payable');
    expect(standingFor({ level: 'casual', datingStage: null }, 'love', false)).toBe('unpayable');
    expect(standingFor({ level: null, datingStage: null }, 'love', false)).toBe('unpayable');
    expect(standingFor({ level: 'casual', datingStage: null }, 'love', true)).toBe('payable');
    const casual = freezeCredit(
      { stream: 'love', taskKind: 'translation', quantity: words(10n), date: '2024-03-01' },
      { level: 'casual', datingStage: null },
      { ...rules, casualRules: [{ effectiveFrom: '2024-03-01', payable: true }] },
    );
    expect(casual).toMatchObject({ ok: true, credit: { amount: 80n, standing: 'payable' } });
  });

  it('reports a missing rate instead of inventing one', () => {
    const result = freezeCredit(
      {
        stream: 'care',
        taskKind: 'meeting',
        quantity: { milli: 1000n, unit: 'hour' },
        date: '2023-06-01',
      },
      { level: 'committed', datingStage: null },
      rules,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toContain(
        'no rate for stream care, task kind meeting, per hour, in force on 2023-06-01',
      );
  });

  it('credits grow with quantity and never exceed the undiscounted base', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        fc.integer({ min: 1, max: 3 }),
        (a, b, rate, stage) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          expect(
            creditBase({ milli: small, unit: 'hour' }, rate) <=
              creditBase({ milli: large, unit: 'hour' }, rate),
          ).toBe(true);
          const stages = DEFAULT_STAGE_MULTIPLIERS[stage as 1 | 2 | 3];
          const base = creditBase({ milli: large, unit: 'hour' }, rate);
          expect((base * BigInt(stages.livelihood)) / 10_000n <= base).toBe(true);
        },
      ),
    );
  });
});
