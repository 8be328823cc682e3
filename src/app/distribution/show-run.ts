import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { Kysely } from 'kysely';
import { ALGORITHM_ID } from '../../core/distribution/index.js';
import type { PeriodRun, RunInputs, RunOutputs } from '../../core/finance/run-record.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { notFound, refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { memberNames } from './finance-facts.js';
import { runView, type RunView } from './run-view.js';

export const showRunInput = z.strictObject({ runId: z.string().min(1).max(128) });
export type ShowRunInput = z.input<typeof showRunInput>;

/**
 * A committed run by id, or the run of a month (`2026-03`), as recorded.
 *
 * @example const { id, run } = await requireRun(db, '2026-03');
 */
export async function requireRun(
  db: Kysely<Database>,
  runIdOrPeriod: string,
): Promise<{ id: string; seq: number; run: PeriodRun }> {
  const row = await db
    .selectFrom('distribution_runs')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', runIdOrPeriod), eb('period', '=', runIdOrPeriod)]))
    .executeTakeFirst();
  if (!row)
    throw notFound(
      refusal('refusal.no-such-distribution-run', { runIdOrPeriod }),
      refusal('hint.list-runs-get-api-distribution-runs'),
    );
  return {
    id: row.id,
    seq: Number(row.seq),
    run: {
      period: row.period,
      algorithm: ALGORITHM_ID,
      parametersVersion: row.parameters_version,
      ledgerSeq: Number(row.ledger_seq),
      currency: row.currency,
      inputs: JSON.parse(row.inputs) as RunInputs,
      outputs: JSON.parse(row.outputs) as RunOutputs,
    },
  };
}

/**
 * A committed run with every member's payout and plain-language explanation (whose lines add up
 * to the payout). Accepts the run's id or its month.
 *
 * @example const run = await showRun(ctx, ana, { runId: '2026-03' }); run.members[0].explanation
 */
export async function showRun(
  ctx: AppContext,
  actor: Actor | null,
  input: ShowRunInput,
): Promise<RunView> {
  const parsed = parseInput(showRunInput, input, refusal('refusal.run-cannot-be-shown'));
  ensureAllowed('finance.read', actor);
  const { id, run } = await requireRun(ctx.store.db, parsed.runId);
  return runView(run, { id, closed: true }, await memberNames(ctx.store.db));
}
