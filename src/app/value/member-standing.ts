import type { Kysely } from 'kysely';
import type { DatingStage } from '../../core/access/actor.js';
import type { DatingEnd, MemberStanding } from '../../core/value/index.js';
import { levelFromColumns } from '../../store/projections/level-columns.js';
import type { Database, MembersTable } from '../../store/schema.js';
import { inMembers, type MemberScope } from './member-scope.js';

/*
 * A member's level over time, read from the member_level_periods projection, in the shapes core's
 * credit and release rules take.
 */

/**
 * The member's level and dating stage in force on a date: the latest membership change recorded on
 * or before that day. Work dated before the member joined takes the level they joined at; work
 * dated while they had left is not a worker-member's. A ledger replayed before this projection
 * existed has no periods yet: then the present level stands in, as it did before.
 *
 * @example await standingOn(db, member, '2026-01-02') // { level: 'dating', datingStage: 2 }
 */
export async function standingOn(
  db: Kysely<Database>,
  member: MembersTable,
  date: string,
): Promise<MemberStanding> {
  const periods = db
    .selectFrom('member_level_periods')
    .select(['status', 'level', 'dating_stage'])
    .where('member_id', '=', member.id);
  const period =
    (await periods
      .where('from_date', '<=', date)
      .orderBy('from_date', 'desc')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()) ?? (await periods.orderBy('seq').limit(1).executeTakeFirst());
  if (!period) {
    const level = levelFromColumns(member);
    return {
      level: level?.level ?? null,
      datingStage: level?.level === 'dating' ? level.stage : null,
    };
  }
  return {
    level: period.level,
    datingStage: period.level === 'dating' ? (period.dating_stage as DatingStage) : null,
  };
}

/**
 * When and how dating ended, for one member or all, on or before a date, in core's shape.
 *
 * @example await datingEndsBy(db, '2026-03-31', ana) // [{ memberId: ana, on: '2026-02-01', outcome: 'committed' }]
 */
export async function datingEndsBy(
  db: Kysely<Database>,
  asOf: string,
  scope?: MemberScope,
): Promise<DatingEnd[]> {
  const query = db
    .selectFrom('member_dating_ends')
    .select(['member_id', 'on_date', 'outcome'])
    .where('on_date', '<=', asOf);
  const rows = await query.where(inMembers(scope)).orderBy('member_id').orderBy('seq').execute();
  return rows.map((r) => ({ memberId: r.member_id, on: r.on_date, outcome: r.outcome }));
}
