import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { jsonObject } from '../../core/governance/vocabulary.js';
import { periodSchema } from '../../core/finance/events.js';
import { previewProblems } from '../../core/finance/run-record.js';
import { AppError, refusal } from '../errors.js';
import type { AppContext } from '../context.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { baseCurrency, memberNames, readFinanceState } from './finance-facts.js';
import { computeRun, periodFacts } from './period-facts.js';
import { readRunFacts } from './run-start.js';
import { runView, type RunView } from './run-view.js';

export const previewDistributionInput = z.strictObject({
  period: periodSchema,
  /** A parameter document to try instead of the version in force. */
  parameters: jsonObject.optional(),
});
export type PreviewDistributionInput = z.input<typeof previewDistributionInput>;

/**
 * Computes a month's run without recording anything: with the parameters in force, or with the
 * document given. A month a run closed is recomputed from the ledger as that run read it. Both fold
 * from the latest run state recorded before them (see run-state.ts), not from event 1.
 *
 * @example const run = await previewDistribution(ctx, ana, { period: '2026-03' }); // run.id === null
 */
export async function previewDistribution(
  ctx: AppContext,
  actor: Actor | null,
  input: PreviewDistributionInput,
): Promise<RunView> {
  const parsed = parseInput(
    previewDistributionInput,
    input,
    refusal('refusal.distribution-cannot-be-previewed'),
  );
  ensureAllowed('finance.read', actor);
  const currency = await baseCurrency(ctx);
  const skipped = previewProblems(await readFinanceState(ctx.store.db), parsed.period);
  if (skipped.length > 0)
    throw new AppError(
      422,
      'refused',
      refusal('refusal.distribution-cannot-be-previewed'),
      refusal('hint.preview-month-after-last-closed-one'),
      skipped,
    );
  const { facts } = await periodFacts(ctx, parsed.period, await readRunFacts(ctx));
  const { run } = await computeRun(
    ctx,
    facts,
    {
      period: parsed.period,
      currency,
      ...(parsed.parameters ? { parameters: parsed.parameters } : {}),
    },
    refusal('refusal.distribution-cannot-be-previewed'),
  );
  return runView(run, { id: null, closed: false }, await memberNames(ctx.store.db));
}
