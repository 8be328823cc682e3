import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** One test file's time: everything vitest spent on it, from its environment to its last hook. */
export interface FileDuration {
  file: string;
  ms: number;
}

/**
 * The lines that list test files by time, slowest first: the ten slowest, or every file when
 * `which` is "all" (`DISCO_TEST_DURATIONS=all`), so a slow file is found without a profiler.
 *
 * @example
 * durationLines([{ file: 'a.test.ts', ms: 1500 }], undefined);
 * // ['Slowest test files (1 of 1):', '     1.5 s  a.test.ts']
 */
export function durationLines(files: readonly FileDuration[], which: string | undefined): string[] {
  if (files.length === 0) return [];
  const sorted = [...files].sort((a, b) => b.ms - a.ms || a.file.localeCompare(b.file));
  const shown = which === 'all' ? sorted : sorted.slice(0, 10);
  const title =
    which === 'all'
      ? `Test files by duration (${files.length}):`
      : `Slowest test files (${shown.length} of ${files.length}):`;
  return [
    title,
    ...shown.map(({ file, ms }) => `${(ms / 1000).toFixed(1).padStart(8)} s  ${file}`),
  ];
}

function moduleDuration(module: TestModule): number {
  const d = module.diagnostic();
  return (
    d.environmentSetupDuration +
    d.prepareDuration +
    d.setupDuration +
    d.collectDuration +
    d.duration
  );
}

/**
 * Ends the run with the slowest test files, then one plain line, "Tests: N passed, N failed,
 * N skipped", that any CI log reader understands, whatever the default reporter printed above it.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const durations: FileDuration[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
      durations.push({
        file: path.relative(process.cwd(), module.moduleId),
        ms: moduleDuration(module),
      });
    }
    const lines = durationLines(durations, process.env.DISCO_TEST_DURATIONS);
    if (lines.length > 0) process.stdout.write(`\n${lines.join('\n')}\n`);
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
