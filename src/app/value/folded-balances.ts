import { foldDatingEnds } from '../../core/members/dating-ends.js';
import { balancesOf, foldValueEvents } from '../../core/value/index.js';
import type { AppContext } from '../context.js';
import type { BalanceView } from './member-balances.js';

/**
 * For tests: core's `balancesOf` over the whole ledger folded afresh (dating ends too, as runs read
 * them), in the shape `memberBalances` answers with, to check the SQL and projections against core.
 *
 * @example expect((await memberBalances(ctx, ana, { asOf })).items).toEqual(await foldedBalances(ctx, asOf));
 */
export async function foldedBalances(ctx: AppContext, asOf: string): Promise<BalanceView[]> {
  const events = await ctx.store.events(0, 100_000);
  return balancesOf(foldValueEvents(events), { asOf, datingEnds: foldDatingEnds(events).ends }).map(
    (b) => ({
      memberId: b.memberId,
      stream: b.stream,
      earned: b.earned.toString(),
      historical: b.historical.toString(),
      released: b.released.toString(),
      forfeited: b.forfeited.toString(),
      payable: b.payable.toString(),
      paid: b.paid.toString(),
      recorded: b.recorded.toString(),
    }),
  );
}
