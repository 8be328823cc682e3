import type { Command } from 'commander';
import { openApp, type AppContext } from '../app/context.js';
import {
  clientConfig,
  processEnvironment,
  storeConfig,
  type ConfigFlags,
} from '../config/config.js';
import { localSourceName, runMonitor, storeSource } from './monitor.js';

export interface GlobalOptions {
  dataDir: string;
  databaseUrl?: string;
  /** The node key as PEM text (DISCO_NODE_KEY), over the key file in the data directory. */
  nodeKeyPem?: string;
  /** A server to talk to instead of the local data directory. */
  server?: string;
  /** In local mode, the member to act as (the founder by default). */
  as?: string;
  json: boolean;
}

/** Options every command shares, wherever on the command line they were given, over the environment. */
export function globalOptions(command: Command): GlobalOptions {
  const all = command.optsWithGlobals<ConfigFlags & { as?: string; json?: boolean }>();
  const env = processEnvironment();
  const store = storeConfig(all, env);
  const { server } = clientConfig(all, env);
  return {
    ...store,
    ...(server ? { server } : {}),
    ...(all.as ? { as: all.as } : {}),
    json: all.json ?? false,
  };
}

/** What `openApp` needs from the options. */
export function appOptions(options: GlobalOptions): Parameters<typeof openApp>[0] {
  return {
    dataDir: options.dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.nodeKeyPem ? { nodeKeyPem: options.nodeKeyPem } : {}),
  };
}

/** Opens the app for one command and always closes the database afterwards. */
export async function withApp<T>(
  options: GlobalOptions,
  run: (ctx: AppContext) => Promise<T>,
): Promise<T> {
  const ctx = await openApp(appOptions(options));
  try {
    await runMonitor(storeSource(localSourceName(options), ctx));
    return await run(ctx);
  } finally {
    await ctx.store.close();
  }
}
