import { sql, type Kysely } from 'kysely';
import type { EvaluationInputs } from '../../core/evaluations/evaluation-facts.js';
import { addDays, periodOf, type Period } from '../../core/value/calendar.js';
import { DEFAULT_MAX_WEEKLY_HOURS, overloadsOf } from '../../core/value/care-indicators.js';
import { isStream, type Stream } from '../../core/value/streams.js';
import type { Dialect } from '../../store/dialect.js';
import type { Database } from '../../store/schema.js';
import { OVERLOAD_PERCENT } from '../checkins/capacity-signal.js';
import { dutyViews } from '../value/duties-progress.js';
import { weeklyHoursOver } from '../value/window-totals.js';

const LIVE = ['pending', 'counted', 'disputed'] as const;

/*
 * Everything an evaluation's facts are built from, summed by the database for one quarter and
 * scope (the whole DisCO, or one circle: its members, and the work logged for it). Check-ins give
 * counts only, and only those their authors shared with others.
 */

/** The Mondays of the ISO weeks that start in the quarter. */
function mondaysOf(quarter: Period): string[] {
  const first = new Date(`${quarter.start}T00:00:00Z`);
  const back = (first.getUTCDay() + 6) % 7;
  let monday = addDays(quarter.start, back === 0 ? 0 : 7 - back);
  const mondays: string[] = [];
  while (monday <= quarter.end) {
    mondays.push(monday);
    monday = addDays(monday, 7);
  }
  return mondays;
}

/** Members over the threshold two weeks running, and members who shared any check-in, in the quarter. */
async function capacityCounts(
  db: Kysely<Database>,
  quarter: Period,
  members: ReadonlySet<string>,
): Promise<EvaluationInputs['capacity']> {
  const mondays = mondaysOf(quarter);
  const rows = await db
    .selectFrom('checkins')
    .select(['member_id', 'week_of', 'capacity'])
    .where('week_of', '>=', quarter.start)
    .where('week_of', '<=', quarter.end)
    .where('audience', '!=', 'self')
    .execute();
  const reporting = new Set<string>();
  const over = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!members.has(r.member_id)) continue;
    reporting.add(r.member_id);
    if (Number(r.capacity) > OVERLOAD_PERCENT)
      over.set(r.member_id, (over.get(r.member_id) ?? new Set()).add(r.week_of));
  }
  const twoRunning = (weeks: Set<string>) =>
    mondays.some((m, i) => i > 0 && weeks.has(m) && weeks.has(mondays[i - 1]!));
  return {
    reporting: reporting.size,
    overloaded: [...over.values()].filter(twoRunning).length,
    threshold: OVERLOAD_PERCENT,
  };
}

/**
 * The quarter's sums for core's `evaluationFacts`.
 *
 * @example evaluationFacts(await evaluationInputs(db, 'sqlite', quarterNamed('2026-Q3')!, null))
 */
