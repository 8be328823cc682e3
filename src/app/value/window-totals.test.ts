import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects, skipping, testStore } from '../../../test/support/stores.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import {
  addDays,
  isoWeekOf,
  overloadsOf,
  periodOf,
  startValidation,
  transition,
  VALUE_EVENT,
  type ContributionLoggedPayload,
  type PeerValidation,
  type ValidationAction,
} from '../../core/value/index.js';
import { project, replayPasses, runDeferred } from '../../store/projections/projector.js';
import { valueProjector } from '../../store/projections/value.js';
import type { Store } from '../../store/store.js';
import { careTotals, cutIntoMonths, dutyTotals, weeklyHoursOver } from './window-totals.js';

const MEMBERS = ['m-ana', 'm-bo', 'm-cy', 'm-di'];
const WORK = [
  { stream: 'care', taskKind: 'meeting', unit: 'hour', rate: 1500n },
  { stream: 'love', taskKind: 'translation', unit: 'word', rate: 8n },
  { stream: 'livelihood', taskKind: 'coding', unit: 'hour', rate: 4000n },
  { stream: 'care', taskKind: 'cleaning', unit: 'hour', rate: 1200n },
] as const;
const OVER = 40_000n;

const step = fc.record({
  kind: fc.nat(99),
  who: fc.nat(MEMBERS.length - 1),
  by: fc.nat(MEMBERS.length - 1),
  work: fc.nat(WORK.length - 1),
  milli: fc.integer({ min: 250, max: 16_000 }),
  day: fc.nat(60),
  pick: fc.nat(1_000),
  acks: fc.nat(2),
});

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/**
 * A random ledger of value events that core's state machine accepts: contributions logged (by
 * daters at a lower multiplier, their care historical; members start and stop dating as it goes),
 * acknowledged, disputed, withdrawn, resolved either way, and edited (the older one superseded,
 * the newer one maybe on another date, stream or member's own week).
 */
function randomLedger(seed: number, steps: number): LedgerEvent[] {
  const events: LedgerEvent[] = [];
  const state = new Map<string, PeerValidation>();
  const dating = new Set<string>(['m-cy']);
  let seq = 100;
  const push = (type: string, actor: string | null, payload: unknown) =>
    events.push({
      seq: ++seq,
      type,
      schema: 1,
      actor,
      time: '2026-05-01T09:00:00.000Z',
      payload,
    } as unknown as LedgerEvent);
  const contribution = (s: Step, id: string): ContributionLoggedPayload => {
    const member = MEMBERS[s.who]!;
    const w = WORK[s.work]!;
    const milli = w.unit === 'hour' ? BigInt(s.milli) : BigInt(s.milli * 100);
    const base = (milli * w.rate) / 1000n;
    const multiplierBp = dating.has(member) ? 7500 : 10000;
    const amount = (base * BigInt(multiplierBp)) / 10000n;
    return {
      contributionId: id,
      member,
      stream: w.stream,
      quantity: (Number(milli) / 1000).toString(),
      unit: w.unit,
      taskKind: w.taskKind,
      // 2026-01-20 to 2026-03-21: weeks and months cut every way, weeks across two months.
      date: addDays('2026-01-20', s.day),
      description: 'Work',
      evidence: [],
      credit: {
        rate: w.rate.toString(),
        rateEffectiveFrom: '2025-01-01',
        base: base.toString(),
        multiplierBp,
        amount: amount.toString(),
        standing: dating.has(member) && w.stream === 'care' ? 'historical' : 'payable',
      },
      validation: { acknowledgements: s.acks, stewardRequired: false },
    } as ContributionLoggedPayload;
  };
  const live = () => [...state.keys()];
  for (const s of fc.sample(step, { numRuns: steps, seed })) {
    // Withdrawals and resolutions act on a disputed contribution, everything else on any.
    const settling = s.kind >= 75 && s.kind < 87;
    const ids = settling ? live().filter((id) => state.get(id)!.status === 'disputed') : live();
    const target = ids.length === 0 ? undefined : ids[s.pick % ids.length]!;
    const by = MEMBERS[s.by]!;
    const act = (action: ValidationAction): boolean => {
      const next = transition(state.get(target!)!, action);
      if (!next.ok) return false;
      state.set(target!, next.state);
      return true;
    };
    if (target === undefined && settling) continue;
    if (s.kind < 40 || target === undefined) {
      const p = contribution(s, `c-${seq + 1}`);
      state.set(p.contributionId, startValidation(p.member, p.validation));
      push(VALUE_EVENT.contributionLogged, p.member, p);
    } else if (s.kind < 65) {
      if (act({ kind: 'acknowledge', by, stewardOfCircle: false }))
        push(VALUE_EVENT.contributionValidated, by, {
          contributionId: target,
          stewardOfCircle: false,
        });
    } else if (s.kind < 75) {
      if (act({ kind: 'dispute', by, reason: 'unsure' }))
        push(VALUE_EVENT.contributionDisputed, by, { contributionId: target, reason: 'unsure' });
    } else if (s.kind < 80) {
      const disputer = state.get(target)!.dispute?.by ?? by;
      if (act({ kind: 'withdraw', by: disputer }))
        push(VALUE_EVENT.disputeWithdrawn, disputer, { contributionId: target });
    } else if (s.kind < 87) {
      const outcome = s.acks === 0 ? 'contribution-stands' : 'contribution-void';
      if (act({ kind: 'resolve', decision: 'p-1', outcome }))
        push(VALUE_EVENT.disputeResolved, null, {
          contributionId: target,
          decision: 'p-1',
          outcome,
        });
    } else if (s.kind < 95) {
      const author = state.get(target)!.author;
      const id = `c-${seq + 1}`;
      if (act({ kind: 'supersede', by: author, newContributionId: id })) {
        const p = contribution({ ...s, who: MEMBERS.indexOf(author) }, id);
        state.set(id, startValidation(p.member, p.validation));
        push(VALUE_EVENT.contributionEdited, author, { ...p, supersedes: target });
      }
    } else {
      // A dating stage change: the member's later work is priced and held differently.
      const member = MEMBERS[s.who]!;
      if (dating.has(member)) dating.delete(member);
      else dating.add(member);
    }
  }
  return events;
}

