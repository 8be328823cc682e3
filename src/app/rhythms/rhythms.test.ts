import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/stores.js';
import { giveThanks } from '../appreciation/give-thanks.js';
import { listAppreciations } from '../appreciation/list-appreciations.js';
import { appointSteward } from '../circles/appoint-steward.js';
import { joinCircle } from '../circles/join-circle.js';
import { expectRefused } from '../expect-refused.js';
import { openTestDisco } from '../members/test-disco.js';
import { listContributions } from '../value/list-contributions.js';
import { setRate } from '../value/set-value-settings.js';
import { calendarFeed } from './calendar-feed.js';
import { makeCalendarFeed, revokeCalendarFeed } from './calendar-feed-link.js';
import { changeRhythm } from './change-rhythm.js';
import { createRhythm } from './create-rhythm.js';
import { creditGathering } from './credit-gathering.js';
import { endRhythm } from './end-rhythm.js';
import { listRhythms } from './list-rhythms.js';
import { recordAttendance } from './record-attendance.js';
import { showRhythm } from './show-rhythm.js';

/** Test clock: 2026-01-05T09:00Z (10:00 in Madrid, a Monday), a second further on each read. */
async function rhythmDisco(d = dialects[0]!) {
  const disco = await openTestDisco(d);
  const { ctx, founder } = disco;
  await setRate(ctx, founder, {
    stream: 'care',
    taskKind: 'meeting',
    per: 'hour',
    amount: '1500',
    effectiveFrom: '2025-01-01',
  });
  const worker = (displayName: string) =>
    disco.add({ displayName, constituencyIds: ['worker-members'], level: { level: 'committed' } });
  const ana = await worker('Ana');
  const bo = await worker('Bo');
  const cy = await worker('Cy');
  for (const m of [ana, bo])
    await joinCircle(ctx, founder, { circleId: 'care', memberId: m.memberId });
  await appointSteward(ctx, founder, {
    circleId: 'care',
    memberId: ana.memberId,
    termEnd: '2026-06-30',
  });
  return { ...disco, ana: await disco.actor(ana.memberId), bo: await disco.actor(bo.memberId), cy };
}

const support = {
  circle: 'care',
  kind: 'mutual-support-call',
  name: 'Support call',
  start: '2026-01-05T09:30',
  durationMinutes: 90,
  rrule: 'FREQ=WEEKLY;BYDAY=MO',
};

