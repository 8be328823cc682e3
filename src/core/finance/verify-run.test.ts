import { describe, expect, it } from 'vitest';
import { differencesBetween } from './verify-run.js';

describe('what a refuted run says differs', () => {
  const member = (care: string) => ({
    memberId: '019b8d62-f398-742e-a0ec-f11dff2680c5',
    name: 'Ana',
    payout: '120000',
    claims: { livelihood: '400000', love: '250000', care: '180000' },
    byStream: { livelihood: '60000', love: '35000', care },
    explanation: Array.from({ length: 6 }, (_, i) => ({ text: `line ${i}`, amount: '20000' })),
  });

  it('names the field that differs with both values, however long the record around it', () => {
    expect(differencesBetween('members[ana]', member('25000'), member('25001'))).toEqual([
      'members[ana].byStream.care: recorded "25000", recomputed "25001"',
    ]);
  });

  it('names fields only one side has, and lists of another length as a whole', () => {
    expect(
      differencesBetween('outputs', { a: [1, 2], b: 1 }, { a: [1, 2, 3], c: 2 }).sort(),
    ).toEqual([
      'outputs.a: recorded [1,2], recomputed [1,2,3]',
      'outputs.b: recorded 1, recomputed nothing',
      'outputs.c: recorded nothing, recomputed 2',
    ]);
    expect(differencesBetween('x', { same: true }, { same: true })).toEqual([]);
  });
});
