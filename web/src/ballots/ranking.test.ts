import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveDown, moveTo, moveUp, rank, unrank, unranked } from './ranking.js';

const options = ['A', 'B', 'C', 'D', 'E'];
const op = fc.oneof(
  fc.record({ kind: fc.constant('rank' as const), option: fc.constantFrom(...options) }),
  fc.record({ kind: fc.constant('unrank' as const), option: fc.constantFrom(...options) }),
  fc.record({ kind: fc.constant('up' as const), option: fc.constantFrom(...options) }),
  fc.record({ kind: fc.constant('down' as const), option: fc.constantFrom(...options) }),
  fc.record({
    kind: fc.constant('drag' as const),
    from: fc.integer({ min: -1, max: 6 }),
    to: fc.integer({ min: -1, max: 6 }),
  }),
);

function apply(
  ranking: string[],
  o: { kind: string; option?: string; from?: number; to?: number },
): string[] {
  switch (o.kind) {
    case 'rank':
      return rank(ranking, o.option!);
    case 'unrank':
      return unrank(ranking, o.option!);
    case 'up':
      return moveUp(ranking, o.option!);
    case 'down':
      return moveDown(ranking, o.option!);
    default:
      return moveTo(ranking, o.from!, o.to!);
  }
}

describe('ranking by buttons, keys and drag', () => {
  it('keeps the ranking a list of distinct options, whatever the member does, and the rest unranked', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const ranking = ops.reduce(apply, [] as string[]);
        expect(new Set(ranking).size).toBe(ranking.length);
        expect(ranking.every((o) => options.includes(o))).toBe(true);
        expect([...ranking, ...unranked(options, ranking)].sort()).toEqual(options);
      }),
    );
  });

  it('moves an option one place up or down, and back again, keeping the others in order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(options, { minLength: 2 }), fc.nat(), (ranking, pick) => {
        const option = ranking[1 + (pick % (ranking.length - 1))]!;
        const up = moveUp(ranking, option);
        expect(up.indexOf(option)).toBe(ranking.indexOf(option) - 1);
        expect(up.filter((o) => o !== option)).toEqual(ranking.filter((o) => o !== option));
        expect(moveDown(up, option)).toEqual(ranking);
      }),
    );
    expect(moveUp(['A', 'B'], 'A')).toEqual(['A', 'B']);
    expect(moveDown(['A', 'B'], 'B')).toEqual(['A', 'B']);
    expect(rank(['A'], 'C')).toEqual(['A', 'C']);
    expect(moveTo(['A', 'B', 'C'], 0, 2)).toEqual(['B', 'C', 'A']);
  });
});
