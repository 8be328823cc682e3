// Shared by the tests of this folder only; not exported from index.ts.
import fc from 'fast-check';

/** Weight and binding as ballots carry them: mostly binding, small weights, sometimes left out. */
export const baseArb = fc.record(
  {
    weight: fc.integer({ min: 1, max: 4 }),
    binding: fc.oneof(
      { weight: 4, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    ),
  },
  { requiredKeys: [] },
);

/**
 * Ballots and a shuffled copy of them. Voter ids come from a pool a bit larger than the list, so
 * duplicate voters (which must be set aside whatever the order) turn up too.
 */
export function ballotsWithShuffle<B extends object>(
  body: fc.Arbitrary<B>,
  maxLength = 25,
): fc.Arbitrary<[Array<B & { voterId: string }>, Array<B & { voterId: string }>]> {
  return fc
    .array(fc.tuple(fc.integer({ min: 0, max: maxLength + 5 }), body), { maxLength })
    .map((list) => list.map(([id, b]) => ({ ...b, voterId: `v${id}` })))
    .chain((ballots) =>
      fc.tuple(
        fc.constant(ballots),
        fc.shuffledSubarray(ballots, { minLength: ballots.length, maxLength: ballots.length }),
      ),
    );
}

/** Ballots with distinct voter ids, for laws that should not be muddied by duplicates. */
export function uniqueBallots<B extends object>(
  body: fc.Arbitrary<B>,
  minLength = 0,
  maxLength = 25,
): fc.Arbitrary<Array<B & { voterId: string }>> {
  return fc
    .array(body, { minLength, maxLength })
    .map((list) => list.map((b, i) => ({ ...b, voterId: `v${i}` })));
}

/** Expands "count × ranking" rows, as election examples are written, into ballots. */
export function expand(
  rows: ReadonlyArray<readonly [number, readonly string[]]>,
): Array<{ voterId: string; ranking: string[] }> {
  const out: Array<{ voterId: string; ranking: string[] }> = [];
  for (const [count, ranking] of rows)
    for (let i = 0; i < count; i++) out.push({ voterId: `v${out.length}`, ranking: [...ranking] });
  return out;
}

/** Asserts a tally gives the same result for a list of ballots and any shuffle of it. */
export function assertOrderIndependent<B extends object, R>(
  body: fc.Arbitrary<B>,
  run: (ballots: Array<B & { voterId: string }>) => R,
  numRuns = 200,
): void {
  fc.assert(
    fc.property(ballotsWithShuffle(body), ([ballots, shuffled]) => {
      const a = JSON.stringify(run(ballots));
      const b = JSON.stringify(run(shuffled));
      if (a !== b) throw new Error(`results differ:\n${a}\n${b}`);
    }),
    { numRuns },
  );
}
