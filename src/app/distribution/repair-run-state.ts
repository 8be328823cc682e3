import { FINANCE_EVENT, runCommittedPayloadV2 } from '../../core/finance/events.js';
import {
  recordedForm,
  runStateHash,
  runStateText,
  type AnyRunState,
} from '../../core/finance/run-state.js';
import type { RunOutputs } from '../../core/finance/run-record.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { AppError, notFound, refusal } from '../errors.js';
import { readLedgerFacts } from './ledger-facts.js';

/**
 * Stores a run state after checking it hashes to what the run's event recorded; a state that does
 * not is refused (422) and nothing changes.
 *
 * @example await storeRunState(ctx, { runId, state });
 */
export async function storeRunState(
  ctx: AppContext,
  exported: { runId: string; state: AnyRunState; chunks?: ReadonlyMap<string, string> },
): Promise<void> {
  const run = await runEvent(ctx, exported.runId);
  const hash = runStateHash(exported.state);
  if (hash !== run.hash || exported.state.runId !== exported.runId)
    throw new AppError(
      422,
      'run-state-mismatch',
      refusal('refusal.given-run-state-hash-mismatch', {
        runId: exported.runId,
        hash,
        hash2: run.hash,
      }),
      refusal('hint.recompute-from-ledger-disco-distribution-repair', { runId: exported.runId }),
    );
  await ctx.store.db
    .deleteFrom('distribution_run_states')
    .where('run_id', '=', exported.runId)
    .execute();
  await ctx.store.db
    .insertInto('distribution_run_states')
    .values({
      run_id: exported.runId,
      ledger_seq: exported.state.ledgerSeq,
      hash,
      state: runStateText(exported.state),
    })
    .execute();
  if (exported.chunks) await storeChunks(ctx.store.db, exported.chunks);
}

/**
 * Stores chunks of open claims (hash → canonical text) a state names; one already stored under
 * its hash is the same text, and is left as it is.
 *
 * @example await storeChunks(db, buildRunState(facts, run).chunks);
 */
export async function storeChunks(
  db: Kysely<Database>,
  chunks: ReadonlyMap<string, string>,
): Promise<void> {
  const rows = [...chunks].map(([hash, chunk]) => ({ hash, chunk }));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('distribution_run_state_chunks')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
}

/**
 * Recomputes a committed run's state from event 1 (the ledger up to the run's `ledgerSeq`, and
 * what the run recorded it paid) and stores it if it hashes to what the run's event recorded:
 * the repair for a `run-state-missing` or `run-state-mismatch` refusal, and what an import does
 * for a run whose state the export did not carry. Costs a fold of the whole ledger. Node-local,
 * like a replay: whoever holds the data directory may run it, and it changes nothing on the ledger.
 *
 * @example await repairRunState(ctx, '2026-03') // { runId, period: '2026-03', hash }
 */
export async function repairRunState(
  ctx: AppContext,
  runIdOrPeriod: string,
): Promise<{ runId: string; period: string; hash: string }> {
  const run = await runEvent(ctx, runIdOrPeriod);
  const facts = await readLedgerFacts(ctx, run.ledgerSeq);
  const { state, chunks } = recordedForm(
    facts,
    { runId: run.runId, period: run.period, ledgerSeq: run.ledgerSeq, outputs: run.outputs },
    run.hash,
  );
  await storeRunState(ctx, { runId: run.runId, state, chunks });
  return { runId: run.runId, period: run.period, hash: run.hash };
}

async function runEvent(ctx: AppContext, runIdOrPeriod: string) {
  const row = await ctx.store.db
    .selectFrom('distribution_runs')
    .select(['seq'])
    .where((eb) => eb.or([eb('id', '=', runIdOrPeriod), eb('period', '=', runIdOrPeriod)]))
    .executeTakeFirst();
  if (!row)
    throw notFound(
      refusal('refusal.no-such-distribution-run', { runIdOrPeriod }),
      refusal('hint.name-run-id-month-disco-distribution'),
    );
  const [event] = await ctx.store.eventsAt([Number(row.seq)]);
  if (!event || event.type !== FINANCE_EVENT.runCommitted || event.schema !== 2)
    throw new AppError(
      422,
      'refused',
      refusal('refusal.run-has-no-state-to-repair', { runIdOrPeriod }),
      refusal('hint.run-after-folds-from-event-1'),
    );
  const p = runCommittedPayloadV2.parse(event.payload);
  return {
    runId: p.runId,
    period: p.period,
    ledgerSeq: p.ledgerSeq,
    hash: p.state.hash,
    outputs: p.outputs as unknown as RunOutputs,
  };
}
