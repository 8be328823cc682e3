import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './test-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'disco-demo-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** `disco serve --demo` as a person starts it: its own process, until it says where it listens. */
async function serveDemo(
  dataDir: string,
): Promise<{ url: string; stderr: () => string; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', '--data-dir', dataDir, 'serve', '--demo', '--port', '0'],
    { cwd: ROOT, env: { ...process.env } },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const found = /listening on (http:\/\/\S+)/.exec(line);
      if (found) resolve(found[1]!);
    });
    void exited.then(() => reject(new Error(`serve --demo exited first: ${stderr}`)));
  });
  return {
    url,
    stderr: () => stderr,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const signIn = (url: string, email: string, password: string) =>
  fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

describe('the demo from the command line', () => {
  it('serve --demo creates the demo once, prints how to sign in, and the printed credentials work', async () => {
    const dataDir = freshDir();
    const first = await serveDemo(dataDir);
    const printed = /Sign in as its founder: (\S+)\s+password: (\S+)/.exec(first.stderr());
    expect(printed, first.stderr()).not.toBeNull();
    const [, email, password] = printed!;
    const answer = await signIn(first.url, email!, password!);
    expect(answer.status).toBe(200);
    // The node that made the demo also writes to it: the founder logs work on the first run.
    const { csrfToken } = (await answer.json()) as { csrfToken: string };
    const cookie = answer.headers.get('set-cookie')!.split(';')[0]!;
    const logged = await fetch(`${first.url}/api/contributions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({
        stream: 'care',
        quantity: '1',
        taskKind: 'meeting',
        circle: 'care',
        description: 'Trying the demo',
      }),
    });
    expect(logged.status, await logged.clone().text()).toBe(201);
    const size = (
      (await (await fetch(`${first.url}/api/health`)).json()) as { ledger: { size: number } }
    ).ledger.size;
    expect(size).toBeGreaterThan(1000);
    await first.stop();

    // On an existing ledger --demo only serves: no second demo, the same events, the same accounts.
    const second = await serveDemo(dataDir);
    expect(second.stderr()).not.toContain('demo cooperative');
    expect(
      ((await (await fetch(`${second.url}/api/health`)).json()) as { ledger: { size: number } })
        .ledger.size,
    ).toBe(size);
    expect((await signIn(second.url, email!, password!)).status).toBe(200);
    expect((await signIn(second.url, email!, 'not the password')).status).toBe(401);
    await second.stop();
  }, 600_000);

  it('init --demo creates the demo in a fresh directory and refuses an existing ledger', async () => {
    const dataDir = freshDir();
    const made = await runCli(dataDir, ['init', '--demo', '--json']);
    expect(made.code, made.stderr).toBe(0);
    const demo = JSON.parse(made.stdout) as {
      signIn: { email: string; password: string };
      clientProjectIds: string[];
      members: unknown[];
    };
    expect(demo.signIn.email).toBe('ana@demo.disco-cat.org');
    expect(demo.clientProjectIds).toHaveLength(3);
    expect(demo.members).toHaveLength(11);
    const again = await runCli(dataDir, ['init', '--demo']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds a ledger/);
    expect((await runCli(dataDir, ['init', '--demo', '--name', 'Other'])).code).toBe(2);
  }, 600_000);
});
