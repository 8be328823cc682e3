import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../value/calendar.js';
import { balancesOf, type DatingEnd } from '../value/index.js';
import { VALUE_EVENT } from '../value/events.js';
import { foldValueEvents, type ValueEventInput } from '../value/state.js';
import { STREAMS, type Stream } from '../value/streams.js';
import { acknowledged, baseRates, draft, logged } from '../value/test-support.js';
import { periodEnd } from './periods.js';
import {
  encodeOutputs,
  openClaims,
  outputsForSchema,
  runDates,
  unpaidMembers,
} from './run-record.js';
import { runValueEquation } from '../distribution/value-equation.js';
import { SAMPLE_CAT_PARAMETERS } from '../distribution/sample-parameters.js';
import type { ParameterDocumentInput } from '../distribution/params.js';
import { renderEnglish } from '../messages/render-en.js';
import { committed } from '../value/test-support.js';
import type { MemberStanding } from '../value/credits.js';
import { EMPTY_FINANCE_STATE, type FinanceState, type RunRecord } from './state.js';

const STANDING = {
  ana: { level: 'committed', datingStage: null },
  cleo: { level: 'dating', datingStage: 2 },
} as const;

const worldArb = fc.record({
  work: fc.array(
    fc.record({
      member: fc.constantFrom('ana' as const, 'cleo' as const, 'cleo' as const),
      stream: fc.constantFrom<Stream>('care', 'care', 'livelihood'),
      hours: fc.integer({ min: 1, max: 8 }),
      day: fc.integer({ min: 0, max: 120 }),
    }),
    { maxLength: 8 },
  ),
  end: fc.option(
    fc.record({
      day: fc.integer({ min: 0, max: 150 }),
      outcome: fc.constantFrom<DatingEnd['outcome']>('committed', 'left'),
    }),
    { freq: 4 },
  ),
  releaseMonths: fc.option(fc.integer({ min: 1, max: 4 })),
  /** Per mille of each member's stream credit that earlier runs paid. */
  paidShare: fc.integer({ min: 0, max: 1000 }),
  period: fc.constantFrom('2024-02', '2024-04', '2024-06'),
});

describe('open claims', () => {
  it('add up, per member and stream, to the payable balance over the same dating ends, released care included', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const prelude: ValueEventInput[] = [...baseRates];
        if (world.releaseMonths !== null) {
          prelude.push({
            type: VALUE_EVENT.daterCareReleaseSet,
            schema: 1,
            actor: null,
            payload: {
              effectiveFrom: '2020-01-01',
              onCommitment: { kind: 'release-over-months', months: world.releaseMonths },
              onLeaving: 'release-all',
            },
          });
        }
        let value = foldValueEvents(prelude);
        world.work.forEach((w, k) => {
          const d = draft({
            member: w.member,
            stream: w.stream,
            quantity: String(w.hours),
            date: addDays('2024-01-01', w.day),
          });
          value = foldValueEvents(
            [logged(value, `c${k}`, d, STANDING[w.member]), acknowledged(`c${k}`, 'ben')],
            value,
          );
        });
        const datingEnds: DatingEnd[] = world.end
          ? [
              {
                memberId: 'cleo',
                on: addDays('2024-01-01', world.end.day),
                outcome: world.end.outcome,
              },
            ]
          : [];
        const asOf = periodEnd(world.period);
        const unpaid = balancesOf(value, { asOf, datingEnds });
        // Earlier runs paid a share of what was payable; balances see it as paid.
        const members = ['ana', 'cleo'].map((memberId) => {
          const byStream = Object.fromEntries(
            STREAMS.map((s) => [
              s,
              String(
                ((unpaid.find((b) => b.memberId === memberId && b.stream === s)?.payable ?? 0n) *
                  BigInt(world.paidShare)) /
                  1000n,
              ),
            ]),
          );
          return { memberId, byStream };
        });
        const finance: FinanceState = {
          ...EMPTY_FINANCE_STATE,
          runs: [{ period: '2024-01', outputs: { members } } as unknown as RunRecord],
        };
        const payouts = members.flatMap((m) =>
          STREAMS.map((stream) => ({
            memberId: m.memberId,
            stream,
            amount: BigInt(m.byStream[stream]!),
            paidOn: '2024-01-31',
          })),
        );

        const claims = openClaims(value, finance, world.period, datingEnds);
        const open = new Map<string, bigint>();
        for (const c of claims)
          open.set(
            `${c.memberId} ${c.stream}`,
            (open.get(`${c.memberId} ${c.stream}`) ?? 0n) + c.amount,
          );
        for (const b of balancesOf(value, { asOf, datingEnds, payouts }))
          expect(open.get(`${b.memberId} ${b.stream}`) ?? 0n).toBe(b.payable);
        for (const c of claims) {
          expect(c.amount > 0n && c.earnedDate <= asOf).toBe(true);
          // Released tranches are claimed as contribution@date, only ever a dater's care.
          if (c.claimId.includes('@'))
            expect([c.memberId, c.stream, c.claimId.split('@')[1]]).toEqual([
              'cleo',
              'care',
              c.earnedDate,
            ]);
        }
        expect(new Set(claims.map((c) => c.claimId)).size).toBe(claims.length);
      }),
      { numRuns: 150 },
    );
  });

  it('leave released care out without dating ends, and claim it once dating has ended', () => {
    let value = foldValueEvents(baseRates);
    value = foldValueEvents(
      [
        logged(
          value,
          'c1',
          draft({ member: 'cleo', stream: 'care', quantity: '2', date: '2024-01-10' }),
          STANDING.cleo,
        ),
        acknowledged('c1', 'ben'),
      ],
      value,
    );
    const ends: DatingEnd[] = [{ memberId: 'cleo', on: '2024-02-15', outcome: 'committed' }];
    expect(openClaims(value, EMPTY_FINANCE_STATE, '2024-02', [])).toEqual([]);
    expect(openClaims(value, EMPTY_FINANCE_STATE, '2024-01', ends)).toEqual([]);
    expect(openClaims(value, EMPTY_FINANCE_STATE, '2024-02', ends)).toEqual([
      {
        claimId: 'c1@2024-02-15',
        memberId: 'cleo',
        stream: 'care',
        amount: 3000n,
        earnedDate: '2024-02-15',
      },
    ]);
  });
});

