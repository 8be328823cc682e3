import { contributionPayload } from './contribution.js';
import type { MemberStanding } from './credits.js';
import { VALUE_EVENT } from './events.js';
import { parseQuantity } from './quantity.js';
import {
  EMPTY_VALUE_STATE,
  foldValueEvents,
  type ValueEventInput,
  type ValueState,
} from './state.js';
import type { Stream } from './streams.js';
import type { ContributionDraft } from './validation.js';

/** Rates every test ledger starts with: care meetings at 15.00/h, love translation at 0.08/word, livelihood dev at 40.00/h. */
export const baseRates: ValueEventInput[] = [
  {
    type: VALUE_EVENT.rateSet,
    schema: 1,
    actor: 'steward',
    payload: {
      stream: 'care',
      taskKind: 'meeting',
      per: 'hour',
      amount: '1500',
      effectiveFrom: '2020-01-01',
    },
  },
  {
    type: VALUE_EVENT.rateSet,
    schema: 1,
    actor: 'steward',
    payload: {
      stream: 'love',
      taskKind: 'translation',
      per: 'word',
      amount: '8',
      effectiveFrom: '2020-01-01',
    },
  },
  {
    type: VALUE_EVENT.rateSet,
    schema: 1,
    actor: 'steward',
    payload: {
      stream: 'livelihood',
      taskKind: 'development',
      per: 'hour',
      amount: '4000',
      effectiveFrom: '2020-01-01',
    },
  },
  {
    type: VALUE_EVENT.rateSet,
    schema: 1,
    actor: 'steward',
    payload: {
      stream: 'love',
      taskKind: 'writing',
      per: 'hour',
      amount: '1000',
      effectiveFrom: '2020-01-01',
    },
  },
];

export const TASK_OF: Record<Stream, { taskKind: string; unit: string }> = {
  care: { taskKind: 'meeting', unit: 'hour' },
  love: { taskKind: 'translation', unit: 'word' },
  livelihood: { taskKind: 'development', unit: 'hour' },
};

export const committed: MemberStanding = { level: 'committed', datingStage: null };

export function draft(
  partial: Partial<Omit<ContributionDraft, 'quantity'>> & { quantity?: string } = {},
): ContributionDraft {
  const stream = partial.stream ?? 'care';
  const { quantity, ...rest } = partial;
  return {
    member: 'ana',
    stream,
    taskKind: TASK_OF[stream].taskKind,
    date: '2024-03-01',
    circle: 'c1',
    description: '',
    evidence: [],
    ...rest,
    quantity: { milli: parseQuantity(quantity ?? '2')!, unit: TASK_OF[stream].unit },
  };
}

/** A `value.contribution.logged` event priced against `state`, as the app would build it. */
export function logged(
  state: ValueState,
  id: string,
  d: ContributionDraft,
  member: MemberStanding = committed,
  actor: string | null = d.member,
): ValueEventInput {
  const result = contributionPayload(d, id, member, state, state.validationRules[d.stream]);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return { type: VALUE_EVENT.contributionLogged, schema: 1, actor, payload: result.payload };
}

export function edited(
  state: ValueState,
  id: string,
  supersedes: string,
  d: ContributionDraft,
  member: MemberStanding = committed,
): ValueEventInput {
  const event = logged(state, id, d, member);
  return {
    ...event,
    type: VALUE_EVENT.contributionEdited,
    payload: { ...(event.payload as object), supersedes },
  };
}

export const acknowledged = (
  contributionId: string,
  by: string,
  stewardOfCircle = false,
): ValueEventInput => ({
  type: VALUE_EVENT.contributionValidated,
  schema: 1,
  actor: by,
  payload: { contributionId, stewardOfCircle },
});

export const disputed = (
  contributionId: string,
  by: string,
  reason = 'not what we agreed',
): ValueEventInput => ({
  type: VALUE_EVENT.contributionDisputed,
  schema: 1,
  actor: by,
  payload: { contributionId, reason },
});

export const withdrawn = (contributionId: string, by: string): ValueEventInput => ({
  type: VALUE_EVENT.disputeWithdrawn,
  schema: 1,
  actor: by,
  payload: { contributionId },
});

export const resolved = (
  contributionId: string,
  outcome: 'contribution-stands' | 'contribution-void',
  decision = 'd-1',
): ValueEventInput => ({
  type: VALUE_EVENT.disputeResolved,
  schema: 1,
  actor: null,
  payload: { contributionId, decision, outcome },
});

export const ratedState = (): ValueState => foldValueEvents(baseRates, EMPTY_VALUE_STATE);
