import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  careConcentration,
  dutyProgress,
  foldValueEvents,
  overloadedMembers,
} from '../../core/value/index.js';
import { foldedBalances } from './folded-balances.js';
import { AppError } from '../errors.js';
import { dialects, skipping, type DialectUnderTest } from '../../../test/support/stores.js';
import { openTestDisco, type TestDisco } from '../members/test-disco.js';
import { replayProjections } from '../ledger/replay-projections.js';
import {
  acknowledgeContribution,
  disputeContribution,
  withdrawDispute,
} from './acknowledge-contribution.js';
import { editContribution } from './edit-contribution.js';
import { listContributions, showContribution } from './list-contributions.js';
import { listRates } from './list-rates.js';
import { logContribution } from './log-contribution.js';
import { memberBalances } from './member-balances.js';
import { careIndicators } from './care-indicators.js';
import { exportContributions } from './contribution-interchange.js';
import { importContributions } from './import-contributions.js';
import { dutiesProgress } from './duties-progress.js';
import {
  setDutyRules,
  setRate,
  setStageMultipliers,
  setValidationRules,
} from './set-value-settings.js';
import { expectRefused } from '../expect-refused.js';

const ref = (c: { contributionId: string }) => ({ contributionId: c.contributionId });

const refused = (
  disco: TestDisco,
  run: () => Promise<unknown>,
  status: number,
  field?: string,
  message?: RegExp,
) => expectRefused(disco.ctx, run, status, field, message);

/** A DisCO with rates for care meetings (15.00/h) and love translation (0.08/word), and three workers. */
async function valueDisco(d: DialectUnderTest = dialects[0]!) {
  const disco = await openTestDisco(d);
  const { ctx, founder } = disco;
  await setRate(ctx, founder, {
    stream: 'care',
    taskKind: 'meeting',
    per: 'hour',
    amount: '1500',
    effectiveFrom: '2025-01-01',
  });
  await setRate(ctx, founder, {
    stream: 'love',
    taskKind: 'translation',
    per: 'word',
    amount: '8',
    effectiveFrom: '2025-01-01',
  });
  await setRate(ctx, founder, {
    stream: 'livelihood',
    taskKind: 'coding',
    per: 'hour',
    amount: '4000',
    effectiveFrom: '2025-01-01',
  });
  const ana = await disco.add({
    displayName: 'Ana',
    constituencyIds: ['worker-members'],
    level: { level: 'committed' },
  });
  const bo = await disco.add({
    displayName: 'Bo',
    constituencyIds: ['worker-members'],
    level: { level: 'committed' },
  });
  const cy = await disco.add({
    displayName: 'Cy',
    constituencyIds: ['worker-members'],
    level: { level: 'dating', stage: 2, timeline: 'agile', startDate: '2025-12-01' },
  });
  return { ...disco, ana, bo, cy };
}

