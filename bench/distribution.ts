import {
  runValueEquation,
  syntheticClaims,
  type ParameterDocumentInput,
} from '../src/core/distribution/index.js';
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
  report.say(
    `| value-equation@1 run, with explanations | ${fmt(run.ms, 0)} ms | ${fmt(run.ms / sum.ms, 1)} | < 1 s |`,
  );
  report.say(
    `(${fmt(run.result.members.length)} members paid ${run.result.totalPaid.toString()} minor units in all.)`,
  );
  report.say();
  benchWhatIf(report);
}

/**
 * Issue 5: a what-if over 12 past months, as `POST /api/distribution/whatif` does it: the current
 * figures are recorded, so each month costs one run of the candidate document over its claims
 * (here 1,000 members with 100 open claims each per month) plus the per-member comparison with
 * the recorded payouts.
 */
function benchWhatIf(report: Report): void {
  const months = Array.from({ length: 12 }, (_, m) =>
    syntheticClaims({ members: 1_000, claimsPerMember: 100, seed: m + 1 }),
  );
  const candidate: ParameterDocumentInput = {
    ...parameters,
    version: 'candidate',
    buckets: [{ name: 'commons', of: 'total', percent: 2000 }],
  };
  const sum = bestOf(5, () => {
    let total = 0n;
    for (const claims of months) for (const c of claims) total += c.amount;
    return total;
  });
  const recorded = months.map((claims) =>
    runValueEquation({ income: sum.result / 24n, parameters, claims }),
  );
  const whatIf = bestOf(2, () =>
    months.map((claims, m) => {
      const current = recorded[m]!;
      const next = runValueEquation({ income: sum.result / 24n, parameters: candidate, claims });
      const before = new Map(current.members.map((m) => [m.memberId, m.payout]));
      return next.members.reduce(
        (delta, m) => delta + (m.payout - (before.get(m.memberId) ?? 0n)),
        0n,
      );
    }),
  );
  report.say('## What-if over 12 past months (1,000 members, 100,000 open claims a month)');
  report.say();
  report.say('| step | time | ratio to the summing loop | target |');
  report.say('| --- | ---: | ---: | ---: |');
  report.say(
    `| baseline: a loop that only sums the 1,200,000 claims | ${fmt(sum.ms, 1)} ms | 1 | |`,
  );
  report.say(
    `| 12 months: the candidate run over each, compared per member with the recorded run | ${fmt(whatIf.ms, 0)} ms | ${fmt(whatIf.ms / sum.ms, 1)} | < 5 s |`,
  );
  report.say();
}
