import type { Kysely } from 'kysely';
import type { LedgerEvent } from '../../core/ledger/event.js';
import {
  datingEndBetween,
  membershipAfter,
  MEMBERSHIP_MOVES,
} from '../../core/members/dating-ends.js';
import {
  MEMBER_ADDED,
  MEMBER_LEVEL_CHANGED,
  MEMBER_RETURNED,
} from '../../core/members/member-events.js';
import type { LevelState } from '../../core/members/vocabulary.js';
import { calendarDateAt } from '../../core/value/calendar.js';
import type { Database, MemberLevelPeriodsTable } from '../schema.js';
import type { Projector } from './projector.js';

type Period = Pick<MemberLevelPeriodsTable, 'status' | 'level' | 'dating_stage'>;

function periodOf(status: 'active' | 'left', level: LevelState | null): Period {
  return {
    status,
    level: status === 'left' ? null : (level?.level ?? null),
    dating_stage: status === 'active' && level?.level === 'dating' ? level.stage : null,
  };
}

async function open(
  db: Kysely<Database>,
  event: LedgerEvent,
  memberId: string,
  period: Period,
): Promise<void> {
  // Genesis (event 1) fixes the time zone for good, so replay dates every event as live did.
  const profile = await db
    .selectFrom('disco_profile')
    .select('time_zone')
    .where('id', '=', 1)
    .executeTakeFirst();
  const fromDate = calendarDateAt(event.time, profile?.time_zone ?? 'UTC');
  const before = await db
    .selectFrom('member_level_periods')
    .select(['status', 'level', 'dating_stage'])
    .where('member_id', '=', memberId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  await db
    .insertInto('member_level_periods')
    .values({ member_id: memberId, seq: event.seq, from_date: fromDate, ...period })
    .execute();
  const ended = datingEndBetween(before, period);
  if (ended)
    await db
      .insertInto('member_dating_ends')
      .values({ member_id: memberId, seq: event.seq, on_date: fromDate, outcome: ended })
      .execute();
}

/**
 * Each member's level and dating stage over time, from the DisCO's calendar day of each membership
 * event on, and the day each dating spell ended (by commitment, or by leaving or going back to
 * casual). The members projection keeps only the present; value tracking needs the past: work is
 * priced at the stage in force on its date, and historical care credits are released from the day
 * dating ended.
 *
 * @example await store.db.selectFrom('member_level_periods').selectAll().where('member_id', '=', ana).orderBy('seq').execute();
 */
export const memberLevelPeriodsProjector: Projector = {
  name: 'member_level_periods',
  tables: ['member_level_periods', 'member_dating_ends'],
  types: MEMBERSHIP_MOVES,
  async apply(db, event) {
    // Core decides which events move a member and which moves end dating, as runs folding an export do.
    const after = membershipAfter(event);
    if (!after) return;
    const level =
      after.membership.status === 'active' &&
      (event.type === MEMBER_ADDED ||
        event.type === MEMBER_LEVEL_CHANGED ||
        event.type === MEMBER_RETURNED)
        ? event.payload.level
        : null;
    return open(db, event, after.memberId, periodOf(after.membership.status, level));
  },
};
