import { refusal } from '../errors.js';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { STREAMS } from '../../core/value/index.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { careReleases } from './care-release.js';
import { inMembers, type MemberScope } from './member-scope.js';

export const balancesInput = z.strictObject({
  member: z.string().max(128).optional(),
  /** YYYY-MM-DD: counts work dated on or before it; today by default. */
  asOf: z.iso.date('must be a calendar date YYYY-MM-DD').optional(),
  /** At most this many members (all their streams); `next` then names where the next page starts. */
  limit: z.coerce
    .number()
    .int('must be a whole number of members')
    .min(1, 'must be at least 1')
    .max(10_000, 'must be at most 10000: page with `after`')
    .optional(),
  /** Only members whose id sorts after this one: the `next` of the previous page. */
  after: z.string().max(128).optional(),
});
export type BalancesInput = z.input<typeof balancesInput>;

/** Minor units as digit strings (a JSON number would lose money beyond 2^53). */
export interface BalanceView {
  memberId: string;
  stream: string;
  earned: string;
  /** Care earned while dating and neither released nor forfeited by the date. */
  historical: string;
  /** Historical credits released by the date when dating ended (already inside `payable`). */
  released: string;
  /** Historical credits given up by a dater who left, under a forfeit rule. */
  forfeited: string;
  payable: string;
  paid: string;
  /** Casual work recorded at its credit value but never a claim. */
  recorded: string;
}

/**
 * Credits per member and stream as of a date, from counted contributions: earned (payable and
 * historical), historical (care earned while dating, not yet released), released and forfeited
 * (what the care release rule did with historical credits once dating ended), payable (less what
 * was paid) and paid (allocated by distribution runs of months ended by `asOf`). The counted
 * totals the value projector keeps (`value_balance_totals`) less the counted work dated after
 * `asOf` (read from the status-and-date index), so every member's balance costs a few rows per
 * member rather than every contribution; it agrees with core's `balancesOf` over the same events.
 * With `limit`, one page of members in id order, and `next` when more follow.
 *
 * @example await memberBalances(ctx, actor, { member: ana, asOf: '2026-03-31' })
 * // { asOf: '2026-03-31', items: [{ memberId: ana, stream: 'love', earned: '40000', historical: '0', released: '0', forfeited: '0', payable: '40000', paid: '0', recorded: '0' }] }
 */
export async function memberBalances(
  ctx: AppContext,
  actor: Actor | null,
  input: BalancesInput,
): Promise<{ asOf: string; items: BalanceView[]; next?: string }> {
  const parsed = parseInput(balancesInput, input, refusal('refusal.balances-cannot-be-shown'));
  ensureAllowed('value.balance', actor);
  const asOf = parsed.asOf ?? (await discoToday(ctx));
  const db = ctx.store.db;
  let scope: MemberScope = parsed.member;
  let next: string | undefined;
  if (parsed.member === undefined && (parsed.limit ?? parsed.after) !== undefined) {
    const limit = parsed.limit ?? 10_000;
    let page = db
      .selectFrom('value_balance_totals')
      .select('member_id')
      .distinct()
      .orderBy('member_id')
      .limit(limit + 1);
    if (parsed.after !== undefined) page = page.where('member_id', '>', parsed.after);
    const ids = (await page.execute()).map((r) => r.member_id);
    if (ids.length === 0) return { asOf, items: [] };
    if (ids.length > limit) {
      ids.pop();
      next = ids.at(-1);
    }
    scope = { first: ids[0]!, last: ids.at(-1)! };
  }
  const [totalRows, laterRows, releases, paidRows] = await Promise.all([
    db
      .selectFrom('value_balance_totals')
      .select([
        'member_id',
        'stream',
        'standing',
        sql<string>`cast(amount_minor as text)`.as('total'),
        sql<string>`cast(contributions as text)`.as('count'),
      ])
      .where(inMembers(scope))
      .execute(),
    // Counted work dated after asOf is in the totals but not in this balance.
    db
      .selectFrom('value_contributions')
      .select([
        'member_id',
        'stream',
        'standing',
        sql<string>`cast(sum(amount_minor) as text)`.as('total'),
        sql<string>`cast(count(*) as text)`.as('count'),
      ])
      .where('status', '=', 'counted')
      .where('date', '>', asOf)
      .groupBy(['member_id', 'stream', 'standing'])
      .where(inMembers(scope))
      .execute(),
    careReleases(db, asOf, scope),
    // What committed distribution runs of months ended by `asOf` allocated to each member and stream.
    db
      .selectFrom('distribution_allocations')
      .select(['member_id', 'stream', sql<string>`cast(sum(amount_minor) as text)`.as('total')])
      .where('paid_on', '<=', asOf)
      .groupBy(['member_id', 'stream'])
      .where(inMembers(scope))
      .execute(),
  ]);
  interface Sums {
    memberId: string;
    stream: string;
    payable: bigint;
    historical: bigint;
    unpayable: bigint;
    paid: bigint;
    /** Counted contributions dated on or before asOf: the balance exists when there is one. */
    count: number;
  }
  const totals = new Map<string, Sums>();
  const sums = (memberId: string, stream: string): Sums => {
    const key = `${memberId}\u0000${stream}`;
    let t = totals.get(key);
    if (!t) {
      t = { memberId, stream, payable: 0n, historical: 0n, unpayable: 0n, paid: 0n, count: 0 };
      totals.set(key, t);
    }
    return t;
  };
  for (const row of totalRows) {
    const t = sums(row.member_id, row.stream);
    t[row.standing] += BigInt(row.total);
    t.count += Number(row.count);
  }
  for (const row of laterRows) {
    const t = sums(row.member_id, row.stream);
    t[row.standing] -= BigInt(row.total);
    t.count -= Number(row.count);
  }
  for (const row of paidRows) {
    const t = totals.get(`${row.member_id}\u0000${row.stream}`);
    if (t) t.paid += BigInt(row.total);
  }
  const streamOrder = (s: string) => STREAMS.indexOf(s as never);
  const items = [...totals.entries()]
    // A member whose only counted work is dated after asOf had no balance yet.
    .filter(([, t]) => t.count > 0)
    .sort(([, a], [, b]) =>
      a.memberId < b.memberId
        ? -1
        : a.memberId > b.memberId
          ? 1
          : streamOrder(a.stream) - streamOrder(b.stream),
    )
    .map(([key, t]) => {
      const { released, forfeited } = releases.get(key) ?? { released: 0n, forfeited: 0n };
      return {
        memberId: t.memberId,
        stream: t.stream,
        earned: (t.payable + t.historical).toString(),
        historical: (t.historical - released - forfeited).toString(),
        released: released.toString(),
        forfeited: forfeited.toString(),
        payable: (t.payable + released - t.paid).toString(),
        paid: t.paid.toString(),
        recorded: t.unpayable.toString(),
      };
    });
  return next === undefined ? { asOf, items } : { asOf, items, next };
}
