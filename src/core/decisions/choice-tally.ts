import { message, type Message, type MessageParam } from '../messages/codes.js';
import { linesInEnglish } from '../messages/render-en.js';
import {
  participationLines,
  splitBallots,
  type BallotBase,
  type Counted,
  type Problem,
} from './ballot.js';
import { resolveTop, type Standing } from './options.js';
import {
  applyQuorum,
  NO_BINDING,
  type ChoiceResult,
  type Method,
  type TallyContext,
  type TieBreakNote,
} from './result.js';

/**
 * What sets one count-per-option method apart from another (approval, dot vote, score): how a
 * ballot is checked, how ballots are counted, and how the counts are put into words. The rest
 * (binding and shown ballots, the best options, ties and quorum) is the same for all of them.
 */
export interface CountingMethod<
  M extends Method,
  B extends BallotBase,
  C extends { standings: Standing[] },
> {
  method: M;
  settings: {
    options: readonly string[];
    tieBreak: 'report' | 'option-order';
    tieBreakOrder?: readonly string[] | undefined;
  };
  check: (ballot: B) => Problem[];
  count: (counted: readonly Counted<B>[]) => C;
  countsLine: (counts: C) => Message;
  describe: (counts: C) => MessageParam;
}

/**
 * Tallies a method that ranks options by one count each; the first-ranked options win or tie.
 * @example tallyByCounts({ method: 'approval', settings, check, count, countsLine, describe }, ballots).winners
 */
export function tallyByCounts<
  M extends Method,
  B extends BallotBase,
  C extends { standings: Standing[] },
>(m: CountingMethod<M, B, C>, ballots: readonly B[], context?: TallyContext): ChoiceResult<M, C> {
  const split = splitBallots(ballots, m.check);
  const counts = m.count(split.binding);
  const shown = m.count(split.shown);
  const lines = participationLines(split);
  let outcome: ChoiceResult<M, C>['outcome'] = 'no-quorum';
  let winners: string[] = [];
  let tieBreak: TieBreakNote | undefined;
  if (split.binding.length === 0) {
    lines.push(NO_BINDING);
  } else {
    lines.push(m.countsLine(counts));
    const top = resolveTop(
      counts.standings.filter((st) => st.rank === 1).map((st) => st.option),
      m.settings,
    );
    ({ outcome, winners, tieBreak } = top);
    lines.push(...top.lines);
  }
  if (split.shown.length > 0) lines.push(message('tally.shown', { counts: m.describe(shown) }));
  const result: ChoiceResult<M, C> = {
    method: m.method,
    kind: 'choice',
    outcome,
    winners,
    counts,
    shown,
    participation: split.participation,
    setAside: split.setAside,
    explanation: linesInEnglish(lines),
    lines,
  };
  if (tieBreak) result.tieBreak = tieBreak;
  return applyQuorum(result, context);
}
