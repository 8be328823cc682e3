import {
  checkQuorum,
  tally,
  type Method,
  type MethodTypes,
  type QuorumReport,
  type TallyResult,
} from '../decisions/index.js';
import type { Rational } from '../decisions/rational.js';
import type { JsonObject } from '../ledger/canonical.js';

/** A member's current ballot as the ledger recorded it. */
export interface RecordedBallot {
  voterId: string;
  ballot: JsonObject;
  weight: number;
  binding: boolean;
  constituencyIds: readonly string[];
}

export interface ProposalTallyInput {
  method: Method;
  settings: JsonObject;
  ballots: readonly RecordedBallot[];
  /** Members eligible to vote at close, per voting constituency id. */
  eligible: Record<string, string[]>;
  /** Minimum share per voting constituency id; empty for no quorum. */
  quorum: Record<string, Rational>;
  /** The deadline: the instant the tally speaks for. */
  closedAt: string;
  /**
   * For secret ballots: voters are named `ballot 1`, `ballot 2`… in the given order in everything
   * the tally reports (objections, blocks, set-aside ballots), after the quorum is checked by id.
   */
  anonymous?: boolean;
}

/**
 * Tallies a closing proposal with the core method, after checking the quorum of each voting
 * constituency when the DisCO set one. Each ballot is one member's current ballot, so a member
 * counts once whatever the number of ballots they cast before.
 *
 * @example tallyProposal({ method: 'majority', settings: {}, ballots, eligible: { [workers]: ids }, quorum: {}, closedAt }).outcome
 */
export function tallyProposal(input: ProposalTallyInput): TallyResult {
  const ballots = input.ballots.map((b, i) => ({
    ...b.ballot,
    voterId: input.anonymous ? `ballot ${i + 1}` : b.voterId,
    weight: b.weight,
    binding: b.binding,
  }));
  let quorum: QuorumReport | undefined;
  if (Object.keys(input.quorum).length > 0) {
    quorum = checkQuorum({
      eligible: input.eligible,
      ballots: input.ballots.flatMap((b) =>
        b.constituencyIds.map((constituency) => ({ voterId: b.voterId, constituency })),
      ),
      minimum: input.quorum,
    });
  }
  type Any = MethodTypes[Method];
  return tally(
    input.method,
    input.settings as Any['settings'],
    ballots as unknown as Any['ballot'][],
    {
      now: input.closedAt,
      ...(quorum ? { quorum } : {}),
    },
  );
}
