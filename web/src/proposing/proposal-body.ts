import type { components } from '../api/schema';
import { decimalToMinor } from '../money/amount';

export type OpenProposal = components['schemas']['OpenProposal'];
export type StartableKind =
  'general' | 'membership-change' | 'budget-or-expense' | 'policy-amendment';
export type Level = 'casual' | 'dating' | 'committed' | 'left';
export type Method = OpenProposal['method'];

/** Methods that decide yes or no: the only ones whose outcome can pass, so put a change in force. */
export const YES_NO_METHODS = [
  'consent',
  'lazy-consensus',
  'consensus',
  'majority',
  'supermajority',
  'sense-check',
] as const satisfies readonly Method[];
/** Methods that choose among options: their outcome is a winner (or a tie), never "passed". */
export const CHOICE_METHODS = [
  'approval',
  'score',
  'dot-vote',
  'irv',
  'schulze',
  'meeting-poll',
] as const satisfies readonly Method[];
export type ChoiceMethod = (typeof CHOICE_METHODS)[number];

/**
 * The methods a proposal of a kind may be decided by. The node records any method for any kind,
 * but a change takes effect only when its proposal passes, which a choice among options never
 * does: so only general proposals offer the choice methods.
 *
 * @example methodsFor('membership-change') // ['consent', …, 'sense-check']
 */
export function methodsFor(kind: StartableKind): readonly Method[] {
  return kind === 'general' ? [...YES_NO_METHODS, ...CHOICE_METHODS] : YES_NO_METHODS;
}

export const isChoice = (method: Method): method is ChoiceMethod =>
  (CHOICE_METHODS as readonly string[]).includes(method);

/** The settings of a choice method as typed: the options one per line, numbers as text. */
export interface ChoiceDraft {
  options: string;
  /** approval: the most options one ballot may approve; empty for no cap. */
  maxApprovals: string;
  /** score: the lowest and highest score. */
  scoreMin: string;
  scoreMax: string;
  /** dot-vote: dots each voter gives, and the most on one option (empty: all of them). */
  dots: string;
  maxPerOption: string;
}

export const EMPTY_CHOICE: ChoiceDraft = {
  options: '',
  maxApprovals: '',
  scoreMin: '0',
  scoreMax: '5',
  dots: '10',
  maxPerOption: '',
};

export interface ProposalDraft {
  kind: StartableKind;
  title: string;
  body: string;
  /** `datetime-local` text, in the browser's time zone. */
  deadline: string;
  method: Method;
  /** The options and settings of a choice method (ignored by the yes-or-no ones). */
  choice?: ChoiceDraft;
  circleId: string;
  memberId: string;
  level: Level;
  stage: string;
  /** budget-or-expense: the amount as typed, in the DisCO's currency. */
  amount: string;
  /** policy-amendment: the governance parameters it puts in force; null while a field is wrong. */
  governanceParameters?: components['schemas']['GovernanceParameters'] | null;
}

export type DraftProblem =
  | 'deadline'
  | 'member'
  | 'amount'
  | 'governance'
  | 'options'
  | 'maxApprovals'
  | 'scoreRange'
  | 'dots'
  | 'maxPerOption';

const whole = (text: string, min: number, max: number): number | null => {
  if (!/^-?\d{1,4}$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= min && n <= max ? n : null;
};

/**
 * A choice method's settings for the node, or what to fix: at least two distinct options, and the
 * method's numbers in their ranges.
 *
 * @example choiceSettings('dot-vote', { ...EMPTY_CHOICE, options: 'A\nB', dots: '5' }) // { ok: true, settings: { options: ['A', 'B'], dots: 5 } }
 */
export function choiceSettings(
  method: ChoiceMethod,
  choice: ChoiceDraft,
): { ok: true; settings: Record<string, unknown> } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const options = choice.options
    .split('\n')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  if (options.length < 2 || new Set(options).size !== options.length) problems.push('options');
  const settings: Record<string, unknown> = { options };
  if (method === 'approval' && choice.maxApprovals.trim() !== '') {
    const cap = whole(choice.maxApprovals, 1, 1000);
    if (cap === null) problems.push('maxApprovals');
    else settings['maxApprovals'] = cap;
  }
  if (method === 'score') {
    const min = whole(choice.scoreMin, -1000, 1000);
    const max = whole(choice.scoreMax, -1000, 1000);
    if (min === null || max === null || min >= max) problems.push('scoreRange');
    else Object.assign(settings, { min, max });
  }
  if (method === 'dot-vote') {
    const dots = whole(choice.dots, 1, 1000);
    if (dots === null) problems.push('dots');
    else settings['dots'] = dots;
    if (choice.maxPerOption.trim() !== '') {
      const most = whole(choice.maxPerOption, 1, 1000);
      if (most === null) problems.push('maxPerOption');
      else settings['maxPerOption'] = most;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings };
}

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
  const choice = isChoice(draft.method)
    ? choiceSettings(draft.method, draft.choice ?? EMPTY_CHOICE)
    : null;
  if (choice && !choice.ok) problems.push(...choice.problems);
  if (problems.length > 0) return { ok: false, problems };
  const body: OpenProposal = {
    title: draft.title,
    body: minor !== null ? `${amountLine(minor)}\n\n${draft.body}` : draft.body,
    deadline: deadline.toISOString(),
    method: draft.method,
    ...(choice?.ok ? { settings: choice.settings } : {}),
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