describe('members a run paid nothing', () => {
  const casual = { level: 'casual', datingStage: null } as const;
  const dating = { level: 'dating', datingStage: 2 } as const;
  let value = foldValueEvents([...baseRates]);
  const work: [string, string, Stream, MemberStanding, string][] = [
    ['c1', 'ana', 'livelihood', committed, '2024-03-04'],
    ['c2', 'cleo', 'care', dating, '2024-03-05'],
    ['c3', 'eve', 'livelihood', casual, '2024-03-06'],
    ['c4', 'old', 'livelihood', committed, '2023-01-06'],
  ];
  for (const [id, member, stream, standing, date] of work)
    value = foldValueEvents(
      [logged(value, id, draft({ member, stream, date }), standing), acknowledged(id, 'ben')],
      value,
    );
  const finance: FinanceState = EMPTY_FINANCE_STATE;
  const dates = runDates(finance, '2024-03');
  const leaves = [
    { leaveId: 'l1', memberId: 'lou', from: '2024-03-10', to: null, reason: null, ended: false },
  ];

  it('gives every active member paid nothing one reason, and open claims or not', () => {
    // No income: ana's claims (her work and old's 2023 work) are not reached.
    const result = runValueEquation({
      income: 0n,
      parameters: SAMPLE_CAT_PARAMETERS as ParameterDocumentInput,
      claims: openClaims(value, finance, '2024-03', []),
    });
    const unpaid = unpaidMembers(value, result, { dates, datingEnds: [], leaves });
    expect(unpaid.map((u) => [u.memberId, u.code])).toEqual([
      ['ana', 'unpaid.claims-not-reached'],
      ['cleo', 'unpaid.historical-care'],
      ['eve', 'unpaid.casual-not-payable'],
      ['lou', 'unpaid.on-leave'],
      ['old', 'unpaid.claims-not-reached'],
    ]);
    const ana = result.members.find((m) => m.memberId === 'ana')!;
    expect(unpaid[0]!.params).toEqual({ claimsAmount: ana.claimsTotal.toString() });
    expect(renderEnglish(unpaid[1]!)).toMatch(
      /^Nothing paid: care work done while dating \([\d,.]+\) is historical/,
    );
  });

  it('is left out of schema-1 outputs, with the codes of explanation lines', () => {
    const result = runValueEquation({
      income: 1_000_000n,
      parameters: SAMPLE_CAT_PARAMETERS as ParameterDocumentInput,
      claims: openClaims(value, finance, '2024-03', []),
    });
    const outputs = {
      ...encodeOutputs(result),
      unpaid: unpaidMembers(value, result, { dates, datingEnds: [], leaves }),
    };
    const one = outputsForSchema(outputs, 1);
    expect(one.unpaid).toBeUndefined();
    expect(Object.keys(one.members[0]!.explanation[0]!).sort()).toEqual(['amount', 'kind', 'text']);
    expect(outputsForSchema(outputs, 2)).toBe(outputs);
    expect(outputs.members[0]!.explanation[0]!.code).toMatch(/^run\./);
  });
});
