import { refusal } from '../errors.js';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { entityId } from '../../core/members/vocabulary.js';
import { periodOf } from '../../core/value/index.js';
import type { AppContext } from '../context.js';
import { listDelegations, type DelegationView } from '../governance/list-delegations.js';
import { parseInput } from '../use-case-steps.js';
import { memberBalances, type BalanceView } from '../value/member-balances.js';
import { dutiesProgress, type DutyView } from '../value/duties-progress.js';
import { listLeaves, type LeaveView } from './list-leaves.js';
import { discoToday } from './member-facts.js';
import { showMember, type MemberDetail } from './show-member.js';

export const showMemberProfileInput = z.strictObject({ memberId: entityId });
export type ShowMemberProfileInput = z.input<typeof showMemberProfileInput>;

/** Credits of one stream in a period, minor units as digit strings. */
export interface StreamCredits {
  stream: string;
  /** Counted by validation. */
  counted: string;
  /** Logged and still waiting for validation (or disputed). */
  waiting: string;
  /** Hours logged in hours, in thousandths (so 1.5 h is 1500). */
  hoursMilli: number;
}

export interface PeriodCredits {
  period: string;
  start: string;
  end: string;
  streams: StreamCredits[];
}

/** What one committed run owes the member, what was paid out of it and what is still due. */
export interface PayoutView {
  runId: string;
  period: string;
  currency: string;
  owed: string;
  paid: string;
  due: string;
  payments: Array<{ amount: string; reference: string; date: string }>;
}

/** The next step of a dater: the next stage, or the commitment after the third. */
export type NextMilestone = { kind: 'stage'; stage: number } | { kind: 'commitment' } | null;

export interface MemberProfile {
  /** Whether the viewer is the member: only then are the private parts filled in. */
  self: boolean;
  today: string;
  member: MemberDetail;
  nextMilestone: NextMilestone;
  credits: { month: PeriodCredits; quarter: PeriodCredits };
  balances: BalanceView[];
  duties: DutyView[];
  /** The member's own view only: null for anyone else. */
  private: {
    payouts: PayoutView[];
    leaves: LeaveView[];
    delegations: { given: DelegationView[]; received: DelegationView[] };
  } | null;
}

/**
 * One member's page: who they are, their credits this month and quarter by stream, their
 * balances by standing, their duties, and for the member themselves their payouts, leaves and
 * delegations. Each part is read through the use case that owns it, so the policy that guards
 * `/balances` or `/duties` guards the same data here. Payouts, leaves (whose reasons may be
 * personal) and delegations are shown only to the member: they are not secret on the ledger, but
 * a profile page is not the place to browse someone's pay or leave.
 *
 * @example const me = await showMemberProfile(ctx, ana, { memberId: ana.memberId }); me.private?.payouts
 */
export async function showMemberProfile(
  ctx: AppContext,
  actor: Actor | null,
  input: ShowMemberProfileInput,
): Promise<MemberProfile> {
  const { memberId } = parseInput(
    showMemberProfileInput,
    input,
    refusal('refusal.profile-cannot-be-shown'),
  );
  const member = await showMember(ctx, actor, { memberId });
  const self = actor?.memberId === memberId;
  const today = await discoToday(ctx);
  const month = periodOf(today, 'month');
  const quarter = periodOf(today, 'quarter');
  const [balances, duties, monthCredits, quarterCredits] = await Promise.all([
    memberBalances(ctx, actor, { member: memberId, asOf: today }),
    dutiesProgress(ctx, actor, { member: memberId, date: today }),
    creditsBetween(ctx, memberId, month),
    creditsBetween(ctx, memberId, quarter),
  ]);
  return {
    self,
    today,
    member,
    nextMilestone: nextMilestoneOf(member),
    credits: { month: monthCredits, quarter: quarterCredits },
    balances: balances.items,
    duties: duties.items,
    private: self
      ? {
          payouts: await payoutsOf(ctx, memberId),
          leaves: await listLeaves(ctx, actor, { memberId, limit: 500 }),
          delegations: await listDelegations(ctx, actor),
        }
      : null,
  };
}

function nextMilestoneOf(member: MemberDetail): NextMilestone {
  const level = member.level;
  if (member.status !== 'active' || level?.level !== 'dating') return null;
  return level.stage < 3 ? { kind: 'stage', stage: level.stage + 1 } : { kind: 'commitment' };
}

async function creditsBetween(
  ctx: AppContext,
  memberId: string,
  period: { label: string; start: string; end: string },
): Promise<PeriodCredits> {
  const rows = await ctx.store.db
    .selectFrom('value_contributions')
    .select([
      'stream',
      'status',
      sql<string>`cast(sum(amount_minor) as text)`.as('total'),
      sql<string>`cast(sum(case when unit = 'hour' then quantity_milli else 0 end) as text)`.as(
        'hours_milli',
      ),
    ])
    .where('member_id', '=', memberId)
    .where('date', '>=', period.start)
    .where('date', '<=', period.end)
    .where('status', 'in', ['counted', 'pending', 'disputed'])
    .groupBy(['stream', 'status'])
    .execute();
  const byStream = new Map<string, { counted: bigint; waiting: bigint; hoursMilli: number }>();
  for (const row of rows) {
    const s = byStream.get(row.stream) ?? { counted: 0n, waiting: 0n, hoursMilli: 0 };
    if (row.status === 'counted') s.counted += BigInt(row.total);
    else s.waiting += BigInt(row.total);
    s.hoursMilli += Number(row.hours_milli);
    byStream.set(row.stream, s);
  }
  return {
    period: period.label,
    start: period.start,
    end: period.end,
    streams: [...byStream.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([stream, s]) => ({
        stream,
        counted: s.counted.toString(),
        waiting: s.waiting.toString(),
        hoursMilli: s.hoursMilli,
      })),
  };
}

async function payoutsOf(ctx: AppContext, memberId: string): Promise<PayoutView[]> {
  const db = ctx.store.db;
  const [runs, payments] = await Promise.all([
    db
      .selectFrom('distribution_runs')
      .select(['id', 'period', 'currency', 'outputs'])
      .orderBy('period', 'desc')
      .execute(),
    db
      .selectFrom('distribution_payouts')
      .select(['run_id', 'amount', 'reference', 'date'])
      .where('member_id', '=', memberId)
      .orderBy('seq')
      .execute(),
  ]);
  const views: PayoutView[] = [];
  for (const run of runs) {
    const outputs = JSON.parse(run.outputs) as {
      members: Array<{ memberId: string; payout: string }>;
    };
    const owed = BigInt(outputs.members.find((m) => m.memberId === memberId)?.payout ?? '0');
    const mine = payments.filter((p) => p.run_id === run.id);
    if (owed === 0n && mine.length === 0) continue;
    const paid = mine.reduce((sum, p) => sum + BigInt(p.amount), 0n);
    views.push({
      runId: run.id,
      period: run.period,
      currency: run.currency,
      owed: owed.toString(),
      paid: paid.toString(),
      due: (owed - paid).toString(),
      payments: mine.map((p) => ({ amount: p.amount, reference: p.reference, date: p.date })),
    });
  }
  return views;
}
