import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Clock } from '../src/app/clock.js';
import { openApp, type AppContext } from '../src/app/context.js';
import { NODE_KEY_FILE } from '../src/app/ledger/node-key.js';
import type { Checkpoint } from '../src/core/ledger/checkpoint.js';
import type { LedgerEvent } from '../src/core/ledger/event.js';
import type { SealJob, SealMessage } from './seal-worker.js';
import { startTsWorker } from './ts-worker.js';

/** Events per page handed to the store: one flush of events, Merkle nodes and projections each. */
const PAGE = 5000;

export interface BulkLedger<S> {
  ctx: AppContext;
  /** What `setup` returned. */
  setup: S;
  /** Milliseconds from the start of the setup to the last checkpoint recorded. */
  ms: number;
}

/**
 * A benchmark's large ledger, as genuine as one appended batch by batch but built in one go. The
 * setup (founding, rates, members) runs through the use cases in a scratch data directory. Then a
 * worker thread checks each of the bulk drafts against the event catalog and seals it with core's
 * `sealEvent` (a second worker signs the hashes with the node's key), while this thread loads the
 * setup's events and the sealed pages with `Store.importLedger` (the path of `disco import`) into
 * `dataDir`: one transaction that writes the events, the Merkle nodes and every projection
 * through the real projectors. The checkpoints an append signs every `checkpointEvery` events are
 * signed over the same roots and recorded after. What it saves over appending is a commit (an
 * fsync, and now and then a WAL checkpoint) per batch, and the sealing, which runs beside the
 * writing instead of before it.
 *
 * With `databaseUrl`, the ledger goes into that (empty) PostgreSQL database instead of `dataDir`;
 * with `clock`, the setup and the context returned run on it (the bulk events keep the real time).
 *
 * `draftsModule` exports `bulkDrafts(setup)`, which yields the drafts; `setup` must survive
 * structured cloning, since the worker gets a copy.
 *
 * @example const { ctx, setup } = await buildBulkLedger(dir, { setup: (ctx) => seed(ctx), draftsModule: new URL('./my-disco.ts', import.meta.url) });
 */
export async function buildBulkLedger<S>(
  dataDir: string,
  build: {
    setup(ctx: AppContext): Promise<S>;
    draftsModule: URL;
    databaseUrl?: string;
    clock?: Clock;
  },
): Promise<BulkLedger<S>> {
  const started = performance.now();
  const scratchDir = mkdtempSync(join(dirname(dataDir), 'setup-'));
  const clock = build.clock ? { clock: build.clock } : {};
  const scratch = await openApp({ dataDir: scratchDir, ...clock });
  let setup: S;
  let founding: LedgerEvent[];
  let foundingCheckpoints: Checkpoint[];
  try {
    setup = await build.setup(scratch);
    const { size } = await scratch.store.head();
    founding = await scratch.store.events(0, size);
    foundingCheckpoints = await scratch.store.checkpoints(0, size);
    copyFileSync(join(scratchDir, NODE_KEY_FILE), join(dataDir, NODE_KEY_FILE));
  } finally {
    await scratch.store.close();
    rmSync(scratchDir, { recursive: true, force: true });
  }
  // The setup runs on SQLite either way; the ledger is then imported into the database asked for.
  const ctx = await openApp(
    build.databaseUrl
      ? { dataDir, databaseUrl: build.databaseUrl, ...clock }
      : { dataDir, ...clock },
  );
  const job: SealJob = {
    draftsModule: build.draftsModule.href,
    setup,
    nodeKeyPem: readFileSync(join(dataDir, NODE_KEY_FILE), 'utf8'),
    checkpointEvery: ctx.checkpointEvery,
    chainHashes: founding.map((e) => e.hash),
    pageSize: PAGE,
    pagesAhead: 2,
  };
  const sealer = startTsWorker(new URL('./seal-worker.ts', import.meta.url), job);
  const inbox = messages(sealer);
  let checkpoints: Checkpoint[] = [];
  async function* pages(): AsyncGenerator<readonly LedgerEvent[]> {
    yield founding;
    for (;;) {
      const message = await inbox.next();
      if ('done' in message) {
        checkpoints = message.checkpoints;
        return;
      }
      sealer.postMessage('taken');
      yield message.page;
    }
  }
  try {
    await ctx.store.importLedger(pages(), foundingCheckpoints);
  } finally {
    await sealer.terminate();
  }
  for (const checkpoint of checkpoints) await ctx.store.addCheckpoint(checkpoint);
  return { ctx, setup, ms: performance.now() - started };
}

/** The worker's messages in order, or its error. */
function messages(worker: Worker): { next(): Promise<SealMessage> } {
  const queue: SealMessage[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  worker.on('message', (message: SealMessage) => {
    queue.push(message);
    wake?.();
  });
  worker.on('error', (error) => {
    failure = error;
    wake?.();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(
      `the sealing worker stopped (exit code ${code}) before it had sealed every draft`,
    );
    wake?.();
  });
  return {
    async next() {
      while (queue.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (queue.length > 0) return queue.shift()!;
      throw failure!;
    },
  };
}
