import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from './calendar.js';
import type { MemberStanding } from './credits.js';
import { VALUE_EVENT } from './events.js';
import { balancesOf, creditEntries, type Payout } from './balances.js';
import { formatQuantity } from './quantity.js';
import type { DatingEnd } from './release.js';
import {
  foldValueEvents,
  tryFoldValueEvents,
  type ValueEventInput,
  type ValueState,
} from './state.js';
import { STREAMS, type Stream } from './streams.js';
import {
  acknowledged,
  baseRates,
  disputed,
  draft,
  edited,
  logged,
  ratedState,
  resolved,
  withdrawn,
} from './test-support.js';

const STANDING: Record<string, MemberStanding> = {
  ana: { level: 'committed', datingStage: null },
  ben: { level: 'committed', datingStage: null },
  cleo: { level: 'dating', datingStage: 2 },
  dan: { level: 'casual', datingStage: null },
};
const MEMBERS = Object.keys(STANDING);

describe('balances', () => {
  it('counts only counted contributions dated on or before the date, net of payouts', () => {
    let state = ratedState();
    state = foldValueEvents(
      [
        logged(state, 'c1', draft({ stream: 'love', quantity: '5000', date: '2024-03-01' })),
        acknowledged('c1', 'ben'),
        logged(state, 'c2', draft({ stream: 'care', quantity: '2', date: '2024-03-02' })),
        logged(state, 'c3', draft({ stream: 'care', quantity: '1', date: '2024-04-02' })),
        acknowledged('c3', 'ben'),
      ],
      state,
    );
    const payouts: Payout[] = [
      { memberId: 'ana', stream: 'love', amount: 10_000n, paidOn: '2024-03-31' },
    ];
    expect(balancesOf(state, { asOf: '2024-03-31', payouts })).toEqual([
      {
        memberId: 'ana',
        stream: 'love',
        earned: 40_000n,
        historical: 0n,
        released: 0n,
        forfeited: 0n,
        paid: 10_000n,
        payable: 30_000n,
        recorded: 0n,
      },
    ]);
    expect(
      balancesOf(state, { asOf: '2024-04-30', payouts }).find((b) => b.stream === 'care'),
    ).toMatchObject({ earned: 1500n, payable: 1500n });
  });

  it('keeps care earned while dating historical until dating ends, then releases it by the rule', () => {
    let state = ratedState();
    state = foldValueEvents(
      [
        {
          type: VALUE_EVENT.daterCareReleaseSet,
          schema: 1,
          actor: null,
          payload: {
            effectiveFrom: '2024-01-01',
            onCommitment: { kind: 'release-over-months', months: 3 },
            onLeaving: 'forfeit',
          },
        },
        logged(
          state,
          'c1',
          draft({ member: 'cleo', stream: 'care', quantity: '2', date: '2024-02-01' }),
          STANDING.cleo,
        ),
        acknowledged('c1', 'ana'),
        logged(
          state,
          'c2',
          draft({ member: 'cleo', stream: 'livelihood', quantity: '1', date: '2024-02-01' }),
          STANDING.cleo,
        ),
        acknowledged('c2', 'ana'),
      ],
      state,
    );
    const care = (asOf: string, datingEnds: DatingEnd[]) =>
      balancesOf(state, { asOf, datingEnds }).find((b) => b.stream === 'care');
    expect(care('2024-05-01', [])).toMatchObject({ earned: 3000n, historical: 3000n, payable: 0n });
    const committed: DatingEnd[] = [{ memberId: 'cleo', on: '2024-06-15', outcome: 'committed' }];
    expect(care('2024-06-14', committed)).toMatchObject({
      historical: 3000n,
      released: 0n,
      payable: 0n,
    });
    expect(care('2024-06-15', committed)).toMatchObject({
      historical: 2000n,
      released: 1000n,
      payable: 1000n,
    });
    expect(care('2024-08-15', committed)).toMatchObject({
      historical: 0n,
      released: 3000n,
      payable: 3000n,
    });
    expect(
      care('2024-08-15', [{ memberId: 'cleo', on: '2024-06-15', outcome: 'left' }]),
    ).toMatchObject({ historical: 0n, forfeited: 3000n, payable: 0n });
    // Livelihood at stage 2 is paid at 50% straight away.
    expect(
      balancesOf(state, { asOf: '2024-05-01' }).find((b) => b.stream === 'livelihood'),
    ).toMatchObject({ earned: 2000n, payable: 2000n });
    expect(
      creditEntries(state, { asOf: '2024-08-15', datingEnds: committed }).map((e) => [
        e.kind,
        e.on,
        e.amount,
      ]),
    ).toEqual([
      ['earned', '2024-02-01', 2000n],
      ['released', '2024-06-15', 1000n],
      ['released', '2024-07-15', 1000n],
      ['released', '2024-08-15', 1000n],
    ]);
  });

  it('records casual work without making it a claim', () => {
    let state = ratedState();
    state = foldValueEvents(
      [
        logged(
          state,
          'c1',
          draft({ member: 'dan', stream: 'love', quantity: '100' }),
          STANDING.dan,
        ),
        acknowledged('c1', 'ana'),
      ],
      state,
    );
    expect(balancesOf(state, { asOf: '2024-12-31' })).toEqual([
      {
        memberId: 'dan',
        stream: 'love',
        earned: 0n,
        historical: 0n,
        released: 0n,
        forfeited: 0n,
        paid: 0n,
        payable: 0n,
        recorded: 800n,
      },
    ]);
  });
});

