import type { Message } from '../../core/messages/codes.js';
import {
  ChunkNotRead,
  computePeriodRun,
  RunRefusal,
  StartTooLate,
  type PeriodRun,
} from '../../core/finance/run-record.js';
import type { ParameterDocumentInput } from '../../core/distribution/index.js';
import { ParameterError, RunInputError } from '../../core/distribution/index.js';
import type { Period } from '../../core/finance/periods.js';
import type { AppContext } from '../context.js';
import { AppError, refusal } from '../errors.js';
import { readFinanceState } from './finance-facts.js';
import { readLedgerFacts, type LedgerFacts } from './ledger-facts.js';
import { readRunFacts } from './run-start.js';

/**
 * The facts a month is computed from: for a month a run closed, the ledger as that run read it
 * (so a what-if over a past month compares like with like); for an open month, the ledger now.
 *
 * @example const facts = await periodFacts(ctx, '2026-02', await readLedgerFacts(ctx));
 */
export async function periodFacts(
  ctx: AppContext,
  period: Period,
  now: LedgerFacts,
): Promise<{ facts: LedgerFacts; recorded: { id: string; seq: number } | null }> {
  const run = (await readFinanceState(ctx.store.db)).runs.find((r) => r.period === period);
  if (!run) return { facts: now, recorded: null };
  return {
    facts: await readRunFacts(ctx, run.ledgerSeq),
    recorded: { id: run.id, seq: run.seq },
  };
}

/**
 * `computeOrRefuse`, reading more of the recorded state when the run pays into chunks not read,
 * and folding again from event 1 when the state the facts started from cannot carry the run
 * (work logged or counted late, dated before what payments already covered; see run-state.ts).
 * Returns the facts the run was computed from.
 *
 * @example const { run, facts } = await computeRun(ctx, await readRunFacts(ctx), { period, currency }, MESSAGE);
 */
export async function computeRun(
  ctx: AppContext,
  facts: LedgerFacts,
  options: { period: Period; currency: string; parameters?: unknown },
  message: Message,
): Promise<{ run: PeriodRun; facts: LedgerFacts }> {
  try {
    return { run: computeOrRefuse(facts, options, message), facts };
  } catch (error) {
    if (!(error instanceof StartTooLate)) throw error;
    // Paid further than what was paid before reaches: read the chunks these payments reach, and
    // fold from event 1 only when that reads nothing new. Each round reads more, so it ends.
    if (error instanceof ChunkNotRead && error.payments !== null && facts.readMore) {
      const more = await facts.readMore(error.payments);
      if (more !== null) return computeRun(ctx, more, options, message);
    }
    const full = await readLedgerFacts(ctx, facts.seq);
    return { run: computeOrRefuse(full, options, message), facts: full };
  }
}

/**
 * `computePeriodRun` with core's refusals as 422s naming the field.
 *
 * @example const run = computeOrRefuse(facts, { period, currency }, refusal('refusal.distribution-cannot-be-previewed'));
 */
export function computeOrRefuse(
  facts: LedgerFacts,
  options: { period: Period; currency: string; parameters?: unknown },
  message: Message,
  parametersField = 'parameters',
): PeriodRun {
  try {
    const { parameters, ...rest } = options;
    return computePeriodRun(facts.value, facts.finance, {
      ...rest,
      ledgerSeq: facts.seq,
      datingEnds: facts.datingEnds,
      leaves: facts.leaves,
      start: facts.start,
      appreciations: facts.appreciations,
      credits: facts.credits,
      ...(parameters !== undefined ? { parameters: parameters as ParameterDocumentInput } : {}),
    });
  } catch (error) {
    if (error instanceof RunRefusal)
      throw new AppError(422, 'refused', message, undefined, [
        { field: error.field, message: error.message },
      ]);
    if (error instanceof ParameterError)
      throw new AppError(
        422,
        'refused',
        message,
        refusal('hint.fix-fields-named-parameter-document'),
        error.problems.map((p) => ({
          field: p.path ? `${parametersField}.${p.path}` : parametersField,
          message: p.message,
        })),
      );
    if (error instanceof RunInputError)
      throw new AppError(
        422,
        'refused',
        message,
        undefined,
        error.problems.map((p) => ({ field: p.path, message: p.message })),
      );
    throw error;
  }
}
