import { sql } from 'kysely';
import type { Actor } from '../../core/access/actor.js';
import type { ProposalKind } from '../../core/governance/vocabulary.js';
import {
  addDays,
  dayNumber,
  dutiesInForce,
  giniCoefficient,
  isoWeekOf,
  periodOf,
  STREAMS,
  type Period,
  type Stream,
} from '../../core/value/index.js';
import type { AppContext } from '../context.js';
import { standingsOf } from '../governance/voter-standing.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed } from '../use-case-steps.js';
import { readDiscoProfile } from '../read-disco-profile.js';
import { readDutyRules } from '../value/duties-progress.js';

/** The chart of credits per stream covers this many ISO weeks, the current one last. */
export const DASHBOARD_WEEKS = 13;

/** Minor units as digit strings; shares and the Gini coefficient are statistics, so floats. */
export interface Dashboard {
  /** The current month, YYYY-MM. */
  period: string;
  currency: string;
  /** Credits of counted work per ISO week (by the date of the work), from the Monday `week`. */
  streamsOverTime: Array<{ week: string } & Record<Stream, string>>;
  /** Who carries the care work in the chart's weeks (credits of live work), every active worker-member included. */
  care: {
    shares: Array<{ memberId: string; name: string; share: number; thanked: number }>;
    gini: number;
  };
  /** Each active worker-member's duties for the current month and quarter: owed and counted so far. */
  duties: Array<{
    memberId: string;
    name: string;
    stream: string;
    period: string;
    owed: string;
    done: string;
  }>;
  /** Open proposals the actor may vote on and has not, soonest deadline first. */
  proposalsAwaitingMyVote: Array<{ id: string; title: string; deadline: string }>;
}

const LIVE = ['pending', 'counted', 'disputed'] as const;

/**
 * Everything the Deck's first page shows, aggregated in SQL over the value and governance read
 * models (by the contributions' status-and-date index), so its cost follows the number of weeks,
 * members and open proposals, never the number of events.
 *
 * @example const { streamsOverTime, care, duties, proposalsAwaitingMyVote } = await showDashboard(ctx, actor);
 */
export async function showDashboard(ctx: AppContext, actor: Actor | null): Promise<Dashboard> {
  ensureAllowed('dashboard.read', actor);
  const today = await discoToday(ctx);
  const firstWeek = addDays(isoWeekOf(today).start, -7 * (DASHBOARD_WEEKS - 1));
  const db = ctx.store.db;
  const workers = await db
    .selectFrom('members')
    .select(['id', 'display_name', 'level'])
    .where('status', '=', 'active')
    .where('level', 'is not', null)
    .orderBy('joined_at')
    .orderBy('id')
    .execute();
  const [profile, streamsOverTime, care, duties, proposalsAwaitingMyVote] = await Promise.all([
    readDiscoProfile(ctx),
    creditsPerWeek(ctx, firstWeek, today),
    careShares(ctx, workers, firstWeek, today),
    dutiesOf(ctx, workers, today),
    awaitingVote(ctx, actor!),
  ]);
  return {
    period: today.slice(0, 7),
    currency: profile?.currency ?? 'EUR',
    streamsOverTime,
    care,
    duties,
    proposalsAwaitingMyVote,
  };
}

type Worker = { id: string; display_name: string; level: string | null };

/** One row per day and stream from SQL, folded into weeks here: the week arithmetic stays the same on both databases. */
async function creditsPerWeek(
  ctx: AppContext,
  from: string,
  to: string,
): Promise<Dashboard['streamsOverTime']> {
  const rows = await ctx.store.db
    .selectFrom('value_contributions')
    .select(['date', 'stream', sql<string>`cast(sum(amount_minor) as text)`.as('total')])
    .where('status', '=', 'counted')
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy(['date', 'stream'])
    .execute();
  const weeks = Array.from({ length: DASHBOARD_WEEKS }, (_, i) => ({
    week: addDays(from, 7 * i),
    totals: new Map<string, bigint>(STREAMS.map((s) => [s, 0n])),
  }));
  for (const row of rows) {
    const week = weeks[Math.floor((dayNumber(row.date) - dayNumber(from)) / 7)]!;
    week.totals.set(row.stream, (week.totals.get(row.stream) ?? 0n) + BigInt(row.total));
  }
  return weeks.map(({ week, totals }) => ({
    week,
    livelihood: totals.get('livelihood')!.toString(),
    love: totals.get('love')!.toString(),
    care: totals.get('care')!.toString(),
  }));
}

