import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelMoveProblems, standingAfter, type LevelMove, type Standing } from './levels.js';
import type { LevelState } from './vocabulary.js';

const dating = (stage: 1 | 2 | 3): LevelState => ({
  level: 'dating',
  stage,
  timeline: 'agile',
  startDate: '2026-01-05',
});
const active = (level: LevelState | null): Standing => ({ status: 'active', level });
const change = (level: LevelState): LevelMove => ({ kind: 'change', level });

const levelArb: fc.Arbitrary<LevelState> = fc.oneof(
  fc.constant<LevelState>({ level: 'casual' }),
  fc.constant<LevelState>({ level: 'committed' }),
  fc.constantFrom<1 | 2 | 3>(1, 2, 3).map(dating),
);
const moveArb: fc.Arbitrary<LevelMove> = fc.oneof(
  levelArb.map(change),
  fc.constant<LevelMove>({ kind: 'leave' }),
  fc.option(levelArb, { nil: null }).map((level): LevelMove => ({ kind: 'return', level })),
);

describe('level moves', () => {
  it('walks a dater through the stages to committed', () => {
    let standing = active({ level: 'casual' });
    for (const next of [dating(1), dating(2), dating(3), { level: 'committed' } as LevelState]) {
      expect(levelMoveProblems(standing, change(next))).toEqual([]);
      standing = standingAfter(standing, change(next));
    }
    expect(standing).toEqual(active({ level: 'committed' }));
  });

  it.each([
    [active({ level: 'casual' }), change({ level: 'committed' }), 'level'],
    [active(dating(1)), change(dating(3)), 'stage'],
    [active(dating(2)), change(dating(1)), 'stage'],
    [active(dating(2)), change({ level: 'committed' }), 'level'],
    [active({ level: 'committed' }), change(dating(1)), 'level'],
    [active(null), change(dating(2)), 'stage'],
    [active(null), change({ level: 'committed' }), 'level'],
    [{ status: 'left', level: null } as Standing, change({ level: 'casual' }), 'level'],
    [active(null), { kind: 'return', level: null } as LevelMove, 'level'],
    [{ status: 'left', level: null } as Standing, { kind: 'leave' } as LevelMove, 'level'],
    [
      { status: 'left', level: null } as Standing,
      { kind: 'return', level: dating(2) } as LevelMove,
      'stage',
    ],
  ])('refuses %j → %j on the %s field', (from, move, field) => {
    expect(levelMoveProblems(from, move).map((p) => p.field)).toEqual([field]);
  });

  it('always lets a member step back to casual, leave, and return', () => {
    fc.assert(
      fc.property(fc.oneof(levelArb, fc.constant(null)), (level) => {
        expect(levelMoveProblems(active(level), { kind: 'leave' })).toEqual([]);
        expect(
          levelMoveProblems(
            { status: 'left', level },
            { kind: 'return', level: { level: 'casual' } },
          ),
        ).toEqual([]);
        if (level !== null && level.level !== 'casual')
          expect(levelMoveProblems(active(level), change({ level: 'casual' }))).toEqual([]);
      }),
    );
  });

  it('law: along any sequence of allowed moves, committing follows stage 3 and stages rise one by one', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 60 }), (moves) => {
        let standing = active({ level: 'casual' });
        for (const move of moves) {
          if (levelMoveProblems(standing, move).length > 0) continue;
          const next = standingAfter(standing, move);
          if (move.kind === 'change' && move.level.level === 'committed')
            expect(standing.level).toEqual(dating(3));
          if (
            move.kind === 'change' &&
            move.level.level === 'dating' &&
            standing.level?.level === 'dating'
          ) {
            expect(move.level.stage).toBe(standing.level.stage + 1);
          }
          if (
            move.kind === 'change' &&
            move.level.level === 'dating' &&
            standing.level?.level !== 'dating'
          )
            expect(move.level.stage).toBe(1);
          standing = next;
        }
      }),
    );
  });
});
