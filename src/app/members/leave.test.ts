import { describe, expect, it } from 'vitest';
import { expectRefused } from '../expect-refused.js';
import { changeMemberLevel } from './change-member-level.js';
import { endLeave } from './end-leave.js';
import { listLeaves } from './list-leaves.js';
import { listMembers } from './list-members.js';
import { recordLeave } from './record-leave.js';
import { showMember } from './show-member.js';
import { openTestDisco } from './test-disco.js';

async function discoWithAnaAndBo() {
  const disco = await openTestDisco();
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
  return { ...disco, ana, bo };
}

describe('leaves', () => {
  it('are recorded by the member or a founder, ended once, and listed', async () => {
    const { ctx, founder, ana, bo } = await discoWithAnaAndBo();
    const own = await recordLeave(ctx, ana, {
      memberId: ana.memberId,
      from: '2026-03-01',
      reason: 'parental leave',
    });
    expect(own.events.map((e) => [e.type, e.actor, e.payload])).toEqual([
      [
        'member.leave-recorded',
        ana.memberId,
        {
          leaveId: own.leaveId,
          memberId: ana.memberId,
          from: '2026-03-01',
          to: null,
          reason: 'parental leave',
        },
      ],
    ]);
    const byFounder = await recordLeave(ctx, founder, {
      memberId: bo.memberId,
      from: '2026-02-01',
      to: '2026-02-14',
    });
    const ended = await endLeave(ctx, ana, { leaveId: own.leaveId, lastDay: '2026-05-31' });
    expect(ended.events[0]).toMatchObject({
      type: 'member.leave-ended',
      payload: { leaveId: own.leaveId, memberId: ana.memberId, lastDay: '2026-05-31' },
    });
    // After the end, the next leave may start the day after.
    await recordLeave(ctx, ana, { memberId: ana.memberId, from: '2026-06-01', to: '2026-06-02' });

    const all = await listLeaves(ctx, bo, {});
    expect(all.map((l) => [l.displayName, l.from, l.to, l.reason, l.endedAt !== null])).toEqual([
      ['Ana', '2026-03-01', '2026-05-31', 'parental leave', true],
      ['Bo', '2026-02-01', '2026-02-14', null, false],
      ['Ana', '2026-06-01', '2026-06-02', null, false],
    ]);
    expect((await listLeaves(ctx, bo, { memberId: bo.memberId })).map((l) => l.leaveId)).toEqual([
      byFounder.leaveId,
    ]);
    const firstPage = await listLeaves(ctx, bo, { limit: 1 });
    expect(firstPage).toHaveLength(2);
    expect(
      (await listLeaves(ctx, bo, { after: firstPage[0]!.seq, limit: 5 })).map((l) => l.from),
    ).toEqual(['2026-02-01', '2026-06-01']);
  });

  it('refuses, naming the field and recording nothing: other members, bad dates, members who left or do not exist, overlaps', async () => {
    const { ctx, founder, ana, bo } = await discoWithAnaAndBo();
    await expectRefused(
      ctx,
      () => recordLeave(ctx, null, { memberId: ana.memberId, from: '2026-03-01' }),
      401,
    );
    await expectRefused(
      ctx,
      () => recordLeave(ctx, bo, { memberId: ana.memberId, from: '2026-03-01' }),
      403,
    );
    await expectRefused(
      ctx,
      () => recordLeave(ctx, ana, { memberId: ana.memberId, from: '2026-02-30' }),
      400,
      'from',
    );
    await expectRefused(
      ctx,
      () => recordLeave(ctx, ana, { memberId: ana.memberId, from: '2026-03-01', reason: '  ' }),
      400,
      'reason',
    );
    await expectRefused(
      ctx,
      () => recordLeave(ctx, ana, { memberId: ana.memberId, from: '2026-03-10', to: '2026-03-09' }),
      422,
      'to',
      /cannot be before its first day/,
    );
    await expectRefused(
      ctx,
      () =>
        recordLeave(ctx, founder, {
          memberId: '0195f000-0000-7000-8000-000000000000',
          from: '2026-03-01',
        }),
      404,
    );

    await recordLeave(ctx, ana, { memberId: ana.memberId, from: '2026-03-01', to: '2026-03-31' });
    await expectRefused(
      ctx,
      () => recordLeave(ctx, ana, { memberId: ana.memberId, from: '2026-02-15', to: '2026-03-01' }),
      422,
      'from',
      /overlaps leave/,
    );
    await expectRefused(
      ctx,
      () => recordLeave(ctx, ana, { memberId: ana.memberId, from: '2026-03-31' }),
      422,
      'from',
      /overlaps leave/,
    );

    await changeMemberLevel(ctx, founder, { memberId: bo.memberId, level: 'left' });
    await expectRefused(
      ctx,
      () => recordLeave(ctx, founder, { memberId: bo.memberId, from: '2026-03-01' }),
      422,
      'memberId',
      /has left/,
    );
  });

  it('refuses to end a leave that does not exist, already ended, before it starts, or into another leave', async () => {
    const { ctx, founder, ana, bo } = await discoWithAnaAndBo();
    const { leaveId } = await recordLeave(ctx, ana, {
      memberId: ana.memberId,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    await recordLeave(ctx, ana, { memberId: ana.memberId, from: '2026-04-10' });
    await expectRefused(
      ctx,
      () =>
        endLeave(ctx, founder, {
          leaveId: '0195f000-0000-7000-8000-000000000000',
          lastDay: '2026-03-20',
        }),
      404,
    );
    await expectRefused(ctx, () => endLeave(ctx, bo, { leaveId, lastDay: '2026-03-20' }), 403);
    await expectRefused(
      ctx,
      () => endLeave(ctx, ana, { leaveId, lastDay: 'soon' }),
      400,
      'lastDay',
    );
    await expectRefused(
      ctx,
      () => endLeave(ctx, ana, { leaveId, lastDay: '2026-02-28' }),
      422,
      'lastDay',
      /before the leave's first day/,
    );
    await expectRefused(
      ctx,
      () => endLeave(ctx, ana, { leaveId, lastDay: '2026-04-10' }),
      422,
      'lastDay',
      /would overlap leave/,
    );
    await endLeave(ctx, founder, { leaveId, lastDay: '2026-04-09' });
    await expectRefused(
      ctx,
      () => endLeave(ctx, ana, { leaveId, lastDay: '2026-04-05' }),
      422,
      'leaveId',
      /already ended on 2026-04-09/,
    );
  });

  it('show on the member list and page while they last, by the DisCO calendar', async () => {
    const { ctx, ana, bo } = await discoWithAnaAndBo();
    // The test clock reads 2026-01-05.
    const { leaveId } = await recordLeave(ctx, ana, {
      memberId: ana.memberId,
      from: '2026-01-05',
      to: '2026-02-28',
    });
    await recordLeave(ctx, bo, { memberId: bo.memberId, from: '2026-01-06' });
    const listed = (await listMembers(ctx, bo, {})).items;
    expect(listed.find((m) => m.memberId === ana.memberId)?.onLeave).toEqual({
      leaveId,
      from: '2026-01-05',
      to: '2026-02-28',
    });
    expect(listed.find((m) => m.memberId === bo.memberId)?.onLeave).toBeNull();
    expect((await showMember(ctx, bo, { memberId: ana.memberId })).onLeave).toEqual({
      leaveId,
      from: '2026-01-05',
      to: '2026-02-28',
    });
  });
});
