import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, vi } from 'vitest';
import { run } from './program.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `disco` in the test's own process with its output captured: no child process per
 * command, so a suite can run hundreds of commands in seconds. The data directory is given
 * first, so a later `--data-dir` in `args` overrides it.
 *
 * @example const { code, stdout } = await runCli(dataDir, ['ledger', 'verify', '--json']);
 */
export async function runCli(dataDir: string, args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    return { code: await run(['--data-dir', dataDir, ...args]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** A data directory of its own for one CLI test file, with the commands that run there. */
export interface CliSandbox {
  /** A scratch directory for files the test writes (imports, parameter documents). */
  tmp: string;
  dataDir: string;
  disco(args: string[]): Promise<CliResult>;
  /** Runs with `--json` and parses the output; throws with the output when the command fails. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the CLI's JSON ad hoc
  json(args: string[]): Promise<any>;
}

/**
 * A fresh data directory for the calling test file, with no database URL, server or stored
 * credentials leaking in from the environment; removed after the file's tests.
 *
 * @example const { disco, json } = cliSandbox('leave');
 */
export function cliSandbox(name: string): CliSandbox {
  const tmp = mkdtempSync(join(tmpdir(), `disco-${name}-`));
  const dataDir = join(tmp, 'data');
  beforeAll(() => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('DISCO_SERVER', '');
    vi.stubEnv('DISCO_CONFIG_DIR', join(tmp, 'config'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(tmp, { recursive: true, force: true });
  });
  const disco = (args: string[]) => runCli(dataDir, args);
  const json = async (args: string[]) => {
    const result = await disco([...args, '--json']);
    if (result.code !== 0)
      throw new Error(
        `disco ${args.join(' ')} exited ${result.code}: ${result.stdout}${result.stderr}`,
      );
    return JSON.parse(result.stdout) as unknown;
  };
  return { tmp, dataDir, disco, json };
}