/** Projects `events` in batches of the given sizes, each in its own transaction, as appends and replay pages do. */
async function projectIn(store: Store, events: LedgerEvent[], sizes: number[]): Promise<void> {
  for (let i = 0, k = 0; i < events.length; k++) {
    const batch = events.slice(i, i + sizes[k % sizes.length]!);
    i += batch.length;
    await store.db
      .transaction()
      .execute(async (trx) => runDeferred(trx, await project(trx, [valueProjector], batch)));
  }
}

/**
 * Projects `events` as `Store.replay` does: one transaction, pages of the given sizes, the
 * projector's replay pass carrying its sums from page to page and writing them at the end.
 */
async function replayIn(store: Store, events: LedgerEvent[], sizes: number[]): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    const passes = replayPasses([valueProjector]);
    for (let i = 0, k = 0; i < events.length; k++) {
      const page = events.slice(i, i + sizes[k % sizes.length]!);
      i += page.length;
      await runDeferred(trx, await project(trx, [valueProjector], page, passes));
    }
    for (const pass of passes.values()) await pass.finish(trx);
  });
}

interface Row {
  member_id: string;
  stream: string;
  date: string;
  unit: string;
  quantity_milli: number;
  amount_minor: string;
  status: string;
}

const LIVE = new Set(['pending', 'counted', 'disputed']);

/** The plain aggregation: every live contribution in [from, to], summed here. */
function plainCare(rows: Row[], from: string, to: string) {
  const hours = new Map<string, bigint>();
  const credits = new Map<string, bigint>();
  for (const r of rows) {
    if (!LIVE.has(r.status) || r.stream !== 'care' || r.date < from || r.date > to) continue;
    const h = r.unit === 'hour' ? BigInt(r.quantity_milli) : 0n;
    hours.set(r.member_id, (hours.get(r.member_id) ?? 0n) + h);
    credits.set(r.member_id, (credits.get(r.member_id) ?? 0n) + BigInt(r.amount_minor));
  }
  return { hours, credits };
}

function plainWeeks(rows: Row[], from: string, to: string) {
  const weeks = new Map<string, { memberId: string; date: string; hours: bigint }>();
  for (const r of rows) {
    if (!LIVE.has(r.status) || r.unit !== 'hour' || r.date < from || r.date > to) continue;
    const monday = isoWeekOf(r.date).start;
    const w = weeks.get(`${r.member_id} ${monday}`) ?? {
      memberId: r.member_id,
      date: monday,
      hours: 0n,
    };
    w.hours += BigInt(r.quantity_milli);
    weeks.set(`${r.member_id} ${monday}`, w);
  }
  return [...weeks.values()].filter((w) => w.hours > OVER);
}

function plainDuty(rows: Row[], member: string, stream: string, start: string, end: string) {
  const result = { done: 0n, pending: 0n };
  for (const r of rows) {
    if (!LIVE.has(r.status) || r.member_id !== member || r.stream !== stream) continue;
    if (r.date < start || r.date > end) continue;
    if (r.status === 'counted') result.done += BigInt(r.amount_minor);
    else result.pending += BigInt(r.amount_minor);
  }
  return result;
}

const byKey = <T extends { memberId: string; date: string }>(list: T[]) =>
  [...list].sort((a, b) => `${a.memberId} ${a.date}`.localeCompare(`${b.memberId} ${b.date}`));

