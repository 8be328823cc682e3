import { tallyIrv, tallySchulze, type RankedBallot } from '../src/core/decisions/index.js';
import { bestOf, fmt, type Report } from './report.js';

/** A deterministic xorshift stream, so every run tallies the same ballots. */
export function randomStream(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function ballots(count: number, options: string[]): RankedBallot[] {
  const next = randomStream(2463534242);
  return Array.from({ length: count }, (_, i) => {
    const ranking = [...options];
    for (let k = ranking.length - 1; k > 0; k--) {
      const j = Math.floor(next() * (k + 1));
      [ranking[k], ranking[j]] = [ranking[j]!, ranking[k]!];
    }
    return {
      voterId: `voter-${i}`,
      ranking: ranking.slice(0, 1 + Math.floor(next() * options.length)),
    };
  });
}

/** Issue 6: ranked tallies over 100,000 ballots against a loop that only reads them. */
export function benchDecisions(report: Report): void {
  const options = Array.from({ length: 10 }, (_, i) => `option-${i}`);
  const all = ballots(100_000, options);
  const read = bestOf(5, () => {
    let n = 0;
    for (const b of all) for (const o of b.ranking) n += o.length + b.voterId.length;
    return n;
  });
  const irv = bestOf(3, () => tallyIrv({ options }, all));
  const schulze = bestOf(3, () => tallySchulze({ options }, all));
  report.say('## Ranked-choice tallies (100,000 ballots over 10 options)');
  report.say();
  report.say('| tally | time | ratio to a loop that only reads the ballots | target |');
  report.say('| --- | ---: | ---: | ---: |');
  report.say(`| baseline: read every ranking | ${fmt(read.ms, 1)} ms | 1 | |`);
  report.say(`| instant runoff | ${fmt(irv.ms, 1)} ms | ${fmt(irv.ms / read.ms, 1)} | < 1 s |`);
  report.say(`| Schulze | ${fmt(schulze.ms, 1)} ms | ${fmt(schulze.ms / read.ms, 1)} | < 1 s |`);
  report.say();
}
