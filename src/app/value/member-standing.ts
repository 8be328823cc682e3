import type { Kysely } from 'kysely';
import type { DatingStage } from '../../core/access/actor.js';
import type { DatingEnd, MemberStanding } from '../../core/value/index.js';
import { levelFromColumns } from '../../store/projections/level-columns.js';
import type { Database, MemberLevelPeriodsTable, MembersTable } from '../../store/schema.js';
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
    .select(['status', 'level', 'dating_stage', 'from_date', 'seq'])
    .where('member_id', '=', member.id);
  const period =
    (await periods
      .where('from_date', '<=', date)
      .orderBy('from_date', 'desc')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()) ?? (await periods.orderBy('seq').limit(1).executeTakeFirst());
  return standingIn(member, period);
}

type Period = Pick<
  MemberLevelPeriodsTable,
  'status' | 'level' | 'dating_stage' | 'from_date' | 'seq'
>;

function standingIn(member: MembersTable, period: Period | undefined): MemberStanding {
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
 * `standingOn` for many members and dates at the cost of one query per 400 members: their level
 * periods are read once, and each date is then looked up in memory, by the same rule.
 *
 * @example const on = await standingsOf(db, members); on(ana, '2026-01-02') // { level: 'committed', datingStage: null }
 */
export async function standingsOf(
  db: Kysely<Database>,
  members: readonly MembersTable[],
): Promise<(member: MembersTable, date: string) => MemberStanding> {
  const byMember = new Map<string, Period[]>();
  const ids = members.map((m) => m.id);
  for (let i = 0; i < ids.length; i += 400) {
    const rows = await db
      .selectFrom('member_level_periods')
      .select(['member_id', 'status', 'level', 'dating_stage', 'from_date', 'seq'])
      .where('member_id', 'in', ids.slice(i, i + 400))
      .execute();
    for (const row of rows) {
      const list = byMember.get(row.member_id) ?? [];
      list.push(row);
      byMember.set(row.member_id, list);
    }
  }
  for (const list of byMember.values())
    list.sort((a, b) =>
      a.from_date < b.from_date ? -1 : a.from_date > b.from_date ? 1 : a.seq - b.seq,
    );
  return (member, date) => {
    const periods = byMember.get(member.id) ?? [];
    let found: Period | undefined;
    for (const period of periods) if (period.from_date <= date) found = period;
    // Work dated before the member joined takes the first level recorded (the lowest seq).
    found ??= periods.reduce<Period | undefined>(
      (first, p) => (!first || p.seq < first.seq ? p : first),
      undefined,
    );
    return standingIn(member, found);
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
