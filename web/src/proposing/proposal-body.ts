import type { components } from '../api/schema';
import { decimalToMinor } from '../money/amount';

export type OpenProposal = components['schemas']['OpenProposal'];
export type StartableKind =
  'general' | 'membership-change' | 'budget-or-expense' | 'policy-amendment';
export type Level = 'casual' | 'dating' | 'committed' | 'left';

export interface ProposalDraft {
  kind: StartableKind;
  title: string;
  body: string;
  /** `datetime-local` text, in the browser's time zone. */
  deadline: string;
  method: 'consent' | 'lazy-consensus' | 'consensus' | 'majority' | 'supermajority' | 'sense-check';
  circleId: string;
  memberId: string;
  level: Level;
  stage: string;
  /** budget-or-expense: the amount as typed, in the DisCO's currency. */
  amount: string;
  /** policy-amendment: the governance parameters it puts in force; null while a field is wrong. */
  governanceParameters?: components['schemas']['GovernanceParameters'] | null;
}

export type DraftProblem = 'deadline' | 'member' | 'amount' | 'governance';

/**
 * The body of `POST /api/proposals` for a draft, or the fields the member must fix first. A
 * budget's amount has no field of its own in the proposal's change (the node records the kind
 * only), so it is stated as the body's first line, where every member reads it.
 *
 * @example proposalBody(draft, 'EUR', (m) => `€${m}`) // { ok: true, body: { title, body: 'Amount: €1,200.00\n\n…', … } }
 */
export function proposalBody(
  draft: ProposalDraft,
  amountLine: (minor: string) => string,
): { ok: true; body: OpenProposal } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const deadline = new Date(draft.deadline);
  if (!draft.deadline || Number.isNaN(deadline.getTime())) problems.push('deadline');
  if (draft.kind === 'membership-change' && !draft.memberId) problems.push('member');
  const minor = draft.kind === 'budget-or-expense' ? decimalToMinor(draft.amount) : null;
  if (draft.kind === 'budget-or-expense' && (minor === null || minor === '0'))
    problems.push('amount');
  if (draft.kind === 'policy-amendment' && !draft.governanceParameters) problems.push('governance');
  if (problems.length > 0) return { ok: false, problems };
  const body: OpenProposal = {
    title: draft.title,
    body: minor !== null ? `${amountLine(minor)}\n\n${draft.body}` : draft.body,
    deadline: deadline.toISOString(),
    method: draft.method,
    ...(draft.circleId ? { circleId: draft.circleId } : {}),
  };
  if (draft.kind === 'membership-change')
    body.change = {
      kind: 'membership-change',
      membership: {
        memberId: draft.memberId,
        level: draft.level,
        ...(draft.level === 'dating' ? { stage: Number(draft.stage) || 1 } : {}),
      },
    };
  else if (draft.kind === 'budget-or-expense') body.change = { kind: 'budget-or-expense' };
  else if (draft.kind === 'policy-amendment' && draft.governanceParameters)
    body.change = { kind: 'policy-amendment', governanceParameters: draft.governanceParameters };
  return { ok: true, body };
}
