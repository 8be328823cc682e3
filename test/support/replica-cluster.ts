import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL primary and its streaming replica, each its own cluster on a free port, made with
 * the installed server's `initdb`, `pg_basebackup` and `pg_ctl`. Every server program runs as the
 * `postgres` user when the tests run as root (PostgreSQL refuses to run as root).
 */
export interface ReplicaCluster {
  primaryUrl: string;
  replicaUrl: string;
  stop(): Promise<void>;
}

const PROGRAMS = ['initdb', 'pg_basebackup', 'pg_ctl', 'postgres'] as const;

/** The newest installed PostgreSQL's bin directory holding every program needed, or why none. */
export function postgresBinaries(): { bin: string } | { missing: string } {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (PROGRAMS.every((p) => existsSync(join(bin, p)))) {
      if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0)
        return { missing: 'running as root, but there is no postgres user to run the server as' };
      return { bin };
    }
  }
  return { missing: `no ${root}/<version>/bin with ${PROGRAMS.join(', ')}` };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a primary, clones it with `pg_basebackup -R` (which writes standby.signal and
 * primary_conninfo) and starts the clone as a hot standby streaming from it.
 *
 * @example const cluster = await startReplicaCluster(bin); ...; await cluster.stop();
 */
export async function startReplicaCluster(bin: string): Promise<ReplicaCluster> {
  const root = mkdtempSync(join(tmpdir(), 'disco-replica-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(root, uid, gid);
  }
  const run = (program: string, args: string[]): void => {
    const [command, full] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]]
      : [join(bin, program), args];
    const done = spawnSync(command, full, { encoding: 'utf8', timeout: 30_000 });
    if (done.status !== 0)
      throw new Error(`${program} failed (${done.status}): ${done.stderr || done.stdout}`);
  };
  const primaryDir = join(root, 'primary');
  const replicaDir = join(root, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  // Durability is not under test here; skipping fsync keeps the clusters quick to make.
  const serverOptions = (port: number): string =>
    `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const started: string[] = [];
  const stop = async (): Promise<void> => {
    for (const dir of started.reverse()) {
      try {
        run('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    run('initdb', [
      '-D',
      primaryDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '--no-sync',
      '--no-instructions',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    const start = (dir: string, port: number): void => {
      run('pg_ctl', [
        '-D',
        dir,
        '-l',
        `${dir}.log`,
        '-w',
        '-t',
        '30',
        '-o',
        serverOptions(port),
        'start',
      ]);
      started.push(dir);
    };
    start(primaryDir, primaryPort);
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '--no-sync',
    ]);
    start(replicaDir, replicaPort);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/postgres`,
    stop,
  };
}
