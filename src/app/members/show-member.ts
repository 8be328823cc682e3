import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { entityId } from '../../core/members/vocabulary.js';
import type { AppContext } from '../context.js';
import { notFound, refusal } from '../errors.js';
import { leavesOnDay } from './leave-facts.js';
import { discoToday } from './member-facts.js';
import { memberSummary, type MemberSummary } from './member-summary.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';

export const showMemberInput = z.strictObject({ memberId: entityId });
export type ShowMemberInput = z.input<typeof showMemberInput>;

export interface MemberDetail extends MemberSummary {
  circles: Array<{ circleId: string; slug: string; name: string }>;
  mentors: Array<{ memberId: string; displayName: string }>;
  mentees: Array<{ memberId: string; displayName: string }>;
  milestones: Array<{
    milestoneId: string;
    title: string;
    date: string;
    recordedBy: string | null;
  }>;
  /** The latest version of the commitment statement, if one was written. */
  commitment: { statement: string; recordedAt: string } | null;
  keys: Array<{ publicKey: string; registeredAt: string; revokedAt: string | null }>;
}

/**
 * One member with their circles, mentoring and signing keys. Personal data (email) is not here:
 * it is off-ledger, behind `member.show-private`.
 *
 * @example const ana = await showMember(ctx, actor, { memberId });
 */
export async function showMember(
  ctx: AppContext,
  actor: Actor | null,
  input: ShowMemberInput,
): Promise<MemberDetail> {
  const { memberId } = parseInput(
    showMemberInput,
    input,
    refusal('refusal.member-cannot-be-shown'),
  );
  ensureAllowed('member.show', actor, { memberId });
  const db = ctx.store.db;
  const row = await db
    .selectFrom('members')
    .selectAll()
    .where('id', '=', memberId)
    .executeTakeFirst();
  if (!row)
    throw notFound(
      refusal('refusal.no-such-member', { memberId }),
      refusal('hint.list-members-find-their-ids'),
    );
  const [constituencies, circles, mentors, mentees, milestones, commitment, keys] =
    await Promise.all([
      db
        .selectFrom('member_constituencies as mc')
        .innerJoin('constituencies as c', 'c.id', 'mc.constituency_id')
        .select('c.slug')
        .where('mc.member_id', '=', memberId)
        .orderBy('c.slug')
        .execute(),
      db
        .selectFrom('circle_members as cm')
        .innerJoin('circles as c', 'c.id', 'cm.circle_id')
        .select(['c.id', 'c.slug', 'c.name'])
        .where('cm.member_id', '=', memberId)
        .orderBy('c.slug')
        .execute(),
      db
        .selectFrom('mentors as r')
        .innerJoin('members as m', 'm.id', 'r.mentor_id')
        .select(['m.id', 'm.display_name'])
        .where('r.member_id', '=', memberId)
        .orderBy('m.id')
        .execute(),
      db
        .selectFrom('mentors as r')
        .innerJoin('members as m', 'm.id', 'r.member_id')
        .select(['m.id', 'm.display_name'])
        .where('r.mentor_id', '=', memberId)
        .orderBy('m.id')
        .execute(),
      db
        .selectFrom('milestones')
        .selectAll()
        .where('member_id', '=', memberId)
        .orderBy('date')
        .orderBy('id')
        .execute(),
      db
        .selectFrom('commitments')
        .selectAll()
        .where('member_id', '=', memberId)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst(),
      db
        .selectFrom('member_keys')
        .selectAll()
        .where('member_id', '=', memberId)
        .orderBy('registered_at')
        .orderBy('public_key')
        .execute(),
    ]);
  return {
    ...memberSummary(
      row,
      constituencies.map((c) => c.slug),
      (await leavesOnDay(db, [memberId], await discoToday(ctx))).get(memberId) ?? null,
    ),
    circles: circles.map((c) => ({ circleId: c.id, slug: c.slug, name: c.name })),
    mentors: mentors.map((m) => ({ memberId: m.id, displayName: m.display_name })),
    mentees: mentees.map((m) => ({ memberId: m.id, displayName: m.display_name })),
    milestones: milestones.map((m) => ({
      milestoneId: m.id,
      title: m.title,
      date: m.date,
      recordedBy: m.recorded_by,
    })),
    commitment: commitment
      ? { statement: commitment.statement, recordedAt: commitment.recorded_at }
      : null,
    keys: keys.map((k) => ({
      publicKey: k.public_key,
      registeredAt: k.registered_at,
      revokedAt: k.revoked_at,
    })),
  };
}
