import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/stores.js';
import { appointSteward } from '../circles/appoint-steward.js';
import { joinCircle } from '../circles/join-circle.js';
import { expectRefused } from '../expect-refused.js';
import { assignMentor } from '../members/assign-mentor.js';
import { openTestDisco } from '../members/test-disco.js';
import { capacitySignal } from './capacity-signal.js';
import { setCheckinRetention } from './checkin-settings.js';
import { deleteCheckin } from './delete-checkin.js';
import { listCheckins } from './list-checkins.js';
import { showCheckin } from './show-checkin.js';
import { writeCheckin } from './write-checkin.js';

/** Ana and Bo share the care circle (Cy stewards it); Di is a dater mentored by Ed; Fa is alone. */
async function checkinDisco(d = dialects[0]!, start = Date.UTC(2026, 0, 5, 9)) {
  const disco = await openTestDisco(d);
  let now = start;
  disco.ctx.clock = () => new Date((now += 1000));
  const { ctx, founder } = disco;
  const worker = (displayName: string) =>
    disco.add({ displayName, constituencyIds: ['worker-members'], level: { level: 'committed' } });
  const [ana, bo, cy, ed, fa] = [
    await worker('Ana'),
    await worker('Bo'),
    await worker('Cy'),
    await worker('Ed'),
    await worker('Fa'),
  ];
  const di = await disco.add({
    displayName: 'Di',
    constituencyIds: ['worker-members'],
    level: { level: 'dating', stage: 1, timeline: 'agile', startDate: '2026-01-05' },
  });
  for (const m of [ana!, bo!, cy!, di])
    await joinCircle(ctx, founder, { circleId: 'care', memberId: m.memberId });
  await appointSteward(ctx, founder, {
    circleId: 'care',
    memberId: cy!.memberId,
    termEnd: '2026-12-31',
  });
  await assignMentor(ctx, founder, { memberId: di.memberId, mentorId: ed!.memberId });
  const a = (m: { memberId: string }) => disco.actor(m.memberId);
  return {
    ...disco,
    travel: (days: number) => (now += days * 86_400_000),
    ana: await a(ana!),
    bo: await a(bo!),
    cy: await a(cy!),
    di: await a(di),
    ed: await a(ed!),
    fa: await a(fa!),
  };
}

const checkin = { feeling: 'stretched thin', capacity: 130, blockers: 'deadline', needs: 'help' };

describe.each(dialects)('check-ins on $dialect', (d) => {
  it.skipIf(d.skip)(
    'show a check-in only to the audience its author chose; others get 404',
    async () => {
      const { ctx, founder, ana, bo, cy, di, ed, fa } = await checkinDisco(d);
      const circle = (await writeCheckin(ctx, ana, { ...checkin, audience: 'circle' })).checkinId;
      const mentors = (await writeCheckin(ctx, di, { ...checkin, audience: 'mentors-stewards' }))
        .checkinId;
      const self = (await writeCheckin(ctx, bo, { ...checkin, audience: 'self' })).checkinId;
      const reads = async (reader: typeof ana, id: string) =>
        showCheckin(ctx, reader, { checkinId: id }).then(
          () => true,
          (e: { status?: number }) => {
            expect(e.status).toBe(404);
            return false;
          },
        );
      expect(
        await Promise.all([ana, bo, cy, di, ed, fa, founder].map((r) => reads(r, circle))),
      ).toEqual([true, true, true, true, false, false, false]);
      expect(
        await Promise.all([ana, bo, cy, di, ed, fa, founder].map((r) => reads(r, mentors))),
      ).toEqual([false, false, true, true, true, false, false]);
      expect(
        await Promise.all([ana, bo, cy, di, ed, fa, founder].map((r) => reads(r, self))),
      ).toEqual([false, true, false, false, false, false, false]);
      expect((await listCheckins(ctx, fa, {})).map((c) => c.displayName)).toEqual([]);
      expect((await listCheckins(ctx, ed, {})).map((c) => c.displayName)).toEqual(['Di']);
      expect((await listCheckins(ctx, bo, {})).map((c) => c.displayName)).toEqual(['Bo', 'Ana']);
      await expectRefused(
        ctx,
        () => writeCheckin(ctx, ana, { ...checkin, capacity: 500, audience: 'circle' }),
        400,
        'capacity',
      );
      await expectRefused(
        ctx,
        () => writeCheckin(ctx, ana, { ...checkin, audience: 'everyone' as 'self' }),
        400,
        'audience',
      );
    },
  );

  it.skipIf(d.skip)(
    'are deleted by their author (others get 404), gone from the file on SQLite',
    async () => {
      const { ctx, ana, bo } = await checkinDisco(d);
      const secret = 'a-very-distinctive-secret-feeling';
      const { checkinId } = await writeCheckin(ctx, ana, {
        ...checkin,
        feeling: secret,
        audience: 'circle',
      });
      await expectRefused(ctx, () => deleteCheckin(ctx, bo, { checkinId }), 404);
      await deleteCheckin(ctx, ana, { checkinId });
      await expectRefused(ctx, () => showCheckin(ctx, ana, { checkinId }), 404);
      await expectRefused(ctx, () => deleteCheckin(ctx, ana, { checkinId }), 404);
      if (d.dialect === 'sqlite') {
        const file = (
          await sql<{
            file: string;
          }>`select file from pragma_database_list where name = 'main'`.execute(ctx.store.db)
        ).rows[0]!.file;
        const { readFileSync, existsSync } = await import('node:fs');
        for (const path of [file, `${file}-wal`])
          if (existsSync(path))
            expect(readFileSync(path).includes(Buffer.from(secret))).toBe(false);
      }
    },
  );

  it.skipIf(d.skip)(
    'expire after the retention period and feed the capacity signal as counts only',
    async () => {
      const { ctx, founder, ana, bo, cy, travel } = await checkinDisco(d);
      await writeCheckin(ctx, ana, { ...checkin, audience: 'circle' });
      await writeCheckin(ctx, bo, { ...checkin, audience: 'mentors-stewards' });
      await writeCheckin(ctx, cy, { ...checkin, audience: 'self' });
      travel(7);
      await writeCheckin(ctx, ana, { ...checkin, capacity: 140, audience: 'circle' });
      await writeCheckin(ctx, bo, { ...checkin, capacity: 90, audience: 'circle' });
      await writeCheckin(ctx, cy, { ...checkin, capacity: 200, audience: 'self' });
      expect(await capacitySignal(ctx, bo)).toEqual({
        overloaded: 1,
        reporting: 2,
        threshold: 100,
        weeks: ['2026-01-05', '2026-01-12'],
        retentionDays: 56,
      });
      await expectRefused(ctx, () => setCheckinRetention(ctx, ana, { retentionDays: 3 }), 403);
      await expectRefused(
        ctx,
        () => setCheckinRetention(ctx, founder, { retentionDays: 0 }),
        400,
        'retentionDays',
      );
      expect(await setCheckinRetention(ctx, founder, { retentionDays: 3 })).toEqual({
        retentionDays: 3,
        deleted: 3,
      });
      expect((await listCheckins(ctx, ana, {})).map((c) => c.capacity)).toEqual([90, 140]);
      travel(4);
      await writeCheckin(ctx, bo, { ...checkin, audience: 'self' });
      expect((await listCheckins(ctx, bo, {})).map((c) => c.capacity)).toEqual([130]);
    },
  );
});