describe('contributions', () => {
  it('logs work with a frozen credit, validates it by another member and never by oneself', async () => {
    const disco = await valueDisco();
    const { ctx, founder, ana, bo } = disco;
    const { contributionId } = await logContribution(ctx, ana, {
      stream: 'love',
      quantity: '5000',
      unit: 'word',
      taskKind: 'translation',
      date: '2026-01-02',
      circle: 'love',
      description: 'Article',
      evidence: ['https://example.org/a'],
    });
    const logged = await showContribution(ctx, bo, { contributionId });
    expect(logged).toMatchObject({
      memberId: ana.memberId,
      status: 'pending',
      credit: { rate: '8', base: '40000', amount: '40000', standing: 'payable' },
    });
    await refused(
      disco,
      () => acknowledgeContribution(ctx, ana, { contributionId }),
      422,
      'contributionId',
      /own contributions/,
    );

    // A rate set later, even effective before the work, never rewrites the frozen credit.
    await setRate(ctx, founder, {
      stream: 'love',
      taskKind: 'translation',
      per: 'word',
      amount: '10',
      effectiveFrom: '2026-01-01',
    });
    await acknowledgeContribution(ctx, bo, { contributionId });
    expect(await showContribution(ctx, ana, { contributionId })).toMatchObject({
      status: 'counted',
      acknowledgedBy: [bo.memberId],
      credit: { amount: '40000' },
    });
    expect((await listRates(ctx, ana)).map((r) => r.amount)).toEqual(['1500', '8', '4000', '10']);
  });

  it('applies the dater stage multiplier and keeps dater care historical', async () => {
    const { ctx, cy } = await valueDisco();
    const paid = await logContribution(ctx, cy, {
      stream: 'livelihood',
      quantity: '2',
      taskKind: 'coding',
      date: '2026-01-02',
      circle: 'tech',
    });
    const care = await logContribution(ctx, cy, {
      stream: 'care',
      quantity: '1.5',
      taskKind: 'meeting',
      date: '2026-01-02',
      circle: 'care',
    });
    expect((await showContribution(ctx, cy, paid)).credit).toMatchObject({
      base: '8000',
      multiplierBp: 5000,
      amount: '4000',
      standing: 'payable',
    });
    expect((await showContribution(ctx, cy, care)).credit).toMatchObject({
      base: '2250',
      amount: '2250',
      standing: 'historical',
    });
  });

  it('refuses bad input naming the field and the limit, appending nothing', async () => {
    const disco = await valueDisco();
    const { ctx, ana, bo } = disco;
    const work = {
      stream: 'care',
      quantity: '2',
      taskKind: 'meeting',
      date: '2026-01-02',
      circle: 'care',
    };
    await refused(
      disco,
      () => logContribution(ctx, ana, { ...work, quantity: '-2' }),
      400,
      'quantity',
      /greater than 0/,
    );
    await refused(
      disco,
      () => logContribution(ctx, ana, { ...work, quantity: '0' }),
      400,
      'quantity',
      /greater than 0/,
    );
    await refused(
      disco,
      () => logContribution(ctx, ana, { ...work, quantity: '25' }),
      400,
      'quantity',
      /limit of 24 hours/,
    );
    await refused(
      disco,
      () => logContribution(ctx, ana, { ...work, date: '2026-01-06' }),
      400,
      'date',
      /after today, 2026-01-05/,
    );
    await refused(
      disco,
      () => logContribution(ctx, ana, { ...work, stream: 'fun' }),
      400,
      'stream',
      /unknown stream "fun"/,
    );
    await refused(
      disco,
      () => logContribution(ctx, ana, { ...work, circle: 'nope' }),
      400,
      'circle',
      /unknown circle "nope"/,
    );
    await refused(
      disco,
      () => logContribution(ctx, ana, { ...work, circle: undefined, project: 'p1' }),
      400,
      'project',
      /unknown livelihood project "p1"/,
    );
    await refused(
      disco,
      () => logContribution(ctx, ana, { ...work, date: '2024-06-01' }),
      400,
      'taskKind',
      /no rate .* in force on 2024-06-01 \(the first such rate takes effect on 2025-01-01\)/,
    );
    await logContribution(ctx, ana, { ...work, quantity: '20' });
    await refused(
      disco,
      () => logContribution(ctx, ana, { ...work, quantity: '4.5' }),
      400,
      'quantity',
      /24\.5 hours on 2026-01-02 .* over the limit of 24 hours/,
    );
    await refused(disco, () => logContribution(ctx, bo, { ...work, member: ana.memberId }), 403);
    await refused(disco, () => logContribution(ctx, null, work), 401);
  });

  it('edits by superseding, disputes and withdraws, and follows the validation rules in force', async () => {
    const disco = await valueDisco();
    const { ctx, founder, ana, bo, cy } = disco;
    const first = await logContribution(ctx, ana, {
      stream: 'care',
      quantity: '20',
      taskKind: 'meeting',
      date: '2026-01-02',
      circle: 'care',
    });
    await refused(
      disco,
      () => editContribution(ctx, bo, { contributionId: first.contributionId, quantity: '3' }),
      403,
    );
    // The hours the edit replaces do not count against the 24-hour limit.
    const edited = await editContribution(ctx, ana, {
      contributionId: first.contributionId,
      quantity: '22',
    });
    expect(await showContribution(ctx, ana, first)).toMatchObject({ status: 'superseded' });
    expect(await showContribution(ctx, ana, edited)).toMatchObject({
      status: 'pending',
      supersedes: first.contributionId,
      quantity: '22',
      circleId: expect.any(String),
      credit: { amount: '33000' },
    });
    await refused(
      disco,
      () => editContribution(ctx, ana, { contributionId: first.contributionId, quantity: '1' }),
      409,
      'contributionId',
      /superseded/,
    );

    await disputeContribution(ctx, bo, {
      contributionId: edited.contributionId,
      reason: 'The meeting was two hours.',
    });
    await refused(
      disco,
      () => acknowledgeContribution(ctx, cy, ref(edited)),
      422,
      'contributionId',
      /disputed/,
    );
    await refused(
      disco,
      () => withdrawDispute(ctx, cy, ref(edited)),
      422,
      'contributionId',
      /only/,
    );
    await refused(
      disco,
      () => disputeContribution(ctx, ana, { ...ref(edited), reason: 'x' }),
      422,
      'contributionId',
    );
    await withdrawDispute(ctx, bo, ref(edited));
    await acknowledgeContribution(ctx, cy, ref(edited));
    const shown = await showContribution(ctx, ana, edited);
    expect(shown.status).toBe('counted');
    expect(shown.history.map((h) => [h.kind, h.memberId, h.detail])).toEqual([
      ['disputed', bo.memberId, 'The meeting was two hours.'],
      ['withdrawn', bo.memberId, null],
      ['acknowledged', cy.memberId, null],
    ]);

    const strict = { acknowledgements: 2, stewardRequired: false };
    await refused(
      disco,
      () =>
        setValidationRules(ctx, ana, {
          streams: { livelihood: strict, love: strict, care: strict },
        }),
      403,
    );
    await setValidationRules(ctx, founder, {
      streams: { livelihood: strict, love: strict, care: strict },
    });
    const second = await logContribution(ctx, ana, {
      stream: 'care',
      quantity: '1',
      taskKind: 'meeting',
      date: '2026-01-03',
      circle: 'care',
    });
    await acknowledgeContribution(ctx, bo, ref(second));
    expect((await showContribution(ctx, ana, second)).status).toBe('pending');
    await acknowledgeContribution(ctx, cy, ref(second));
    expect(
      (await listContributions(ctx, ana, { member: ana.memberId, status: 'counted' })).items.map(
        (c) => c.contributionId,
      ),
    ).toEqual([edited.contributionId, second.contributionId]);

    await refused(
      disco,
      () =>
        setStageMultipliers(ctx, bo, {
          effectiveFrom: '2026-01-01',
          stages: {
            '1': { livelihood: 0, love: 10000, care: 10000 },
            '2': { livelihood: 0, love: 10000, care: 10000 },
            '3': { livelihood: 0, love: 10000, care: 10000 },
          },
        }),
      403,
    );
    await setStageMultipliers(ctx, founder, {
      effectiveFrom: '2026-01-01',
      stages: {
        '1': { livelihood: 0, love: 10000, care: 10000 },
        '2': { livelihood: 2500, love: 10000, care: 10000 },
        '3': { livelihood: 5000, love: 10000, care: 10000 },
      },
    });
    const coding = await logContribution(ctx, cy, {
      stream: 'livelihood',
      quantity: '1',
      taskKind: 'coding',
      date: '2026-01-03',
      circle: 'tech',
    });
    expect((await showContribution(ctx, cy, coding)).credit).toMatchObject({
      multiplierBp: 2500,
      amount: '1000',
    });
  });
});

