import type { Message } from '../../core/messages/codes.js';
import { renderEnglish } from '../../core/messages/render-en.js';
import { FINANCE_EVENT } from '../../core/finance/events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import type { ContributionRecord } from '../../core/value/contribution.js';
import {
  bucketRecords,
  chunksToRead,
  chunkText,
  isChunked,
  readBucket,
  runStateText,
  STATE_FORMAT,
  type AnyRunState,
  readChunk,
  recordedForm,
  runStartOf,
  runStateHash,
  startingPoint,
  storedTextHash,
  type CarriedChunk,
} from '../../core/finance/run-state.js';
import { foldFinanceEvents, type RunRecord } from '../../core/finance/state.js';
import type { Stream } from '../../core/value/streams.js';
import { verifyRun, type RunVerdict } from '../../core/finance/verify-run.js';
import { AppError, notFound, refusal } from '../errors.js';
import { openLedgerFile, type LedgerFile } from '../ledger/ledger-file.js';
import { foldLedgerFacts, type LedgerFacts } from './ledger-facts.js';

/**
 * Recomputes a run from an exported ledger alone (no database, no node): finds the run by id or
 * month in the file, folds value, finance, membership and leave events up to the position the run read,
 * runs the value equation again and compares; for a run recorded with a state (schema 2), also
 * the hash of the state it left. Check the file's own integrity with `disco ledger verify`.
 *
 * With `fromState`, starts instead from the state the run's event says it started from, taken
 * from the export's run states section after checking its hash against the previous run's event.
 *
 * @example const verdict = await verifyRunFromExport('ledger.ndjson', '2026-03'); // { confirmed: true, differences: [] }
 */
export async function verifyRunFromExport(
  path: string,
  runIdOrPeriod: string,
  options: { fromState?: boolean } = {},
): Promise<RunVerdict> {
  const file = await openLedgerFile(path);
  const runs = new Map<number, RunRecord>();
  let found: RunRecord | null = null;
  for await (const event of file.events()) {
    if (event.type !== FINANCE_EVENT.runCommitted) continue;
    const run = foldFinanceEvents([event]).runs[0];
    if (!run) continue;
    runs.set(run.ledgerSeq, run);
    if (run.id === runIdOrPeriod || run.period === runIdOrPeriod) {
      found = run;
      break;
    }
  }
  if (!found)
    throw notFound(
      refusal('refusal.no-such-distribution-run-at-path', { runIdOrPeriod, path }),
      refusal('hint.name-run-id-month-yyyy-mm'),
    );
  const facts = options.fromState
    ? await factsFromState(file, path, found, runs)
    : await foldLedgerFacts(file.events(), found.ledgerSeq);
  const verdict = verifyRun(facts, found);
  if (found.state && verdict.differences.length === 0) {
    const { state } = recordedForm(
      facts,
      {
        runId: found.id,
        period: found.period,
        ledgerSeq: found.ledgerSeq,
        outputs: found.outputs,
      },
      found.state.hash,
    );
    const hash = runStateHash(state);
    if (hash !== found.state.hash)
      return {
        ...verdict,
        confirmed: false,
        differences: [`state.hash: recorded ${found.state.hash}, recomputed ${hash}`],
      };
  }
  return verdict;
}

