import type { EventCatalog } from '../core/ledger/event-catalog.js';
import type { Signer } from '../core/ledger/keys.js';
import type { Store } from '../store/store.js';
import { openReadReplica, openStore } from '../store/open-store.js';
import { RoutedStore } from '../store/read-routing.js';
import { systemClock, type Clock } from './clock.js';
import { eventCatalog } from './event-catalog.js';
import { loadNodeKey } from './ledger/node-key.js';
import type { NotifyContext } from './notify/notify-context.js';
import type { FederationContext } from './federation/federation-settings.js';
import type { WitnessingContext } from './witnessing/witnessing-settings.js';

/** Everything a use case needs, passed in so tests can swap the clock or the database. */
export interface AppContext {
  store: Store;
  /** Null until `init` made a key (an auditor's read-only copy may never have one). */
  node: Signer | null;
  clock: Clock;
  catalog: EventCatalog;
  /** A signed checkpoint is made automatically each time the ledger grows to a multiple of this. */
  checkpointEvery: number;
  dataDir: string;
  /** Checkpoint cadence and witnessing; absent, the node signs only every `checkpointEvery` events. */
  witnessing?: WitnessingContext;
  /** Mail and webhooks; absent, notifications stay in the Deck. */
  notify?: NotifyContext;
  /** ActivityPub federation; absent (or without a public URL), the node is no actor. */
  federation?: FederationContext;
  /**
   * Where the random values that go into events (ids, salts) come from; fresh ones when absent.
   * A member-signed write replays the values it drew when prepared (see `ledger/intent-scope.ts`).
   */
  draws?: (make: () => string) => string;
  /**
   * The server's logger, where background work (the job runner) reports what went wrong; absent
   * (the CLI, most tests), a failure is only kept with its job.
   */
  log?: AppLog;
}

/** The part of a pino logger the application layer writes to: one structured line per event. */
export interface AppLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface OpenAppOptions {
  dataDir: string;
  databaseUrl?: string;
  /** A PostgreSQL streaming replica of `databaseUrl` that serves read-only routes. */
  readDatabaseUrl?: string;
  /** The node key as PEM text, over the key file in the data directory (servers sharing PostgreSQL). */
  nodeKeyPem?: string;
  clock?: Clock;
  checkpointEvery?: number;
  witnessing?: WitnessingContext;
  notify?: NotifyContext;
  federation?: FederationContext;
}

export const DEFAULT_CHECKPOINT_EVERY = 1000;

/**
 * Opens the database (SQLite in the data directory unless a PostgreSQL URL is given) and the node key.
 *
 * @example const app = await openApp({ dataDir: './data' }); ... await app.store.close();
 */
export async function openApp(options: OpenAppOptions): Promise<AppContext> {
  const primary = await openStore(
    options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: options.dataDir },
  );
  const store = options.readDatabaseUrl
    ? new RoutedStore(primary, await openReadReplica(options.readDatabaseUrl))
    : primary;
  return {
    store,
    node: loadNodeKey(options.dataDir, options.nodeKeyPem),
    clock: options.clock ?? systemClock,
    catalog: eventCatalog,
    checkpointEvery: options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY,
    dataDir: options.dataDir,
    ...(options.witnessing ? { witnessing: options.witnessing } : {}),
    ...(options.notify ? { notify: options.notify } : {}),
    ...(options.federation ? { federation: options.federation } : {}),
  };
}