for (const d of dialects) {
  describe.skipIf(skipping(d, 'value projections'))(`value projections (${d.dialect})`, () => {
    it('sums counted credits per member and stream as of a date, exactly beyond 2^53', async () => {
      const disco = await valueDisco(d);
      const { ctx, founder, ana, bo } = disco;
      await setRate(ctx, founder, {
        stream: 'livelihood',
        taskKind: 'consulting',
        per: 'hour',
        amount: '900000000000000000',
        effectiveFrom: '2025-01-01',
      });
      const big = await logContribution(ctx, ana, {
        stream: 'livelihood',
        quantity: '10',
        taskKind: 'consulting',
        date: '2026-01-03',
        circle: 'livelihood',
      });
      const care = await logContribution(ctx, ana, {
        stream: 'care',
        quantity: '2',
        taskKind: 'meeting',
        date: '2026-01-04',
        circle: 'care',
      });
      await logContribution(ctx, ana, {
        stream: 'care',
        quantity: '1',
        taskKind: 'meeting',
        date: '2026-01-04',
        circle: 'care',
      }); // never acknowledged
      for (const c of [big, care]) await acknowledgeContribution(ctx, bo, ref(c));
      const now = await memberBalances(ctx, bo, { member: ana.memberId });
      expect(now).toEqual({
        asOf: '2026-01-05',
        items: [
          {
            memberId: ana.memberId,
            stream: 'livelihood',
            earned: '9000000000000000000',
            historical: '0',
            released: '0',
            forfeited: '0',
            payable: '9000000000000000000',
            paid: '0',
            recorded: '0',
          },
          {
            memberId: ana.memberId,
            stream: 'care',
            earned: '3000',
            historical: '0',
            released: '0',
            forfeited: '0',
            payable: '3000',
            paid: '0',
            recorded: '0',
          },
        ],
      });
      expect(
        (await memberBalances(ctx, bo, { member: ana.memberId, asOf: '2026-01-03' })).items.map(
          (b) => b.stream,
        ),
      ).toEqual(['livelihood']);
      await refused(disco, () => memberBalances(ctx, null, {}), 401);
    });

    it('give balances that agree after replay and with core balancesOf over the same events', async () => {
      const disco = await valueDisco(d);
      const { ctx, ana, bo, cy } = disco;
      const people = [ana, bo, cy];
      const streams = [
        { stream: 'care', taskKind: 'meeting', unit: 'hour', circle: 'care' },
        { stream: 'love', taskKind: 'translation', unit: 'word', circle: 'love' },
        { stream: 'livelihood', taskKind: 'coding', unit: 'hour', circle: 'tech' },
      ];
      const step = fc.record({
        who: fc.nat(2),
        kind: fc.nat(2),
        milli: fc.integer({ min: 1, max: 3000 }),
        day: fc.integer({ min: 1, max: 4 }),
        by: fc.nat(2),
        dispute: fc.boolean(),
      });
      const ids: string[] = [];
      for (const s of fc.sample(step, { numRuns: 25, seed: 4 })) {
        const w = streams[s.kind]!;
        const { contributionId } = await logContribution(ctx, people[s.who]!, {
          ...w,
          quantity: (s.milli / 1000).toFixed(3),
          date: `2026-01-0${s.day}`,
        });
        ids.push(contributionId);
        if (s.by === s.who) continue;
        await (s.dispute
          ? disputeContribution(ctx, people[s.by]!, { contributionId, reason: 'unsure' })
          : acknowledgeContribution(ctx, people[s.by]!, { contributionId }));
      }
      const live = await memberBalances(ctx, ana, { asOf: '2026-01-03' });
      const dumped = await ctx.store.dumpProjections();
      await replayProjections(ctx);
      expect(await ctx.store.dumpProjections()).toEqual(dumped);
      expect(await memberBalances(ctx, ana, { asOf: '2026-01-03' })).toEqual(live);
      // In pages of 3 events, contributions are acknowledged or disputed pages after they were
      // logged, and the totals a replay carries from page to page (Projector.replayPass) and
      // writes at the end come out the same.
      (ctx.store as unknown as { replayPage: number }).replayPage = 3;
      const pages: number[] = [];
      await replayProjections(ctx, (done) => pages.push(done));
      expect(pages.length).toBeGreaterThan(10);
      expect(await ctx.store.dumpProjections()).toEqual(dumped);

      expect(live.items).toEqual(await foldedBalances(ctx, '2026-01-03'));
      expect(ids.length).toBe(25);
    });

    it('give every balance in pages of members that add up to the whole, and refuse a bad page size', async () => {
      const disco = await valueDisco(d);
      const { ctx, ana, bo, cy } = disco;
      for (const [who, by] of [
        [ana, bo],
        [bo, cy],
        [cy, ana],
        [ana, cy],
      ] as const) {
        const c = await logContribution(ctx, who, {
          stream: 'care',
          taskKind: 'meeting',
          quantity: '2',
          date: '2026-01-02',
          circle: 'care',
        });
        await acknowledgeContribution(ctx, by, ref(c));
      }
      // Counted work dated after asOf is in the kept totals but not in the balance as of asOf.
      const later = await logContribution(ctx, bo, {
        stream: 'love',
        taskKind: 'translation',
        unit: 'word',
        quantity: '100',
        date: '2026-01-05',
        circle: 'love',
      });
      await acknowledgeContribution(ctx, cy, ref(later));
      const whole = await memberBalances(ctx, ana, { asOf: '2026-01-04' });
      expect(whole.items.map((b) => b.stream)).not.toContain('love');
      expect(whole.items).toEqual(await foldedBalances(ctx, '2026-01-04'));
      const pages: (typeof whole)[] = [];
      let after: string | undefined;
      do {
        const page = await memberBalances(ctx, ana, {
          asOf: '2026-01-04',
          limit: 1,
          ...(after === undefined ? {} : { after }),
        });
        pages.push(page);
        after = page.next;
      } while (after !== undefined);
      expect(pages.flatMap((p) => p.items)).toEqual(whole.items);
      expect(pages.at(-1)!.next).toBeUndefined();
      expect(new Set(pages.flatMap((p) => p.items.map((i) => i.memberId))).size).toBe(pages.length);
      await refused(disco, () => memberBalances(ctx, ana, { limit: 0 }), 400, 'limit');
    });

    it('sum the indicators and duties in the database as core computes them over the folded records', async () => {
      const disco = await valueDisco(d);
      const { ctx, founder, ana, bo, cy } = disco;
      await setDutyRules(ctx, founder, {
        effectiveFrom: '2025-12-01',
        duties: [
          { level: 'committed', stream: 'love', period: 'month', amount: '10000' },
          { level: 'committed', stream: 'care', period: 'quarter', amount: '9000' },
        ],
      });
      const people = [ana, bo, cy];
      const kinds = [
        { stream: 'care', taskKind: 'meeting', circle: 'care' },
        { stream: 'love', taskKind: 'translation', unit: 'word', circle: 'love' },
        { stream: 'care', taskKind: 'meeting', circle: 'care' },
      ];
      const step = fc.record({
        who: fc.nat(2),
        kind: fc.nat(2),
        hours: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 5 }),
        by: fc.nat(2),
        dispute: fc.boolean(),
      });
      for (const s of fc.sample(step, { numRuns: 30, seed: 7 })) {
        const { contributionId } = await logContribution(ctx, people[s.who]!, {
          ...kinds[s.kind]!,
          quantity: String(s.hours * (s.kind === 1 ? 100 : 1)),
          date: `2026-01-0${s.day}`,
        }).catch(() => ({ contributionId: '' }));
        if (contributionId === '' || s.by === s.who) continue;
        await (s.dispute
          ? disputeContribution(ctx, people[s.by]!, { contributionId, reason: 'unsure' })
          : acknowledgeContribution(ctx, people[s.by]!, { contributionId }));
      }
      const shown = await careIndicators(ctx, ana, { from: '2026-01-01', to: '2026-01-05' });
      expect(shown.careHours.total).not.toBe('0');
      const state = foldValueEvents(await ctx.store.events(0, 100_000));
      const records = [...state.contributions.values()].filter(
        (c) => c.date >= '2026-01-01' && c.date <= '2026-01-05',
      );
      const workers = shown.careHours.shares.map((s) => s.memberId);
      const period = { start: '2026-01-01', end: '2026-01-05' };
      for (const [view, measure] of [
        [shown.careHours, 'hours'],
        [shown.careCredits, 'credits'],
      ] as const) {
        const core = careConcentration(records, { period, members: workers, measure });
        expect(view.total).toBe(core.total.toString());
        expect(view.shares.map((s) => s.amount)).toEqual(
          core.shares.map((s) => s.amount.toString()),
        );
        expect(view.gini.numerator).toBe(core.gini.numerator.toString());
      }
      expect(shown.overloaded).toEqual(
        overloadedMembers(records, { from: '2026-01-01', to: '2026-01-05' }).map((o) => ({
          ...o,
          hours: o.hours.toString(),
        })),
      );
      const duties = await dutiesProgress(ctx, ana, { date: '2026-01-05' });
      for (const who of [ana, bo]) {
        const core = dutyProgress(state.contributions.values(), {
          memberId: who.memberId,
          level: 'committed',
          date: '2026-01-05',
          table: state.dutyRules,
        });
        expect(
          duties.items
            .filter((i) => i.memberId === who.memberId)
            .map((i) => [i.stream, i.period, i.done, i.pending]),
        ).toEqual(
          core.map((p) => [p.stream, p.period.label, p.done.toString(), p.pending.toString()]),
        );
      }
    });
  });
}

