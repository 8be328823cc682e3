import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParameterDocumentInput } from '../distribution/params.js';
import { sampleParameters } from '../distribution/sample-parameters.js';
import { parseParameters } from '../distribution/validate.js';
import { addDays } from '../value/calendar.js';
import { foldValueEvents } from '../value/state.js';
import type { Stream } from '../value/streams.js';
import { acknowledged, baseRates, draft, logged } from '../value/test-support.js';
import { computePeriodRun, creditInRun, type ReceivedCredit } from './run-record.js';
import {
  EMPTY_FINANCE_STATE,
  type FinanceState,
  type IncomeRecord,
  type ParameterVersion,
  type RunRecord,
} from './state.js';
import { verifyRun } from './verify-run.js';

/*
 * Mutual credit received from federated DisCOs is income of a run only when the CAT parameters
 * say so (`mutualCreditIncome`). These laws hold it to that: off, the run is the run of before,
 * whatever credit arrived; on, the income grows by exactly the credit received since the last run
 * in the run's currency, and the run shares it as it would share the same money paid in.
 */

const PERIOD = '2024-03';
const PREVIOUS_RUN_SEQ = 40;
const LEDGER_SEQ = 160;

const worldArb = fc.record({
  work: fc.array(
    fc.record({
      member: fc.constantFrom('ana', 'ben', 'cy'),
      stream: fc.constantFrom<Stream>('care', 'love', 'livelihood'),
      hours: fc.integer({ min: 1, max: 8 }),
      day: fc.integer({ min: 0, max: 80 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  income: fc.array(
    fc.record({
      amount: fc.bigInt({ min: 1n, max: 900_000n }),
      fee: fc.bigInt({ min: 0n, max: 900n }),
      day: fc.integer({ min: 1, max: 31 }),
    }),
    { maxLength: 3 },
  ),
  credits: fc.array(
    fc.record({
      seq: fc.integer({ min: 1, max: 200 }),
      amount: fc.bigInt({ min: 1n, max: 500_000n }),
      currency: fc.constantFrom('EUR', 'EUR', 'EUR', 'USD'),
    }),
    { maxLength: 6 },
  ),
});
type World = typeof worldArb extends fc.Arbitrary<infer W> ? W : never;

function valueOf(world: World) {
  let value = foldValueEvents(baseRates);
  world.work.forEach((w, k) => {
    const d = draft({
      member: w.member,
      stream: w.stream,
      quantity: String(w.hours),
      date: addDays('2024-01-01', w.day),
    });
    value = foldValueEvents([logged(value, `c${k}`, d), acknowledged(`c${k}`, 'dee')], value);
  });
  return value;
}

function financeOf(world: World, extra: readonly IncomeRecord[] = []): FinanceState {
  const income = world.income.map((i, k): IncomeRecord => ({
    id: `i${k}`,
    source: 'donation',
    amount: i.amount,
    fee: i.fee < i.amount ? i.fee : 0n,
    currency: 'EUR',
    date: `${PERIOD}-${String(i.day).padStart(2, '0')}`,
    projectId: null,
    payer: null,
    description: '',
    original: null,
    seq: 10 + k,
  }));
  return {
    ...EMPTY_FINANCE_STATE,
    income: [...income, ...extra],
    // February's run closed at PREVIOUS_RUN_SEQ and paid nothing: the window starts after it.
    runs: [
      {
        period: '2024-02',
        ledgerSeq: PREVIOUS_RUN_SEQ,
        outputs: { members: [] },
      } as unknown as RunRecord,
    ],
  };
}

const parameters = (mutualCreditIncome?: boolean): ParameterDocumentInput =>
  sampleParameters(
    mutualCreditIncome === undefined ? {} : { mutualCreditIncome },
  ) as unknown as ParameterDocumentInput;

function run(world: World, params: ParameterDocumentInput, credits?: readonly ReceivedCredit[]) {
  return computePeriodRun(valueOf(world), financeOf(world), {
    period: PERIOD,
    ledgerSeq: LEDGER_SEQ,
    currency: 'EUR',
    datingEnds: [],
    leaves: [],
    parameters: params,
    ...(credits === undefined ? {} : { credits }),
  });
}

const windowed = (credits: readonly ReceivedCredit[]) =>
  credits.filter((c) => c.seq > PREVIOUS_RUN_SEQ && c.seq <= LEDGER_SEQ && c.currency === 'EUR');

describe('mutual credit as income of a run', () => {
  it('with the flag off or absent, the run is the run of before, whatever credit arrived', () => {
    fc.assert(
      fc.property(worldArb, fc.constantFrom(undefined, false), (world, flag) => {
        const before = run(world, parameters());
        expect(run(world, parameters(flag), world.credits)).toEqual(before);
        expect(before.inputs).not.toHaveProperty('mutualCredit');
      }),
      { numRuns: 60 },
    );
  });

  it('with the flag on, the income counted beyond the money paid in is the credit received since the last run, in the currency', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const on = run(world, parameters(true), world.credits);
        const counted = windowed(world.credits);
        const received = counted.reduce((sum, c) => sum + c.amount, 0n);
        const paidIn = BigInt(on.inputs.grossIncome) - BigInt(on.inputs.fees);
        expect(BigInt(on.inputs.income) - paidIn).toBe(received);
        expect(on.inputs.mutualCredit).toEqual({
          amount: received.toString(),
          count: counted.length,
        });
        expect(creditInRun(financeOf(world), PERIOD, LEDGER_SEQ, 'EUR', world.credits)).toEqual({
          amount: received,
          count: counted.length,
        });
      }),
      { numRuns: 60 },
    );
  });

  it('shares the credit exactly as it would share the same money paid in, and says so on every explanation', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const on = run(world, parameters(true), world.credits);
        const received = windowed(world.credits).reduce((sum, c) => sum + c.amount, 0n);
        const paidIn: IncomeRecord = {
          id: 'as-income',
          source: 'donation',
          amount: received,
          fee: 0n,
          currency: 'EUR',
          date: `${PERIOD}-15`,
          projectId: null,
          payer: null,
          description: '',
          original: null,
          seq: 99,
        };
        const same = computePeriodRun(valueOf(world), financeOf(world, [paidIn]), {
          period: PERIOD,
          ledgerSeq: LEDGER_SEQ,
          currency: 'EUR',
          datingEnds: [],
          leaves: [],
          parameters: parameters(),
        });
        const creditLine = (line: { code?: string }) => line.code === 'run.income.mutual-credit';
        const withoutCreditLine = on.outputs.members.map((m) => ({
          ...m,
          explanation: m.explanation.filter((l) => !creditLine(l)),
        }));
        expect(withoutCreditLine).toEqual(same.outputs.members);
        expect({ ...on.outputs, members: [] }).toEqual({ ...same.outputs, members: [] });
        for (const m of on.outputs.members)
          expect(m.explanation.filter(creditLine)).toEqual(
            received === 0n
              ? []
              : [
                  expect.objectContaining({
                    kind: 'info',
                    params: {
                      creditAmount: received.toString(),
                      count: windowed(world.credits).length,
                    },
                  }),
                ],
          );
      }),
      { numRuns: 60 },
    );
  });

  it('verifies a run that counted credit against the same ledger facts, and finds one that left it out', () => {
    const world: World = {
      work: [{ member: 'ana', stream: 'care', hours: 6, day: 3 }],
      income: [{ amount: 100_000n, fee: 0n, day: 4 }],
      credits: [{ seq: 120, amount: 25_000n, currency: 'EUR' }],
    };
    const document = parameters(true);
    const finance: FinanceState = {
      ...financeOf(world),
      parameters: [
        {
          version: 1,
          raw: document as unknown as ParameterVersion['raw'],
          document: parseParameters(document),
          effectiveFrom: '2024-01-01',
          effectiveTo: null,
          decidedBy: { kind: 'founder', memberId: 'ana' } as ParameterVersion['decidedBy'],
          seq: 2,
        },
      ],
    };
    const recorded = computePeriodRun(valueOf(world), finance, {
      period: PERIOD,
      ledgerSeq: LEDGER_SEQ,
      currency: 'EUR',
      datingEnds: [],
      leaves: [],
      credits: world.credits,
    });
    expect(recorded.inputs.income).toBe('125000');
    const facts = { value: valueOf(world), finance, datingEnds: [], leaves: [] };
    const asRecorded = { ...recorded, id: 'r1', seq: 161, schema: 2 } as unknown as RunRecord;
    expect(verifyRun({ ...facts, credits: world.credits }, asRecorded)).toMatchObject({
      confirmed: true,
    });
    expect(verifyRun(facts, asRecorded)).toMatchObject({ confirmed: false });
  });
});
