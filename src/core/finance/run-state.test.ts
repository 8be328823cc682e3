import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalString } from '../ledger/canonical.js';
import { STREAMS, type Stream } from '../value/streams.js';
import type { ContributionRecord } from '../value/contribution.js';
import {
  asRecorded,
  firstFormOf,
  pendingColumns,
  runStartOf,
  runStateHash,
  runStateText,
  startingPoint,
  type RunStateV3,
  type RunStateV2,
} from './run-state.js';

// Ids as an outside ledger might hold them: any text, lone surrogates, quotes and backslashes too.
const idArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
  fc.constantFrom('\\ud800', '"', '\\', '\u2028', 'é', '\ud83d\ude00', '\udc00x'),
);
const digitsArb = fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String);
const dateArb = fc
  .integer({ min: 0, max: 800 })
  .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));

const secondFormArb: fc.Arbitrary<RunStateV2> = fc
  .record({
    runId: idArb,
    ledgerSeq: fc.integer({ min: 1, max: 2 ** 40 }),
    replay: fc.array(fc.integer({ min: 1, max: 10 ** 9 }), { maxLength: 8 }),
    members: fc.uniqueArray(idArb, { minLength: 1, maxLength: 4 }),
    claims: fc.array(
      fc.record({
        member: fc.nat(),
        stream: fc.constantFrom<Stream>(...STREAMS),
        on: dateArb,
        contributionId: idArb,
        amount: digitsArb,
      }),
      { maxLength: 30 },
    ),
    payouts: fc.array(digitsArb, { maxLength: 3 }),
  })
  .map(({ runId, ledgerSeq, replay, members, claims, payouts }) => {
    const groups = new Map<string, RunStateV2['carried'][number]>();
    const unique = new Map<string, (typeof claims)[number] & { memberId: string }>();
    for (const c of claims) {
      const memberId = members[c.member % members.length]!;
      unique.set(`${memberId}\u0000${c.on}\u0000${c.contributionId}`, { ...c, memberId });
    }
    const ordered = [...unique.values()].sort((a, b) =>
      a.on < b.on
        ? -1
        : a.on > b.on
          ? 1
          : a.contributionId < b.contributionId
            ? -1
            : a.contributionId > b.contributionId
              ? 1
              : 0,
    );
    for (const c of ordered) {
      const k = `${c.memberId}\u0000${c.stream}`;
      const g = groups.get(k) ?? {
        memberId: c.memberId,
        stream: c.stream,
        on: [],
        contributionId: [],
        amount: [],
      };
      g.on.push(c.on);
      g.contributionId.push(c.contributionId);
      g.amount.push(c.amount);
      groups.set(k, g);
    }
    const sorted = [...members].sort();
    return {
      format: 'disco-run-state@2' as const,
      runId,
      period: '2026-03',
      ledgerSeq,
      replay: [...replay].sort((a, b) => a - b),
      paid: sorted.map((memberId) => ({ memberId, livelihood: '1', love: '0', care: '25' })),
      pastPayouts: members.map((memberId) => ({ memberId, payouts })),
      carried: [...groups.values()].sort(
        (a, b) =>
          (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0) ||
          STREAMS.indexOf(a.stream) - STREAMS.indexOf(b.stream),
      ),
      covered: sorted.map((memberId) => ({
        memberId,
        stream: 'care' as const,
        amount: '10',
        last: { on: '2025-01-01', contributionId: `${memberId}-0`, kind: 'earned' as const },
      })),
    } satisfies RunStateV2;
  });