describe('duties and care indicators', () => {
  it('shows duty progress, who is behind an even pace, care shares, Gini and weekly overload', async () => {
    const disco = await valueDisco();
    const { ctx, founder, ana, bo } = disco;
    await refused(
      disco,
      () => setDutyRules(ctx, ana, { effectiveFrom: '2025-12-01', duties: [] }),
      403,
    );
    await setDutyRules(ctx, founder, {
      effectiveFrom: '2025-12-01',
      duties: [{ level: 'committed', stream: 'love', period: 'month', amount: '10000' }],
    });
    const words = await logContribution(ctx, ana, {
      stream: 'love',
      quantity: '1000',
      unit: 'word',
      taskKind: 'translation',
      date: '2026-01-02',
      circle: 'love',
    });
    await acknowledgeContribution(ctx, bo, ref(words));
    await logContribution(ctx, ana, {
      stream: 'care',
      quantity: '20',
      taskKind: 'meeting',
      date: '2026-01-02',
      circle: 'care',
    });
    await logContribution(ctx, ana, {
      stream: 'care',
      quantity: '22',
      taskKind: 'meeting',
      date: '2026-01-03',
      circle: 'care',
    });
    await logContribution(ctx, bo, {
      stream: 'care',
      quantity: '6',
      taskKind: 'meeting',
      date: '2026-01-03',
      circle: 'care',
    });

    const duties = await dutiesProgress(ctx, bo, {});
    const of = (memberId: string) => duties.items.find((d) => d.memberId === memberId);
    expect(of(ana.memberId)).toMatchObject({
      stream: 'love',
      period: '2026-01',
      owed: '10000',
      done: '8000',
      remaining: '2000',
      met: false,
      behind: false,
    });
    // 5 of January's 31 days have passed: an even pace would have done 10000 × 5 / 31 = 1612.
    expect(of(bo.memberId)).toMatchObject({ done: '0', behind: true, expected: '1612' });

    const care = await careIndicators(ctx, bo, { from: '2026-01-01', to: '2026-01-05' });
    const share = (memberId: string) =>
      care.careHours.shares.find((s) => s.memberId === memberId)?.share;
    expect(care.careHours.total).toBe('48000');
    expect(share(ana.memberId)).toEqual({ numerator: '7', denominator: '8' });
    expect(share(bo.memberId)).toEqual({ numerator: '1', denominator: '8' });
    expect(care.careHours.gini.value).toBeGreaterThan(0.5);
    expect(care.overloaded).toEqual([{ memberId: ana.memberId, week: '2026-W01', hours: '42000' }]);
    expect(care.behindOnDuties.map((d) => d.memberId)).toContain(bo.memberId);
    await refused(
      disco,
      () => careIndicators(ctx, bo, { from: '2026-02-01', to: '2026-01-01' }),
      400,
      'from',
    );
    await refused(disco, () => careIndicators(ctx, null, {}), 401);
  });
});

