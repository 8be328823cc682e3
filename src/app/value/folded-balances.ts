import { balancesOf, foldValueEvents } from '../../core/value/index.js';
import type { AppContext } from '../context.js';
import type { BalanceView } from './member-balances.js';
import { datingEndsBy } from './member-standing.js';

/**
 * For tests: core's `balancesOf` over the whole ledger folded afresh (dating ends from the level
 * history), in the shape `memberBalances` answers with, to check the SQL against core.
 *
 * @example expect((await memberBalances(ctx, ana, { asOf })).items).toEqual(await foldedBalances(ctx, asOf));
 */
export async function foldedBalances(ctx: AppContext, asOf: string): Promise<BalanceView[]> {
  const state = foldValueEvents(await ctx.store.events(0, 100_000));
  return balancesOf(state, { asOf, datingEnds: await datingEndsBy(ctx.store.db, asOf) }).map((b) => ({
    memberId: b.memberId,
    stream: b.stream,
    earned: b.earned.toString(),
    historical: b.historical.toString(),
    released: b.released.toString(),
    forfeited: b.forfeited.toString(),
    payable: b.payable.toString(),
    paid: b.paid.toString(),
    recorded: b.recorded.toString(),
  }));
}
