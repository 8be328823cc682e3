import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendEvents } from '../app/ledger/append-events.js';
import { openApp, type AppContext } from '../app/context.js';
import { initLedger } from '../app/ledger/init-ledger.js';
import type { LedgerEvent } from '../core/ledger/event.js';

export interface TestLedger {
  ctx: AppContext;
  /** Every event, genesis first; empty when the ledger was not started. */
  events: LedgerEvent[];
  dataDir: string;
  close(): Promise<void>;
}

/**
 * A real SQLite ledger in a fresh temporary directory: a genesis, then `renames` events of type
 * `disco.renamed`, appended in batches as the app would.
 *
 * @example const ledger = await openTestLedger({ renames: 300, checkpointEvery: 100 }); ... await ledger.close();
 */
export async function openTestLedger(
  options: { renames?: number; checkpointEvery?: number; init?: boolean } = {},
): Promise<TestLedger> {
  const dataDir = mkdtempSync(join(tmpdir(), 'disco-http-'));
  let tick = 0;
  // A clock that moves, so events have distinct but reproducible times.
  const clock = (): Date => new Date(Date.UTC(2025, 0, 1) + 1000 * tick++);
  const ctx = await openApp({
    dataDir,
    clock,
    ...(options.checkpointEvery ? { checkpointEvery: options.checkpointEvery } : {}),
  });
  const events: LedgerEvent[] = [];
  if (options.init ?? true) {
    events.push(
      ...(
        await initLedger(ctx, {
          name: 'Test DisCO',
          currency: 'EUR',
          timeZone: 'Europe/Madrid',
          founderName: 'Founder',
        })
      ).events,
    );
    const renames = options.renames ?? 0;
    for (let done = 0; done < renames;) {
      const batch = Math.min(64, renames - done);
      const drafts = Array.from({ length: batch }, (_, i) => ({
        type: 'disco.renamed',
        schema: 1,
        payload: { name: `Test DisCO ${done + i + 1}` },
        actor: null,
        time: clock().toISOString(),
      }));
      events.push(...(await appendEvents(ctx, drafts)));
      done += batch;
    }
  }
  return {
    ctx,
    events,
    dataDir,
    close: async () => {
      await ctx.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