describe('interchange', () => {
  const base = 'https://deck.example.coop/';

  it('exports CSV and Valueflows JSON-LD and imports them back, all or nothing', async () => {
    const disco = await valueDisco();
    const { ctx, founder, ana } = disco;
    await logContribution(ctx, ana, {
      stream: 'care',
      quantity: '2',
      taskKind: 'meeting',
      date: '2026-01-02',
      circle: 'care',
      description: 'Assembly, "monthly"',
    });
    const csv = await exportContributions(ctx, ana, { format: 'csv', base });
    expect(csv.split('\r\n')[1]).toMatch(
      /^2026-01-02,[^,]+,care,2,hour,meeting,[^,]+,,,"Assembly, ""monthly""",$/,
    );
    await refused(
      disco,
      () => importContributions(ctx, ana, { format: 'csv', base, content: csv }),
      403,
    );
    expect(
      await importContributions(ctx, founder, { format: 'csv', base, content: csv, dryRun: true }),
    ).toMatchObject({ imported: 1, recorded: [] });
    expect(
      (await importContributions(ctx, founder, { format: 'csv', base, content: csv })).imported,
    ).toBe(1);

    const jsonld = await exportContributions(ctx, ana, { format: 'jsonld', base });
    const events = JSON.parse(jsonld) as Array<Record<string, unknown>>;
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      '@type': 'vf:EconomicEvent',
      'vf:action': 'work',
      'vf:effortQuantity': { 'om2:hasNumericalValue': 2, 'om2:hasUnit': 'om2:hour' },
    });
    expect(
      (await importContributions(ctx, founder, { format: 'jsonld', base, content: jsonld }))
        .imported,
    ).toBe(2);
    expect((await listContributions(ctx, ana, { member: ana.memberId })).items).toHaveLength(4);

    // 8 hours are already logged that day: two entries of 10 hours cross 24 between them.
    const hours = (n: number) => ({
      '@type': 'om2:Measure',
      'om2:hasNumericalValue': n,
      'om2:hasUnit': 'om2:hour',
    });
    const file = (lastDate: string) =>
      JSON.stringify([
        { ...events[0], 'vf:effortQuantity': hours(10) },
        { ...events[0], 'vf:effortQuantity': hours(10) },
        { ...events[0], 'vf:hasPointInTime': lastDate },
      ]);
    await refused(
      disco,
      () =>
        importContributions(ctx, founder, { format: 'jsonld', base, content: file('2027-01-01') }),
      422,
      'entry.2.vf:hasPointInTime',
      /after today/,
    );
    await refused(
      disco,
      () =>
        importContributions(ctx, founder, { format: 'jsonld', base, content: file('2026-01-03') }),
      422,
      'entry.1.quantity',
      /over the limit of 24 hours/,
    );
  });

  it('reports every bad CSV row with its line, field and why, and records nothing', async () => {
    const disco = await valueDisco();
    const { ctx, founder, ana } = disco;
    const header = 'date,member,stream,quantity,unit,task_kind,circle,project,description,evidence';
    const rows = [
      `2026-01-02,${ana.memberId},care,-1,hour,meeting,care,,,`,
      `2026-01-02,${ana.memberId},fun,1,hour,meeting,care,,,`,
      `2026-01-02,${ana.memberId},care,30,hour,meeting,care,,,`,
      `2026-01-02,${ana.memberId},care,1,hour,meeting,,nope,,`,
      `2024-01-02,${ana.memberId},care,1,hour,meeting,care,,,`,
      `2026-01-02,${ana.memberId},care,1,hour,meeting,care,,ok,`,
    ];
    await refused(
      disco,
      () =>
        importContributions(ctx, founder, {
          format: 'csv',
          base,
          content: [header, ...rows].join('\r\n'),
        }),
      422,
    );
    const error: unknown = await importContributions(ctx, founder, {
      format: 'csv',
      base,
      content: [header, ...rows].join('\r\n'),
    }).catch((e: unknown) => e);
    expect((error as AppError).problems.map((p) => p.field)).toEqual([
      'line.2.quantity',
      'line.3.stream',
      'line.4.quantity',
      'line.5.project',
      'line.6.task_kind',
    ]);
    expect((await listContributions(ctx, ana, {})).items).toEqual([]);
    await refused(
      disco,
      () => importContributions(ctx, founder, { format: 'csv', base, content: 'date,member\r\n' }),
      422,
      'line.1.stream',
    );
  });
});
