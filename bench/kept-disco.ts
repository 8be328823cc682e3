import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, type AppContext } from '../src/app/context.js';
import { buildDashboardDisco } from './dashboard-disco.js';
import { EVENTS_A_DAY_BY_AGE } from './dashboard-contributions.js';
import { adminStatement, DIALECT, SERVER_URL } from './bench-database.js';

/** Written last into a kept build's directory: a build stopped half-way has none, so it is redone. */
const KEPT = 'bench-run-state.json';

/** A kept build of the dashboard's bench DisCO: where it is, and its founder. */
export interface KeptBuild {
  /** Its data directory (SQLite: the whole ledger; PostgreSQL: the node key). */
  dataDir: string;
  /** PostgreSQL: the database it was kept in. */
  database?: string;
  founderId: string;
  /** Whether this call built it (false: an earlier run's build, reused). */
  built: boolean;
}

/** What a kept build of `events` events is named by (`byAge`: the DisCO whose size sets its age). */
const keptName = (events: number, byAge: boolean): string =>
  byAge ? `age_${events}` : String(events);

/**
 * The database a kept PostgreSQL build of `events` events lives in (one per size);
 * `BENCH_KEPT_PREFIX` names it otherwise, so sessions sharing a server keep builds of their own.
 */
export const keptDatabaseName = (events: number, byAge = false): string =>
  `${process.env['BENCH_KEPT_PREFIX'] ?? 'disco_bench_kept'}_${keptName(events, byAge)}`;

/**
 * The dashboard's bench DisCO of `events` events, built once and kept under `keep` across runs:
 * a million events take a quarter of an hour or more to build on a loaded machine, and neither a
 * replay nor a close changes the events already recorded. On SQLite the build is the data
 * directory `keep/<events>`; on PostgreSQL the database `keptDatabaseName(events)` (never the
 * server's `test` database), with its data directory (the node key) in `keep/<events>`. `byAge`
 * keeps the DisCO whose size sets its age (`buildDashboardDisco`) apart, as `age_<events>`.
 *
 * @example const build = await keptBuild('/var/tmp/disco-kept', 1_000_000);
 */
export async function keptBuild(keep: string, events: number, byAge = false): Promise<KeptBuild> {
  const dataDir = join(keep, DIALECT, keptName(events, byAge));
  const marker = join(dataDir, KEPT);
  const built = !existsSync(marker);
  if (built) await build(dataDir, events, byAge);
  const kept = JSON.parse(readFileSync(marker, 'utf8')) as Omit<KeptBuild, 'dataDir' | 'built'>;
  return { dataDir, ...kept, built };
}

/**
 * A copy of a kept build, for work that appends (a close), so the build stays as it was: on
 * SQLite its directory copied into `dataDir`, on PostgreSQL a database created with the kept one
 * as its template (a file copy on the server), dropped by `drop`.
 *
 * @example const { ctx, drop } = await copyOfKept(build, scratchDir); try { … } finally { await ctx.store.close(); await drop(); }
 */
export async function copyOfKept(
  build: KeptBuild,
  dataDir: string,
  applicationName?: string,
): Promise<{ ctx: AppContext; databaseUrl?: string; drop: () => Promise<void> }> {
  cpSync(build.dataDir, dataDir, { recursive: true });
  if (!build.database) return { ctx: await openApp({ dataDir }), drop: async () => undefined };
  const name = `${build.database}_copy_${process.pid}`;
  await adminStatement(`drop database if exists ${name} with (force)`);
  await adminStatement(`create database ${name} template ${build.database}`);
  const databaseUrl = urlOf(name, applicationName);
  return {
    ctx: await openApp({ dataDir, databaseUrl }),
    databaseUrl,
    drop: () => adminStatement(`drop database if exists ${name} with (force)`),
  };
}

async function build(dataDir: string, events: number, byAge: boolean): Promise<void> {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  let database: string | undefined;
  if (DIALECT === 'postgres') {
    database = keptDatabaseName(events, byAge);
    await adminStatement(`drop database if exists ${database} with (force)`);
    await adminStatement(`create database ${database}`);
  }
  const started = performance.now();
  const { ctx, setup } = await buildDashboardDisco(
    dataDir,
    events,
    database ? urlOf(database) : undefined,
    byAge ? { eventsADay: EVENTS_A_DAY_BY_AGE } : {},
  );
  await ctx.store.close();
  process.stderr.write(
    `built ${events} events (${DIALECT}) in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
  writeFileSync(
    join(dataDir, KEPT),
    JSON.stringify({ founderId: setup.founderId, ...(database ? { database } : {}) }),
  );
}

/**
 * The URL of database `name` on the bench's server; `applicationName` names its connections in
 * `pg_stat_activity`, so a bench can find its own backends among other sessions'.
 */
export function urlOf(name: string, applicationName?: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  if (applicationName) url.searchParams.set('application_name', applicationName);
  return url.href;
}
