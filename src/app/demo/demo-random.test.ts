import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoRandom } from './demo-random.js';

describe('demoRandom', () => {
  it('gives the same sequence for the same seed, within the asked bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, span) => {
          const a = demoRandom(seed);
          const b = demoRandom(seed);
          for (let i = 0; i < 20; i++) {
            const n = a.int(min, min + span);
            expect(n).toBe(b.int(min, min + span));
            expect(n).toBeGreaterThanOrEqual(min);
            expect(n).toBeLessThanOrEqual(min + span);
          }
        },
      ),
    );
  });

  it('draws from the whole range', () => {
    const random = demoRandom(7);
    const seen = new Set(Array.from({ length: 200 }, () => random.pick(['a', 'b', 'c', 'd'])));
    expect([...seen].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
