import { z } from 'zod';
import { message } from '../messages/codes.js';
import { ballotBaseShape, checkBallotBase, type Counted, type Problem } from './ballot.js';
import {
  choiceShape,
  optionIndex,
  refineTieBreakOrder,
  standingsOf,
  type Standing,
} from './options.js';
import { type ChoiceResult, type TallyContext } from './result.js';
import { tallyByCounts } from './choice-tally.js';

export const approvalSettingsSchema = z
  .strictObject({
    ...choiceShape,
    /** Optional cap on how many options one ballot may approve. */
    maxApprovals: z.number().int().positive().optional(),
  })
  .superRefine(refineTieBreakOrder);

export const approvalBallotSchema = z.strictObject({
  ...ballotBaseShape,
  approvals: z.array(z.string()),
});

export type ApprovalSettings = z.input<typeof approvalSettingsSchema>;
export type ApprovalBallot = z.input<typeof approvalBallotSchema>;

export interface ApprovalCounts {
  approvals: Record<string, number>;
  standings: Standing[];
}

export type ApprovalResult = ChoiceResult<'approval', ApprovalCounts>;

type Parsed = z.output<typeof approvalSettingsSchema>;

function checker(s: Parsed) {
  const index = optionIndex(s.options);
  return (ballot: ApprovalBallot): Problem[] => {
    if (!Array.isArray(ballot.approvals))
      return [{ field: 'approvals', message: 'approvals must be a list of options' }];
    const problems: Problem[] = [];
    const seen = new Set<string>();
    ballot.approvals.forEach((o, i) => {
      if (!index.has(o))
        problems.push({
          field: `approvals[${i}]`,
          message: `"${String(o)}" is not an option of this proposal`,
        });
      else if (seen.has(o))
        problems.push({ field: `approvals[${i}]`, message: `"${o}" is approved more than once` });
      seen.add(o);
    });
    if (s.maxApprovals !== undefined && seen.size > s.maxApprovals) {
      problems.push({
        field: 'approvals',
        message: `at most ${s.maxApprovals} options may be approved, this ballot approves ${seen.size}`,
      });
    }
    return problems;
  };
}

function count(s: Parsed, counted: readonly Counted<ApprovalBallot>[]): ApprovalCounts {
  const approvals: Record<string, number> = Object.fromEntries(s.options.map((o) => [o, 0]));
  for (const c of counted)
    for (const o of c.ballot.approvals) approvals[o] = (approvals[o] ?? 0) + c.weight;
  const standings = standingsOf(s.options, (a, b) => (approvals[b] ?? 0) - (approvals[a] ?? 0));
  return { approvals, standings };
}

function describe(c: ApprovalCounts): string {
  return c.standings.map((st) => `${st.option} ${c.approvals[st.option] ?? 0}`).join(', ');
}

/**
 * Lists every problem with an approval ballot (unknown option, an option approved twice, too many approvals).
 * @example validateApprovalBallot({ options: ['A', 'B'] }, { voterId: 'ana', approvals: ['A', 'C'] })
 * // [{ field: 'approvals[1]', message: '"C" is not an option of this proposal' }]
 */
export function validateApprovalBallot(
  settings: ApprovalSettings,
  ballot: ApprovalBallot,
): Problem[] {
  const s = approvalSettingsSchema.parse(settings);
  return [...checkBallotBase(ballot), ...checker(s)(ballot)];
}

/**
 * Approval voting: each voter approves any number of options; the most (weighted) approvals wins.
 * Equal tops are reported as a tie unless `tieBreak: 'option-order'` asks for one winner.
 * @example
 * tallyApproval({ options: ['A', 'B', 'C'] }, [
 *   { voterId: 'ana', approvals: ['A', 'B'] },
 *   { voterId: 'bo', approvals: ['A'] },
 * ]).winners // ['A']
 */
export function tallyApproval(
  settings: ApprovalSettings,
  ballots: readonly ApprovalBallot[],
  context?: TallyContext,
): ApprovalResult {
  const s = approvalSettingsSchema.parse(settings);
  return tallyByCounts(
    {
      method: 'approval',
      settings: s,
      check: checker(s),
      count: (counted) => count(s, counted),
      countsLine: (counts) => message('tally.approval.counts', { counts: describe(counts) }),
      describe,
    },
    ballots,
    context,
  );
}
