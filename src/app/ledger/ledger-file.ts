import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Checkpoint } from '../../core/ledger/checkpoint.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import type { LedgerPromise } from '../../core/ledger/verify.js';
import type { AnyRunState, CarriedChunk, DormantBucket } from '../../core/finance/run-state.js';
import { message, type Message } from '../../core/messages/codes.js';
import { renderEnglish } from '../../core/messages/render-en.js';
import { invalid, refusal } from '../errors.js';
import { unreadableFile } from '../file-reason.js';

/*
 * The portable ledger file: newline-delimited JSON. Line 1 is the header; then one line per
 * checkpoint ({"checkpoint": ...}); then, when witnesses cosigned the latest checkpoint, one
 * {"cosignatures": ...} line with their tlog-cosignature lines; then one line per event
 * ({"event": ...}) in sequence order. Checkpoints come first so a verifier reading once can check
 * each as the tree reaches its size. After the last event, one line per distribution run state
 * ({"runState": {"runId", "hash", "state"}}, see src/core/finance/run-state.ts): off the ledger,
 * checked against the hash its run's event carries; readers that predate them skip lines after
 * the events that are not events.
 */
export const EXPORT_FORMAT = 'disco-cat/export@1';

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  ledgerId: string;
  nodeKey: string;
  size: number;
  exportedAt: string;
}

/** What the header promises, for the verifier to hold the events to. */
export function headerPromise(header: ExportHeader): LedgerPromise {
  return {
    source: 'the header',
    size: header.size,
    ledgerId: header.ledgerId,
    nodeKey: header.nodeKey,
  };
}

/** Witness cosignatures of the file's latest checkpoint, as the node stored them. */
export interface ExportCosignatures {
  /** The checkpoint note's origin line, `<public host>/<ledgerId>`. */
  origin: string;
  treeSize: number;
  /** C2SP signed-note signature lines (`— <name> <base64>`), one per witness. */
  lines: string[];
}

export interface LedgerFile {
  header: ExportHeader;
  checkpoints: Checkpoint[];
  /** Null when the file carries none (no witness cosigned its latest checkpoint, or an older file). */
  cosignatures: ExportCosignatures | null;
  /** Reads the events again from the file; may be called more than once. */
  events(): AsyncIterable<LedgerEvent>;
  /** Reads the run states section (none in files exported before run states). */
  runStates(): AsyncIterable<ExportedRunState>;
  /** Reads the chunks of open claims and buckets of dormant work `disco-run-state@4` and later states name, each once (none before). */
  runStateChunks(): AsyncIterable<ExportedChunk>;
}

export interface ExportedChunk {
  hash: string;
  /** A chunk of open claims, or (from `disco-run-state@5`) a bucket of dormant work. */
  chunk: CarriedChunk | DormantBucket;
}

export interface ExportedRunState {
  runId: string;
  hash: string;
  state: AnyRunState;
}

function notAnExport(path: string, line: number, why: Message): Error {
  return invalid(
    refusal('refusal.file-not-ledger-export', { path, line, why }),
    [{ field: `line ${line}`, message: renderEnglish(why), code: why.code, params: why.params }],
    refusal('hint.export-ledger-disco-ledger-export-file'),
  );
}

async function* lines(path: string): AsyncGenerator<[number, unknown]> {
  const reader = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let n = 0;
  for await (const text of reader) {
    n += 1;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      reader.close();
      throw notAnExport(path, n, message('file.export.not-json'));
    }
    yield [n, value];
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Opens an export: reads the header and checkpoints now, the events lazily. */
export async function openLedgerFile(path: string): Promise<LedgerFile> {
  let header: ExportHeader | null = null;
  const checkpoints: Checkpoint[] = [];
  let cosignatures: ExportCosignatures | null = null;
  try {
    for await (const [n, value] of lines(path)) {
      if (!header) {
        if (!isObject(value) || value['format'] !== EXPORT_FORMAT)
          throw notAnExport(path, n, message('file.export.no-header', { format: EXPORT_FORMAT }));
        const size = value['size'];
        if (!Number.isSafeInteger(size) || (size as number) < 0)
          throw notAnExport(path, n, message('file.export.header-without-size'));
        if (typeof value['ledgerId'] !== 'string' || typeof value['nodeKey'] !== 'string')
          throw notAnExport(path, n, message('file.export.header-without-ids'));
        header = value as unknown as ExportHeader;
        continue;
      }
      if (isObject(value) && isObject(value['checkpoint']))
        checkpoints.push(value['checkpoint'] as unknown as Checkpoint);
      else if (isObject(value) && isObject(value['cosignatures'])) {
        const c = value['cosignatures'];
        if (
          typeof c['origin'] !== 'string' ||
          !Number.isSafeInteger(c['treeSize']) ||
          !Array.isArray(c['lines']) ||
          !c['lines'].every((line) => typeof line === 'string')
        )
          throw notAnExport(path, n, message('file.export.bad-cosignatures'));
        cosignatures = c as unknown as ExportCosignatures;
      } else if (isObject(value) && isObject(value['event'])) break;
      else throw notAnExport(path, n, message('file.export.neither-checkpoint-nor-event'));
    }
  } catch (error) {
    // The system's refusals (ENOENT, EACCES, EISDIR …) carry a syscall; our own refusals do not.
    if ((error as NodeJS.ErrnoException).syscall !== undefined) throw unreadableFile(path, error);
    throw error;
  }
  if (!header) throw notAnExport(path, 1, message('file.export.empty'));
  return {
    header,
    checkpoints,
    cosignatures,
    events: () => readEvents(path),
    runStates: () => readRunStates(path),
    runStateChunks: () => readRunStateChunks(path),
  };
}

async function* readEvents(path: string): AsyncGenerator<LedgerEvent> {
  for await (const [n, value] of lines(path)) {
    if (!isObject(value) || !('event' in value)) continue;
    if (!isObject(value['event']))
      throw notAnExport(path, n, message('file.export.event-not-object'));
    yield value['event'] as unknown as LedgerEvent;
  }
}

async function* readRunStates(path: string): AsyncGenerator<ExportedRunState> {
  for await (const [n, value] of lines(path)) {
    if (!isObject(value) || !('runState' in value)) continue;
    const r = value['runState'];
    if (!isObject(r) || typeof r['runId'] !== 'string' || !isObject(r['state']))
      throw notAnExport(path, n, message('file.export.bad-run-state'));
    yield r as unknown as ExportedRunState;
  }
}

async function* readRunStateChunks(path: string): AsyncGenerator<ExportedChunk> {
  for await (const [n, value] of lines(path)) {
    if (!isObject(value) || !('runStateChunk' in value)) continue;
    const r = value['runStateChunk'];
    if (!isObject(r) || typeof r['hash'] !== 'string' || !isObject(r['chunk']))
      throw notAnExport(path, n, message('file.export.bad-run-state-chunk'));
    yield r as unknown as ExportedChunk;
  }
}
