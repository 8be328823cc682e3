import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_HEAP_FLAGS } from '../src/config/heap.js';
import { ensureServerBuild } from './support/server-build.js';
import { dialects, skipping, TEST_DATABASE_URL } from './support/stores.js';

// The installed `disco` is bin/disco.js over the bundle in dist/, not the sources vitest runs:
// this builds it when stale and runs it as an operator would, with no TypeScript loader.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'disco.js');
const postgres = dialects.find((d) => d.dialect === 'postgres')!;
let dataDir: string;

function disco(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  ensureServerBuild();
  dataDir = mkdtempSync(join(tmpdir(), 'disco-built-'));
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('bin/disco.js over the build', () => {
  it('prints the help listing every command', () => {
    const { status, stdout } = disco('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: disco \[options\] \[command\]/);
    expect(stdout).toContain('balance [options] [member]');
    expect(stdout).toContain('serve [options]');
  });

  it('founds a DisCO and reads its balances in a local data directory', () => {
    const init = disco(
      '--data-dir',
      dataDir,
      'init',
      '--name',
      'Built Coop',
      '--currency',
      'EUR',
      '--time-zone',
      'Europe/Madrid',
      '--founder-name',
      'Ana',
    );
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    const balance = disco('--data-dir', dataDir, '--json', 'balance');
    expect(balance.status).toBe(0);
    expect(JSON.parse(balance.stdout)).toMatchObject({ items: [] });
  });

  it('imports contributions in a child node with the heap policy, passing on its answer and exit code', () => {
    const rate = ['rate', 'set', 'care', 'meeting', '1500', '--from', '2025-01-01'];
    expect(disco('--data-dir', dataDir, '--json', ...rate).status).toBe(0);
    const founder = (
      JSON.parse(disco('--data-dir', dataDir, '--json', 'whoami').stdout) as {
        member: { memberId: string };
      }
    ).member;
    const file = join(dataDir, 'work.csv');
    const header = 'date,member,stream,quantity,unit,task_kind,circle,project,description,evidence';
    writeFileSync(file, `${header}\n2026-01-02,${founder.memberId},care,2,hour,meeting,care,,,\n`);
    const imported = disco('--data-dir', dataDir, '--json', 'import', file);
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 1, seqs: {} });
    writeFileSync(file, `${header}\n2026-01-02,${founder.memberId},care,-2,hour,meeting,care,,,\n`);
    const refused = disco('--data-dir', dataDir, '--json', 'import', file);
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ errors: [{ field: 'line.2.quantity' }] });
  });

  it.skipIf(skipping(postgres, 'the built CLI on PostgreSQL'))(
    'imports hundreds of rows into PostgreSQL, where they go by COPY',
    async () => {
      const name = `disco_built_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      try {
        const url = new URL(TEST_DATABASE_URL);
        url.pathname = `/${name}`;
        const place = mkdtempSync(join(dataDir, 'pg-'));
        const onPostgres = (...args: string[]) =>
          spawnSync(process.execPath, [BIN, '--data-dir', place, ...args], {
            cwd: ROOT,
            encoding: 'utf8',
            env: { ...process.env, DATABASE_URL: url.href },
          });
        const init = ['init', '--name', 'Built', '--currency', 'EUR', '--time-zone', 'UTC'];
        expect(onPostgres(...init, '--founder-name', 'Ana').status).toBe(0);
        expect(
          onPostgres('rate', 'set', 'care', 'meeting', '1500', '--from', '2025-01-01').status,
        ).toBe(0);
        const founder = (
          JSON.parse(onPostgres('--json', 'whoami').stdout) as { member: { memberId: string } }
        ).member;
        const header =
          'date,member,stream,quantity,unit,task_kind,circle,project,description,evidence';
        // Past COPY_FROM_ROWS, with what COPY's text must escape in the descriptions.
        const rows = Array.from(
          { length: 400 },
          (_, i) =>
            `${new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)},${founder.memberId},care,1,hour,meeting,care,,"Row ${i}\ttab, back\\slash",`,
        );
        const file = join(place, 'work.csv');
        writeFileSync(file, [header, ...rows].join('\n'));
        const imported = onPostgres('--json', 'import', file);
        expect(imported.status, imported.stderr).toBe(0);
        expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 400 });
        const verified = onPostgres('ledger', 'verify');
        expect(verified.status, verified.stderr).toBe(0);
        const db = new pg.Client({ connectionString: url.href });
        await db.connect();
        try {
          const { rows: found } = await db.query<{ description: string }>(
            "select description from value_contributions where description like 'Row 7%' order by seq limit 1",
          );
          expect(found).toEqual([{ description: 'Row 7\ttab, back\\slash' }]);
        } finally {
          await db.end();
        }
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    },
  );

  it('serves in a child node with the heap policy, and stops it on SIGTERM', async () => {
    const launcher = spawn(process.execPath, [BIN, '--data-dir', dataDir, 'serve', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = once(launcher, 'exit');
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: launcher.stdout }).on('line', (line) => {
        const found = /listening on (http:\/\/\S+)/.exec(line);
        if (found) resolve(found[1]!);
      });
      void exited.then(() => reject(new Error('disco serve exited before it listened')));
    });
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    const children = readFileSync(
      `/proc/${launcher.pid}/task/${launcher.pid}/children`,
      'utf8',
    ).trim();
    const server = Number(children.split(' ')[0]);
    const command = readFileSync(`/proc/${server}/cmdline`, 'utf8').split('\0');
    expect(command).toEqual(expect.arrayContaining(SERVER_HEAP_FLAGS));
    launcher.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(existsSync(`/proc/${server}`)).toBe(false);
  });

  it('refuses an unknown command with a usage error', () => {
    const { status, stderr } = disco('balanse');
    expect(status).toBe(2);
    expect(stderr).toContain("unknown command 'balanse'");
  });
});
