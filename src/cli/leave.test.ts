import { describe, expect, it } from 'vitest';
import { cliSandbox } from './test-cli.js';

const { disco, json } = cliSandbox('leave');

describe('disco leave', () => {
  it('starts, lists and ends leaves, and refuses what does not fit with the field named', async () => {
    await json(['init', '--name', 'Cooperativa Ausente', '--founder-name', 'Ana']);
    const bo = await json(['member', 'add', '--name', 'Bo', '--level', 'committed']);

    const started = await json([
      'leave',
      'start',
      bo.memberId,
      '--from',
      '2026-03-01',
      '--reason',
      'parental leave',
    ]);
    expect(started.recorded.map((r: { type: string }) => r.type)).toEqual([
      'member.leave-recorded',
    ]);
    expect((await disco(['leave', 'list'])).stdout).toMatch(
      new RegExp(`${started.leaveId}\\s+Bo\\s+from 2026-03-01, open-ended\\s+parental leave`),
    );

    const overlapping = await disco([
      'leave',
      'start',
      bo.memberId,
      '--from',
      '2026-04-01',
      '--json',
    ]);
    expect(overlapping.code).toBe(1);
    expect(overlapping.stdout + overlapping.stderr).toMatch(
      /"field": "body\.from",\s*"message": "this overlaps leave/,
    );
    const backwards = await disco([
      'leave',
      'end',
      started.leaveId,
      '--on',
      '2026-02-01',
      '--json',
    ]);
    expect(backwards.code).toBe(1);
    expect(backwards.stdout + backwards.stderr).toMatch(/"field": "body\.lastDay"/);
    expect((await disco(['leave', 'start', bo.memberId])).code).toBe(2);

    expect((await disco(['leave', 'end', started.leaveId, '--on', '2026-05-31'])).stdout).toMatch(
      /ends on 2026-05-31\. Recorded #\d+ member\.leave-ended\./,
    );
    const again = await disco(['leave', 'end', started.leaveId, '--on', '2026-05-30', '--json']);
    expect(again.code).toBe(1);
    expect(again.stdout + again.stderr).toMatch(/already ended on 2026-05-31/);

    const listed = await json(['leave', 'list', '--member', bo.memberId]);
    expect(listed.items).toMatchObject([
      { leaveId: started.leaveId, from: '2026-03-01', to: '2026-05-31', reason: 'parental leave' },
    ]);
    expect(listed.nextCursor).toBeNull();
  });
});