async function careShares(
  ctx: AppContext,
  workers: Worker[],
  from: string,
  to: string,
): Promise<Dashboard['care']> {
  const rows = await ctx.store.db
    .selectFrom('value_contributions')
    .select(['member_id', sql<string>`cast(sum(amount_minor) as text)`.as('total')])
    .where('status', 'in', LIVE)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('stream', '=', 'care')
    .groupBy('member_id')
    .execute();
  const done = new Map(rows.map((r) => [r.member_id, BigInt(r.total)]));
  // Thanks are care made visible: the care view counts those each member received.
  const thanks = await ctx.store.db
    .selectFrom('appreciations')
    .select(['member_id', sql<string>`cast(count(*) as text)`.as('n')])
    .where('given_at', '>=', from)
    .where('given_at', '<', addDays(to, 1))
    .groupBy('member_id')
    .execute();
  const thanked = new Map(thanks.map((r) => [r.member_id, Number(r.n)]));
  const amounts = workers.map((w) => done.get(w.id) ?? 0n);
  const total = amounts.reduce((sum, a) => sum + a, 0n);
  return {
    shares: workers.map((w, i) => ({
      memberId: w.id,
      name: w.display_name,
      share: total === 0n ? 0 : Number((amounts[i]! * 1_000_000n) / total) / 1_000_000,
      thanked: thanked.get(w.id) ?? 0,
    })),
    gini: giniCoefficient(amounts).value,
  };
}

async function dutiesOf(
  ctx: AppContext,
  workers: Worker[],
  today: string,
): Promise<Dashboard['duties']> {
  const table = await readDutyRules(ctx.store.db);
  const duties: Dashboard['duties'] = [];
  for (const kind of ['month', 'quarter'] as const) {
    // A duty binds for a whole period when it is in force on the period's first day (core's dutyProgress).
    const period = periodOf(today, kind);
    const rules = dutiesInForce(table, period.start).filter((r) => r.period === kind);
    if (rules.length === 0) continue;
    const done = await countedIn(ctx, period);
    for (const worker of workers) {
      for (const rule of rules.filter((r) => r.level === worker.level)) {
        duties.push({
          memberId: worker.id,
          name: worker.display_name,
          stream: rule.stream,
          period: period.label,
          owed: rule.amount.toString(),
          done: (done.get(`${worker.id} ${rule.stream}`) ?? 0n).toString(),
        });
      }
    }
  }
  const order = new Map(workers.map((w, i) => [w.id, i]));
  return duties.sort((a, b) => order.get(a.memberId)! - order.get(b.memberId)!);
}

async function countedIn(ctx: AppContext, period: Period): Promise<Map<string, bigint>> {
  const rows = await ctx.store.db
    .selectFrom('value_contributions')
    .select(['member_id', 'stream', sql<string>`cast(sum(amount_minor) as text)`.as('total')])
    .where('status', '=', 'counted')
    .where('date', '>=', period.start)
    .where('date', '<=', period.end)
    .groupBy(['member_id', 'stream'])
    .execute();
  return new Map(rows.map((r) => [`${r.member_id} ${r.stream}`, BigInt(r.total)]));
}

async function awaitingVote(
  ctx: AppContext,
  actor: Actor,
): Promise<Dashboard['proposalsAwaitingMyVote']> {
  const rows = await ctx.store.db
    .selectFrom('proposals as p')
    .leftJoin('ballots as b', (join) =>
      join.onRef('b.proposal_id', '=', 'p.id').on('b.voter_id', '=', actor.memberId),
    )
    .select(['p.id', 'p.kind', 'p.title', 'p.deadline'])
    .where('p.status', '=', 'open')
    .where('p.deadline', '>', ctx.clock().toISOString())
    .where('b.seq', 'is', null)
    .orderBy('p.deadline')
    .orderBy('p.id')
    .execute();
  const standing = await standingsOf(ctx, actor);
  return rows
    .filter((p) => standing(p.kind as ProposalKind).constituencyIds.length > 0)
    .map((p) => ({ id: p.id, title: p.title, deadline: p.deadline }));
}
