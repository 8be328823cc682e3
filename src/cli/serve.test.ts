import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { TEST_DATABASE_URL } from '../../test/support/stores.js';
import { cliSandbox, runCli } from './test-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { tmp, disco } = cliSandbox('serve');

interface ServeProcess {
  url: string;
  stderr: () => string;
  /** Writes one line to its standard input. */
  send: (line: string) => void;
  /** The next line of its standard output that matches. */
  nextLine: (pattern: RegExp) => Promise<string>;
  stop: () => Promise<void>;
}

/** `disco serve` in its own process, as an operator starts it, until it says where it listens. */
async function serveProcess(
  args: string[],
  env: Record<string, string> = {},
): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  const waiting: Array<{ pattern: RegExp; found: (line: string) => void }> = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const at = waiting.findIndex((w) => w.pattern.test(line));
    if (at >= 0) waiting.splice(at, 1)[0]!.found(line);
  });
  const nextLine = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      waiting.push({ pattern, found: resolve });
      void exited.then(() => reject(new Error(`serve exited first: ${stderr}`)));
    });
  const url = /listening on (http:\/\/\S+)/.exec(await nextLine(/listening on/))![1]!;
  return {
    url,
    stderr: () => stderr,
    send: (line) => child.stdin.write(`${line}\n`),
    nextLine,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe('disco serve on an empty node', () => {
  it('refuses to found a DisCO nobody described, says how to, and leaves nothing behind', async () => {
    const dataDir = join(tmp, 'refused');
    const result = await runCli(dataDir, ['serve', '--port', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('There is no DisCO here yet');
    expect(result.stderr).toMatch(
      /hint: run disco init --name .+ --currency \S+ --time-zone \S+ .*pass those flags to disco serve/,
    );
    expect(result.stdout).not.toContain('listening');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('names the founding flags that are missing when only some are given', async () => {
    const dataDir = join(tmp, 'partial');
    const result = await runCli(dataDir, ['serve', '--name', 'Our Co-op', '--port', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('needs --currency, --time-zone too');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('checks the founding flags as disco init does, naming each bad one', async () => {
    const dataDir = join(tmp, 'bad');
    const result = await disco([
      '--data-dir',
      dataDir,
      'serve',
      '--name',
      'Our Co-op',
      '--currency',
      'euro',
      '--time-zone',
      'Mars/Olympus_Mons',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--currency: a three-letter ISO 4217 code');
    expect(result.stderr).toContain('--time-zone: an IANA time zone');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses a bad setting before founding anything, naming the flag or variable', async () => {
    const dataDir = join(tmp, 'bad-config');
    const founding = ['--name', 'X', '--currency', 'EUR', '--time-zone', 'UTC'];
    const port = await runCli(dataDir, ['serve', '--port', '70000', ...founding]);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port: "70000" is not a TCP port');
    vi.stubEnv('LOG_LEVEL', 'loud');
    try {
      const level = await runCli(dataDir, ['serve', ...founding]);
      expect(level.code).toBe(2);
      expect(level.stderr).toContain('LOG_LEVEL: "loud" is not a log level');
    } finally {
      vi.stubEnv('LOG_LEVEL', undefined);
    }
    expect(existsSync(dataDir)).toBe(false);
  });

  it('founds the DisCO the flags describe, and serves it with its time zone', async () => {
    const dataDir = join(tmp, 'founded');
    const founding = ['--name', 'Guerrilla Media', '--currency', 'USD'];
    const server = await serveProcess([
      '--data-dir',
      dataDir,
      'serve',
      '--port',
      '0',
      ...founding,
      '--time-zone',
      'America/Bogota',
      '--founder-name',
      'Ana',
    ]);
    try {
      expect(server.stderr()).toContain('Founded Guerrilla Media (USD, America/Bogota)');
      expect(server.stderr()).toMatch(/disco accept \S+ --email/);
      const health = await fetch(`${server.url}/api/health`);
      expect(health.headers.get('x-frame-options')).toBe('DENY');
      expect(await health.json()).toMatchObject({ ledger: { name: 'Guerrilla Media' } });
      const genesis = await (await fetch(`${server.url}/api/ledger/events/1`)).json();
      expect(JSON.stringify(genesis)).toContain('"timeZone":"America/Bogota"');
    } finally {
      await server.stop();
    }
    // Restarted with the same flags, it serves the same DisCO; with another time zone it refuses.
    const again = await disco(['--data-dir', dataDir, 'serve', ...founding, '--time-zone', 'UTC']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--time-zone UTC (its time zone is America/Bogota)');
    expect(again.stderr).toContain('hint: The genesis can never change');
  });
});

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('disco serve --test-clock', () => {
  it('is refused outside tests, before anything is founded', async () => {
    vi.stubEnv('DISCO_TEST', '');
    const dataDir = join(tmp, 'clock-refused');
    const result = await runCli(dataDir, [
      'serve',
      '--test-clock',
      '--port',
      '0',
      ...['--name', 'Clockwork', '--currency', 'EUR', '--time-zone', 'UTC'],
    ]);
    vi.unstubAllEnvs();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--test-clock is for tests only');
    expect(result.stderr).toContain('hint: set DISCO_TEST=1');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('moves forward on "+<seconds>" and closes a proposal whose deadline it passed', async () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('DISCO_SERVER', '');
    const dataDir = join(tmp, 'clock');
    const json = async (args: string[]) => {
      const result = await runCli(dataDir, [...args, '--json']);
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as Record<string, unknown>;
    };
    await json(['init', '--name', 'Clockwork', '--founder-name', 'Ana']);
    const inAnHour = new Date(Date.now() + 3600_000).toISOString();
    const { proposalId } = (await json([
      'propose',
      ...['--title', 'Longer breaks', '--body', 'Yes?', '--method', 'majority'],
      ...['--deadline', inAnHour],
    ])) as { proposalId: string };
    await json(['vote', proposalId, 'yes']);
    const server = await serveProcess(
      ['--data-dir', dataDir, 'serve', '--test-clock', '--port', '0'],
      {
        DISCO_TEST: '1',
      },
    );
    try {
      server.send('soon');
      server.send('+1800');
      const half = await server.nextLine(/^test clock: /);
      expect(Date.parse(half.slice('test clock: '.length))).toBeLessThan(Date.parse(inAnHour));
      expect(server.stderr()).toContain('test clock: "soon" is not +<seconds>');
      expect(await json(['show', proposalId])).toMatchObject({ status: 'open' });

      server.send('+1801');
      const after = await server.nextLine(/^test clock: /);
      expect(Date.parse(after.slice('test clock: '.length))).toBeGreaterThan(Date.parse(inAnHour));
      expect(await json(['show', proposalId])).toMatchObject({
        status: 'closed',
        outcome: 'passed',
        endedAt: inAnHour,
      });
    } finally {
      await server.stop();
      vi.unstubAllEnvs();
    }
  });
});

describe.skipIf(!(await postgresReachable()))('disco serve on an empty PostgreSQL', () => {
  it('refuses as it does on an empty data directory', async () => {
    // A database of its own: the CLI works in a database's default schema.
    const database = `disco_serve_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database "${database}"`);
    try {
      const url = new URL(TEST_DATABASE_URL);
      url.pathname = `/${database}`;
      const result = await disco(['--database-url', url.toString(), 'serve', '--port', '0']);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('There is no DisCO here yet: PostgreSQL holds no ledger.');
      const fresh = new pg.Client({ connectionString: url.toString() });
      await fresh.connect();
      try {
        const events = await fresh.query('select count(*)::int as n from events');
        expect(events.rows[0]).toEqual({ n: 0 });
      } finally {
        await fresh.end();
      }
    } finally {
      await admin.query(`drop database "${database}" with (force)`);
      await admin.end();
    }
  });
});