describe('cutIntoMonths', () => {
  it('keeps whole months for the sums and the days either side for the contributions', () => {
    expect(cutIntoMonths('2026-01-15', '2026-03-31')).toEqual({
      months: { first: '2026-02', last: '2026-03' },
      days: [{ from: '2026-01-15', to: '2026-01-31' }],
    });
    expect(cutIntoMonths('2026-01-01', '2026-01-31')).toEqual({
      months: { first: '2026-01', last: '2026-01' },
      days: [],
    });
    expect(cutIntoMonths('2026-01-02', '2026-02-27')).toEqual({
      months: null,
      days: [{ from: '2026-01-02', to: '2026-02-27' }],
    });
    expect(cutIntoMonths('2026-02-01', '2026-04-10')).toEqual({
      months: { first: '2026-02', last: '2026-03' },
      days: [{ from: '2026-04-01', to: '2026-04-10' }],
    });
  });
});

for (const d of dialects) {
  describe.skipIf(skipping(d, 'value window sums'))(`value window sums (${d.dialect})`, () => {
    it('equal the plain aggregation over the contributions for any window, and replay pages build what single appends built', async () => {
      const events = randomLedger(14, 400);
      const live = await testStore(d, { projectors: [valueProjector] });
      const replayed = await testStore(d, { projectors: [valueProjector] });
      const carried = await testStore(d, { projectors: [valueProjector] });
      try {
        await projectIn(live, events, [1]);
        await projectIn(replayed, events, [97, 3, 250, 1, 40]);
        await replayIn(carried, events, [97, 3, 250, 1, 40]);
        const dumpLive = await live.dumpProjections();
        const dumpReplayed = await replayed.dumpProjections();
        const dumpCarried = await carried.dumpProjections();
        for (const table of [
          'value_month_totals',
          'value_week_hours',
          'value_balance_totals',
          'value_contributions',
        ]) {
          expect(dumpReplayed[table], table).toEqual(dumpLive[table]);
          expect(dumpCarried[table], `${table}, carried across pages`).toEqual(dumpLive[table]);
        }
        expect(dumpLive['value_month_totals']!.length).toBeGreaterThan(20);

        const db = live.db;
        const rows = (
          await sql<Row>`select member_id, stream, date, unit, quantity_milli,
            cast(amount_minor as text) as amount_minor, status from value_contributions`.execute(db)
        ).rows.map((r) => ({ ...r, quantity_milli: Number(r.quantity_milli) }));
        const statuses = new Set(rows.map((r) => r.status));
        for (const s of ['pending', 'counted', 'disputed', 'superseded', 'void'])
          expect(statuses, s).toContain(s);

        const windows = fc.sample(
          fc.tuple(fc.nat(75), fc.nat(75)).map(([a, b]) => {
            const [x, y] = a <= b ? [a, b] : [b, a];
            return { from: addDays('2026-01-10', x), to: addDays('2026-01-10', y) };
          }),
          { numRuns: 25, seed: 3 },
        );
        windows.push(
          { from: '2026-01-01', to: '2026-03-31' },
          { from: '2026-02-01', to: '2026-02-28' },
          { from: '2026-02-02', to: '2026-02-08' },
          { from: '2026-02-04', to: '2026-02-06' },
        );
        let overloaded = 0;
        for (const { from, to } of windows) {
          const where = `${from}..${to}`;
          const care = await careTotals(db, from, to);
          const plain = plainCare(rows, from, to);
          expect(care.hours, where).toEqual(plain.hours);
          expect(care.credits, where).toEqual(plain.credits);
          const weeks = await weeklyHoursOver(db, d.dialect, from, to, OVER);
          const plainWeekly = plainWeeks(rows, from, to);
          overloaded += plainWeekly.length;
          expect(byKey(weeks), where).toEqual(byKey(plainWeekly));
          expect(overloadsOf(weeks, { from, to }), where).toEqual(
            overloadsOf(plainWeekly, { from, to }),
          );
        }
        expect(overloaded).toBeGreaterThan(0);

        for (const date of ['2026-02-14', '2026-03-31', '2026-04-03']) {
          const quarter = periodOf(date, 'quarter');
          const all = await dutyTotals(db, quarter);
          const love = await dutyTotals(db, quarter, 'm-bo', ['love']);
          for (const member of MEMBERS)
            for (const stream of ['care', 'love', 'livelihood'] as const)
              for (const period of [periodOf(date, 'month'), quarter]) {
                const expected = plainDuty(rows, member, stream, period.start, period.end);
                const found = all.get(member)?.(stream, period) ?? { done: 0n, pending: 0n };
                expect(found, `${member} ${stream} ${period.label}`).toEqual(expected);
                if (member === 'm-bo' && stream === 'love')
                  expect(love.get(member)?.(stream, period) ?? found).toEqual(expected);
              }
          expect([...love.keys()].every((m) => m === 'm-bo')).toBe(true);
        }
      } finally {
        await live.close();
        await replayed.close();
        await carried.close();
      }
    });
  });
}
