import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * `postgres` runs a bench on PostgreSQL: each DisCO in a database of its own, created on the
 * server of `BENCH_DATABASE_URL` (default the local test server) and dropped after, so tests
 * sharing that server are not disturbed.
 */
export const DIALECT = process.env['BENCH_DIALECT'] === 'postgres' ? 'postgres' : 'sqlite';
export const SERVER_URL =
  process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A fresh PostgreSQL database, and how to drop it.
 *
 * @example const database = await freshDatabase('value'); try { … database.url … } finally { await database.drop(); }
 */
export async function freshDatabase(
  purpose: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `disco_bench_${purpose}_${randomBytes(6).toString('hex')}`;
  await adminStatement(`create database ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () => adminStatement(`drop database if exists ${name} with (force)`),
  };
}

/**
 * One statement on the server's own database, outside any transaction (`create database`).
 *
 * @example await adminStatement('drop database if exists disco_bench_x with (force)');
 */
export async function adminStatement(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** CPU seconds of this process (user and system) since `from`: steadier than wall time on a busy machine. */
export const cpuSecondsSince = (from: NodeJS.CpuUsage): number => {
  const usage = process.cpuUsage(from);
  return (usage.user + usage.system) / 1e6;
};