/* ---- replay laws ------------------------------------------------------------------------ */

const actionArb = fc.record({
  kind: fc.constantFrom('ack', 'ack', 'ack', 'dispute', 'withdraw', 'stands', 'void', 'edit'),
  by: fc.constantFrom(...MEMBERS),
  steward: fc.boolean(),
  quantity: fc.integer({ min: 1, max: 8000 }),
});

// Biased towards the dater's care work so that historical credits, releases and forfeits are common.
const chainArb = fc.record({
  member: fc.constantFrom(...MEMBERS, 'cleo', 'cleo'),
  stream: fc.constantFrom<Stream>(...STREAMS, 'care'),
  quantity: fc.integer({ min: 1, max: 8000 }),
  day: fc.integer({ min: 0, max: 365 }),
  actions: fc.array(actionArb, { maxLength: 6 }),
});

type ChainSpec = typeof chainArb extends fc.Arbitrary<infer T> ? T : never;

/** The events of one contribution's life (edits included), keeping only those the fold accepts. */
function chainEvents(k: number, spec: ChainSpec, base: ValueState): ValueEventInput[] {
  const member = spec.member;
  const date = addDays('2024-01-01', spec.day);
  let id = `c${k}`;
  let state = base;
  const events: ValueEventInput[] = [];
  const push = (event: ValueEventInput) => {
    const next = tryFoldValueEvents([event], state);
    if (!next.ok) return false;
    state = next.state;
    events.push(event);
    return true;
  };
  const d = (quantity: number) =>
    draft({ member, stream: spec.stream, quantity: formatQuantity(BigInt(quantity)), date });
  push(logged(base, id, d(spec.quantity), STANDING[member]));
  spec.actions.forEach((a, j) => {
    if (a.kind === 'ack') push(acknowledged(id, a.by, a.steward));
    else if (a.kind === 'dispute') push(disputed(id, a.by));
    else if (a.kind === 'withdraw') push(withdrawn(id, a.by));
    else if (a.kind === 'stands' || a.kind === 'void')
      push(resolved(id, a.kind === 'stands' ? 'contribution-stands' : 'contribution-void'));
    else {
      const next = `${id}.${j}`;
      if (push(edited(state, next, id, d(a.quantity), STANDING[member]))) id = next;
    }
  });
  return events;
}

function interleave<T>(lists: T[][], choices: number[]): T[] {
  const queues = lists.map((l) => [...l]);
  const out: T[] = [];
  let c = 0;
  for (;;) {
    const open = queues.filter((q) => q.length > 0);
    if (open.length === 0) return out;
    out.push(open[(choices[c++ % Math.max(choices.length, 1)] ?? 0) % open.length]!.shift()!);
  }
}

