import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../app/errors.js';
import type { AppContext } from '../app/context.js';
import { getConsistencyProof } from '../app/ledger/ledger-proofs.js';
import { canonicalString } from '../core/ledger/canonical.js';
import type { Checkpoint } from '../core/ledger/checkpoint.js';
import {
  monitorCheckpoint,
  type Alarm,
  type ConsistencyProofJson,
} from '../core/ledger/monitor.js';
import type { ApiClient } from './api-client.js';
import { configDir, normalizeServer } from './credentials.js';
import { LedgerAlarm } from './ledger-alarm.js';
import type { GlobalOptions } from './global-options.js';
import { UsageError } from './output.js';
import { RemoteProblem } from './remote-problem.js';

/** Where the checkpoints come from, as the monitor needs them: two requests at most per check. */
export interface CheckpointSource {
  /** The key the pin is kept under: a server URL, or the local database. */
  readonly name: string;
  /** The node's latest signed checkpoint; null when it has none yet or will not show it. */
  latest(): Promise<Checkpoint | null>;
  /** The consistency proof between two sizes; null when the node gives none. */
  consistency(from: number, to: number): Promise<ConsistencyProofJson | null>;
}

/** What `monitor.json` keeps per source: the last checkpoint this member verified. */
export interface Pin {
  checkpoint: Checkpoint;
  pinnedAt: string;
  /** How it was first trusted: on first use, or as a proven extension of an earlier pin. */
  how: 'first-sighting' | 'consistent';
}

interface MonitorFile {
  sources: Record<string, Pin>;
}

function monitorPath(): string {
  return join(configDir(), 'monitor.json');
}

function readPins(): MonitorFile {
  const path = monitorPath();
  if (!existsSync(path)) return { sources: {} };
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as MonitorFile;
    if (file && typeof file.sources === 'object' && file.sources !== null) return file;
  } catch {
    // Reported below, like a file of the wrong shape.
  }
  throw new UsageError(
    `${path} is not the monitor's file of kept checkpoints.`,
    'Move it aside to start monitoring afresh: every node is then trusted on first use again.',
  );
}

// Renamed into place like the credentials: a crash never leaves half a pin behind.
function writePins(file: MonitorFile): void {
  const dir = configDir();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = monitorPath();
  writeFileSync(`${path}.tmp`, JSON.stringify(file, null, 2) + '\n', { mode: 0o600 });
  chmodSync(`${path}.tmp`, 0o600);
  renameSync(`${path}.tmp`, path);
}

export function pinOf(source: string): Pin | null {
  return readPins().sources[source] ?? null;
}

/** Drops the pin after an alarm was investigated: the next command trusts the node on first use again. */
export function forgetPin(source: string): boolean {
  const file = readPins();
  if (!file.sources[source]) return false;
  delete file.sources[source];
  writePins(file);
  return true;
}

function savePin(source: string, pin: Pin): void {
  const file = readPins();
  file.sources[source] = pin;
  writePins(file);
}

/** The evidence is named by its content, so a repeated alarm overwrites rather than piles up. */
function writeEvidence(alarm: Alarm): string {
  const { detectedAt: _when, ...facts } = alarm.evidence;
  const id = createHash('sha256').update(canonicalString(facts)).digest('hex').slice(0, 16);
  const dir = join(configDir(), 'evidence');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `${alarm.evidence.later.ledgerId.slice(0, 12)}-${alarm.kind}-${id}.json`);
  writeFileSync(path, JSON.stringify(alarm.evidence, null, 2) + '\n', { mode: 0o600 });
  return path;
}

export type MonitorResult =
  | { status: 'no-checkpoint'; source: string }
  | { status: 'pinned' | 'unchanged' | 'extended'; source: string; checkpoint: Checkpoint };

/**
 * One check: the latest checkpoint, and a consistency proof only when the tree grew. Pins on first
 * use and after a proven extension; on an alarm writes the evidence and throws `LedgerAlarm`, and
 * keeps the old pin, so every later command raises it again until `disco ledger monitor --forget`.
 */
export async function runMonitor(source: CheckpointSource): Promise<MonitorResult> {
  const latest = await source.latest();
  if (!latest) return { status: 'no-checkpoint', source: source.name };
  const pinned = pinOf(source.name)?.checkpoint ?? null;
  const now = new Date().toISOString();
  let outcome = monitorCheckpoint({ pinned, latest, source: source.name, now });
  if (outcome.status === 'needs-proof') {
    const proof = await source.consistency(outcome.from, outcome.to);
    outcome = monitorCheckpoint({ pinned, latest, source: source.name, now, proof });
  }
  switch (outcome.status) {
    case 'unchanged':
      return { status: 'unchanged', source: source.name, checkpoint: latest };
    case 'pin':
      savePin(source.name, { checkpoint: latest, pinnedAt: now, how: outcome.reason });
      return {
        status: outcome.reason === 'first-sighting' ? 'pinned' : 'extended',
        source: source.name,
        checkpoint: latest,
      };
    case 'alarm':
      throw new LedgerAlarm(
        outcome.alarm.kind,
        outcome.alarm.message,
        source.name,
        writeEvidence(outcome.alarm),
      );
    default:
      throw new Error('the monitor asked for a second consistency proof');
  }
}

/** The name a local database is pinned under; a PostgreSQL URL without its password. */
export function localSourceName(options: Pick<GlobalOptions, 'dataDir' | 'databaseUrl'>): string {
  if (!options.databaseUrl) return `local:${options.dataDir}`;
  const url = new URL(options.databaseUrl);
  return `local:${url.protocol}//${url.host}${url.pathname}`;
}

export function sourceName(options: GlobalOptions): string {
  return options.server ? normalizeServer(options.server) : localSourceName(options);
}

/** Checkpoints over the API, in either mode; a node that will not show them is not monitored. */
export function apiSource(name: string, client: ApiClient): CheckpointSource {
  return {
    name,
    async latest() {
      try {
        return await client.call<Checkpoint>('GET', '/ledger/checkpoints/latest');
      } catch (error) {
        if (error instanceof RemoteProblem && [401, 403, 404].includes(error.status)) return null;
        throw error;
      }
    },
    async consistency(from, to) {
      try {
        return await client.call<ConsistencyProofJson>(
          'GET',
          `/ledger/consistency?from=${from}&to=${to}`,
        );
      } catch (error) {
        if (error instanceof RemoteProblem) return null;
        throw error;
      }
    },
  };
}

/** Checkpoints straight from the local database, for the commands that open it directly. */
export function storeSource(name: string, ctx: AppContext): CheckpointSource {
  return {
    name,
    latest: async () => (await ctx.store.latestCheckpoint()) ?? null,
    async consistency(from, to) {
      try {
        return await getConsistencyProof(ctx.store, from, to);
      } catch (error) {
        if (error instanceof AppError) return null;
        throw error;
      }
    },
  };
}
