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
import { atLeastShare, formatRational, minimumCount, rationalSchema } from './rational.js';
import { applyQuorum, NO_BINDING, type DecisionResult, type TallyContext } from './result.js';

export const consensusSettingsSchema = z.strictObject({
  /**
   * Optional share of agree among everyone who responded (agree + stand aside + block, lifted
   * blocks included), so a proposal carried by many stand-asides can be sent back.
   */
  minAgreeShare: rationalSchema.optional(),
});

export const consensusBallotSchema = z
  .strictObject({
    ...ballotBaseShape,
    response: z.enum(['agree', 'stand-aside', 'block']),
    /** Required for a block; welcome for a stand-aside. */
    reason: z.string().optional(),
    /** Blocks only: a block stands until withdrawn or resolved. */
    status: objectionStatusSchema.default('standing'),
    resolution: z.string().optional(),
  })
  .superRefine((b, ctx) => {
    if (b.response === 'block' && (b.reason ?? '').trim() === '')
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a block needs a reason' });
  });

export type ConsensusSettings = z.input<typeof consensusSettingsSchema>;
export type ConsensusBallot = z.input<typeof consensusBallotSchema>;

export interface ConsensusCounts {
  agree: number;
  standAside: number;
  blocksStanding: number;
  /** Blocks withdrawn or resolved: they took part but did not agree. */
  blocksLifted: number;
  blocks: ObjectionNote[];
}

export type ConsensusResult = DecisionResult<'consensus', ConsensusCounts>;

function check(ballot: ConsensusBallot): Problem[] {
  if (ballot.response === 'agree' || ballot.response === 'stand-aside') return [];
  if (ballot.response === 'block') return checkObjection(ballot, 'a block');
  return [{ field: 'response', message: 'response must be agree, stand-aside or block' }];
}

function count(counted: readonly Counted<ConsensusBallot>[]): ConsensusCounts {
  const blocks = collectObjections(counted, (b) => b.response === 'block');
  const w = weighObjections(blocks);
  let agree = 0;
  let standAside = 0;
  for (const c of counted) {
    if (c.ballot.response === 'agree') agree += c.weight;
    else if (c.ballot.response === 'stand-aside') standAside += c.weight;
  }
  return {
    agree,
    standAside,
    blocksStanding: w.standing,
    blocksLifted: w.withdrawn + w.resolved,
    blocks,
  };
}

/**
 * Lists every problem with a consensus ballot (a block without a reason, an unknown response).
 * @example validateConsensusBallot({}, { voterId: 'cy', response: 'block' }) // [{ field: 'reason', … }]
 */
export function validateConsensusBallot(
  _settings: ConsensusSettings,
  ballot: ConsensusBallot,
): Problem[] {
  return [...checkBallotBase(ballot), ...check(ballot)];
}

/**
 * Consensus with stand-aside: any standing binding block fails it, whatever its weight; otherwise
 * it passes, provided agree reaches `minAgreeShare` when one is set.
 * @example
 * tallyConsensus({}, [
 *   { voterId: 'ana', response: 'agree' },
 *   { voterId: 'bo', response: 'stand-aside', reason: 'not my area' },
 * ]).outcome // 'passed'
 */
export function tallyConsensus(
  settings: ConsensusSettings,
  ballots: readonly ConsensusBallot[],
  context?: TallyContext,
): ConsensusResult {
  const s = consensusSettingsSchema.parse(settings);
  const split = splitBallots(ballots, check);
  const counts = count(split.binding);
  const shown = count(split.shown);
  const lines = participationLines(split);
  let outcome: ConsensusResult['outcome'];
  if (split.binding.length === 0) {
    outcome = 'no-quorum';
    lines.push(NO_BINDING);
  } else {
    lines.push(
      message('tally.consensus.counts', {
        agree: counts.agree,
        standAside: counts.standAside,
        standing: counts.blocksStanding,
        lifted: counts.blocksLifted,
      }),
    );
    lines.push(...objectionLines(counts.blocks, 'block'));
    const blocked = counts.blocks.some((b) => b.status === 'standing');
    if (blocked) {
      outcome = 'failed';
      lines.push(message('tally.consensus.blocked'));
    } else if (s.minAgreeShare) {
      const total = counts.agree + counts.standAside + counts.blocksStanding + counts.blocksLifted;
      const enough = atLeastShare(counts.agree, total, s.minAgreeShare);
      outcome = enough ? 'passed' : 'failed';
      lines.push(
        message(enough ? 'tally.consensus.share-reached' : 'tally.consensus.share-missed', {
          share: formatRational(s.minAgreeShare),
          needed: minimumCount(total, s.minAgreeShare),
          total,
          agree: counts.agree,
        }),
      );
    } else {
      outcome = 'passed';
      lines.push(message('tally.consensus.reached'));
    }
  }
  if (split.shown.length > 0) {
    lines.push(
      message('tally.consensus.shown', {
        agree: shown.agree,
        standAside: shown.standAside,
        standing: shown.blocksStanding,
      }),
    );
    lines.push(...objectionLines(shown.blocks, 'non-binding-block'));
  }
  return applyQuorum(
    {
      method: 'consensus',
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
