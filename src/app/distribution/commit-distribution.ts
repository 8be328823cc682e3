import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { JsonObject } from '../../core/ledger/canonical.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { FINANCE_EVENT, periodSchema } from '../../core/finance/events.js';
import {
  ChunkNotRead,
  commitProblems,
  outputsForSchema,
  RUN_SCHEMA,
  type PeriodRun,
} from '../../core/finance/run-record.js';
import type { Period } from '../../core/finance/periods.js';
import { buildRunState, runStateText, storedTextHash } from '../../core/finance/run-state.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { AppError, conflict, refusal } from '../errors.js';
import { newId } from '../ids.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { baseCurrency, memberNames } from './finance-facts.js';
import { computeOrRefuse, computeRun } from './period-facts.js';
import { readLedgerFacts, type LedgerFacts } from './ledger-facts.js';
import { readRunFacts, startOfFacts } from './run-start.js';
import { storeChunks } from './repair-run-state.js';
import { runView, type RunView } from './run-view.js';

export const commitDistributionInput = z.strictObject({ period: periodSchema });
export type CommitDistributionInput = z.input<typeof commitDistributionInput>;

const MESSAGE = refusal('refusal.distribution-run-cannot-be-committed');

/**
 * Runs the value equation for a month that has ended and records the run: the ledger position
 * it read, the algorithm and parameter version, every input total and every output. The month is
 * closed from then on: income, expenses and parameters dated in it are refused, and so is a second
 * run. If anything is appended between reading and recording, the run is refused (retry).
 * The run starts from the state the previous run recorded (checked against its hash; see
 * run-state.ts) and records its own state beside its event, in the same transaction.
 *
 * @example const run = await commitDistribution(ctx, founder, { period: '2026-03' }); // run.closed === true
 */
export async function commitDistribution(
  ctx: AppContext,
  actor: Actor | null,
  input: CommitDistributionInput,
): Promise<RunView & { events: LedgerEvent[] }> {
  const parsed = parseInput(commitDistributionInput, input, MESSAGE);
  ensureAllowed('distribution.commit', actor);
  const currency = await baseCurrency(ctx);
  const read = await readRunFacts(ctx);
  const problems = commitProblems(read.finance, parsed.period, await discoToday(ctx));
  if (problems.length > 0)
    throw new AppError(
      422,
      'refused',
      MESSAGE,
      refusal('hint.commit-month-after-last-closed-one'),
      problems,
    );
  const runId = newId(ctx);
  const { run, facts, state, chunks } = await runAndState(ctx, read, {
    runId,
    period: parsed.period,
    currency,
  });
  // Stored as the very text hashed, so the next run checks it by hashing, not canonicalising.
  const text = runStateText(state);
  const hash = storedTextHash(text);
  const from = await startOfFacts(ctx, facts);
  const payload = {
    runId,
    period: run.period,
    ledgerSeq: run.ledgerSeq,
    algorithm: run.algorithm,
    parametersVersion: run.parametersVersion!,
    currency,
    inputs: run.inputs as unknown as JsonObject,
    outputs: run.outputs as unknown as JsonObject,
    fromSeq: from.fromSeq,
    state: { hash, previous: from.previous },
  };
  const events = await appendEvents(
    ctx,
    [{ ...draftOf(ctx, actor, FINANCE_EVENT.runCommitted, payload), schema: RUN_SCHEMA }],
    {
      guard: async (db) => {
        const head = await db.selectFrom('chain_head').select('size').executeTakeFirstOrThrow();
        if (Number(head.size) !== facts.seq)
          throw conflict(
            refusal('refusal.ledger-changed-while-run-was-computed'),
            refusal('hint.commit-run-again'),
          );
        // The state goes in with its run or not at all: the next run checks it against the hash.
        await db
          .insertInto('distribution_run_states')
          .values({ run_id: runId, ledger_seq: run.ledgerSeq, hash, state: text })
          .execute();
        await storeChunks(db, chunks);
      },
    },
  );
  return { ...runView(run, { id: runId, closed: true }, await memberNames(ctx.store.db)), events };
}

/**
 * The run of `period` and the state it records, computed from `read`. When the state would need a
 * chunk of the previous state that was not read (a claim joining or a payment covering it), the
 * run and its state are computed again from event 1, which reads every claim: slower, never wrong.
 */
async function runAndState(
  ctx: AppContext,
  read: LedgerFacts,
  { runId, period, currency }: { runId: string; period: Period; currency: string },
) {
  const { run: computed, facts } = await computeRun(ctx, read, { period, currency }, MESSAGE);
  try {
    return built(runId, computed, facts);
  } catch (error) {
    if (!(error instanceof ChunkNotRead)) throw error;
    ctx.log?.info(
      { period, from: facts.start.runId, reason: error.message },
      'run state needs a chunk not read: computing the run from event 1',
    );
    const full = await readLedgerFacts(ctx, facts.seq);
    return built(runId, computeOrRefuse(full, { period, currency }, MESSAGE), full);
  }
}

function built(runId: string, computed: PeriodRun, facts: LedgerFacts) {
  // What is recorded, and so what the run will show from now on.
  const run = { ...computed, outputs: outputsForSchema(computed.outputs, RUN_SCHEMA) };
  const { state, chunks } = buildRunState(facts, {
    runId,
    period: run.period,
    ledgerSeq: run.ledgerSeq,
    outputs: run.outputs,
  });
  return { run, facts, state, chunks };
}