describe.each(dialects)('rhythms on $dialect', (d) => {
  it.skipIf(d.skip)(
    'are set up by stewards and founders, and refuse a bad RRULE or time zone',
    async () => {
      const { ctx, founder, ana, bo } = await rhythmDisco(d);
      await expectRefused(ctx, () => createRhythm(ctx, bo, support), 403);
      await expectRefused(
        ctx,
        () => createRhythm(ctx, ana, { ...support, circle: undefined }),
        403,
      );
      await expectRefused(
        ctx,
        () => createRhythm(ctx, ana, { ...support, rrule: 'FREQ=SOMETIMES' }),
        400,
        'rrule',
      );
      await expectRefused(
        ctx,
        () => createRhythm(ctx, ana, { ...support, timeZone: 'Mars/Base' }),
        400,
        'timeZone',
      );
      const { rhythmId } = await createRhythm(ctx, ana, support);
      await createRhythm(ctx, founder, {
        ...support,
        circle: undefined,
        name: 'Daily check-in',
        kind: 'daily-check-in',
        rrule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
        durationMinutes: 15,
      });
      const listed = await listRhythms(ctx, bo, { days: 8 });
      expect(listed.map((r) => [r.name, r.timeZone, r.circleName])).toEqual([
        ['Support call', 'Europe/Madrid', 'Care'],
        ['Daily check-in', 'Europe/Madrid', null],
      ]);
      expect(listed[0]!.next.map((o) => o.local)).toEqual(['2026-01-12T09:30']);
      const { circle: _circle, ...definition } = support;
      void _circle;
      await changeRhythm(ctx, ana, { rhythmId, ...definition, exceptions: ['2026-01-12T09:30'] });
      expect((await listRhythms(ctx, bo, { days: 8 }))[0]!.next).toEqual([]);
      await endRhythm(ctx, ana, { rhythmId });
      expect((await listRhythms(ctx, bo, {})).map((r) => r.name)).toEqual(['Daily check-in']);
      await expectRefused(ctx, () => endRhythm(ctx, ana, { rhythmId }), 422, 'rhythmId');
    },
  );

  it.skipIf(d.skip)(
    'records who took part and credits the time once, as care waiting for validation',
    async () => {
      const { ctx, ana, bo, cy } = await rhythmDisco(d);
      const { rhythmId } = await createRhythm(ctx, ana, support);
      const occurrence = '2026-01-05T08:30:00Z';
      await expectRefused(
        ctx,
        () => creditGathering(ctx, ana, { rhythmId, occurrence }),
        422,
        'occurrence',
      );
      await expectRefused(
        ctx,
        () =>
          recordAttendance(ctx, ana, {
            rhythmId,
            occurrence: '2026-01-12T08:30:00Z',
            participants: [bo.memberId],
          }),
        422,
        'occurrence',
      );
      await expectRefused(
        ctx,
        () =>
          recordAttendance(ctx, ana, {
            rhythmId,
            occurrence: '2026-01-05T09:30:00Z',
            participants: [bo.memberId],
          }),
        422,
        'occurrence',
      );
      await expectRefused(
        ctx,
        () => recordAttendance(ctx, bo, { rhythmId, occurrence, participants: [bo.memberId] }),
        403,
      );
      await recordAttendance(ctx, ana, {
        rhythmId,
        occurrence,
        participants: [ana.memberId, bo.memberId, cy.memberId],
      });
      const { contributionIds } = await creditGathering(ctx, ana, { rhythmId, occurrence });
      expect(contributionIds).toHaveLength(3);
      const page = await listContributions(ctx, bo, {});
      expect(page.items.map((c) => [c.quantity, c.date, c.status]).sort()).toEqual([
        ['1.5', '2026-01-05', 'pending'],
        ['1.5', '2026-01-05', 'pending'],
        ['1.5', '2026-01-05', 'pending'],
      ]);
      await expectRefused(
        ctx,
        () => creditGathering(ctx, ana, { rhythmId, occurrence }),
        422,
        'occurrence',
      );
      await expectRefused(
        ctx,
        () => recordAttendance(ctx, ana, { rhythmId, occurrence, participants: [bo.memberId] }),
        422,
        'occurrence',
      );
      const detail = await showRhythm(ctx, bo, { rhythmId });
      expect(detail.gatherings[0]).toMatchObject({
        occurrence,
        participants: [{ displayName: 'Ana' }, { displayName: 'Bo' }, { displayName: 'Cy' }],
      });
      expect(detail.gatherings[0]!.creditedAt).not.toBeNull();
      expect(detail.recent.map((o) => o.at)).toEqual([occurrence]);
    },
  );

  it.skipIf(d.skip)(
    "lets any circle's steward credit a gathering of the whole DisCO, and nobody else but founders",
    async () => {
      const { ctx, founder, ana, bo } = await rhythmDisco(d);
      const { circle: _circle, ...whole } = support;
      const { rhythmId } = await createRhythm(ctx, founder, { ...whole, name: 'Assembly' });
      const occurrence = '2026-01-05T08:30:00Z';
      await expectRefused(
        ctx,
        () => recordAttendance(ctx, bo, { rhythmId, occurrence, participants: [bo.memberId] }),
        403,
      );
      await recordAttendance(ctx, ana, {
        rhythmId,
        occurrence,
        participants: [ana.memberId, bo.memberId],
      });
      await expectRefused(ctx, () => creditGathering(ctx, bo, { rhythmId, occurrence }), 403);
      const { contributionIds } = await creditGathering(ctx, ana, { rhythmId, occurrence });
      expect(contributionIds).toHaveLength(2);
      const page = await listContributions(ctx, bo, {});
      expect(page.items.map((c) => c.status)).toEqual(['pending', 'pending']);
    },
  );

  it.skipIf(d.skip)('serves a private, revocable iCalendar feed', async () => {
    const { ctx, ana, bo, cy } = await rhythmDisco(d);
    await createRhythm(ctx, ana, { ...support, exceptions: ['2026-01-19T09:30'] });
    const { token } = await makeCalendarFeed(ctx, bo);
    const text = await calendarFeed(ctx, token);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Madrid\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Madrid:20260105T093000\r\n');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO\r\n');
    expect(text).toContain('EXDATE;TZID=Europe/Madrid:20260119T093000\r\n');
    expect(text).toContain('SUMMARY:Support call (Care)\r\n');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    // Cy is in no circle: the care circle's rhythm is not in Cy's feed.
    const cyFeed = await calendarFeed(ctx, (await makeCalendarFeed(ctx, cy)).token);
    expect(cyFeed).not.toContain('Support call');
    const again = await makeCalendarFeed(ctx, bo);
    await expectRefused(ctx, () => calendarFeed(ctx, token), 404);
    await revokeCalendarFeed(ctx, bo);
    await expectRefused(ctx, () => calendarFeed(ctx, again.token), 404);
  });

  it.skipIf(d.skip)('lets members thank each other, never themselves', async () => {
    const { ctx, ana, bo } = await rhythmDisco(d);
    await expectRefused(
      ctx,
      () =>
        giveThanks(ctx, bo, {
          memberId: bo.memberId,
          from: '2026-01-01',
          to: '2026-01-04',
          note: 'me',
        }),
      422,
      'memberId',
    );
    await expectRefused(ctx, () => giveThanks(ctx, bo, { note: 'who?' }), 400, 'contributionId');
    const { rhythmId } = await createRhythm(ctx, ana, support);
    await recordAttendance(ctx, ana, {
      rhythmId,
      occurrence: '2026-01-05T08:30:00Z',
      participants: [ana.memberId],
    });
    const [contributionId] = (
      await creditGathering(ctx, ana, { rhythmId, occurrence: '2026-01-05T08:30:00Z' })
    ).contributionIds;
    await expectRefused(
      ctx,
      () => giveThanks(ctx, ana, { contributionId: contributionId!, note: 'me' }),
      422,
      'contributionId',
    );
    await giveThanks(ctx, bo, { contributionId: contributionId!, note: 'You held the call.' });
    await giveThanks(ctx, bo, {
      memberId: ana.memberId,
      from: '2025-12-01',
      to: '2025-12-31',
      note: 'December’s care.',
    });
    expect(
      (await listAppreciations(ctx, ana, { memberId: ana.memberId })).map((a) => [
        a.fromName,
        a.note,
        a.contributionId !== null,
      ]),
    ).toEqual([
      ['Bo', 'December’s care.', false],
      ['Bo', 'You held the call.', true],
    ]);
  });
});
