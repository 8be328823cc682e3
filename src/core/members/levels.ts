import type { RuleProblem } from './rule-problem.js';
import type { LevelState } from './vocabulary.js';

/** Where a member stands: in or out, and (for worker-members) at which level. */
export interface Standing {
  status: 'active' | 'left';
  level: LevelState | null;
}

/** A change of standing; each is recorded with the decision that made it. */
export type LevelMove =
  | { kind: 'change'; level: LevelState }
  | { kind: 'leave' }
  | { kind: 'return'; level: LevelState | null };

/**
 * Why a move is not allowed from where the member stands; empty when it is. Dating moves forward
 * one stage at a time and only stage 3 leads to committing, while stepping back to casual or
 * leaving is always open: a DisCO may not rush anyone in, but never keeps anyone in.
 *
 * @example levelMoveProblems({ status: 'active', level: { level: 'casual' } }, { kind: 'change', level: { level: 'committed' } })
 * // [{ field: 'level', message: 'a casual member starts dating (stage 1) before committing' }]
 */
export function levelMoveProblems(from: Standing, move: LevelMove): RuleProblem[] {
  if (move.kind === 'leave')
    return from.status === 'left'
      ? [{ field: 'level', message: 'this member has already left' }]
      : [];
  if (move.kind === 'return') {
    if (from.status !== 'left')
      return [{ field: 'level', message: 'only a member who left can return' }];
    if (move.level?.level === 'dating' && move.level.stage !== 1) {
      return [{ field: 'stage', message: 'a returning member starts dating again at stage 1' }];
    }
    return [];
  }
  if (from.status === 'left')
    return [{ field: 'level', message: 'a member who left returns before changing level' }];
  const problem = changeProblem(from.level, move.level);
  return problem ? [problem] : [];
}

function changeProblem(current: LevelState | null, next: LevelState): RuleProblem | undefined {
  if (current === null) {
    if (next.level === 'committed')
      return {
        field: 'level',
        message: 'a new worker-member starts casual or dating before committing',
      };
    if (next.level === 'dating' && next.stage !== 1)
      return { field: 'stage', message: 'dating starts at stage 1' };
    return undefined;
  }
  switch (current.level) {
    case 'casual':
      if (next.level === 'casual')
        return { field: 'level', message: 'this member is already casual' };
      if (next.level === 'committed')
        return {
          field: 'level',
          message: 'a casual member starts dating (stage 1) before committing',
        };
      return next.stage === 1 ? undefined : { field: 'stage', message: 'dating starts at stage 1' };
    case 'dating':
      if (next.level === 'casual') return undefined;
      if (next.level === 'committed') {
        return current.stage === 3
          ? undefined
          : {
              field: 'level',
              message: `committing comes after dating stage 3; this member is at stage ${current.stage}`,
            };
      }
      if (next.stage === current.stage + 1) return undefined;
      if (next.stage <= current.stage)
        return {
          field: 'stage',
          message: `dating stages only move forward; this member is at stage ${current.stage}`,
        };
      return {
        field: 'stage',
        message: `dating moves one stage at a time; next is stage ${current.stage + 1}`,
      };
    case 'committed':
      if (next.level === 'casual') return undefined;
      return {
        field: 'level',
        message:
          next.level === 'committed'
            ? 'this member is already committed'
            : 'a committed member does not go back to dating',
      };
  }
}

/**
 * The standing after an allowed move; a member who leaves keeps the level they had on record.
 *
 * @example standingAfter({ status: 'active', level: null }, { kind: 'leave' }) // { status: 'left', level: null }
 */
export function standingAfter(from: Standing, move: LevelMove): Standing {
  if (move.kind === 'leave') return { status: 'left', level: from.level };
  return { status: 'active', level: move.level };
}
