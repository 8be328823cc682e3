import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApp, type AppContext } from '../app/context.js';
import { serveHttp } from '../http/serve.js';
import { runCli, type CliResult } from './test-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'disco-people-'));
const dataDir = join(tmp, 'data');
const configDir = join(tmp, 'config');
const runFile = promisify(execFile);

beforeAll(() => {
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('DISCO_SERVER', '');
  vi.stubEnv('DISCO_CONFIG_DIR', configDir);
});

function disco(args: string[]): Promise<CliResult> {
  return runCli(dataDir, args);
}

/** The real CLI in a child process, for what needs a standard input (passwords). */
async function discoWithInput(
  args: string[],
  input: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
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

let founderToken = '';
let founderId = '';

beforeAll(async () => {
  const init = await json(['init', '--name', 'Cooperativa Prova', '--founder-name', 'Ana']);
  founderToken = init.founderInvitation.token;
  founderId = init.founderId;
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(tmp, { recursive: true, force: true });
});

describe('disco member and circle on the local data directory', () => {
  it('acts as the founder and records members, levels and circles', async () => {
    expect((await json(['whoami'])).member).toMatchObject({
      memberId: founderId,
      displayName: 'Ana',
      founder: true,
    });
    const bo = await json([
      'member',
      'add',
      '--name',
      'Bo',
      '--level',
      'dating',
      '--timeline',
      'agile',
    ]);
    expect(bo.recorded[0].type).toBe('member.added');
    const list = await json(['member', 'list']);
    expect(list.items.map((m: { displayName: string }) => m.displayName).sort()).toEqual([
      'Ana',
      'Bo',
    ]);
    const moved = await json(['member', 'level', bo.memberId, 'dating', '--stage', '2']);
    expect(moved.recorded.map((r: { type: string }) => r.type)).toContain('member.level-changed');
    expect((await json(['member', 'show', bo.memberId])).level).toMatchObject({
      level: 'dating',
      stage: 2,
    });

    await json([
      'circle',
      'add',
      'mentoring',
      '--name',
      'Mentoring',
      '--purpose',
      'Daters and their buddies',
    ]);
    await json(['circle', 'join', 'mentoring', '--member', bo.memberId]);
    await json(['circle', 'join', 'mentoring']);
    await json(['circle', 'steward', 'mentoring', founderId, '--until', '2099-12-31']);
    const circles = await json(['circle', 'list']);
    const mentoring = (Array.isArray(circles) ? circles : circles.items).find(
      (c: { slug: string }) => c.slug === 'mentoring',
    );
    expect(mentoring.memberCount).toBe(2);
    await json(['circle', 'leave', 'mentoring', '--member', bo.memberId]);

    const key = await json(['member', 'key']);
    expect(key).toMatchObject({ memberId: founderId, created: true });
    expect(key.recorded[0].type).toBe('member.key-registered');
    expect(await json(['member', 'key'])).toMatchObject({
      publicKey: key.publicKey,
      created: false,
      recorded: [],
    });

    const invitation = await json(['member', 'invite', '--constituency', 'supporters']);
    expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a bad level with a message naming the field, and records nothing', async () => {
    const before = (await json(['ledger', 'verify'])).size;
    const bad = await disco(['member', 'add', '--name', 'Cy', '--level', 'boss']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/level/);
    const unknown = await disco([
      'member',
      'level',
      '01900000-0000-7000-8000-000000000000',
      'committed',
    ]);
    expect(unknown.code).toBe(1);
    expect((await json(['ledger', 'verify'])).size).toBe(before);
  });
});

describe('disco against a server', () => {
  let ctx: AppContext;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    ctx = await openApp({ dataDir });
    server = await serveHttp(ctx, {
      port: 0,
      host: '127.0.0.1',
      logger: pino({ level: 'silent' }),
    });
  });

  afterAll(async () => {
    await server.close();
    await ctx.store.close();
  });

  it('accepts the founder invitation, logs in with a kept API token, and works remotely', async () => {
    const accepted = await json(
      [
        '--server',
        server.url,
        'accept',
        founderToken,
        '--email',
        'ana@example.org',
        '--password-stdin',
      ],
      'correct horse battery',
    );
    expect(accepted.member.memberId).toBe(founderId);

    const wrong = await discoWithInput(
      ['--server', server.url, 'login', '--email', 'ana@example.org', '--password-stdin'],
      'not the password',
    );
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/email or the password is wrong/);

    const login = await json(
      ['--server', server.url, 'login', '--email', 'ana@example.org', '--password-stdin'],
      'correct horse battery',
    );
    expect(login.memberId).toBe(founderId);
    const me = await json(['--server', server.url, 'whoami']);
    expect(me).toMatchObject({ mode: 'remote', via: 'api-token', member: { memberId: founderId } });
    const list = await json(['--server', server.url, 'member', 'list']);
    expect(list.items.length).toBeGreaterThanOrEqual(2);
    const reset = await disco(['--server', server.url, 'member', 'password-reset', founderId]);
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toMatch(new RegExp(`${server.url}/reset-password#[A-Za-z0-9_-]{43}`));
    // Asked to mail on a node without SMTP: said plainly, and the link is printed as ever.
    const unsent = await disco([
      '--server',
      server.url,
      'member',
      'password-reset',
      founderId,
      '--send',
    ]);
    expect(unsent.code, unsent.stderr).toBe(0);
    expect(unsent.stdout).toMatch(/This node sends no mail \(no SMTP configured/);
    expect(unsent.stdout).toMatch(new RegExp(`${server.url}/reset-password#[A-Za-z0-9_-]{43}`));
    const invited = await disco([
      '--server',
      server.url,
      'member',
      'invite',
      '--constituency',
      'supporters',
    ]);
    expect(invited.stdout).toMatch(new RegExp(`${server.url}/join#[A-Za-z0-9_-]{43}`));

    await json(['--server', server.url, 'logout']);
    const anonymous = await disco(['--server', server.url, 'member', 'list']);
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toMatch(/sign in|signed in|401|member/i);
  });
});
