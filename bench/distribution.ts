import { runValueEquation, syntheticClaims, type ParameterDocumentInput } from '../src/core/distribution/index.js';
import { bestOf, fmt, type Report } from './report.js';

const parameters: ParameterDocumentInput = {
  algorithm: 'value-equation@1',
  version: 'bench',
  effectiveFrom: '2026-01-01',
  buckets: [
    { name: 'commons', of: 'total', percent: 1000 },
    { name: 'running costs', of: 'remainder', percent: 1500 },
  ],
  streamSplit: [
    { streams: ['livelihood'], share: 7500 },
    { streams: ['love', 'care'], share: 2500 },
  ],
  floors: { default: 50_000n },
  caps: { default: 5_000_000n },
  retainedBucket: 'commons',
  overflow: true,
};

/** Issue 5: one run of the value equation over 10,000 members and 1,000,000 open claims. */
export function benchDistribution(report: Report): void {
  const claims = syntheticClaims({ members: 10_000, claimsPerMember: 100 });
  const sum = bestOf(5, () => {
    let total = 0n;
    for (const c of claims) total += c.amount;
    return total;
  });
  // Half the claims' value: every pot is short, so every pro-rata, floor, cap and rounding path runs.
  const run = bestOf(3, () => runValueEquation({ income: sum.result / 2n, parameters, claims }));
  report.say('## Value equation (10,000 members, 1,000,000 open claims)');
  report.say();
  report.say('| step | time | ratio to the summing loop | target |');
  report.say('| --- | ---: | ---: | ---: |');
  report.say(`| baseline: a loop that only sums the claims | ${fmt(sum.ms, 1)} ms | 1 | |`);
  report.say(`| value-equation@1 run, with explanations | ${fmt(run.ms, 0)} ms | ${fmt(run.ms / sum.ms, 1)} | < 1 s |`);
  report.say(`(${fmt(run.result.members.length)} members paid ${run.result.totalPaid.toString()} minor units in all.)`);
  report.say();
}
