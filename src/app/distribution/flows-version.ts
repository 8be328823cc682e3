import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { periodFilterInput, type PeriodFilterInput } from './list-income.js';

/**
 * What a month's flows follow from: every table they read is a projection of the ledger, so the
 * chain head, the month asked for and the DisCO's day (a month with no run yet is a preview of the
 * current one) give the same graph.
 */
export async function flowsKey(ctx: AppContext, period: string | undefined): Promise<string> {
  const head = await ctx.store.head();
  return JSON.stringify([head.size, head.hash, period ?? null, await discoToday(ctx)]);
}

/**
 * The version of the flows `actor` is shown for `input`, as a string equal for equal answers; the
 * member is part of it so that two members never share one; the answer's shape is added by the
 * HTTP route (`answerShape` in src/http/conditional-get.ts). Input the flows would refuse has no
 * version (undefined): the refusal is theirs to give.
 *
 * @example const version = await flowsVersion(ctx, ana, { period: '2026-03' });
 */
export async function flowsVersion(
  ctx: AppContext,
  actor: Actor | null,
  input: PeriodFilterInput,
): Promise<string | undefined> {
  let parsed: PeriodFilterInput;
  try {
    parsed = parseInput(periodFilterInput, input, refusal('refusal.flows-cannot-be-shown'));
  } catch {
    return undefined;
  }
  ensureAllowed('finance.read', actor);
  return JSON.stringify(['flows', actor!.memberId, await flowsKey(ctx, parsed.period)]);
}
