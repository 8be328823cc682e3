import { describe, expect, it, vi } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { ChunkNotRead, computePeriodRun } from '../../core/finance/run-record.js';
import type * as RunStateModule from '../../core/finance/run-state.js';
import { buildRunState, runStateHash } from '../../core/finance/run-state.js';
import type { AppContext, AppLog } from '../context.js';
import { commitDistribution } from './commit-distribution.js';
import { readLedgerFacts } from './ledger-facts.js';
import { recordIncome } from './record-income.js';
import { setFirstCatParameters } from './set-cat-parameters.js';
import { openFinanceDisco, sampleParameters } from './test-finance.js';

/**
 * The ledger shapes that reach an unread chunk only while building the state are rare and change
 * with the chunk rule, so the next state built from a recorded state is made to meet one: the real
 * `buildRunState` runs everywhere else, and throws what it throws on such a chunk.
 */
const force = { next: false };
vi.mock('../../core/finance/run-state.js', async (importOriginal) => {
  const real = await importOriginal<typeof RunStateModule>();
  return {
    ...real,
    buildRunState: (...args: Parameters<typeof real.buildRunState>) => {
      if (force.next && args[0].start.runId !== null) {
        force.next = false;
        throw new ChunkNotRead('chunk 0f0f gains claims unread');
      }
      return real.buildRunState(...args);
    },
  };
});

/** The run of a month and its state hash as a fold from event 1 gives them. */
async function fromEventOne(ctx: AppContext, period: string, ledgerSeq: number, runId: string) {
  const facts = await readLedgerFacts(ctx, ledgerSeq);
  const run = computePeriodRun(facts.value, facts.finance, {
    period,
    ledgerSeq,
    currency: 'EUR',
    datingEnds: facts.datingEnds,
    leaves: facts.leaves,
  });
  const { state } = buildRunState(facts, { runId, period, ledgerSeq, outputs: run.outputs });
  return { outputs: run.outputs, hash: runStateHash(state) };
}

async function runPayload(ctx: AppContext, runId: string) {
  const row = await ctx.store.db
    .selectFrom('distribution_runs')
    .select(['seq'])
    .where('id', '=', runId)
    .executeTakeFirstOrThrow();
  const [event] = await ctx.store.eventsAt([Number(row.seq)]);
  return event!.payload as {
    outputs: unknown;
    fromSeq: number | null;
    state: { hash: string; previous: string | null };
  };
}

for (const d of dialects)
  describe.skipIf(skipping(d, 'commit fallback'))(
    `a commit whose state needs a chunk not read (${d.dialect})`,
    () => {
      it('computes the run and its state from event 1, logs it, and the next run starts from that state', async () => {
        const f = await openFinanceDisco(d);
        const lines: { fields: Record<string, unknown>; message: string }[] = [];
        const log: AppLog = {
          info: (fields, message) => void lines.push({ fields, message }),
          warn: () => {},
          error: () => {},
        };
        const ctx: AppContext = { ...f.ctx, log };
        const { founder, ana, bo } = f;
        await setFirstCatParameters(ctx, founder, sampleParameters());
        const month = async (period: string, day: string) => {
          await f.counted(ana, bo, { stream: 'livelihood', hours: '3', date: `${period}-${day}` });
          await f.counted(bo, ana, { stream: 'care', hours: '2', date: `${period}-${day}` });
          await recordIncome(ctx, founder, {
            source: 'client',
            amount: '9000',
            fee: '0',
            currency: 'EUR',
            date: `${period}-20`,
            description: 'Work',
          });
        };
        await month('2025-10', '06');
        const october = await commitDistribution(ctx, founder, { period: '2025-10' });
        await month('2025-11', '04');

        force.next = true;
        const november = await commitDistribution(ctx, founder, { period: '2025-11' });
        expect(force.next).toBe(false);
        const full = await fromEventOne(ctx, '2025-11', november.ledgerSeq, november.id!);
        const payload = await runPayload(ctx, november.id!);
        expect(payload.outputs).toEqual(full.outputs);
        // Computed from event 1: the run does not claim to start from October's state.
        expect(payload).toMatchObject({
          fromSeq: null,
          state: { hash: full.hash, previous: null },
        });
        const stored = await ctx.store.db
          .selectFrom('distribution_run_states')
          .select('state')
          .where('run_id', '=', november.id!)
          .executeTakeFirstOrThrow();
        expect(runStateHash(JSON.parse(stored.state))).toBe(full.hash);
        expect(lines).toEqual([
          {
            fields: {
              period: '2025-11',
              from: october.id,
              reason: 'chunk 0f0f gains claims unread',
            },
            message: 'run state needs a chunk not read: computing the run from event 1',
          },
        ]);

        // The state the fallback recorded is one the next run starts from.
        await month('2025-12', '02');
        const december = await commitDistribution(ctx, founder, { period: '2025-12' });
        const next = await runPayload(ctx, december.id!);
        const fullDecember = await fromEventOne(ctx, '2025-12', december.ledgerSeq, december.id!);
        expect(next.outputs).toEqual(fullDecember.outputs);
        expect(next).toMatchObject({
          fromSeq: november.ledgerSeq,
          state: { hash: fullDecember.hash, previous: full.hash },
        });
        expect(lines).toHaveLength(1);
      });
    },
  );