export async function evaluationInputs(
  db: Kysely<Database>,
  dialect: Dialect,
  quarter: Period,
  circleId: string | null,
): Promise<EvaluationInputs> {
  let workers = db
    .selectFrom('members as m')
    .select('m.id')
    .where('m.status', '=', 'active')
    .where('m.level', 'is not', null)
    .orderBy('m.joined_at')
    .orderBy('m.id');
  if (circleId !== null)
    workers = workers.where((eb) =>
      eb.exists(
        eb
          .selectFrom('circle_members as cm')
          .select('cm.member_id')
          .whereRef('cm.member_id', '=', 'm.id')
          .where('cm.circle_id', '=', circleId),
      ),
    );
  const members = (await workers.execute()).map((w) => w.id);
  const inScope = new Set(members);

  let flowQuery = db
    .selectFrom('value_contributions')
    .select([
      'stream',
      sql<string>`cast(sum(case when unit = 'hour' then quantity_milli else 0 end) as text)`.as(
        'hours',
      ),
      sql<string>`cast(sum(amount_minor) as text)`.as('credits'),
      sql<string>`cast(count(*) as text)`.as('entries'),
    ])
    .where('status', 'in', LIVE)
    .where('date', '>=', quarter.start)
    .where('date', '<=', quarter.end)
    .groupBy('stream');
  if (circleId !== null) flowQuery = flowQuery.where('circle_id', '=', circleId);

  let careQuery = db
    .selectFrom('value_contributions')
    .select([
      'member_id',
      sql<string>`cast(sum(case when unit = 'hour' then quantity_milli else 0 end) as text)`.as(
        'hours',
      ),
      sql<string>`cast(sum(amount_minor) as text)`.as('credits'),
    ])
    .where('stream', '=', 'care')
    .where('status', 'in', LIVE)
    .where('date', '>=', quarter.start)
    .where('date', '<=', quarter.end)
    .groupBy('member_id');
  if (circleId !== null) careQuery = careQuery.where('circle_id', '=', circleId);

  let dueQuery = db
    .selectFrom('proposals')
    .select(['id', 'title', 'review_date', 'review_id'])
    .where('review_date', 'is not', null)
    .where('review_date', '<=', quarter.end)
    .where((eb) => eb.or([eb('review_date', '>=', quarter.start), eb('review_id', 'is', null)]));
  if (circleId !== null) dueQuery = dueQuery.where('circle_id', '=', circleId);

  const months = [0, 1, 2].map((i) => periodOf(addDays(quarter.start, 31 * i), 'month').end);
  const [flows, care, dutyMonths, overloads, capacity, thanks, due] = await Promise.all([
    flowQuery.execute(),
    careQuery.execute(),
    Promise.all(months.map((end) => dutyViews(db, end))),
    weeklyHoursOver(db, dialect, quarter.start, quarter.end, DEFAULT_MAX_WEEKLY_HOURS),
    capacityCounts(db, quarter, inScope),
    db
      .selectFrom('appreciations as a')
      .leftJoin('value_contributions as c', 'c.id', 'a.contribution_id')
      .select(['a.from_member', 'a.member_id', 'a.contribution_id', 'c.stream'])
      .where('a.given_at', '>=', quarter.start)
      .where('a.given_at', '<', addDays(quarter.end, 1))
      .execute(),
    dueQuery.execute(),
  ]);

  const duties = new Map<string, EvaluationInputs['duties'][number]>();
  dutyMonths.forEach((views, i) => {
    for (const d of views) {
      if (!inScope.has(d.memberId) || !isStream(d.stream)) continue;
      // The quarter's duty is read as of its last day; each month's as of that month's end.
      if (d.period === quarter.label && i !== 2) continue;
      duties.set(`${d.memberId} ${d.stream} ${d.period}`, {
        memberId: d.memberId,
        stream: d.stream,
        period: d.period,
        owed: BigInt(d.owed),
        done: BigInt(d.done),
      });
    }
  });

  return {
    quarter,
    circleId,
    flows: flows
      .filter((f) => isStream(f.stream))
      .map((f) => ({
        stream: f.stream as Stream,
        hours: BigInt(f.hours),
        credits: BigInt(f.credits),
        entries: Number(f.entries),
      })),
    members,
    careHours: new Map(care.map((c) => [c.member_id, BigInt(c.hours)])),
    careCredits: new Map(care.map((c) => [c.member_id, BigInt(c.credits)])),
    duties: [...duties.values()],
    loggedOverloads: overloadsOf(overloads, { from: quarter.start, to: quarter.end }).filter((o) =>
      inScope.has(o.memberId),
    ),
    capacity,
    appreciations: thanks
      .filter((t) => inScope.has(t.member_id))
      .map((t) => ({
        fromId: t.from_member,
        memberId: t.member_id,
        // A period of a member's care is care work by definition.
        forCare: t.contribution_id === null || t.stream === 'care',
      })),
    decisionsDue: due.map((d) => ({
      proposalId: d.id,
      title: d.title,
      reviewDate: d.review_date!,
      reviewProposalId: d.review_id,
    })),
  };
}