async function factsFromState(
  file: LedgerFile,
  path: string,
  run: RunRecord,
  runs: ReadonlyMap<number, RunRecord>,
): Promise<LedgerFacts> {
  const refuse = (said: Message, hint: Message) =>
    new AppError(422, 'refused', said, hint, [
      { field: 'run', message: renderEnglish(said), ...said },
    ]);
  if (!run.state || run.fromSeq === null || run.fromSeq === undefined)
    throw refuse(
      refusal('refusal.run-not-from-state', { runId: run.id, period: run.period }),
      refusal('hint.verify-without-from-state'),
    );
  const previous = runs.get(run.fromSeq);
  if (!previous?.state || previous.state.hash !== run.state.previous)
    throw refuse(
      refusal('refusal.run-start-state-missing', {
        runId: run.id,
        period: run.period,
        fromSeq: run.fromSeq,
        previous: run.state.previous,
        path,
      }),
      refusal('hint.verify-from-event-1'),
    );
  const lacksState = () =>
    refuse(
      refusal('refusal.file-lacks-run-state', {
        path,
        previousId: previous.id,
        previousPeriod: previous.period,
        runId: run.id,
      }),
      refusal('hint.export-again-or-verify'),
    );
  const mismatch = (hash: string, hash2: string) =>
    new AppError(
      409,
      'run-state-mismatch',
      refusal('refusal.file-run-state-hash-mismatch', {
        id: previous.id,
        period: previous.period,
        path,
        hash,
        hash2,
      }),
      refusal('hint.verify-from-event-1-without-from'),
    );
  let state = null;
  for await (const s of file.runStates()) if (s.runId === previous.id) state = s.state;
  if (!state) throw lacksState();
  const hash = runStateHash(state);
  if (hash !== previous.state.hash) throw mismatch(hash, previous.state.hash);
  const replay = new Set(state.replay);
  const after = state.ledgerSeq;
  async function* events(): AsyncGenerator<LedgerEvent> {
    for await (const event of file.events()) {
      if (event.seq > run.ledgerSeq) return;
      if (event.seq > after || replay.has(event.seq)) yield event;
    }
  }
  // A verifier reads every dormant bucket the state names (the node reads only those it needs):
  // the state it rebuilds is the same either way.
  const dormant: ContributionRecord[] = [];
  const read = new Set<string>();
  if (state.format === STATE_FORMAT) {
    const refs = new Map(state.dormant.map((r) => [r.hash, r] as const));
    for await (const exported of file.runStateChunks()) {
      const ref = refs.get(exported.hash);
      if (ref === undefined || read.has(ref.hash)) continue;
      const text = runStateText(exported.chunk as unknown as AnyRunState);
      const bucket = readBucket(text, ref);
      if (bucket === null) throw mismatch(storedTextHash(text), ref.hash);
      read.add(ref.hash);
      dormant.push(...bucketRecords(bucket));
    }
    if (read.size < refs.size) throw lacksState();
  }
  const from = startingPoint(state, new Map(), read);
  const facts = await foldLedgerFacts(events(), run.ledgerSeq, {
    ...from,
    pending: [...from.pending, ...dormant],
  });
  if (!isChunked(state)) return facts;
  // The chunks the run's recorded payments reach, from the export's chunk section, each checked
  // against what the state (whose hash was just checked) says of it. Payments recorded lower than
  // the recomputed ones leave a chunk the recomputation needs unread: the run is then refuted.
  const wanted = new Set(chunksToRead(state, facts, recordedPayments(run)));
  const refs = new Map(state.carried.flatMap((c) => c.chunks.map((r) => [r.hash, r] as const)));
  const chunks = new Map<string, CarriedChunk>();
  for await (const exported of file.runStateChunks()) {
    const ref = refs.get(exported.hash);
    if (ref === undefined || !wanted.has(ref.hash)) continue;
    const text = chunkText(exported.chunk as CarriedChunk);
    const chunk = readChunk(text, ref);
    if (chunk === null) throw mismatch(storedTextHash(text), ref.hash);
    chunks.set(ref.hash, chunk);
  }
  if (chunks.size < wanted.size) throw lacksState();
  return { ...facts, start: runStartOf(state, chunks, read) };
}

/** What a run recorded paying each member per stream (an amount that is not digits as nothing). */
function recordedPayments(run: RunRecord): Map<string, Record<Stream, bigint>> {
  const amount = (digits: unknown) =>
    typeof digits === 'string' && /^\d+$/.test(digits) ? BigInt(digits) : 0n;
  return new Map(
    run.outputs.members.map((m) => [
      m.memberId,
      {
        livelihood: amount(m.byStream.livelihood),
        love: amount(m.byStream.love),
        care: amount(m.byStream.care),
      },
    ]),
  );
}
