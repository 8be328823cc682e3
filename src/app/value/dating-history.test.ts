import { describe, expect, it } from 'vitest';
import { dialects, skipping, type DialectUnderTest } from '../../../test/support/stores.js';
import type { Actor } from '../../core/access/actor.js';
import { expectRefused } from '../expect-refused.js';
import { changeMemberLevel } from '../members/change-member-level.js';
import { openTestDisco } from '../members/test-disco.js';
import { replayProjections } from '../ledger/replay-projections.js';
import { acknowledgeContribution } from './acknowledge-contribution.js';
import { showContribution } from './list-contributions.js';
import { logContribution } from './log-contribution.js';
import { memberBalances } from './member-balances.js';
import { foldedBalances } from './folded-balances.js';
import { standingOn, standingsOf } from './member-standing.js';
import { setCareReleaseRule, setCasualRule, setRate } from './set-value-settings.js';

/** A DisCO with care meetings at 15.00/h and coding at 40.00/h, Ana committed, Cy dating at stage 2 from 2026-01-05. */
async function datingDisco(d: DialectUnderTest = dialects[0]!) {
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
  const cy = await disco.add({
    displayName: 'Cy',
    constituencyIds: ['worker-members'],
    level: { level: 'dating', stage: 2, timeline: 'agile', startDate: '2026-01-05' },
  });
  /** Moves the DisCO's clock to 09:00 UTC (10:00 in Madrid) on a day; it ticks a second per read from there. */
  const on = (day: string) => {
    let tick = 0;
    const start = Date.parse(`${day}T09:00:00.000Z`);
    ctx.clock = () => new Date(start + 1000 * tick++);
  };
  const care = async (who: Actor, date: string, quantity: string) => {
    const logged = await logContribution(ctx, who, {
      stream: 'care',
      quantity,
      taskKind: 'meeting',
      date,
      circle: 'care',
    });
    await acknowledgeContribution(ctx, who.memberId === ana.memberId ? cy : ana, {
      contributionId: logged.contributionId,
    });
    return logged;
  };
  const balance = async (who: Actor, asOf: string) =>
    (await memberBalances(ctx, ana, { member: who.memberId, asOf })).items.find(
      (b) => b.stream === 'care',
    );
  return { ...disco, ana, cy, on, care, balance };
}

describe('the stage on the work date', () => {
  it('reads the same standing for many members at once (imports) as for one (a single log)', async () => {
    const { ctx, founder, cy, on } = await datingDisco();
    on('2026-02-10');
    await changeMemberLevel(ctx, founder, { memberId: cy.memberId, level: 'dating', stage: 3 });
    on('2026-03-02');
    await changeMemberLevel(ctx, founder, { memberId: cy.memberId, level: 'committed' });
    const db = ctx.store.db;
    const members = await db.selectFrom('members').selectAll().execute();
    const on2 = await standingsOf(db, members);
    const dates = [
      '2025-12-31',
      '2026-01-05',
      '2026-02-09',
      '2026-02-10',
      '2026-02-11',
      '2026-03-02',
      '2026-06-01',
    ];
    for (const member of members)
      for (const date of dates)
        expect(on2(member, date), `${member.display_name} on ${date}`).toEqual(
          await standingOn(db, member, date),
        );
    expect(
      on2(
        members.find((m) => m.id === cy.memberId)!,
        '2026-02-11',
      ),
    ).toEqual({
      level: 'dating',
      datingStage: 3,
    });
  });

  it('prices work at the stage in force on its date, even when logged after a stage change', async () => {
    const { ctx, founder, cy, on } = await datingDisco();
    on('2026-02-10');
    await changeMemberLevel(ctx, founder, { memberId: cy.memberId, level: 'dating', stage: 3 });
    on('2026-02-15');
    const coding = (date: string) =>
      logContribution(ctx, cy, {
        stream: 'livelihood',
        quantity: '2',
        taskKind: 'coding',
        date,
        circle: 'tech',
      });
    const credit = async (date: string) =>
      (await showContribution(ctx, cy, await coding(date))).credit;
    // Stage 2 until 2026-02-09, stage 3 from 2026-02-10 (the day the change was recorded) on.
    expect(await credit('2026-01-20')).toMatchObject({
      base: '8000',
      multiplierBp: 5000,
      amount: '4000',
    });
    expect(await credit('2026-02-09')).toMatchObject({ multiplierBp: 5000 });
    expect(await credit('2026-02-10')).toMatchObject({ multiplierBp: 7500, amount: '6000' });
    // Work dated before Cy joined takes the level they joined at.
    expect(await credit('2026-01-02')).toMatchObject({ multiplierBp: 5000 });

    on('2026-03-01');
    await changeMemberLevel(ctx, founder, { memberId: cy.memberId, level: 'committed' });
    on('2026-03-02');
    const care = await logContribution(ctx, cy, {
      stream: 'care',
      quantity: '1',
      taskKind: 'meeting',
      date: '2026-02-20',
      circle: 'care',
    });
    expect((await showContribution(ctx, cy, care)).credit).toMatchObject({
      standing: 'historical',
    });
    expect((await credit('2026-03-01')).multiplierBp).toBe(10000);
  });
});

