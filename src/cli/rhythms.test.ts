import { describe, expect, it } from 'vitest';
import { cliSandbox } from './test-cli.js';

const { disco, json } = cliSandbox('rhythms');

describe('disco rhythm, checkin and thanks', () => {
  it('creates and lists a rhythm, refuses a bad RRULE by name, checks in and thanks', async () => {
    await json([
      'init',
      '--name',
      'Cooperativa Rítmica',
      '--founder-name',
      'Ana',
      '--time-zone',
      'Europe/Madrid',
    ]);
    const bo = await json(['member', 'add', '--name', 'Bo', '--level', 'committed']);
    const made = await json([
      'rhythm',
      'create',
      '--kind',
      'weekly-sprint',
      '--name',
      'Sprint planning',
      '--start',
      '2026-03-02T10:00',
      '--rrule',
      'FREQ=WEEKLY;BYDAY=MO',
    ]);
    expect(made.recorded.map((r: { type: string }) => r.type)).toEqual(['rhythm.created']);
    expect((await disco(['rhythm', 'list', '--days', '92'])).stdout).toMatch(
      /Sprint planning \(weekly-sprint\) FREQ=WEEKLY;BYDAY=MO 60 min, Europe\/Madrid/,
    );
    const bad = await disco([
      'rhythm',
      'create',
      '--kind',
      'circle-call',
      '--name',
      'x',
      '--start',
      '2026-03-02T10:00',
      '--rrule',
      'FREQ=OFTEN',
      '--json',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toMatch(/"field": "body\.rrule"/);
    const checkin = await json([
      'checkin',
      'write',
      '--feeling',
      'good',
      '--capacity',
      '110',
      '--audience',
      'circle',
    ]);
    expect(checkin.checkinId).toBeTruthy();
    expect((await disco(['checkin', 'list'])).stdout).toMatch(
      /Ana, week of .*: 110% — good \[circle\]/,
    );
    expect((await disco(['checkin', 'delete', checkin.checkinId])).code).toBe(0);
    expect((await disco(['checkin', 'list'])).stdout).toMatch(/No check-ins/);
    const thanks = await json([
      'thanks',
      '--member',
      bo.memberId,
      '--from',
      '2026-01-01',
      '--to',
      '2026-01-31',
      '--note',
      'January',
    ]);
    expect(thanks.recorded.map((r: { type: string }) => r.type)).toEqual(['appreciation.given']);
  });
});