/** Live contributions as the value fold keeps them: optional fields present or absent, any text. */
const recordArb: fc.Arbitrary<ContributionRecord> = fc
  .record({
    id: idArb,
    member: idArb,
    stream: fc.constantFrom<Stream>(...STREAMS),
    milli: fc.bigInt({ min: 1n, max: 10n ** 12n }),
    unit: fc.constantFrom('hour', 'word'),
    taskKind: idArb,
    date: dateArb,
    description: fc.string({ maxLength: 20 }),
    evidence: fc.array(idArb, { maxLength: 2 }),
    circle: fc.option(idArb, { nil: undefined }),
    project: fc.option(idArb, { nil: undefined }),
    supersedes: fc.option(idArb, { nil: undefined }),
    amount: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    multiplierBp: fc.integer({ min: 0, max: 20_000 }),
    standing: fc.constantFrom('payable' as const, 'historical' as const, 'unpayable' as const),
    status: fc.constantFrom('pending' as const, 'counted' as const, 'disputed' as const),
    acknowledgements: fc.array(fc.record({ by: idArb, steward: fc.boolean() }), { maxLength: 2 }),
    dispute: fc.option(fc.record({ by: idArb, reason: fc.string({ maxLength: 10 }) }), {
      nil: null,
    }),
  })
  .map((r) => {
    const record: ContributionRecord = {
      id: r.id,
      member: r.member,
      stream: r.stream,
      quantity: { milli: r.milli, unit: r.unit },
      taskKind: r.taskKind,
      date: r.date,
      description: r.description,
      evidence: r.evidence,
      credit: {
        rate: 8n,
        rateEffectiveFrom: '2025-01-01',
        base: r.amount,
        multiplierBp: r.multiplierBp,
        amount: r.amount,
        standing: r.standing,
      },
      validation: {
        author: r.member,
        rule: { acknowledgements: 2, stewardRequired: r.dispute === null },
        status: r.status,
        acknowledgements: r.acknowledgements,
        dispute: r.dispute,
        supersededBy: null,
        resolvedBy: r.dispute ? null : 'decision-1',
      },
    };
    if (r.circle !== undefined) record.circle = r.circle;
    if (r.project !== undefined) record.project = r.project;
    if (r.supersedes !== undefined) record.supersedes = r.supersedes;
    return record;
  });

const stateArb: fc.Arbitrary<RunStateV3> = fc
  .tuple(secondFormArb, fc.array(recordArb, { maxLength: 5 }))
  .map(([state, records]) => ({
    ...state,
    format: 'disco-run-state@3' as const,
    pending: pendingColumns(records),
  }));

/** The text, or the error's name: a state with no canonical form must be refused the same way. */
function outcome(text: () => string): string {
  try {
    return text();
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
}

describe('run state text', () => {
  it('is the RFC 8785 canonical JSON of the state, whatever its ids hold', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(outcome(() => runStateText(state))).toBe(outcome(() => canonicalString(state)));
        const second = { ...state, format: 'disco-run-state@2' as const, pending: undefined };
        delete second.pending;
        expect(outcome(() => runStateText(second))).toBe(outcome(() => canonicalString(second)));
        const first = firstFormOf(second);
        expect(outcome(() => runStateText(first))).toBe(outcome(() => canonicalString(first)));
      }),
      { numRuns: 300 },
    );
  });

  it('reads back, parsed, to the same text: the node stores the text it hashed', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const text = outcome(() => runStateText(state));
        fc.pre(!text.startsWith('threw'));
        expect(runStateText(JSON.parse(text) as RunStateV3)).toBe(text);
      }),
    );
  });
});

describe('pending contributions carried in the state', () => {
  it('read back, through the stored text, as the very records the fold kept', () => {
    fc.assert(
      fc.property(stateArb, fc.array(recordArb, { maxLength: 5 }), (state, records) => {
        const text = outcome(() => runStateText({ ...state, pending: pendingColumns(records) }));
        fc.pre(!text.startsWith('threw'));
        expect(startingPoint(JSON.parse(text) as RunStateV3).pending).toEqual(records);
      }),
      { numRuns: 200 },
    );
  });

  it('are none in the states recorded before them, whose contributions are replayed', () => {
    fc.assert(
      fc.property(secondFormArb, (state) => {
        expect(startingPoint(state).pending).toEqual([]);
        expect(startingPoint(firstFormOf(state)).pending).toEqual([]);
      }),
    );
  });
});

describe('run states recorded before the columns', () => {
  it('start a run exactly as the columns do, and are recognised by their recorded hash', () => {
    fc.assert(
      fc.property(secondFormArb, (state) => {
        fc.pre(!outcome(() => runStateText(state)).startsWith('threw'));
        const first = firstFormOf(state);
        expect(first.carried.length).toBe(state.carried.reduce((n, c) => n + c.on.length, 0));
        const fromFirst = runStartOf(first);
        const fromColumns = runStartOf(state);
        const byKey = (s: typeof fromColumns) =>
          new Map(s.carried.map((c) => [`${c.memberId}\u0000${c.stream}`, c]));
        expect(byKey(fromFirst)).toEqual(byKey(fromColumns));
        expect({ ...fromFirst, carried: [] }).toEqual({ ...fromColumns, carried: [] });
        expect(asRecorded(state, runStateHash(state))).toBe(state);
        expect(asRecorded(state, runStateHash(first))).toEqual(first);
        expect(asRecorded(state, 'another')).toBe(state);
      }),
      { numRuns: 200 },
    );
  });
});
