import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import fc from 'fast-check';
import { dialects, skipping, testStore } from '../../../test/support/stores.js';
import { tempDir } from '../../../test/support/temp-dir.js';
import type { AppContext } from '../context.js';
import { exportLedger } from '../ledger/export-ledger.js';
import { importLedger } from '../ledger/import-ledger.js';
import { repairRunState } from './repair-run-state.js';
import { verifyRunFromExport } from './verify-run.js';
import { describe, expect, it } from 'vitest';
import { FINANCE_EVENT } from '../../core/finance/events.js';
import { ChunkNotRead, computePeriodRun } from '../../core/finance/run-record.js';
import { refusal } from '../errors.js';
import { computeOrRefuse } from './period-facts.js';
import {
  buildRunState,
  chunksToRead,
  firstFormOf,
  recordedForm,
  runStateHash,
  secondFormOf,
  startingPoint,
  thirdFormOf,
  bucketIndex,
  bucketRecords,
  startsBucket,
  fourthFormOf,
  type AnyRunState,
  type CarriedChunk,
  type DormantBucket,
  type RunState,
} from '../../core/finance/run-state.js';
import type { RunOutputs } from '../../core/finance/run-record.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import {
  acknowledgeContribution,
  disputeContribution,
  withdrawDispute,
} from '../value/acknowledge-contribution.js';
import { editContribution } from '../value/edit-contribution.js';
import { logContribution } from '../value/log-contribution.js';
import { commitDistribution } from './commit-distribution.js';
import { foldLedgerFacts, readLedgerFacts } from './ledger-facts.js';
import { previewDistribution } from './preview-distribution.js';
import { recordIncome } from './record-income.js';
import { readRunFacts } from './run-start.js';
import { setFirstCatParameters } from './set-cat-parameters.js';
import { openFinanceDisco, sampleParameters, type FinanceDisco } from './test-finance.js';

const MONTHS = ['2025-10', '2025-11', '2025-12'] as const;
const TASK = { livelihood: 'coding', love: 'translation', care: 'meeting' } as const;
const CIRCLE = { livelihood: 'tech', love: 'love', care: 'care' } as const;

const workArb = fc.record({
  byAna: fc.boolean(),
  stream: fc.constantFrom('livelihood' as const, 'love' as const, 'care' as const),
  hours: fc.integer({ min: 1, max: 6 }),
  /** The month the work is dated in, and how many runs later it is logged and counted. */
  month: fc.integer({ min: 0, max: 2 }),
  day: fc.integer({ min: 1, max: 28 }),
  loggedLate: fc.integer({ min: 0, max: 2 }),
  countedLate: fc.integer({ min: 0, max: 2 }),
  /** How many runs after logging the author corrects it (the edit supersedes it), if ever. */
  editedLate: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  /** Whether the other member disputes it instead of acknowledging, and withdraws a run later. */
  dispute: fc.constantFrom('none' as const, 'kept' as const, 'withdrawn' as const),
});
const scenarioArb = fc.record({
  work: fc.array(workArb, { minLength: 1, maxLength: 10 }),
  income: fc.array(fc.integer({ min: 0, max: 150_000 }), { minLength: 3, maxLength: 3 }),
});

/** The run of a month as a fold from event 1 computes it, and the state it would record. */
async function fromEventOne(ctx: AppContext, period: string, ledgerSeq: number, runId: string) {
  const facts = await readLedgerFacts(ctx, ledgerSeq);
  const run = computePeriodRun(facts.value, facts.finance, {
    period,
    ledgerSeq,
    currency: 'EUR',
    datingEnds: facts.datingEnds,
    leaves: facts.leaves,
  });
  return {
    run,
    hash: runStateHash(
      buildRunState(facts, { runId, period, ledgerSeq, outputs: run.outputs }).state,
    ),
  };
}

/** The contribution ids in the dormant buckets a state names, from the node's chunk table. */
async function dormantIds(ctx: AppContext, state: RunState): Promise<string[]> {
  if (state.dormant.length === 0) return [];
  const rows = await ctx.store.db
    .selectFrom('distribution_run_state_chunks')
    .select('chunk')
    .where(
      'hash',
      'in',
      state.dormant.map((b) => b.hash),
    )
    .execute();
  return rows.flatMap((r) => (JSON.parse(r.chunk) as DormantBucket).dormant.id);
}

/** The run state the node stored for a run. */
async function storedState(ctx: AppContext, runId: string): Promise<RunState> {
  const row = await ctx.store.db
    .selectFrom('distribution_run_states')
    .select('state')
    .where('run_id', '=', runId)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.state) as RunState;
}

async function storedRun(f: FinanceDisco, runId: string) {
  const row = await f.ctx.store.db
    .selectFrom('distribution_runs')
    .select(['seq'])
    .where('id', '=', runId)
    .executeTakeFirstOrThrow();
  const [event] = await f.ctx.store.eventsAt([Number(row.seq)]);
  return event!;
}

