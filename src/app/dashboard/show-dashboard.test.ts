import { describe, expect, it } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { careConcentration, isoWeekOf } from '../../core/value/index.js';
import { createHttpApp } from '../../http/app.js';
import { createApiToken } from '../auth/create-api-token.js';
import { openTestDemo } from '../demo/test-demo.js';
import { expectRefused } from '../expect-refused.js';
import { loadActor } from '../members/load-actor.js';
import { contributionRecords } from '../value/contribution-records.js';
import { dutiesProgress } from '../value/duties-progress.js';
import { showDashboard } from './show-dashboard.js';

const sortByKey = <T>(items: T[], key: (item: T) => string): T[] =>
  [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

for (const d of dialects) {
  describe.skipIf(skipping(d, 'dashboard'))(`the dashboard (${d.dialect})`, () => {
    it('aggregates in SQL exactly what core computes from the contributions themselves', async () => {
      const { ctx, demo } = await openTestDemo(d);
      const ana = demo.founder;
      const dashboard = await showDashboard(ctx, ana);
      expect(dashboard).toMatchObject({ period: '2026-03', currency: 'EUR' });

      // Credits per stream and ISO week: counted work only, by the date of the work.
      const weeks = dashboard.streamsOverTime.map((w) => w.week);
      expect(weeks).toHaveLength(13);
      expect(weeks.at(-1)).toBe(isoWeekOf(demo.today).start);
      const records = await contributionRecords(ctx.store.db, { from: weeks[0]!, to: demo.today });
      const expected = new Map(weeks.map((week) => [week, { livelihood: 0n, love: 0n, care: 0n }]));
      for (const r of records.filter((c) => c.validation.status === 'counted'))
        expected.get(isoWeekOf(r.date).start)![r.stream] += r.credit.amount;
      expect(dashboard.streamsOverTime).toEqual(
        weeks.map((week) => ({
          week,
          livelihood: expected.get(week)!.livelihood.toString(),
          love: expected.get(week)!.love.toString(),
          care: expected.get(week)!.care.toString(),
        })),
      );
      expect(
        dashboard.streamsOverTime.every(
          (w) => w.livelihood !== '0' || w.love !== '0' || w.care !== '0',
        ),
      ).toBe(true);

      // Care shares and their concentration: core's careConcentration by credits over the same weeks.
      const workers = dashboard.care.shares.map((s) => s.memberId);
      expect(dashboard.care.shares.map((s) => s.name)).toEqual([
        'Ana Ribas',
        'Bruno Costa',
        'Carla Mendes',
        'Dev Patel',
        'Eli Okafor',
        'Fátima Haddad',
        'Gus Lindqvist',
        'Hana Sato',
        'Iker Etxeberria',
      ]);
      const care = careConcentration(records, {
        period: { start: weeks[0]!, end: demo.today },
        members: workers,
        measure: 'credits',
      });
      care.shares.forEach((s, i) =>
        expect(dashboard.care.shares[i]!.share).toBeCloseTo(
          Number(s.share.numerator) / Number(s.share.denominator),
          5,
        ),
      );
      expect(dashboard.care.gini).toBeCloseTo(care.gini.value, 10);
      expect(dashboard.care.gini).toBeGreaterThan(0);

      // Duties: what the duties use case (core's dutyProgress over every record) says is owed and done.
      const duties = (await dutiesProgress(ctx, ana, { date: demo.today })).items.map((x) => ({
        memberId: x.memberId,
        name: x.displayName,
        stream: x.stream,
        period: x.period,
        owed: x.owed,
        done: x.done,
      }));
      const key = (x: { memberId: string; stream: string; period: string }) =>
        `${x.memberId} ${x.stream} ${x.period}`;
      expect(sortByKey(dashboard.duties, key)).toEqual(sortByKey(duties, key));
      expect(dashboard.duties.map((x) => x.period)).toContain('2026-Q1');
      expect(dashboard.duties.map((x) => x.period)).toContain('2026-03');

      // Proposals awaiting a vote: open, not yet voted on, and only for those who may vote.
      expect(dashboard.proposalsAwaitingMyVote.map((p) => p.title)).toEqual([
        'Hana becomes a committed member',
        'Our next love-work project',
        'Where should this year’s solidarity fund go?',
      ]);
      const eli = (await loadActor(
        ctx,
        demo.members.find((m) => m.name === 'Eli Okafor')!.memberId,
      ))!;
      expect((await showDashboard(ctx, eli)).proposalsAwaitingMyVote.map((p) => p.title)).toEqual([
        'Where should this year’s solidarity fund go?',
      ]);
      const client = (await loadActor(
        ctx,
        demo.members.find((m) => m.name === 'Jo Whitfield')!.memberId,
      ))!;
      expect((await showDashboard(ctx, client)).proposalsAwaitingMyVote).toEqual([]);

      // The HTTP route answers the same, and only to members.
      const app = createHttpApp(ctx, { auth: ctx.auth });
      const { token } = await createApiToken(ctx, ana, { name: 'dashboard test' });
      const res = await app.request('/api/dashboard', {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(JSON.parse(JSON.stringify(await showDashboard(ctx, ana))));
      expect((await app.request('/api/dashboard')).status).toBe(401);
      await expectRefused(ctx, () => showDashboard(ctx, null), 401);
    }, 600_000);
  });
}
