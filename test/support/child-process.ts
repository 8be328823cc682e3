import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A running test fixture: its stdout lines as they come, and its exit. */
export interface Fixture {
  readonly child: ChildProcessWithoutNullStreams;
  /** Resolves when a stdout line satisfies `match` (the line itself). */
  waitForLine(match: (line: string) => boolean): Promise<string>;
  readonly lines: string[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/**
 * Starts `node --import tsx <fixture>` from the project root with `env` added.
 *
 * @example const child = startFixture('test/fixtures/append-loop.ts', { APPEND_LOOP: '{...}' });
 */
export function startFixture(fixture: string, env: Record<string, string>): Fixture {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  const lines: string[] = [];
  const waiters: Array<{ match: (line: string) => boolean; resolve: (line: string) => void }> = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (waiter.match(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
    stderr,
  }));
  return {
    child,
    lines,
    exited,
    waitForLine: (match) =>
      new Promise((resolve, reject) => {
        const seen = lines.find(match);
        if (seen !== undefined) return resolve(seen);
        waiters.push({ match, resolve });
        void exited.then(({ code, signal, stderr: err }) =>
          reject(new Error(`fixture exited (${code ?? signal}) first: ${err}`)),
        );
      }),
  };
}
