import { vi } from 'vitest';
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
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    return { code: await run(['--data-dir', dataDir, ...args]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
