import type { Kysely } from 'kysely';
import type { ConstituencyRights } from '../../core/access/actor.js';
import type { DaterFacts } from '../../core/members/mentoring-rules.js';
import type { MemberFacts } from '../../core/members/member-rules.js';
import { levelFromColumns } from '../../store/projections/level-columns.js';
import type { ConstituenciesTable, Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { calendarDay } from '../use-case-steps.js';

/*
 * Current state, read from the projections, in the shapes core's rules take.
 */

export interface MemberRecord extends DaterFacts, MemberFacts {
  displayName: string;
  founder: boolean;
}

/**
 * A member with their constituencies and mentors, or null when there is no such member.
 *
 * @example const member = await readMember(ctx.store.db, memberId);
 */
export async function readMember(
  db: Kysely<Database>,
  memberId: string,
): Promise<MemberRecord | null> {
  const row = await db
    .selectFrom('members')
    .selectAll()
    .where('id', '=', memberId)
    .executeTakeFirst();
  if (!row) return null;
  const [constituencies, mentors] = await Promise.all([
    db
      .selectFrom('member_constituencies')
      .select('constituency_id')
      .where('member_id', '=', memberId)
      .orderBy('constituency_id')
      .execute(),
    db
      .selectFrom('mentors')
      .select('mentor_id')
      .where('member_id', '=', memberId)
      .orderBy('mentor_id')
      .execute(),
  ]);
  return {
    memberId: row.id,
    displayName: row.display_name,
    founder: row.founder === 1,
    status: row.status,
    level: levelFromColumns(row),
    constituencyIds: constituencies.map((c) => c.constituency_id),
    mentorIds: mentors.map((m) => m.mentor_id),
  };
}

export interface Constituency {
  constituencyId: string;
  slug: string;
  name: string;
  rights: ConstituencyRights;
}

export function constituencyFromRow(row: ConstituenciesTable): Constituency {
  return {
    constituencyId: row.id,
    slug: row.slug,
    name: row.name,
    rights: {
      propose: row.propose === 1,
      comment: row.comment === 1,
      vote: row.vote === 1,
      bindingVote: row.binding_vote === 1,
    },
  };
}

/**
 * Every constituency: a DisCO has a handful, so rules get them all at once.
 *
 * @example const all = await readConstituencies(ctx.store.db);
 */
export async function readConstituencies(db: Kysely<Database>): Promise<Constituency[]> {
  const rows = await db.selectFrom('constituencies').selectAll().orderBy('slug').execute();
  return rows.map(constituencyFromRow);
}

/** The constituency named by id or slug, people type slugs and programs keep ids. */
export function findConstituency(all: readonly Constituency[], ref: string): Constituency | null {
  return all.find((c) => c.constituencyId === ref || c.slug === ref) ?? null;
}

/**
 * Today's date in the DisCO's time zone (UTC before `init`).
 *
 * @example const today = await discoToday(ctx); // '2026-03-01'
 */
export async function discoToday(ctx: AppContext): Promise<string> {
  const profile = await ctx.store.db
    .selectFrom('disco_profile')
    .select('time_zone')
    .where('id', '=', 1)
    .executeTakeFirst();
  return calendarDay(ctx.clock(), profile?.time_zone ?? 'UTC');
}
