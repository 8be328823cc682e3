import {
  freezeCredit,
  type CreditRules,
  type FrozenCredit,
  type MemberStanding,
} from './credits.js';
import type { ContributionLoggedPayload } from './events.js';
import { formatQuantity, parseQuantity } from './quantity.js';
import type { PeerValidation, ValidationRule } from './peer-validation.js';
import type { ContributionDraft, FieldProblem } from './validation.js';

/** A logged contribution as the value fold keeps it: amounts as bigint, validation state beside it. */
export interface ContributionRecord extends ContributionDraft {
  id: string;
  credit: FrozenCredit;
  /** The contribution this one corrects, when it came from an edit. */
  supersedes?: string;
  validation: PeerValidation;
}

/**
 * Prices a checked draft and freezes the credit and validation rule into the payload of a
 * `value.contribution.logged` event (or, with `supersedes` added, of `value.contribution.edited`).
 * The member standing is the one on the work's date; the validation rule is the stream's rule now.
 *
 * @example
 * contributionPayload(draft, 'c-1', { level: 'committed', datingStage: null }, rules, { acknowledgements: 1, stewardRequired: false })
 * // { ok: true, payload: { contributionId: 'c-1', ..., credit: { rate: '8', base: '40000', amount: '40000', ... } } }
 */
export function contributionPayload(
  draft: ContributionDraft,
  contributionId: string,
  member: MemberStanding,
  rules: CreditRules,
  validation: ValidationRule,
): { ok: true; payload: ContributionLoggedPayload } | { ok: false; problems: FieldProblem[] } {
  const priced = freezeCredit(draft, member, rules);
  if (!priced.ok)
    return { ok: false, problems: [{ field: 'taskKind', message: priced.error.message }] };
  const { credit } = priced;
  const payload: ContributionLoggedPayload = {
    contributionId,
    member: draft.member,
    stream: draft.stream,
    quantity: formatQuantity(draft.quantity.milli),
    unit: draft.quantity.unit,
    taskKind: draft.taskKind,
    date: draft.date,
    description: draft.description,
    evidence: [...draft.evidence],
    credit: {
      rate: credit.rate.toString(),
      rateEffectiveFrom: credit.rateEffectiveFrom,
      base: credit.base.toString(),
      multiplierBp: credit.multiplierBp,
      amount: credit.amount.toString(),
      standing: credit.standing,
    },
    validation: {
      acknowledgements: validation.acknowledgements,
      stewardRequired: validation.stewardRequired,
    },
  };
  if (draft.circle !== undefined) payload.circle = draft.circle;
  if (draft.project !== undefined) payload.project = draft.project;
  if (draft.resource !== undefined) payload.resource = draft.resource;
  return { ok: true, payload };
}

/** The contribution fields of a parsed payload, amounts as bigint (the payload schema has checked the digits). */
export function contributionFromPayload(
  payload: ContributionLoggedPayload,
  validation: PeerValidation,
  supersedes?: string,
): ContributionRecord {
  const record: ContributionRecord = {
    id: payload.contributionId,
    member: payload.member,
    stream: payload.stream,
    quantity: { milli: parseQuantity(payload.quantity)!, unit: payload.unit },
    taskKind: payload.taskKind,
    date: payload.date,
    description: payload.description,
    evidence: [...payload.evidence],
    credit: {
      rate: BigInt(payload.credit.rate),
      rateEffectiveFrom: payload.credit.rateEffectiveFrom,
      base: BigInt(payload.credit.base),
      multiplierBp: payload.credit.multiplierBp,
      amount: BigInt(payload.credit.amount),
      standing: payload.credit.standing,
    },
    validation,
  };
  if (payload.circle !== undefined) record.circle = payload.circle;
  if (payload.project !== undefined) record.project = payload.project;
  if (payload.resource !== undefined) record.resource = payload.resource;
  if (supersedes !== undefined) record.supersedes = supersedes;
  return record;
}
