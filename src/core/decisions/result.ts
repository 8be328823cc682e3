import { message, type Message } from '../messages/codes.js';
import { renderEnglish } from '../messages/render-en.js';
import type { Participation, SetAside } from './ballot.js';
import type { QuorumReport } from './quorum.js';

export const METHODS = [
  'sense-check',
  'lazy-consensus',
  'consent',
  'consensus',
  'majority',
  'supermajority',
  'approval',
  'score',
  'dot-vote',
  'irv',
  'schulze',
  'meeting-poll',
] as const;

export type Method = (typeof METHODS)[number];

/** A yes-or-no proposal either passes or fails; `open` only while a lazy-consensus deadline is ahead. */
export type DecisionOutcome = 'passed' | 'failed' | 'no-quorum' | 'open';
/** A choice among options elects one winner or reports a tie. */
export type ChoiceOutcome = 'winner' | 'tie' | 'no-quorum';
export type Outcome = DecisionOutcome | ChoiceOutcome | 'non-binding';

/** What a tally may be told besides settings and ballots; core has no clock, so "now" comes in here. */
export interface TallyContext {
  /** From `checkQuorum`; when not met the outcome is `no-quorum` and the counts are still shown. */
  quorum?: QuorumReport;
  /** ISO 8601 instant the tally is made at; lazy consensus compares it with its deadline. */
  now?: string;
}

interface ResultCore<M extends Method, C> {
  method: M;
  /** Counts from binding ballots only: these decide. */
  counts: C;
  /** The same counts from non-binding ballots, shown beside the result and never deciding it. */
  shown: C;
  participation: Participation;
  setAside: SetAside[];
  /** Plain-language lines a member reads, in order. */
  explanation: string[];
  /**
   * The same lines as codes and parameters (src/core/messages/codes.ts), one per line, in order, for
   * each face to put in its reader's language. Every method gives them; results recorded before
   * tallies carried codes have none.
   */
  lines?: Message[];
}

export interface DecisionResult<M extends Method, C> extends ResultCore<M, C> {
  kind: 'decision';
  outcome: DecisionOutcome;
  winners: [];
}

/** How a tie among the best options was settled when a single winner was asked for. */
export interface TieBreakNote {
  among: string[];
  rule: string;
}

export interface ChoiceResult<M extends Method, C> extends ResultCore<M, C> {
  kind: 'choice';
  outcome: ChoiceOutcome;
  /** One option for `winner`; every tied option for `tie`; none for `no-quorum`. */
  winners: string[];
  /** Present when the tie-break order turned a tie into a single winner. */
  tieBreak?: TieBreakNote;
}

export interface NonBindingResult<M extends Method, C> extends ResultCore<M, C> {
  kind: 'non-binding';
  outcome: 'non-binding';
  winners: [];
}

/**
 * Turns a result into `no-quorum` when the caller's quorum report says so, keeping every count so
 * members still see how the vote went. Non-binding results are left as they are.
 * @example applyQuorum(result, { quorum: checkQuorum(input) }).outcome // 'no-quorum' when not met
 */
export function applyQuorum<
  R extends {
    kind: string;
    outcome: Outcome;
    winners: string[];
    explanation: string[];
    lines?: Message[];
    tieBreak?: TieBreakNote;
  },
>(result: R, context: TallyContext | undefined): R {
  const quorum = context?.quorum;
  if (!quorum || quorum.met || result.kind === 'non-binding') return result;
  const notMet = message('tally.quorum-not-met', {
    missing: quorum.constituencies
      .filter((c) => !c.met)
      .map((c) =>
        message('tally.quorum-missing', {
          constituency: c.constituency,
          participated: c.participated,
          eligible: c.eligible,
          required: c.required,
        }),
      ),
  });
  const { tieBreak: _tieBreak, ...rest } = result;
  return {
    ...rest,
    outcome: 'no-quorum',
    winners: [],
    explanation: [...result.explanation, renderEnglish(notMet)],
    ...(result.lines ? { lines: [...result.lines, notMet] } : {}),
  } as unknown as R;
}

/** The line used when nobody with a binding vote took part. */
export const NO_BINDING = message('tally.no-binding');