const worldArb = fc.record({
  chains: fc.array(chainArb, { maxLength: 12 }),
  orderA: fc.array(fc.nat(), { maxLength: 40 }),
  orderB: fc.array(fc.nat(), { maxLength: 40 }),
  cuts: fc.array(fc.nat(), { maxLength: 3 }),
  asOfDay: fc.integer({ min: 0, max: 500 }),
  datingEnd: fc.option(
    fc.record({
      day: fc.integer({ min: 0, max: 400 }),
      outcome: fc.constantFrom('committed' as const, 'left' as const),
    }),
    { freq: 5 },
  ),
  releaseMonths: fc.option(fc.integer({ min: 1, max: 12 })),
  payouts: fc.array(
    fc.record({
      memberId: fc.constantFrom(...MEMBERS),
      stream: fc.constantFrom<Stream>(...STREAMS),
      amount: fc.bigInt({ min: 1n, max: 5000n }),
      day: fc.integer({ min: 0, max: 500 }),
    }),
    { maxLength: 5 },
  ),
});

type World = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

function setUp(world: World) {
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
  const base = foldValueEvents(prelude);
  const chains = world.chains.map((spec, k) => chainEvents(k, spec, base));
  const options = {
    asOf: addDays('2024-01-01', world.asOfDay),
    datingEnds: world.datingEnd
      ? [
          {
            memberId: 'cleo',
            on: addDays('2024-01-01', world.datingEnd.day),
            outcome: world.datingEnd.outcome,
          },
        ]
      : [],
    payouts: world.payouts.map((p) => ({
      memberId: p.memberId,
      stream: p.stream,
      amount: p.amount,
      paidOn: addDays('2024-01-01', p.day),
    })),
  };
  return { prelude, chains, options };
}

describe('replay laws', () => {
  it('folding all events at once equals folding them in consecutive batches, at any split', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { prelude, chains, options } = setUp(world);
        const events = [...prelude, ...interleave(chains, world.orderA)];
        const whole = foldValueEvents(events);
        const cuts = [...new Set(world.cuts.map((c) => c % (events.length + 1)))].sort(
          (a, b) => a - b,
        );
        let state = foldValueEvents([]);
        let from = 0;
        for (const cut of [...cuts, events.length]) {
          state = foldValueEvents(events.slice(from, cut), state);
          from = cut;
        }
        expect(state).toEqual(whole);
        expect(balancesOf(state, options)).toEqual(balancesOf(whole, options));
      }),
      { numRuns: 150 },
    );
  });

  it('the order of independent contributions does not matter', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { prelude, chains, options } = setUp(world);
        const a = foldValueEvents([...prelude, ...interleave(chains, world.orderA)]);
        const b = foldValueEvents([...prelude, ...interleave(chains, world.orderB)]);
        expect(a.contributions).toEqual(b.contributions);
        expect(balancesOf(a, options)).toEqual(balancesOf(b, options));
        expect(creditEntries(a, options)).toEqual(creditEntries(b, options));
        expect(balancesOf(a, { ...options, payouts: [...options.payouts].reverse() })).toEqual(
          balancesOf(a, options),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('every credit is accounted for: earned = payable + paid + historical + forfeited', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { prelude, chains, options } = setUp(world);
        const state = foldValueEvents([...prelude, ...interleave(chains, world.orderA)]);
        const balances = balancesOf(state, options);
        for (const b of balances) {
          expect(b.earned).toBe(b.payable + b.paid + b.historical + b.forfeited);
          expect(
            b.historical >= 0n && b.released >= 0n && b.forfeited >= 0n && b.recorded >= 0n,
          ).toBe(true);
        }
        const entries = creditEntries(state, options);
        const payableCredit = balances.reduce(
          (s, b) => s + b.earned - b.historical - b.forfeited,
          0n,
        );
        expect(entries.reduce((s, e) => s + e.amount, 0n)).toBe(payableCredit);
      }),
      { numRuns: 150 },
    );
  });

  it('setting a new rate never changes any balance', () => {
    fc.assert(
      fc.property(worldArb, fc.integer({ min: 1, max: 100_000 }), (world, amount) => {
        const { prelude, chains, options } = setUp(world);
        const state = foldValueEvents([...prelude, ...interleave(chains, world.orderA)]);
        const rerated = foldValueEvents(
          STREAMS.map((stream) => ({
            type: VALUE_EVENT.rateSet,
            schema: 1,
            actor: null,
            payload: {
              stream,
              taskKind:
                stream === 'love' ? 'translation' : stream === 'care' ? 'meeting' : 'development',
              per: stream === 'love' ? 'word' : 'hour',
              amount: String(amount),
              effectiveFrom: '2020-01-01',
            },
          })),
          state,
        );
        expect(balancesOf(rerated, options)).toEqual(balancesOf(state, options));
      }),
      { numRuns: 50 },
    );
  });
});
