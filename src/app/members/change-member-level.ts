import { message } from '../../core/messages/codes.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { CIRCLE_STEWARDSHIP_ENDED } from '../../core/circles/circle-events.js';
import type { EventDraft, LedgerEvent } from '../../core/ledger/event.js';
import { WORKER_MEMBERS } from '../../core/members/constituency-events.js';
import { levelMoveProblems, type LevelMove } from '../../core/members/levels.js';
import {
  MEMBER_CONSTITUENCY_JOINED,
  MEMBER_LEFT,
  MEMBER_LEVEL_CHANGED,
  MEMBER_RETURNED,
} from '../../core/members/member-events.js';
import { newMemberProblems } from '../../core/members/member-rules.js';
import {
  calendarDate,
  datingStage,
  datingTimeline,
  entityId,
  membershipDecision,
  type LevelState,
} from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';
import { checkLevelDecision } from './check-decision.js';
import { discoToday, readConstituencies, type MemberRecord } from './member-facts.js';
import { requireMember } from './require-member.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

export const changeMemberLevelInput = z.strictObject({
  memberId: entityId,
  /** `left` records leaving; any other value given to a member who left records their return (null: not as a worker). */
  level: z.enum(['casual', 'dating', 'committed', 'left']).nullable(),
  /** Dating only; the next stage by default. */
  stage: datingStage.optional(),
  /** Dating only; needed when dating starts, kept afterwards unless given. */
  timeline: datingTimeline.optional(),
  /** Dating only; today by default when dating starts, kept afterwards. */
  startDate: calendarDate.optional(),
  decision: membershipDecision.default({ kind: 'founder-action' }),
});
export type ChangeMemberLevelInput = z.input<typeof changeMemberLevelInput>;

type Parsed = z.output<typeof changeMemberLevelInput>;

async function targetLevel(
  ctx: AppContext,
  member: MemberRecord,
  input: Parsed,
): Promise<LevelState | null> {
  if (input.level !== 'dating')
    return input.level === null ? null : { level: input.level as 'casual' | 'committed' };
  const current =
    member.status === 'active' && member.level?.level === 'dating' ? member.level : null;
  const timeline = input.timeline ?? current?.timeline;
  if (!timeline)
    throw invalid(refusal('refusal.dating-needs-timeline'), [
      {
        field: 'timeline',
        message: 'fast-track, agile or long-run',
        ...message('member.timeline-required'),
      },
    ]);
  return {
    level: 'dating',
    stage: input.stage ?? (current ? (Math.min(current.stage + 1, 3) as 1 | 2 | 3) : 1),
    timeline,
    startDate: input.startDate ?? current?.startDate ?? (await discoToday(ctx)),
  };
}

/**
 * Records a decision on a member's level: casual, dating (stage by stage), committed, leaving, or
 * returning. A member given a level joins the worker-members constituency in the same batch; one
 * who leaves steps down from every stewardship in it too. The decision is a founder's action or a
 * passed membership-change proposal for exactly this change (which the node itself may carry out).
 *
 * @example await changeMemberLevel(ctx, founder, { memberId, level: 'dating', timeline: 'agile' });
 */
export async function changeMemberLevel(
  ctx: AppContext,
  actor: Actor | null,
  input: ChangeMemberLevelInput,
): Promise<{ memberId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(
    changeMemberLevelInput,
    input,
    refusal('refusal.level-cannot-be-changed'),
  );
  // A passed proposal is the authority for its own change, so the node (no actor) may carry it out.
  if (actor !== null || parsed.decision.kind !== 'proposal')
    ensureAllowed('member.level', actor, { memberId: parsed.memberId });
  const db = ctx.store.db;
  const { decision: _, ...change } = parsed;
  await checkLevelDecision(db, parsed.decision, change);
  const member = await requireMember(db, parsed.memberId);
  const { memberId, decision } = parsed;
  const message = refusal('refusal.level-change-not-allowed');

  if (parsed.level === 'left') {
    refuseIf(levelMoveProblems(member, { kind: 'leave' }), message);
    const stewardships = await db
      .selectFrom('stewards')
      .select('circle_id')
      .where('member_id', '=', memberId)
      .where('ended_at', 'is', null)
      .orderBy('seq')
      .execute();
    const drafts = stewardships.map((s) =>
      draftOf(ctx, actor, CIRCLE_STEWARDSHIP_ENDED, {
        circleId: s.circle_id,
        memberId,
        reason: 'left-disco',
      }),
    );
    drafts.push(draftOf(ctx, actor, MEMBER_LEFT, { memberId, decision }));
    return { memberId, events: await appendEvents(ctx, drafts) };
  }

  const level = await targetLevel(ctx, member, parsed);
  if (member.status === 'active' && level === null) {
    refuseIf(
      [{ field: 'level', message: 'an active worker-member is casual, dating or committed' }],
      message,
    );
  }
  const move: LevelMove =
    member.status === 'left' ? { kind: 'return', level } : { kind: 'change', level: level! };
  refuseIf(levelMoveProblems(member, move), message);

  const all = await readConstituencies(db);
  const workers = all.find((c) => c.slug === WORKER_MEMBERS);
  const joinsWorkers =
    level !== null &&
    workers !== undefined &&
    !member.constituencyIds.includes(workers.constituencyId);
  const constituencyIds = joinsWorkers
    ? [...member.constituencyIds, workers.constituencyId]
    : member.constituencyIds;
  const known = all.map((c) => ({ id: c.constituencyId, slug: c.slug }));
  refuseIf(newMemberProblems({ level, constituencyIds }, known), message);

  const drafts: EventDraft[] = [];
  if (joinsWorkers)
    drafts.push(
      draftOf(ctx, actor, MEMBER_CONSTITUENCY_JOINED, {
        memberId,
        constituencyId: workers.constituencyId,
      }),
    );
  drafts.push(
    move.kind === 'return'
      ? draftOf(ctx, actor, MEMBER_RETURNED, { memberId, level, decision })
      : draftOf(ctx, actor, MEMBER_LEVEL_CHANGED, { memberId, level: level!, decision }),
  );
  return { memberId, events: await appendEvents(ctx, drafts) };
}
