import { describe, expect, it } from 'vitest';
import { diffRuns } from './diff.js';
import { runValueEquation } from './value-equation.js';
import type { ParameterDocumentInput } from './params.js';
import type { PayableClaim } from './types.js';

const current: ParameterDocumentInput = {
  algorithm: 'value-equation@1',
  version: 'current',
  effectiveFrom: '2026-01-01',
  buckets: [{ name: 'commons', of: 'total', percent: 1000 }],
  streamSplit: [
    { name: 'livelihood', streams: ['livelihood'], share: 7500 },
    { name: 'love+care', streams: ['love', 'care'], share: 2500 },
  ],
  retainedBucket: 'commons',
};
const claims: PayableClaim[] = [
  {
    claimId: 'a1',
    memberId: 'ana',
    stream: 'livelihood',
    amount: 80_000n,
    earnedDate: '2026-01-01',
  },
  { claimId: 'b1', memberId: 'ben', stream: 'care', amount: 50_000n, earnedDate: '2026-01-02' },
];

describe('diffRuns', () => {
  it('shows what a proposal would change, per member, stream, bucket and pot', () => {
    const a = runValueEquation({ income: 100_000n, parameters: current, claims });
    const proposal = {
      ...current,
      version: 'proposal',
      streamSplit: [
        { ...current.streamSplit[0]!, share: 5000 },
        { ...current.streamSplit[1]!, share: 5000 },
      ],
    };
    const b = runValueEquation({ income: 100_000n, parameters: proposal, claims: claims.slice(1) });
    const d = diffRuns(a, b);
    // a: net 90,000; livelihood 67,500 to ana; love+care 22,500 to ben.  b: ana has no claims; ben 45,000.
    expect(d.members.map((m) => [m.memberId, m.before, m.after, m.delta])).toEqual([
      ['ana', 67_500n, 0n, -67_500n],
      ['ben', 22_500n, 45_000n, 22_500n],
    ]);
    expect(d.members[1]!.byStream.care).toEqual({
      before: 22_500n,
      after: 45_000n,
      delta: 22_500n,
    });
    expect(d.buckets).toEqual([{ name: 'commons', before: 10_000n, after: 10_000n, delta: 0n }]);
    expect(d.pots.map((p) => p.delta)).toEqual([-22_500n, 22_500n]);
    expect(d.retained).toEqual({ before: 0n, after: 45_000n, delta: 45_000n });
  });
});
