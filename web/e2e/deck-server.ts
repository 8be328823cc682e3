import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface DeckServer {
  url: string;
  /** The node's data directory: tests may open its database behind the node's back. */
  dataDir: string;
  /** The founder's one-time invitation, printed by `serve` on a fresh data directory. */
  founderInvitation: string;
  /**
   * Moves the node's test clock `seconds` forward and resolves once the node has done what fell
   * due (closed proposals, say); only a node started with `testClock`.
   */
  advance?(seconds: number): Promise<void>;
  stop(): Promise<void>;
}

function waitFor(
  child: ChildProcess,
  pattern: RegExp,
  stream: 'stdout' | 'stderr',
  log: string[],
): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) {
        child[stream]!.off('data', onData);
        resolve(match);
      }
    };
    child[stream]!.on('data', onData);
    child.once('exit', (code) =>
      reject(
        new Error(`disco serve exited with ${code} before printing ${pattern}:\n${log.join('')}`),
      ),
    );
  });
}

/**
 * A real node, started as a newcomer would (`disco serve` founding a DisCO on an empty data
 * directory, in a child process), serving the built Deck on a free port. With `testClock`, the
 * node's clock is one the test moves forward (`disco serve --test-clock`, TEST ONLY), so that a
 * test need not wait for a deadline in real time.
 */
export async function startDeckServer(options: { testClock?: boolean } = {}): Promise<DeckServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'disco-e2e-'));
  // The built CLI, as an installed node runs: bin/disco.js refuses a build older than src/, and
  // the e2e global setup (global-setup.ts) rebuilds a stale one before any file starts a node.
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'bin', 'disco.js'),
      'serve',
      '--data-dir',
      dataDir,
      '--port',
      '0',
      // An empty node is founded only when told how.
      '--name',
      'My DisCO',
      '--currency',
      'EUR',
      '--time-zone',
      'UTC',
      ...(options.testClock ? ['--test-clock'] : []),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...(options.testClock ? { DISCO_TEST: '1' } : {}) },
      stdio: [options.testClock ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    },
  );
  const log: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const [, token] = await waitFor(child, /disco accept (\S+)/, 'stderr', log);
  const [, url] = await waitFor(child, /listening on (http:\/\/\S+)/, 'stdout', log);
  // The node logs every request to stdout; nobody reads it after startup but for the test
  // clock's answers, so let it drain.
  const ticks: Array<() => void> = [];
  if (options.testClock)
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('test clock: ')) ticks.shift()?.();
    });
  else child.stdout!.resume();
  const advance = (seconds: number) =>
    new Promise<void>((resolve, reject) => {
      if (child.exitCode !== null) return reject(new Error('the node has stopped'));
      ticks.push(resolve);
      child.stdin!.write(`+${seconds}\n`);
    });
  return {
    url: url!,
    dataDir,
    founderInvitation: token!,
    ...(options.testClock ? { advance } : {}),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
