import { sql } from 'kysely';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { calendarDay } from '../use-case-steps.js';

/**
 * The member as the policy sees them, read from the projections as they are now, so a right taken
 * away (a circle left, a stewardship ended, a constituency left) is gone on the very next request.
 * Three queries: the member with the DisCO's time zone, their constituencies with rights, and
 * their circles (with a current-stewardship flag) together with the daters they mentor.
 *
 * @example
 * const actor = await loadActor(ctx, session.memberId);
 * if (!actor) return unauthenticated();
 * ensureAllowed('circle.create', actor);
 */
export async function loadActor(ctx: AppContext, memberId: string): Promise<Actor | null> {
  const db = ctx.store.db;
  const member = await db
    .selectFrom('members')
    .leftJoin('disco_profile', (join) => join.on('disco_profile.id', '=', 1))
    .select([
      'members.id',
      'members.display_name',
      'members.founder',
      'members.status',
      'members.level',
      'members.dating_stage',
      'disco_profile.time_zone',
    ])
    .where('members.id', '=', memberId)
    .executeTakeFirst();
  if (!member) return null;
  // A stewardship counts from the first to the last day of its term, in the DisCO's time zone.
  const today = calendarDay(ctx.clock(), member.time_zone ?? 'UTC');

  const constituencies = await db
    .selectFrom('member_constituencies as mc')
    .innerJoin('constituencies as c', 'c.id', 'mc.constituency_id')
    .select(['c.id', 'c.propose', 'c.comment', 'c.vote', 'c.binding_vote'])
    .where('mc.member_id', '=', memberId)
    .orderBy('c.id')
    .execute();

  const related = await db
    .selectFrom('circle_members as cm')
    .select((eb) => [
      'cm.circle_id as id',
      sql<string>`'circle'`.as('kind'),
      eb
        .exists(
          eb
            .selectFrom('stewards as s')
            .select('s.seq')
            .whereRef('s.circle_id', '=', 'cm.circle_id')
            .whereRef('s.member_id', '=', 'cm.member_id')
            .where('s.ended_at', 'is', null)
            .where('s.term_start', '<=', today)
            .where('s.term_end', '>=', today),
        )
        .as('steward'),
    ])
    .where('cm.member_id', '=', memberId)
    .unionAll((eb) =>
      eb
        .selectFrom('mentors')
        .select([
          'member_id as id',
          sql<string>`'mentee'`.as('kind'),
          sql<boolean>`false`.as('steward'),
        ])
        .where('mentor_id', '=', memberId),
    )
    .execute();
  related.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return {
    memberId: member.id,
    displayName: member.display_name,
    founder: member.founder === 1,
    status: member.status,
    level: member.level,
    datingStage: member.level === 'dating' ? (member.dating_stage as 1 | 2 | 3) : null,
    constituencies: constituencies.map((c) => ({
      id: c.id,
      rights: {
        propose: c.propose === 1,
        comment: c.comment === 1,
        vote: c.vote === 1,
        bindingVote: c.binding_vote === 1,
      },
    })),
    // SQLite answers EXISTS with 0 or 1, PostgreSQL with a boolean.
    circles: related
      .filter((r) => r.kind === 'circle')
      .map((r) => ({ id: r.id, steward: Boolean(Number(r.steward)) })),
    mentees: related.filter((r) => r.kind === 'mentee').map((r) => r.id),
  };
}
