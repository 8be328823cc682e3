import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { heapChosen, IMPORT_HEAP_FLAGS, SERVER_HEAP_FLAGS } from '../config/heap.js';
import type { CommandIndex } from './command-index.js';
import { commandPosition } from './command-position.js';

// The built CLI's entry (dist/disco.js, run by bin/disco.js): commands.json, written by the
// build, names the one module each command needs.
const index = JSON.parse(
  readFileSync(new URL('./commands.json', import.meta.url), 'utf8'),
) as CommandIndex;
const argv = process.argv.slice(2);

/**
 * A server, and a bulk import (which would otherwise let V8 grow its heap with garbage, far past
 * what it holds: 316 MB against 211 MB for 30,000 rows), run in a child node started with the
 * heap policy (src/config/heap.ts: the server's, or the import's), unless the operator chose limits of their own: heap limits are
 * fixed when a V8 isolate starts.
 */
function runWithHeapPolicy(flags: readonly string[]): void {
  const child = spawn(
    process.execPath,
    [...flags, ...process.execArgv, fileURLToPath(import.meta.url), ...argv],
    { stdio: 'inherit' },
  );
  // A terminal's Ctrl-C reaches the child itself (same process group); a second SIGINT would cut
  // its graceful stop short, so only the signals a supervisor sends to this process are passed on.
  process.on('SIGINT', () => undefined);
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? 128 + (signal ? constants.signals[signal] : 1);
  });
}

const at = commandPosition(argv, index.valueOptions);
const policy =
  argv[at] === 'serve' ? SERVER_HEAP_FLAGS : argv[at] === 'import' ? IMPORT_HEAP_FLAGS : undefined;
if (policy && !heapChosen()) {
  runWithHeapPolicy(policy);
} else {
  // Loaded only here: the launcher of a server needs neither commander nor any command.
  const { runIndexed } = await import('./lazy-program.js');
  const code = await runIndexed(argv, index, async ({ module, factory }) => {
    const exports = (await import(new URL(`./${module}`, import.meta.url).href)) as Record<
      string,
      () => Command
    >;
    return exports[factory]!();
  });
  if (code !== 0) process.exitCode = code;
}
