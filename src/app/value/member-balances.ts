import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { STREAMS } from '../../core/value/index.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { careReleases } from './care-release.js';

export const balancesInput = z.strictObject({
  member: z.string().max(128).optional(),
  /** YYYY-MM-DD: counts work dated on or before it; today by default. */
  asOf: z.iso.date('must be a calendar date YYYY-MM-DD').optional(),
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
 * was paid) and paid (allocated by distribution runs of months ended by `asOf`). One SQL
 * aggregation over the indexed projection, summed exactly as int8 and
 * read back as text; it agrees with core's `balancesOf` over the same events.
 *
 * @example await memberBalances(ctx, actor, { member: ana, asOf: '2026-03-31' })
 * // { asOf: '2026-03-31', items: [{ memberId: ana, stream: 'love', earned: '40000', historical: '0', released: '0', forfeited: '0', payable: '40000', paid: '0', recorded: '0' }] }
 */
export async function memberBalances(
  ctx: AppContext,
  actor: Actor | null,
  input: BalancesInput,
): Promise<{ asOf: string; items: BalanceView[] }> {
  const parsed = parseInput(balancesInput, input, 'The balances cannot be shown.');
  ensureAllowed('value.balance', actor);
  const asOf = parsed.asOf ?? (await discoToday(ctx));
  let query = ctx.store.db
    .selectFrom('value_contributions')
    .select([
      'member_id',
      'stream',
      'standing',
      sql<string>`cast(sum(amount_minor) as text)`.as('total'),
    ])
    .where('status', '=', 'counted')
    .where('date', '<=', asOf)
    .groupBy(['member_id', 'stream', 'standing']);
  if (parsed.member !== undefined) query = query.where('member_id', '=', parsed.member);
  const [rows, releases] = await Promise.all([
    query.execute(),
    careReleases(ctx.store.db, asOf, parsed.member),
  ]);
  const totals = new Map<
    string,
    { payable: bigint; historical: bigint; unpayable: bigint; paid: bigint }
  >();
  for (const row of rows) {
    const key = `${row.member_id}\u0000${row.stream}`;
    const t = totals.get(key) ?? { payable: 0n, historical: 0n, unpayable: 0n, paid: 0n };
    t[row.standing] += BigInt(row.total);
    totals.set(key, t);
  }
  // What committed distribution runs of months ended by `asOf` allocated to each member and stream.
  let paidQuery = ctx.store.db
    .selectFrom('distribution_allocations')
    .select(['member_id', 'stream', sql<string>`cast(sum(amount_minor) as text)`.as('total')])
    .where('paid_on', '<=', asOf)
    .groupBy(['member_id', 'stream']);
  if (parsed.member !== undefined) paidQuery = paidQuery.where('member_id', '=', parsed.member);
  for (const row of await paidQuery.execute()) {
    const t = totals.get(`${row.member_id}\u0000${row.stream}`);
    if (t) t.paid += BigInt(row.total);
  }
  const order = (key: string) => key.split('\u0000') as [string, string];
  const items = [...totals.entries()]
    .sort(([a], [b]) => {
      const [ma, sa] = order(a);
      const [mb, sb] = order(b);
      return ma < mb
        ? -1
        : ma > mb
          ? 1
          : STREAMS.indexOf(sa as never) - STREAMS.indexOf(sb as never);
    })
    .map(([key, t]) => {
      const [memberId, stream] = order(key);
      const { released, forfeited } = releases.get(key) ?? { released: 0n, forfeited: 0n };
      return {
        memberId,
        stream,
        earned: (t.payable + t.historical).toString(),
        historical: (t.historical - released - forfeited).toString(),
        released: released.toString(),
        forfeited: forfeited.toString(),
        payable: (t.payable + released - t.paid).toString(),
        paid: t.paid.toString(),
        recorded: t.unpayable.toString(),
      };
    });
  return { asOf, items };
}
