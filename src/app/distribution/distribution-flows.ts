import type { Actor } from '../../core/access/actor.js';
import { sankeyOf, type FlowLink, type FlowNode } from '../../core/finance/flows.js';
import { datedInRun } from '../../core/finance/run-record.js';
import { periodOfDate } from '../../core/finance/periods.js';
import type { AppContext } from '../context.js';
import { notFound, refusal } from '../errors.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { flowsKey } from './flows-version.js';
import { baseCurrency, memberNames, readFinanceState } from './finance-facts.js';
import { periodFilterInput, type PeriodFilterInput } from './list-income.js';
import { computeRun } from './period-facts.js';
import { readRunFacts } from './run-start.js';
import { solidarityFlows } from './solidarity-flows.js';

type Flows = { period: string; currency: string; nodes: FlowNode[]; links: FlowLink[] };

/**
 * The last flows each open store answered, by what they follow from (flowsKey). The dashboard
 * asks for the last closed run's on every visit; this makes all but the first after an append a
 * head lookup.
 */
const answered = new WeakMap<object, { key: string; flows: Promise<Flows> }>();

/**
 * The Sankey of a month, aggregated on the server: its recorded run when closed, else a preview
 * with the parameters in force. Without a month: the latest closed run's month (or the current
 * month when nothing is closed yet).
 *
 * @example await distributionFlows(ctx, ana, { period: '2026-03' }) // { period, currency, nodes: [...], links: [...] }
 */
export async function distributionFlows(
  ctx: AppContext,
  actor: Actor | null,
  input: PeriodFilterInput,
): Promise<Flows> {
  const parsed = parseInput(periodFilterInput, input, refusal('refusal.flows-cannot-be-shown'));
  ensureAllowed('finance.read', actor);
  const key = await flowsKey(ctx, parsed.period);
  const last = answered.get(ctx.store);
  if (last?.key === key) return last.flows;
  const flows = computeFlows(ctx, parsed);
  answered.set(ctx.store, { key, flows });
  // A refusal is not kept: the next request asks again.
  flows.catch(() => {
    if (answered.get(ctx.store)?.flows === flows) answered.delete(ctx.store);
  });
  return flows;
}

async function computeFlows(ctx: AppContext, parsed: PeriodFilterInput): Promise<Flows> {
  const currency = await baseCurrency(ctx);
  const finance = await readFinanceState(ctx.store.db);
  const latest = [...finance.runs].sort((a, b) => (a.period < b.period ? 1 : -1))[0];
  const period = parsed.period ?? latest?.period ?? periodOfDate(await discoToday(ctx));
  const recorded = finance.runs.find((r) => r.period === period);
  let outputs = recorded?.outputs;
  if (!outputs) {
    if (finance.parameters.length === 0)
      throw notFound(
        refusal('refusal.no-flows-without-parameters', { period }),
        refusal('hint.founder-sets-first-parameter-document-disco'),
      );
    outputs = (
      await computeRun(
        ctx,
        await readRunFacts(ctx),
        { period, currency },
        refusal('refusal.flows-cannot-be-shown'),
      )
    ).run.outputs;
  }
  const inRun = datedInRun(finance, period);
  return {
    period,
    currency,
    ...sankeyOf(
      period,
      finance.income,
      inRun,
      outputs,
      await memberNames(ctx.store.db),
      await solidarityFlows(ctx, finance, inRun),
    ),
  };
}