for (const d of dialects)
  describe.skipIf(skipping(d, 'run states'))(
    `runs that start from the previous run state (${d.dialect})`,
    () => {
      it('give the very run and state a fold from event 1 gives, on random ledgers with late, edited and disputed work', async () => {
        await fc.assert(
          fc.asyncProperty(scenarioArb, async (s) => {
            const f = await openFinanceDisco(d);
            const { ctx, founder, ana, bo } = f;
            await setFirstCatParameters(
              ctx,
              founder,
              sampleParameters({
                smoothing: { periods: 2, onLeave: 5000, heavyCare: 2500, heavyCareHours: 4 },
              }),
            );
            const pending: {
              id: string;
              by: typeof ana;
              validator: typeof ana;
              at: number;
              editAt: number | undefined;
              dispute: 'none' | 'kept' | 'withdrawn';
            }[] = [];
            let previousHash: string | null = null;
            for (let m = 0; m < MONTHS.length; m++) {
              for (const w of s.work.filter((x) => Math.min(2, x.month + x.loggedLate) === m)) {
                const by = w.byAna ? ana : bo;
                const { contributionId } = await logContribution(ctx, by, {
                  stream: w.stream,
                  quantity: String(w.hours),
                  taskKind: TASK[w.stream],
                  date: `${MONTHS[w.month]}-${String(w.day).padStart(2, '0')}`,
                  circle: CIRCLE[w.stream],
                });
                pending.push({
                  id: contributionId,
                  by,
                  validator: w.byAna ? bo : ana,
                  at: m + w.countedLate,
                  editAt: w.editedLate === undefined ? undefined : m + w.editedLate,
                  dispute: w.dispute,
                });
              }
              for (const p of pending.filter((x) => x.dispute === 'withdrawn' && x.at === m - 1))
                await withdrawDispute(ctx, p.validator, { contributionId: p.id });
              // Corrections of work logged in earlier runs supersede contributions a state carries.
              for (const p of pending.filter((x) => x.editAt === m)) {
                const edited = await editContribution(ctx, p.by, {
                  contributionId: p.id,
                  quantity: '1.5',
                });
                p.id = edited.contributionId;
              }
              for (const p of pending.filter((x) => x.at === m))
                if (p.dispute === 'none')
                  await acknowledgeContribution(ctx, p.validator, { contributionId: p.id });
                else
                  await disputeContribution(ctx, p.validator, {
                    contributionId: p.id,
                    reason: 'Not that long.',
                  });
              if (s.income[m]! > 0)
                await recordIncome(ctx, founder, {
                  source: 'client',
                  amount: String(s.income[m]),
                  fee: '0',
                  currency: 'EUR',
                  date: `${MONTHS[m]}-20`,
                  description: 'Work',
                });
              const preview = await previewDistribution(ctx, founder, { period: MONTHS[m]! });
              const committed = await commitDistribution(ctx, founder, { period: MONTHS[m]! });
              expect(preview.members).toEqual(committed.members);
              const full = await fromEventOne(
                f.ctx,
                MONTHS[m]!,
                committed.ledgerSeq,
                committed.id!,
              );
              const event = await storedRun(f, committed.id!);
              expect(event.schema).toBe(2);
              const payload = event.payload as {
                inputs: unknown;
                outputs: unknown;
                fromSeq: number | null;
                state: { hash: string; previous: string | null };
              };
              expect(payload.outputs).toEqual(full.run.outputs);
              expect(payload.inputs).toEqual(full.run.inputs);
              // Late work dated before what payments covered makes the node fold from event 1.
              const fromEvent1 = payload.fromSeq === null;
              if (m === 0) expect(fromEvent1).toBe(true);
              expect(payload.state).toEqual({
                hash: full.hash,
                previous: fromEvent1 ? null : previousHash,
              });
              // Work not yet acknowledged is carried folded, not replayed from its events.
              const stored = await f.ctx.store.db
                .selectFrom('distribution_run_states')
                .select('state')
                .where('run_id', '=', committed.id!)
                .executeTakeFirstOrThrow();
              const state = JSON.parse(stored.state) as RunState;
              expect(state.format).toBe('disco-run-state@5');
              // Work not yet acknowledged is dormant: carried in buckets the state names.
              const dormant = await dormantIds(f.ctx, state);
              expect(dormant).toEqual(
                expect.arrayContaining(pending.filter((p) => p.at > m).map((p) => p.id)),
              );
              expect(state.pending.id.filter((id) => dormant.includes(id))).toEqual([]);
              previousHash = full.hash;
            }
          }),
          { numRuns: 16 },
        );
        // Sixteen random ledgers of three commits each, each checked against a fold from event 1.
      }, 300_000);

      it('folds from event 1 when late work sorts before what payments already covered, and agrees with it', async () => {
        const f = await openFinanceDisco(d);
        const { ctx, founder, ana, bo } = f;
        await setFirstCatParameters(ctx, founder, sampleParameters());
        await f.counted(ana, bo, { stream: 'livelihood', hours: '1', date: '2025-11-03' });
        await f.counted(ana, bo, { stream: 'livelihood', hours: '1', date: '2025-11-10' });
        await recordIncome(ctx, founder, {
          source: 'client',
          amount: '5000000',
          fee: '0',
          currency: 'EUR',
          date: '2025-11-20',
          description: 'Plenty',
        });
        const november = await commitDistribution(ctx, founder, { period: '2025-11' });
        expect(november.members.find((m) => m.memberId === ana.memberId)?.outstanding).toBe('0');
        const state = await ctx.store.db
          .selectFrom('distribution_run_states')
          .select('state')
          .executeTakeFirstOrThrow();
        // Both of Ana's entries are paid in full and settled: the state keeps only their total.
        expect(JSON.parse(state.state)).toMatchObject({
          carried: [],
          covered: [{ memberId: ana.memberId, stream: 'livelihood', amount: '8000' }],
        });
        // Work of 5 November logged in December sorts between them.
        await f.counted(ana, bo, { stream: 'livelihood', hours: '2', date: '2025-11-05' });
        await f.counted(ana, bo, { stream: 'livelihood', hours: '1', date: '2025-12-05' });
        const december = await commitDistribution(ctx, founder, { period: '2025-12' });
        const full = await fromEventOne(f.ctx, '2025-12', december.ledgerSeq, december.id!);
        const event = await storedRun(f, december.id!);
        expect((event.payload as { outputs: unknown }).outputs).toEqual(full.run.outputs);
        // From event 1: the state it records does not start from November's.
        expect(event.payload).toMatchObject({
          fromSeq: null,
          state: { hash: full.hash, previous: null },
        });
      });

      it('still verify, repair and start runs recorded with a state before dormant buckets (disco-run-state@4), chunks (@3) or pending contributions (@2)', async () => {
        const f = await openFinanceDisco(d);
        const { ctx, founder, ana, bo } = f;
        await setFirstCatParameters(ctx, founder, sampleParameters());
        await f.counted(ana, bo, { stream: 'livelihood', hours: '3', date: '2025-11-03' });
        const never = await logContribution(ctx, bo, {
          stream: 'care',
          quantity: '2',
          taskKind: TASK.care,
          date: '2025-11-04',
          circle: CIRCLE.care,
        });
        const late = await logContribution(ctx, ana, {
          stream: 'love',
          quantity: '1',
          taskKind: TASK.love,
          date: '2025-11-05',
          circle: CIRCLE.love,
        });
        await recordIncome(ctx, founder, {
          source: 'client',
          amount: '9000',
          fee: '0',
          currency: 'EUR',
          date: '2025-11-20',
          description: 'Work',
        });
        const november = await commitDistribution(ctx, founder, { period: '2025-11' });
        const event = await storedRun(f, november.id!);
        const run = {
          runId: november.id!,
          period: '2025-11',
          ledgerSeq: november.ledgerSeq,
          outputs: (event.payload as unknown as { outputs: RunOutputs }).outputs,
        };
        const facts = await readLedgerFacts(ctx, november.ledgerSeq);
        const built = buildRunState(facts, run);
        const fifth = built.state;
        const fourth = fourthFormOf(facts, run).state;
        const third = thirdFormOf(facts, run);
        const second = secondFormOf(facts, run);
        expect(third.pending.id).toEqual([never.contributionId, late.contributionId]);
        expect(fourth.pending).toEqual(third.pending);
        // The fifth carries both, never acknowledged, in a bucket of dormant work instead.
        expect(fifth.pending.id).toEqual([]);
        expect(fifth.dormant.reduce((n, b) => n + b.count, 0)).toBe(2);
        expect(
          fifth.dormant.flatMap(
            (b) => (JSON.parse(built.chunks.get(b.hash)!) as DormantBucket).dormant.id,
          ),
        ).toEqual(expect.arrayContaining([never.contributionId, late.contributionId]));
        // The second form replays the live contributions' events instead.
        const logged = (await ctx.store.eventsAt(second.replay)).filter(
          (e) => e.type === 'value.contribution.logged',
        );
        expect(logged.map((e) => (e.payload as { contributionId: string }).contributionId)).toEqual(
          [never.contributionId, late.contributionId],
        );
        expect(third.replay.length + logged.length).toBe(second.replay.length);
        // A run whose event recorded any earlier form's hash verifies and repairs to it.
        expect(recordedForm(facts, run, runStateHash(fifth))).toEqual(built);
        expect(recordedForm(facts, run, runStateHash(fourth)).state).toEqual(fourth);
        expect(recordedForm(facts, run, runStateHash(third)).state).toEqual(third);
        expect(recordedForm(facts, run, runStateHash(second)).state).toEqual(second);
        const first = firstFormOf(second);
        expect(recordedForm(facts, run, runStateHash(first)).state).toEqual(first);

        // December, started from either form, is the same run with the same state.
        await acknowledgeContribution(ctx, bo, { contributionId: late.contributionId });
        await f.counted(bo, ana, { stream: 'care', hours: '1', date: '2025-12-02' });
        const head = (await ctx.store.head()).size;
        const chunks = new Map(
          [...built.chunks].map(([hash, text]) => [hash, JSON.parse(text) as CarriedChunk]),
        );
        const fold = async (state: AnyRunState) => {
          const replayed = await ctx.store.eventsAt(state.replay);
          const after: LedgerEvent[] = [];
          for await (const e of ctx.store.streamEvents(state.ledgerSeq + 1)) after.push(e);
          // Every bucket of a fifth form read, as a verifier reads them.
          const read = new Set(
            state.format === 'disco-run-state@5' ? state.dormant.map((b) => b.hash) : [],
          );
          const from = startingPoint(state, chunks, read);
          for (const h of read)
            from.pending.push(...bucketRecords(JSON.parse(built.chunks.get(h)!) as DormantBucket));
          const folded = await foldLedgerFacts([...replayed, ...after], head, from);
          const december = computePeriodRun(folded.value, folded.finance, {
            period: '2025-12',
            ledgerSeq: head,
            currency: 'EUR',
            datingEnds: folded.datingEnds,
            leaves: folded.leaves,
            start: folded.start,
          });
          const next = { runId: 'next', period: '2025-12', ledgerSeq: head };
          return {
            outputs: december.outputs,
            state: runStateHash(
              buildRunState(folded, { ...next, outputs: december.outputs }).state,
            ),
          };
        };
        const fromThird = await fold(third);
        expect(await fold(second)).toEqual(fromThird);
        expect(await fold(fourth)).toEqual(fromThird);
        expect(await fold(fifth)).toEqual(fromThird);
        const full = await fromEventOne(ctx, '2025-12', head, 'next');
        expect(fromThird).toEqual({ outputs: full.run.outputs, state: full.hash });
      });

      it('reads only the chunks payments can reach, carries the others by hash, and closes as a fold from event 1 does', async () => {
        const f = await openFinanceDisco(d);
        const { ctx, founder, ana, bo } = f;
        await setFirstCatParameters(ctx, founder, sampleParameters());
        const months = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'];
        let last = null;
        for (const month of months) {
          await f.counted(ana, bo, { stream: 'livelihood', hours: '3', date: `${month}-03` });
          await f.counted(bo, ana, { stream: 'care', hours: '2', date: `${month}-04` });
          await f.counted(ana, bo, { stream: 'love', hours: '1', date: `${month}-05` });
          await recordIncome(ctx, founder, {
            source: 'client',
            amount: '3000',
            fee: '0',
            currency: 'EUR',
            date: `${month}-20`,
            description: 'Little',
          });
          const facts = await readRunFacts(ctx);
          const before = await ctx.store.db
            .selectFrom('distribution_run_states')
            .select('state')
            .where('run_id', '=', facts.start.runId ?? '')
            .executeTakeFirst();
          const committed = await commitDistribution(ctx, founder, { period: month });
          const full = await fromEventOne(ctx, month, committed.ledgerSeq, committed.id!);
          const event = await storedRun(f, committed.id!);
          expect(event.payload).toMatchObject({
            inputs: full.run.inputs,
            outputs: full.run.outputs,
            state: { hash: full.hash },
          });
          if (before) {
            const state = JSON.parse(before.state) as RunState;
            expect((event.payload as { fromSeq: number | null }).fromSeq).toBe(state.ledgerSeq);
            const named = state.carried.flatMap((c) => c.chunks);
            if (month === '2025-12') {
              // Five months of claims, a little income: the close reads the oldest chunks only.
              const read = chunksToRead(state, facts);
              expect(named.length).toBeGreaterThan(read.length + 3);
              expect(named.length).toBe(new Set(named.map((r) => r.hash)).size);
            }
          }
          last = committed;
        }
        const rows = await ctx.store.db
          .selectFrom('distribution_run_state_chunks')
          .select('hash')
          .execute();
        const state = JSON.parse(
          (
            await ctx.store.db
              .selectFrom('distribution_run_states')
              .select('state')
              .where('run_id', '=', last!.id!)
              .executeTakeFirstOrThrow()
          ).state,
        ) as RunState;
        // Every chunk the last state names is stored, under its hash.
        const stored = new Set(rows.map((r) => r.hash));
        for (const c of state.carried)
          for (const r of c.chunks) expect(stored.has(r.hash)).toBe(true);

        // A chunk the next close reads, altered: refused by the run's name; a fold from event 1 still works.
        await f.counted(ana, bo, { stream: 'livelihood', hours: '1', date: '2026-01-03' });
        const facts = await readRunFacts(ctx);
        const [first] = chunksToRead(state, facts);
        const row = await ctx.store.db
          .selectFrom('distribution_run_state_chunks')
          .selectAll()
          .where('hash', '=', first!)
          .executeTakeFirstOrThrow();
        const chunk = JSON.parse(row.chunk) as CarriedChunk;
        chunk.amount[0] = `${chunk.amount[0]}0`;
        await ctx.store.db
          .updateTable('distribution_run_state_chunks')
          .set({ chunk: JSON.stringify(chunk) })
          .where('hash', '=', first!)
          .execute();
        await expect(readRunFacts(ctx)).rejects.toMatchObject({
          status: 409,
          code: 'run-state-mismatch',
          message: expect.stringContaining(last!.id!) as string,
        });
        await expect(
          previewDistribution(ctx, founder, { period: '2026-01' }),
        ).rejects.toMatchObject({ code: 'run-state-mismatch' });
        const fromOne = await readLedgerFacts(ctx);
        expect(fromOne.finance.runs).toHaveLength(months.length);
        await ctx.store.db
          .deleteFrom('distribution_run_state_chunks')
          .where('hash', '=', first!)
          .execute();
        await expect(readRunFacts(ctx)).rejects.toMatchObject({
          status: 409,
          code: 'run-state-missing',
        });
        // Repaired from event 1, the chunk is back and the close reads it again.
        expect(await repairRunState(ctx, last!.id!)).toMatchObject({ runId: last!.id });
        expect((await readRunFacts(ctx)).start.runId).toBe(last!.id);
      });

      it('reads the months of work with events since the state, not of all carried pending work, and an edit that moves work into a read month closes as a fold from event 1 does', async () => {
        const f = await openFinanceDisco(d);
        const { ctx, founder, ana, bo } = f;
        await setFirstCatParameters(ctx, founder, sampleParameters());
        let moved = '';
        for (const month of ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11']) {
          await f.counted(ana, bo, { stream: 'livelihood', hours: '3', date: `${month}-03` });
          // Never acknowledged: carried in the state's pending, dated in every month.
          const never = await logContribution(ctx, ana, {
            stream: 'livelihood',
            quantity: '1',
            taskKind: TASK.livelihood,
            date: `${month}-07`,
            circle: CIRCLE.livelihood,
          });
          moved = never.contributionId;
          await recordIncome(ctx, founder, {
            source: 'client',
            amount: '2000',
            fee: '0',
            currency: 'EUR',
            date: `${month}-20`,
            description: 'Little',
          });
          await commitDistribution(ctx, founder, { period: month });
        }
        const facts = await readRunFacts(ctx);
        const state = await storedState(ctx, facts.start.runId!);
        const anas = state.carried.find(
          (c) => c.memberId === ana.memberId && c.stream === 'livelihood',
        )!;
        const september = anas.chunks.find((r) => r.month === '2025-09')!.hash;
        // Never acknowledged: dormant, in a bucket the state names, read only once named.
        expect(state.pending.id).not.toContain(moved);
        expect(await dormantIds(ctx, state)).toContain(moved);
        expect(chunksToRead(state, facts)).not.toContain(september);

        // November's never-acknowledged work, corrected to September and counted: it joins
        // September's chunk, which the close therefore reads.
        const edited = await editContribution(ctx, ana, {
          contributionId: moved,
          date: '2025-09-10',
        });
        await acknowledgeContribution(ctx, bo, { contributionId: edited.contributionId });
        expect(chunksToRead(state, await readRunFacts(ctx))).toContain(september);
        const december = await commitDistribution(ctx, founder, { period: '2025-12' });
        const full = await fromEventOne(ctx, '2025-12', december.ledgerSeq, december.id!);
        expect((await storedRun(f, december.id!)).payload).toMatchObject({
          outputs: full.run.outputs,
          fromSeq: state.ledgerSeq,
          state: { hash: full.hash },
        });
        const after = await storedState(ctx, december.id!);
        const september2 = after.carried
          .find((c) => c.memberId === ana.memberId && c.stream === 'livelihood')!
          .chunks.find((r) => r.month === '2025-09')!;
        expect(september2.count).toBe(anas.chunks.find((r) => r.month === '2025-09')!.count + 1);
      });

      it('reads a second round of chunks when the run pays past what was paid before, and verify --from-state reads what the recorded payments reach', async () => {
        const f = await openFinanceDisco(d);
        const { ctx, founder, ana, bo } = f;
        await setFirstCatParameters(ctx, founder, sampleParameters());
        const months = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11'];
        for (const month of months) {
          await f.counted(ana, bo, { stream: 'livelihood', hours: '3', date: `${month}-03` });
          await f.counted(bo, ana, { stream: 'care', hours: '2', date: `${month}-04` });
          await recordIncome(ctx, founder, {
            source: 'client',
            amount: '2000',
            fee: '0',
            currency: 'EUR',
            date: `${month}-20`,
            description: 'Little',
          });
          await commitDistribution(ctx, founder, { period: month });
        }
        // A large payment in December pays Ana's and Bo's claims of several months at once.
        await recordIncome(ctx, founder, {
          source: 'client',
          amount: '60000',
          fee: '0',
          currency: 'EUR',
          date: '2025-12-20',
          description: 'Large',
        });
        const facts = await readRunFacts(ctx);
        const row = await ctx.store.db
          .selectFrom('distribution_run_states')
          .select('state')
          .where('run_id', '=', facts.start.runId ?? '')
          .executeTakeFirstOrThrow();
        const state = JSON.parse(row.state) as RunState;
        const named = state.carried.flatMap((c) => c.chunks).length;
        const first = chunksToRead(state, facts);
        // The first read follows what was paid before: December's payments reach past it.
        let reached: ChunkNotRead | null = null;
        try {
          computeOrRefuse(
            facts,
            { period: '2025-12', currency: 'EUR' },
            refusal('refusal.distribution-cannot-be-previewed'),
          );
        } catch (error) {
          if (error instanceof ChunkNotRead) reached = error;
          else throw error;
        }
        expect(reached?.payments).toBeInstanceOf(Map);
        const second = chunksToRead(state, facts, reached!.payments!);
        expect(second.length).toBeGreaterThan(first.length);
        expect(named).toBeGreaterThan(second.length);
        // The second round reads those chunks: the close still starts from November's state.
        const december = await commitDistribution(ctx, founder, { period: '2025-12' });
        const full = await fromEventOne(ctx, '2025-12', december.ledgerSeq, december.id!);
        const event = await storedRun(f, december.id!);
        expect(event.payload).toMatchObject({
          outputs: full.run.outputs,
          inputs: full.run.inputs,
          fromSeq: state.ledgerSeq,
          state: { hash: full.hash },
        });

        const path = join(tempDir('disco-run-state-'), 'ledger.ndjson');
        const out = createWriteStream(path);
        await exportLedger(ctx, out);
        out.end();
        await finished(out);
        expect(await verifyRunFromExport(path, december.id!, { fromState: true })).toMatchObject({
          confirmed: true,
          differences: [],
        });
        // December's recorded payments altered in the export: too low, the chunks they reach are
        // not those the recomputation pays into; otherwise wrong, the outputs differ. Either way
        // the run is refuted by its id.
        const alter = (change: (byStream: Record<string, string>) => void) => {
          const file = join(tempDir('disco-run-state-'), 'altered.ndjson');
          const lines = readFileSync(path, 'utf8')
            .split('\n')
            .map((line) => {
              if (!line.includes(december.id!) || !line.startsWith('{"event"')) return line;
              const parsed = JSON.parse(line) as {
                event: { type: string; payload: { outputs: RunOutputs } };
              };
              if (parsed.event.type !== FINANCE_EVENT.runCommitted) return line;
              const ana_ = parsed.event.payload.outputs.members.find(
                (m) => m.memberId === ana.memberId,
              )!;
              change(ana_.byStream as unknown as Record<string, string>);
              return JSON.stringify(parsed);
            });
          writeFileSync(file, lines.join('\n'));
          return file;
        };
        const paidAna = (event.payload as unknown as { outputs: RunOutputs }).outputs.members.find(
          (m) => m.memberId === ana.memberId,
        )!.byStream.livelihood;
        expect(BigInt(paidAna)).toBeGreaterThan(0n);
        for (const [file, says] of [
          [alter((b) => (b['livelihood'] = '0')), 'chunk not read'],
          [alter((b) => (b['livelihood'] = String(BigInt(paidAna) + 1n))), 'livelihood'],
        ] as const) {
          const verdict = await verifyRunFromExport(file, december.id!, { fromState: true });
          expect(verdict).toMatchObject({
            runId: december.id,
            period: '2025-12',
            confirmed: false,
          });
          expect(verdict.differences.join('\n')).toContain(says);
        }
      });

      it('carries dormant work in buckets, reads only those events name or join, closes as a fold from event 1 does, and refuses a bucket that does not match, naming the run', async () => {
        const f = await openFinanceDisco(d);
        const { ctx, founder, ana, bo } = f;
        await setFirstCatParameters(ctx, founder, sampleParameters());
        const never: { id: string; by: typeof ana; validator: typeof ana }[] = [];
        const logNever = async (by: typeof ana, date: string) => {
          const { contributionId } = await logContribution(ctx, by, {
            stream: 'care',
            quantity: '1',
            taskKind: TASK.care,
            date,
            circle: CIRCLE.care,
          });
          never.push({ id: contributionId, by, validator: by === ana ? bo : ana });
        };
        // Never-acknowledged work until at least eight chains start a bucket (ids are random):
        // December's events then touch at most six buckets (two joined, one disputed, an edit's
        // old and new place, new work), fewer than there are. Each member's hours go round all
        // thirty days of November, so no day reaches the 24-hour limit before 1,440 are logged
        // (about 512 are needed; one day a member cycling 14 days hit it in CI).
        while (never.filter((n) => startsBucket(n.id)).length < 8)
          await logNever(
            never.length % 2 === 0 ? ana : bo,
            `2025-11-${String((Math.floor(never.length / 2) % 30) + 1).padStart(2, '0')}`,
          );
        await f.counted(ana, bo, { stream: 'livelihood', hours: '3', date: '2025-11-03' });
        const income = (date: string) =>
          recordIncome(ctx, founder, {
            source: 'client',
            amount: '5000',
            fee: '0',
            currency: 'EUR',
            date,
            description: 'Work',
          });
        await income('2025-11-20');
        const november = await commitDistribution(ctx, founder, { period: '2025-11' });
        const state = await storedState(ctx, november.id!);
        expect(state.pending.id).toEqual([]);
        expect(state.dormant.length).toBeGreaterThan(1);
        expect(state.dormant.reduce((n, b) => n + b.count, 0)).toBe(never.length);
        expect((await dormantIds(ctx, state)).sort()).toEqual(never.map((n) => n.id).sort());

        // December: the first chain of a bucket (not the first) is acknowledged, so its bucket
        // joins the one before; another is disputed, another corrected; new work is logged.
        const sorted = [...never].sort((a, b) => (a.id < b.id ? -1 : 1));
        const starter = sorted.find((n, i) => i > 0 && startsBucket(n.id))!;
        const others = sorted.filter((n) => n !== starter);
        const disputed = others[Math.floor(others.length / 3)]!;
        const edited = others[Math.floor((2 * others.length) / 3)]!;
        await acknowledgeContribution(ctx, starter.validator, { contributionId: starter.id });
        await disputeContribution(ctx, disputed.validator, {
          contributionId: disputed.id,
          reason: 'Not that long.',
        });
        await editContribution(ctx, edited.by, { contributionId: edited.id, quantity: '1.5' });
        await logNever(ana, '2025-12-05');
        await income('2025-12-20');
        const facts = await readRunFacts(ctx);
        const read = facts.start.dormant!.read;
        expect(read.size).toBeGreaterThan(0);
        expect(read.size).toBeLessThan(state.dormant.length);
        const december = await commitDistribution(ctx, founder, { period: '2025-12' });
        const full = await fromEventOne(ctx, '2025-12', december.ledgerSeq, december.id!);
        const event = await storedRun(f, december.id!);
        expect((event.payload as { outputs: unknown }).outputs).toEqual(full.run.outputs);
        expect(event.payload).toMatchObject({
          fromSeq: november.ledgerSeq,
          state: {
            hash: full.hash,
            previous: ((await storedRun(f, november.id!)).payload as { state: { hash: string } })
              .state.hash,
          },
        });
        const next = await storedState(ctx, december.id!);
        // Buckets not read are carried by hash: the same rows. (A bucket read may come out the
        // same too: the one before the acknowledged chain, when that chain was its bucket alone.)
        const unread = state.dormant.filter((o) => !read.has(o.hash));
        expect(unread.length).toBe(state.dormant.length - read.size);
        expect(unread.filter((o) => next.dormant.some((b) => b.hash === o.hash))).toEqual(unread);

        // A bucket whose stored text no longer hashes to what the state names is refused.
        const target = others[0]!;
        const ref = next.dormant[bucketIndex(next.dormant, target.id)]!;
        const row = await ctx.store.db
          .selectFrom('distribution_run_state_chunks')
          .select('chunk')
          .where('hash', '=', ref.hash)
          .executeTakeFirstOrThrow();
        await ctx.store.db
          .updateTable('distribution_run_state_chunks')
          .set({ chunk: row.chunk.replace('"pending"', '"counted"') })
          .where('hash', '=', ref.hash)
          .execute();
        await acknowledgeContribution(ctx, target.validator, { contributionId: target.id });
        await expect(
          previewDistribution(ctx, founder, { period: '2026-01' }),
        ).rejects.toMatchObject({
          status: 409,
          code: 'run-state-mismatch',
          message: expect.stringContaining(december.id!) as string,
        });
        // Some five hundred contributions logged one by one: long on a loaded PostgreSQL.
      }, 300_000);

      it('refuses to start from a state that is missing or does not match its hash, naming the run', async () => {
        const f = await openFinanceDisco(d);
        const { ctx, founder, ana, bo } = f;
        await setFirstCatParameters(ctx, founder, sampleParameters());
        await f.counted(ana, bo, { stream: 'livelihood', hours: '3', date: '2025-11-03' });
        await recordIncome(ctx, founder, {
          source: 'client',
          amount: '5000',
          fee: '0',
          currency: 'EUR',
          date: '2025-11-20',
          description: 'Work',
        });
        const november = await commitDistribution(ctx, founder, { period: '2025-11' });
        expect((await readRunFacts(ctx)).start.runId).toBe(november.id);
        const row = await ctx.store.db
          .selectFrom('distribution_run_states')
          .selectAll()
          .executeTakeFirstOrThrow();
        const tampered = JSON.parse(row.state) as { paid: { livelihood: string }[] };
        tampered.paid[0]!.livelihood = '0';
        await ctx.store.db
          .updateTable('distribution_run_states')
          .set({ state: JSON.stringify(tampered) })
          .execute();
        const before = await ctx.store.head();
        await expect(commitDistribution(ctx, founder, { period: '2025-12' })).rejects.toMatchObject(
          {
            status: 409,
            code: 'run-state-mismatch',
            message: expect.stringContaining(november.id!) as string,
            hint: expect.stringContaining('repair-state') as string,
          },
        );
        await expect(
          previewDistribution(ctx, founder, { period: '2025-12' }),
        ).rejects.toMatchObject({
          code: 'run-state-mismatch',
        });
        expect((await ctx.store.head()).size).toBe(before.size);
        await ctx.store.db.deleteFrom('distribution_run_states').execute();
        await expect(commitDistribution(ctx, founder, { period: '2025-12' })).rejects.toMatchObject(
          {
            status: 409,
            code: 'run-state-missing',
          },
        );
        // A fold from event 1 does not need the state.
        const facts = await readLedgerFacts(ctx);
        expect(facts.finance.runs.map((r) => r.id)).toEqual([november.id]);
        expect(FINANCE_EVENT.runCommitted).toBe('distribution.run.committed');
      });

      it('travels in the export: verified from event 1 or from the previous state, loaded on import, repaired from event 1', async () => {
        const f = await openFinanceDisco(d);
        const { ctx, founder, ana, bo } = f;
        await setFirstCatParameters(ctx, founder, sampleParameters());
        const runs = [];
        for (const month of ['2025-10', '2025-11', '2025-12']) {
          await f.counted(ana, bo, { stream: 'livelihood', hours: '3', date: `${month}-03` });
          await f.counted(bo, ana, { stream: 'care', hours: '2', date: `${month}-04` });
          await recordIncome(ctx, founder, {
            source: 'client',
            amount: '9000',
            fee: '0',
            currency: 'EUR',
            date: `${month}-20`,
            description: 'Work',
          });
          runs.push(await commitDistribution(ctx, founder, { period: month }));
        }
        const path = join(tempDir('disco-run-state-'), 'ledger.ndjson');
        const out = createWriteStream(path);
        await exportLedger(ctx, out);
        out.end();
        await finished(out);
        for (const run of runs)
          expect(await verifyRunFromExport(path, run.id!)).toMatchObject({ confirmed: true });
        for (const run of runs.slice(1))
          expect(await verifyRunFromExport(path, run.id!, { fromState: true })).toMatchObject({
            confirmed: true,
            differences: [],
          });
        await expect(
          verifyRunFromExport(path, runs[0]!.id!, { fromState: true }),
        ).rejects.toMatchObject({
          status: 422,
          message: expect.stringContaining('event 1') as string,
        });

        // A state altered in the export is refused by name; the full verification still confirms.
        const tampered = join(tempDir('disco-run-state-'), 'tampered.ndjson');
        let seen = 0;
        writeFileSync(
          tampered,
          // The second state: December's run started from it.
          readFileSync(path, 'utf8').replace(
            /"pastPayouts":\[\{"memberId":"[^"]+","payouts":\["\d+/g,
            (m) => (++seen === 2 ? `${m}1` : m),
          ),
        );
        await expect(
          verifyRunFromExport(tampered, runs[2]!.id!, { fromState: true }),
        ).rejects.toMatchObject({
          status: 409,
          code: 'run-state-mismatch',
          message: expect.stringContaining(runs[1]!.id!) as string,
        });
        expect(await verifyRunFromExport(tampered, runs[2]!.id!)).toMatchObject({
          confirmed: true,
        });

        // Imported, the ledger's states come along (the tampered one is recomputed from event 1).
        for (const file of [path, tampered]) {
          const target = { ...ctx, store: await testStore(d) };
          await importLedger(target, file);
          const states = await target.store.db
            .selectFrom('distribution_run_states')
            .select(['run_id', 'hash'])
            .orderBy('ledger_seq')
            .execute();
          expect(states.map((r) => r.run_id)).toEqual(
            file === path ? runs.map((r) => r.id) : [runs[0]!.id, runs[2]!.id],
          );
          expect((await readRunFacts(target)).start.runId).toBe(runs[2]!.id);
        }

        await ctx.store.db.deleteFrom('distribution_run_states').execute();
        expect(await repairRunState(ctx, '2025-12')).toMatchObject({ runId: runs[2]!.id });
        expect((await readRunFacts(ctx)).start.runId).toBe(runs[2]!.id);
      });
    },
  );
