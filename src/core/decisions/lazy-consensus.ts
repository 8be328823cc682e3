import { z } from 'zod';
import { message } from '../messages/codes.js';
import { linesInEnglish } from '../messages/render-en.js';
import {
  ballotBaseShape,
  checkBallotBase,
  participationLines,
  splitBallots,
  type Counted,
  type Problem,
} from './ballot.js';
import {
  checkObjection,
  collectObjections,
  objectionLines,
  objectionStatusSchema,
  weighObjections,
  type ObjectionNote,
} from './objection.js';
import { applyQuorum, type DecisionResult, type TallyContext } from './result.js';

export const lazyConsensusSettingsSchema = z.strictObject({
  /** ISO 8601 instant after which silence counts as assent. Without it the tally is taken as made at the deadline. */
  deadline: z.iso.datetime({ offset: true }).optional(),
  /** Whether an objection must say why (default yes: a bare "no" gives the group nothing to work with). */
  objectionNeedsReason: z.boolean().default(true),
});

export const lazyConsensusBallotSchema = z.strictObject({
  ...ballotBaseShape,
  /** Silence is assent, so most members cast nothing; `support` is there for those who want it on record. */
  response: z.enum(['support', 'object']),
  reason: z.string().optional(),
  status: objectionStatusSchema.default('standing'),
  resolution: z.string().optional(),
});

export type LazyConsensusSettings = z.input<typeof lazyConsensusSettingsSchema>;
export type LazyConsensusBallot = z.input<typeof lazyConsensusBallotSchema>;

export interface LazyConsensusCounts {
  support: number;
  objectionsStanding: number;
  objectionsWithdrawn: number;
  objectionsResolved: number;
  objections: ObjectionNote[];
}

export type LazyConsensusResult = DecisionResult<'lazy-consensus', LazyConsensusCounts>;

function checker(needsReason: boolean) {
  return (ballot: LazyConsensusBallot): Problem[] => {
    if (ballot.response === 'support') return [];
    if (ballot.response !== 'object')
      return [{ field: 'response', message: 'response must be support or object' }];
    const problems = checkObjection(ballot, 'an objection');
    return needsReason ? problems : problems.filter((p) => p.field !== 'reason');
  };
}

function count(counted: readonly Counted<LazyConsensusBallot>[]): LazyConsensusCounts {
  const objections = collectObjections(counted, (b) => b.response === 'object');
  const w = weighObjections(objections);
  const support = counted.reduce(
    (sum, c) => sum + (c.ballot.response === 'support' ? c.weight : 0),
    0,
  );
  return {
    support,
    objectionsStanding: w.standing,
    objectionsWithdrawn: w.withdrawn,
    objectionsResolved: w.resolved,
    objections,
  };
}

/**
 * Lists every problem with a lazy-consensus ballot.
 * @example validateLazyConsensusBallot({}, { voterId: 'bo', response: 'object', reason: 'too soon' }) // []
 */
export function validateLazyConsensusBallot(
  settings: LazyConsensusSettings,
  ballot: LazyConsensusBallot,
): Problem[] {
  const s = lazyConsensusSettingsSchema.parse(settings);
  return [...checkBallotBase(ballot), ...checker(s.objectionNeedsReason)(ballot)];
}

/**
 * Lazy consensus ("lazy majority"): silence is assent, so the proposal passes at the deadline
 * unless a binding objection stands, and no ballots at all is a pass, not a missing quorum. Before
 * the deadline (when both `settings.deadline` and `context.now` are given) the outcome is `open`,
 * since an objection may still come or be withdrawn.
 * @example
 * tallyLazyConsensus({ deadline: '2025-03-01T12:00:00Z' }, [], { now: '2025-03-02T00:00:00Z' }).outcome // 'passed'
 */
export function tallyLazyConsensus(
  settings: LazyConsensusSettings,
  ballots: readonly LazyConsensusBallot[],
  context?: TallyContext,
): LazyConsensusResult {
  const s = lazyConsensusSettingsSchema.parse(settings);
  const split = splitBallots(ballots, checker(s.objectionNeedsReason));
  const counts = count(split.binding);
  const shown = count(split.shown);
  const lines = participationLines(split);
  lines.push(
    message('tally.lazy.counts', {
      support: counts.support,
      standing: counts.objectionsStanding,
      withdrawn: counts.objectionsWithdrawn,
      resolved: counts.objectionsResolved,
    }),
  );
  lines.push(...objectionLines(counts.objections, 'objection'));
  const standing = counts.objections.some((o) => o.status === 'standing');
  const before =
    s.deadline !== undefined &&
    context?.now !== undefined &&
    Date.parse(context.now) < Date.parse(s.deadline);
  let outcome: LazyConsensusResult['outcome'];
  if (before) {
    outcome = 'open';
    lines.push(
      message(standing ? 'tally.lazy.open-standing' : 'tally.lazy.open-clear', {
        deadline: s.deadline ?? '',
      }),
    );
  } else {
    outcome = standing ? 'failed' : 'passed';
    lines.push(message(standing ? 'tally.lazy.fails' : 'tally.lazy.passes'));
  }
  if (split.shown.length > 0)
    lines.push(...objectionLines(shown.objections, 'non-binding-objection'));
  return applyQuorum(
    {
      method: 'lazy-consensus',
      kind: 'decision',
      outcome,
      winners: [],
      counts,
      shown,
      participation: split.participation,
      setAside: split.setAside,
      explanation: linesInEnglish(lines),
      lines,
    },
    context,
  );
}
