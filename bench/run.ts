/*
 * `npm run bench`: speed and memory as ratios against baselines measured in the same run on the
 * same machine, written to docs/benchmarks.md. Nothing here is a test: the figures inform, they
 * never fail a build. `BENCH_EVENTS` shrinks the large ledger for a quick look.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAppends } from './appends.js';
import { benchBrowserVerifier } from './browser-verifier.js';
import { benchDashboard } from './dashboard.js';
import { benchDecisions } from './decisions.js';
import { benchDistribution } from './distribution.js';
import { benchRunState } from './run-state.js';
import { benchLedger } from './ledger.js';
import { benchValue } from './value.js';
import { benchImport } from './import.js';
import { benchWitness } from './witness.js';
import { benchSignedWrites } from './signed-writes.js';
import { fmt, Report } from './report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOC = join(ROOT, 'docs', 'benchmarks.md');
// The run replaces only its own figures: the dated sections after them (each session's measured
// changes) and the notes on reading them are kept as they were written.
const START = '<!-- npm run bench writes from here -->';
const END =
  '<!-- npm run bench writes to here: every section after this line is kept as written -->';
/** The document with `lines` in place of the latest run's figures; refuses one without the markers. */
function withLatestRun(doc: string, lines: string[]): string {
  const [from, to] = [doc.indexOf(START), doc.indexOf(END)];
  if (from < 0 || to < from)
    throw new Error(
      `docs/benchmarks.md lacks "${START}" followed by "${END}": put them back around the latest run's figures, then run again.`,
    );
  return `${doc.slice(0, from + START.length)}\n\n${lines.join('\n')}\n${doc.slice(to)}`;
}
// Checked before the long run, and again when it writes.
withLatestRun(readFileSync(DOC, 'utf8'), []);
const report = new Report();
const workDir = mkdtempSync(join(tmpdir(), 'disco-bench-'));
try {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  report.say(
    `Machine: ${availableParallelism()} cores (${cpu}), ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}. Run on ${new Date().toISOString().slice(0, 10)}.`,
  );
  report.say();
  await benchAppends(report, workDir);
  await benchLedger(report, workDir);
  await benchWitness(report, workDir);
  benchDistribution(report);
  benchDecisions(report);
  await benchDashboard(report, workDir);
  await benchRunState(report, workDir);
  await (await import('./replay.js')).benchReplay(report, workDir);
  await benchValue(report, workDir);
  await benchImport(report, workDir);
  await benchSignedWrites(report, workDir);
  await benchBrowserVerifier(report, workDir);
  await (await import('./start-time.js')).benchStartTime(report, workDir);
  await (await import('./load.js')).benchLoad(report, workDir);
  await (await import('./notify.js')).benchNotify(report, workDir);
  await (await import('./federation.js')).benchFederation(report, workDir);
  writeFileSync(DOC, withLatestRun(readFileSync(DOC, 'utf8'), report.lines));
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
