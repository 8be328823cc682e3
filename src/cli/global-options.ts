import type { Command } from 'commander';
import { resolve } from 'node:path';
import { openApp, type AppContext } from '../app/context.js';
import { localSourceName, runMonitor, storeSource } from './monitor.js';

export interface GlobalOptions {
  dataDir: string;
  databaseUrl?: string;
  /** A server to talk to instead of the local data directory. */
  server?: string;
  /** In local mode, the member to act as (the founder by default). */
  as?: string;
  json: boolean;
}

/** Options every command shares, wherever on the command line they were given. */
export function globalOptions(command: Command): GlobalOptions {
  const all = command.optsWithGlobals<{
    dataDir?: string;
    databaseUrl?: string;
    server?: string;
    as?: string;
    json?: boolean;
  }>();
  const databaseUrl = all.databaseUrl ?? process.env['DATABASE_URL'];
  const server = all.server ?? process.env['DISCO_SERVER'];
  return {
    dataDir: resolve(all.dataDir ?? process.env['DISCO_DATA_DIR'] ?? 'data'),
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(server ? { server } : {}),
    ...(all.as ? { as: all.as } : {}),
    json: all.json ?? false,
  };
}

/** Opens the app for one command and always closes the database afterwards. */
export async function withApp<T>(
  options: GlobalOptions,
  run: (ctx: AppContext) => Promise<T>,
): Promise<T> {
  const ctx = await openApp({
    dataDir: options.dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
  });
  try {
    await runMonitor(storeSource(localSourceName(options), ctx));
    return await run(ctx);
  } finally {
    await ctx.store.close();
  }
}