for (const d of dialects) {
  describe.skipIf(skipping(d, 'care release'))(
    `historical care credits when dating ends (${d.dialect})`,
    () => {
      it('releases them by the rule in force when dating ends, forfeits them on leaving, as of any date, and replays the same', async () => {
        const disco = await datingDisco(d);
        const { ctx, founder, ana, cy, on, care, balance } = disco;
        await setCareReleaseRule(ctx, founder, {
          effectiveFrom: '2026-01-01',
          onCommitment: { kind: 'release-over-months', months: 3 },
          onLeaving: 'forfeit',
        });
        const dy = await disco.add({
          displayName: 'Dy',
          constituencyIds: ['worker-members'],
          level: { level: 'dating', stage: 1, timeline: 'agile', startDate: '2026-01-05' },
        });
        on('2026-01-25');
        await care(cy, '2026-01-20', '1.5'); // 22.50, historical
        await care(dy, '2026-01-21', '1'); // 15.00, historical
        await care(ana, '2026-01-21', '1'); // committed: payable at once
        on('2026-02-10');
        await changeMemberLevel(ctx, founder, { memberId: cy.memberId, level: 'dating', stage: 3 });
        on('2026-03-01');
        await changeMemberLevel(ctx, founder, { memberId: cy.memberId, level: 'committed' });
        on('2026-03-02');
        await changeMemberLevel(ctx, founder, { memberId: dy.memberId, level: 'left' });
        on('2026-06-01');

        const zero = { released: '0', forfeited: '0' };
        expect(await balance(cy, '2026-02-28')).toMatchObject({
          earned: '2250',
          historical: '2250',
          payable: '0',
          ...zero,
        });
        // 22.50 in three monthly tranches of 7.50, the first on the day Cy committed.
        expect(await balance(cy, '2026-03-01')).toMatchObject({
          earned: '2250',
          historical: '1500',
          released: '750',
          forfeited: '0',
          payable: '750',
        });
        expect(await balance(cy, '2026-04-30')).toMatchObject({
          historical: '750',
          released: '1500',
          payable: '1500',
        });
        expect(await balance(cy, '2026-05-01')).toMatchObject({
          historical: '0',
          released: '2250',
          payable: '2250',
        });
        expect(await balance(dy, '2026-03-01')).toMatchObject({
          earned: '1500',
          historical: '1500',
          payable: '0',
          ...zero,
        });
        expect(await balance(dy, '2026-03-02')).toMatchObject({
          earned: '1500',
          historical: '0',
          released: '0',
          forfeited: '1500',
          payable: '0',
        });
        expect(await balance(ana, '2026-03-02')).toMatchObject({
          earned: '1500',
          historical: '0',
          payable: '1500',
          ...zero,
        });

        // A rule set later for dating ends from 2026-03-02 on releases what a leaver earned instead.
        await setCareReleaseRule(ctx, founder, {
          effectiveFrom: '2026-03-02',
          onCommitment: { kind: 'release-all' },
          onLeaving: 'release-all',
        });
        expect(await balance(dy, '2026-03-02')).toMatchObject({
          historical: '0',
          released: '1500',
          forfeited: '0',
          payable: '1500',
        });
        expect(await balance(cy, '2026-03-01')).toMatchObject({ released: '750' });

        for (const asOf of ['2026-02-28', '2026-03-01', '2026-04-01', '2026-06-01']) {
          const live = await memberBalances(ctx, ana, { asOf });
          expect(live.items).toEqual(await foldedBalances(ctx, asOf));
        }
        const before = await memberBalances(ctx, ana, { asOf: '2026-04-01' });
        const dumped = await ctx.store.dumpProjections();
        await replayProjections(ctx);
        expect(await ctx.store.dumpProjections()).toEqual(dumped);
        expect(await memberBalances(ctx, ana, { asOf: '2026-04-01' })).toEqual(before);
      });
    },
  );
}

describe('the casual rule and the care release rule', () => {
  it('are set by founders from a date on, and refused with the field named otherwise', async () => {
    const disco = await datingDisco();
    const { ctx, founder, ana, on } = disco;
    const kit = await disco.add({
      displayName: 'Kit',
      constituencyIds: ['worker-members'],
      level: { level: 'casual' },
    });
    await setCasualRule(ctx, founder, { effectiveFrom: '2026-02-01', payable: true });
    on('2026-02-05');
    const before = await logContribution(ctx, kit, {
      stream: 'care',
      quantity: '1',
      taskKind: 'meeting',
      date: '2026-01-31',
      circle: 'care',
    });
    const after = await logContribution(ctx, kit, {
      stream: 'care',
      quantity: '1',
      taskKind: 'meeting',
      date: '2026-02-01',
      circle: 'care',
    });
    expect((await showContribution(ctx, kit, before)).credit.standing).toBe('unpayable');
    expect((await showContribution(ctx, kit, after)).credit.standing).toBe('payable');

    const refused = (
      run: () => Promise<unknown>,
      status: number,
      field?: string,
      message?: RegExp,
    ) => expectRefused(ctx, run, status, field, message);
    await refused(
      () => setCasualRule(ctx, ana, { effectiveFrom: '2026-02-01', payable: false }),
      403,
    );
    await refused(
      () => setCasualRule(ctx, founder, { effectiveFrom: '2026-02-30', payable: false }),
      400,
      'effectiveFrom',
      /calendar date/,
    );
    await refused(
      () =>
        setCareReleaseRule(ctx, ana, {
          effectiveFrom: '2026-01-01',
          onCommitment: { kind: 'release-all' },
          onLeaving: 'forfeit',
        }),
      403,
    );
    await refused(
      () =>
        setCareReleaseRule(ctx, founder, {
          effectiveFrom: '2026-01-01',
          onCommitment: { kind: 'release-over-months', months: 0 },
          onLeaving: 'forfeit',
        }),
      400,
      'onCommitment.months',
    );
    await refused(
      () =>
        setCareReleaseRule(ctx, null, {
          effectiveFrom: '2026-01-01',
          onCommitment: { kind: 'release-all' },
          onLeaving: 'forfeit',
        }),
      401,
    );
  });
});
