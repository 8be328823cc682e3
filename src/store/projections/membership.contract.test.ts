import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { generateEd25519KeyPair } from '../../core/ledger/keys.js';
import { addDays } from '../../core/value/calendar.js';
import { appointSteward } from '../../app/circles/appoint-steward.js';
import { joinCircle } from '../../app/circles/join-circle.js';
import { leaveCircle } from '../../app/circles/leave-circle.js';
import { AppError } from '../../app/errors.js';
import { addMember } from '../../app/members/add-member.js';
import { assignMentor } from '../../app/members/assign-mentor.js';
import { changeMemberLevel } from '../../app/members/change-member-level.js';
import { endLeave } from '../../app/members/end-leave.js';
import { recordLeave } from '../../app/members/record-leave.js';
import { joinConstituency } from '../../app/members/join-constituency.js';
import { recordMilestone } from '../../app/members/record-milestone.js';
import { registerMemberKey } from '../../app/members/register-member-key.js';
import { setConstituencyRights } from '../../app/members/set-constituency-rights.js';
import { openTestDisco, type TestDisco } from '../../app/members/test-disco.js';

const CIRCLES = ['livelihood', 'love', 'care', 'finance', 'tech'];
const CONSTITUENCIES = ['worker-members', 'users-clients', 'community-members', 'supporters'];
const LEVELS = ['casual', 'dating', 'committed', 'left', null] as const;

type Command = { op: number; a: number; b: number; c: number };

/** Runs one command chosen by numbers against whoever exists; the rules refuse what does not fit. */
async function run(disco: TestDisco, members: string[], { op, a, b, c }: Command): Promise<void> {
  const { ctx, founder } = disco;
  const pick = (n: number) => members[n % members.length]!;
  switch (op % 11) {
    case 0: {
      const worker = c % 2 === 0;
      const { memberId } = await addMember(ctx, founder, {
        displayName: `M${members.length}`,
        constituencyIds: worker ? ['worker-members'] : [CONSTITUENCIES[1 + (a % 3)]!],
        level: worker
          ? b % 2 === 0
            ? { level: 'committed' }
            : { level: 'dating', stage: 1, timeline: 'agile', startDate: '2026-01-01' }
          : null,
      });
      members.push(memberId);
      return;
    }
    case 1:
      await changeMemberLevel(ctx, founder, {
        memberId: pick(a),
        level: LEVELS[b % LEVELS.length]!,
        timeline: 'fast-track',
      });
      return;
    case 2:
      await joinConstituency(ctx, founder, {
        memberId: pick(a),
        constituencyId: CONSTITUENCIES[b % 4]!,
      });
      return;
    case 3:
      await joinCircle(ctx, founder, { memberId: pick(a), circleId: CIRCLES[b % 5]! });
      return;
    case 4:
      await leaveCircle(ctx, founder, { memberId: pick(a), circleId: CIRCLES[b % 5]! });
      return;
    case 5:
      await appointSteward(ctx, founder, {
        memberId: pick(a),
        circleId: CIRCLES[b % 5]!,
        termEnd: '2026-12-31',
        ...(c % 2 === 0 ? { replaces: pick(c) } : {}),
      });
      return;
    case 6:
      await assignMentor(ctx, founder, { memberId: pick(a), mentorId: pick(b) });
      return;
    case 7:
      await recordMilestone(ctx, founder, { memberId: pick(a), title: `Step ${c}` });
      return;
    case 8:
      if (c % 3 === 0) {
        await setConstituencyRights(ctx, founder, {
          constituencyId: CONSTITUENCIES[b % 4]!,
          rights: { propose: true, comment: true, vote: c % 2 === 0, bindingVote: false },
        });
      } else {
        const me = await disco.actor(pick(a));
        await registerMemberKey(ctx, me, {
          memberId: me.memberId,
          publicKey: generateEd25519KeyPair().publicKey,
        });
      }
      return;
    case 9: {
      const from = addDays('2026-01-01', b % 120);
      await recordLeave(ctx, founder, {
        memberId: pick(a),
        from,
        ...(c % 3 === 0 ? {} : { to: addDays(from, c % 40) }),
        ...(c % 2 === 0 ? { reason: `Reason ${c}` } : {}),
      });
      return;
    }
    case 10: {
      const leaves = await ctx.store.db
        .selectFrom('member_leaves')
        .select(['leave_id', 'from_date'])
        .orderBy('seq')
        .execute();
      const leave = leaves[a % Math.max(leaves.length, 1)];
      if (leave)
        await endLeave(ctx, founder, {
          leaveId: leave.leave_id,
          lastDay: addDays(leave.from_date, (b % 50) - 5),
        });
      return;
    }
  }
}

const command = fc.record({ op: fc.nat(), a: fc.nat(), b: fc.nat(), c: fc.nat() });

for (const d of dialects) {
  describe.skipIf(skipping(d, 'membership projections'))(
    `membership projections (${d.dialect})`,
    () => {
      it('replay rebuilds exactly the tables that live appends built', async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 30 }), async (commands) => {
            const disco = await openTestDisco(d);
            const members = [disco.founder.memberId];
            for (const cmd of commands) {
              await run(disco, members, cmd).catch((error: unknown) => {
                // Refusals are part of the walk: the rules decide which random commands fit the state.
                if (!(error instanceof AppError)) throw error;
              });
            }
            const live = await disco.ctx.store.dumpProjections();
            await disco.ctx.store.replay();
            expect(await disco.ctx.store.dumpProjections()).toEqual(live);
          }),
          { numRuns: d.dialect === 'postgres' ? 6 : 12 },
        );
      });
    },
  );
}
