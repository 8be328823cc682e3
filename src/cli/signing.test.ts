import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApp, type AppContext } from '../app/context.js';
import { intentBytes } from '../core/ledger/event.js';
import { verifySignature } from '../core/ledger/keys.js';
import { serveHttp } from '../http/serve.js';
import { runCli, type CliResult } from './test-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'disco-signing-'));
const dataDir = join(tmp, 'data');
const configDir = join(tmp, 'config');
const runFile = promisify(execFile);

beforeAll(() => {
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('DISCO_SERVER', '');
  vi.stubEnv('DISCO_CONFIG_DIR', configDir);
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(tmp, { recursive: true, force: true });
});

function disco(args: string[]): Promise<CliResult> {
  return runCli(dataDir, args);
}

/** The real CLI in a child process, for the password on standard input. */
async function discoWithInput(args: string[], input: string): Promise<CliResult> {
  const child = runFile(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', '--data-dir', dataDir, ...args],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', DISCO_SERVER: '', DISCO_CONFIG_DIR: configDir },
    },
  );
  child.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads the CLI's JSON ad hoc
const json = async (args: string[], input?: string): Promise<any> => {
  const result =
    input === undefined
      ? await disco([...args, '--json'])
      : await discoWithInput([...args, '--json'], input);
  if (result.code !== 0)
    throw new Error(
      `disco ${args.join(' ')} exited ${result.code}: ${result.stdout}${result.stderr}`,
    );
  return JSON.parse(result.stdout);
};

describe('the CLI signs its writes once the member has a key', () => {
  let ctx: AppContext;
  let server: { url: string; close(): Promise<void> };
  let founderId = '';

  beforeAll(async () => {
    const init = await json(['init', '--name', 'Cooperativa Firma', '--founder-name', 'Ana']);
    founderId = init.founderId;
    ctx = await openApp({ dataDir });
    server = await serveHttp(ctx, {
      port: 0,
      host: '127.0.0.1',
      logger: pino({ level: 'silent' }),
    });
    await json(
      [
        '--server',
        server.url,
        'accept',
        init.founderInvitation.token,
        '--email',
        'ana@example.org',
        '--password-stdin',
      ],
      'correct horse battery',
    );
    await json(
      ['--server', server.url, 'login', '--email', 'ana@example.org', '--password-stdin'],
      'correct horse battery',
    );
  });

  afterAll(async () => {
    await server.close();
    await ctx.store.close();
  });

  it('writes node-signed before a key, member-signed after `disco member key`, and the ledger verifies', async () => {
    const set = (amount: string) => [
      '--server',
      server.url,
      'rate',
      'set',
      'care',
      'meeting',
      amount,
      '--from',
      '2026-01-01',
    ];
    const unsigned = await json(set('1500'));
    const first = await ctx.store.event(unsigned.recorded[0].seq);
    expect(first?.memberSig).toBeUndefined();

    const key = await json(['--server', server.url, 'member', 'key']);
    expect(key.memberId).toBe(founderId);

    const signed = await json(set('1600'));
    const event = (await ctx.store.event(signed.recorded[0].seq))!;
    expect(event.type).toBe('value.rate.set');
    expect(event.actor).toBe(founderId);
    expect(event.memberSig?.publicKey).toBe(key.publicKey);
    expect(verifySignature(key.publicKey, intentBytes(event), event.memberSig!.sig)).toBe(true);

    const verified = await json(['ledger', 'verify']);
    expect(verified).toMatchObject({ ok: true });
  });

  it("keeps the operator's local mode node-signed", async () => {
    const local = await json(['rate', 'set', 'care', 'meeting', '1700', '--from', '2026-02-01']);
    expect((await ctx.store.event(local.recorded[0].seq))?.memberSig).toBeUndefined();
    expect(await json(['ledger', 'verify'])).toMatchObject({ ok: true });
  });
});
