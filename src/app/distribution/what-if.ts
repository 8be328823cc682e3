import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { jsonObject } from '../../core/governance/vocabulary.js';
import { periodSchema } from '../../core/finance/events.js';
import { periodOfDate } from '../../core/finance/periods.js';
import type { RunOutputs } from '../../core/finance/run-record.js';
import { compareCodeUnits } from '../../core/distribution/index.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { baseCurrency, memberNames, readFinanceState } from './finance-facts.js';
import { computeRun, periodFacts } from './period-facts.js';
import { readRunFacts } from './run-start.js';

export const whatIfInput = z.strictObject({
  parameters: jsonObject,
  /** Months to compare; the current month when absent. */
  periods: z.array(periodSchema).min(1).max(36, 'at most 36 months at once').optional(),
});
export type WhatIfInput = z.input<typeof whatIfInput>;

export interface WhatIfPeriod {
  period: string;
  members: { memberId: string; name: string; current: string; candidate: string; delta: string }[];
  totals: { current: string; candidate: string };
}

/**
 * Runs a candidate parameter document against months, beside what the parameters in force give
 * (for a closed month: what its run recorded, from the ledger as the run read it), and shows the
 * difference per member. Records nothing: this is what members look at before voting.
 *
 * @example const { periods } = await whatIf(ctx, ana, { parameters: candidate, periods: ['2026-01', '2026-02'] });
 */
export async function whatIf(
  ctx: AppContext,
  actor: Actor | null,
  input: WhatIfInput,
): Promise<{ periods: WhatIfPeriod[] }> {
  const parsed = parseInput(whatIfInput, input, refusal('refusal.what-if-cannot-be-computed'));
  ensureAllowed('finance.read', actor);
  const currency = await baseCurrency(ctx);
  const names = await memberNames(ctx.store.db);
  const now = await readRunFacts(ctx);
  const runs = (await readFinanceState(ctx.store.db)).runs;
  const periods = parsed.periods ?? [periodOfDate(await discoToday(ctx))];
  const out: WhatIfPeriod[] = [];
  for (const period of periods) {
    const { facts } = await periodFacts(ctx, period, now);
    const recorded = runs.find((r) => r.period === period);
    const current = recorded
      ? recorded.outputs
      : (
          await computeRun(
            ctx,
            facts,
            { period, currency },
            refusal('refusal.what-if-cannot-be-computed'),
          )
        ).run.outputs;
    const candidate = (
      await computeRun(
        ctx,
        facts,
        { period, currency, parameters: parsed.parameters },
        refusal('refusal.what-if-cannot-be-computed'),
      )
    ).run.outputs;
    out.push(comparePeriod(period, current, candidate, names));
  }
  return { periods: out };
}

function comparePeriod(
  period: string,
  current: RunOutputs,
  candidate: RunOutputs,
  names: ReadonlyMap<string, string>,
): WhatIfPeriod {
  const a = new Map(current.members.map((m) => [m.memberId, BigInt(m.payout)]));
  const b = new Map(candidate.members.map((m) => [m.memberId, BigInt(m.payout)]));
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort(compareCodeUnits);
  return {
    period,
    members: ids.map((memberId) => {
      const x = a.get(memberId) ?? 0n;
      const y = b.get(memberId) ?? 0n;
      return {
        memberId,
        name: names.get(memberId) ?? memberId,
        current: x.toString(),
        candidate: y.toString(),
        delta: (y - x).toString(),
      };
    }),
    totals: { current: current.totalPaid, candidate: candidate.totalPaid },
  };
}
