import { z } from 'zod';
import type { EventDefinition } from '../ledger/event-catalog.js';
import { STREAMS, unknownStreamMessage } from './streams.js';
import { parseQuantity, UNIT_PATTERN } from './quantity.js';
import { applyBasisPoints, FULL_BASIS_POINTS } from './rounding.js';
import { creditBase } from './credits.js';

/*
 * The value-tracking events. Payloads are JSON: amounts travel as digit strings of minor units
 * (exact at any size), quantities as decimal strings with at most three fractional digits, dates
 * of work as calendar dates in the DisCO's time zone. The acting member of an acknowledgement,
 * dispute or withdrawal is the event's `actor`, which the ledger signs, so payloads do not repeat it.
 */

export const VALUE_EVENT = {
  contributionLogged: 'value.contribution.logged',
  contributionEdited: 'value.contribution.edited',
  contributionValidated: 'value.contribution.validated',
  contributionDisputed: 'value.contribution.disputed',
  disputeWithdrawn: 'value.dispute.withdrawn',
  disputeResolved: 'value.dispute.resolved',
  rateSet: 'value.rate.set',
  stageMultipliersSet: 'value.stage-multipliers.set',
  validationRulesSet: 'value.validation-rules.set',
  dutyRulesSet: 'value.duty-rules.set',
  daterCareReleaseSet: 'value.dater-care-release.set',
  casualRuleSet: 'value.casual-rule.set',
  projectCreated: 'value.project.created',
  projectUpdated: 'value.project.updated',
  commonsResourceRegistered: 'value.commons-resource.registered',
  commonsResourceUpdated: 'value.commons-resource.updated',
  commonsResourceWithdrawn: 'value.commons-resource.withdrawn',
} as const;

export const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(128, 'must be at most 128 characters')
  .regex(/^\S+$/, 'must not contain spaces');
export const calendarDateSchema = z.iso.date('must be a calendar date YYYY-MM-DD');
export const streamSchema = z.enum(STREAMS, {
  error: (issue) => unknownStreamMessage(issue.input),
});
export const unitSchema = z
  .string()
  .regex(
    UNIT_PATTERN,
    "must be 'hour' or a unit name in lowercase letters, digits and dashes, such as 'word'",
  );
export const taskKindSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,63}$/,
    'must be a task kind in lowercase letters, digits and dashes, such as translation',
  );
/** Non-negative minor units as a digit string, without leading zeros. */
export const minorAmountSchema = z
  .string()
  .regex(
    /^(0|[1-9][0-9]{0,29})$/,
    'must be a non-negative whole number of minor units written as digits, e.g. "40000"',
  );
export const basisPointsSchema = z
  .number()
  .int('must be whole basis points')
  .min(0, 'must not be negative')
  .max(FULL_BASIS_POINTS, `must be at most ${FULL_BASIS_POINTS} basis points (100%)`);
export const quantityTextSchema = z
  .string()
  .refine(
    (text) => parseQuantity(text) !== null,
    'must be a decimal number with at most 3 decimal places, e.g. 1.5',
  )
  .refine((text) => (parseQuantity(text) ?? 0n) > 0n, 'must be greater than 0');
export const httpUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an http(s) URL' })
  .max(2000);
export const membershipLevelSchema = z.enum(['casual', 'dating', 'committed']);
export const periodKindSchema = z.enum(['month', 'quarter']);

/**
 * Credits frozen when the contribution is logged: re-rating or a later change of the stage
 * multipliers never rewrites them, and anyone can redo the arithmetic from these fields.
 */
export const frozenCreditSchema = z.strictObject({
  /** Minor units per unit of the contribution (per hour, per word...). */
  rate: minorAmountSchema,
  /** Which rate was used: the one in force on the work's date. */
  rateEffectiveFrom: calendarDateSchema,
  /** quantity × rate, half-even to the minor unit. */
  base: minorAmountSchema,
  /** The dater stage multiplier applied (10000 for committed and casual members). */
  multiplierBp: basisPointsSchema,
  /** base × multiplier, half-even: the credit value of the work. */
  amount: minorAmountSchema,
  /**
   * payable: a claim on the pots. historical: care earned while dating, released when dating
   * ends by the release rule. unpayable: recorded (casual work) but never a claim.
   */
  standing: z.enum(['payable', 'historical', 'unpayable']),
});

/** The validation rules in force when the contribution was logged, frozen for the same reason. */
export const frozenValidationSchema = z.strictObject({
  acknowledgements: z.number().int().min(0).max(50),
  stewardRequired: z.boolean(),
});

const contributionShape = {
  contributionId: idSchema,
  /** The contributor; the event's actor may differ (a steward logging for someone). */
  member: idSchema,
  stream: streamSchema,
  quantity: quantityTextSchema,
  unit: unitSchema,
  taskKind: taskKindSchema,
  date: calendarDateSchema,
  circle: idSchema.optional(),
  project: idSchema.optional(),
  resource: idSchema.optional(),
  description: z.string().max(2000, 'must be at most 2000 characters'),
  evidence: z.array(httpUrlSchema).max(20, 'at most 20 evidence links'),
  credit: frozenCreditSchema,
  validation: frozenValidationSchema,
};

/** The frozen arithmetic must be redoable from the payload alone; a payload whose sums disagree is refused. */
const creditAdds = (c: {
  quantity: string;
  unit: string;
  credit: z.infer<typeof frozenCreditSchema>;
}) => {
  const milli = parseQuantity(c.quantity);
  if (milli === null) return true; // reported by the quantity field itself
  const base = creditBase({ milli, unit: c.unit }, BigInt(c.credit.rate));
  return (
    base === BigInt(c.credit.base) &&
    applyBasisPoints(base, c.credit.multiplierBp) === BigInt(c.credit.amount)
  );
};
const creditProblem = {
  message:
    'credit.base must be quantity × rate and credit.amount base × multiplier, each rounded half-even to the minor unit',
  path: ['credit'],
};

const inScope = (c: {
  circle?: string | undefined;
  project?: string | undefined;
  resource?: string | undefined;
}) => c.circle !== undefined || c.project !== undefined || c.resource !== undefined;
const scopeProblem = {
  message: 'a contribution needs a circle, a livelihood project or a commons resource',
  path: ['circle'],
};

export const contributionLoggedPayload = z
  .strictObject(contributionShape)
  .refine(inScope, scopeProblem)
  .refine(creditAdds, creditProblem);
export type ContributionLoggedPayload = z.infer<typeof contributionLoggedPayload>;

/** An edit is a new contribution that supersedes an older one; the older one stays in the ledger. */
export const contributionEditedPayload = z
  .strictObject({ ...contributionShape, supersedes: idSchema })
  .refine(inScope, scopeProblem)
  .refine(creditAdds, creditProblem);
export type ContributionEditedPayload = z.infer<typeof contributionEditedPayload>;

export const contributionValidatedPayload = z.strictObject({
  contributionId: idSchema,
  /** Whether the acknowledging member stewarded the contribution's circle at that moment: frozen so steward rotation never rewrites history. */
  stewardOfCircle: z.boolean(),
});
export type ContributionValidatedPayload = z.infer<typeof contributionValidatedPayload>;

export const contributionDisputedPayload = z.strictObject({
  contributionId: idSchema,
  reason: z.string().trim().min(1, 'a dispute needs a reason').max(2000),
});
export type ContributionDisputedPayload = z.infer<typeof contributionDisputedPayload>;

export const disputeWithdrawnPayload = z.strictObject({ contributionId: idSchema });
export type DisputeWithdrawnPayload = z.infer<typeof disputeWithdrawnPayload>;

export const disputeResolvedPayload = z.strictObject({
  contributionId: idSchema,
  /** The decision (proposal outcome) that settled the dispute. */
  decision: idSchema,
  /** stands: the contribution counts again as its acknowledgements allow; void: it never counts. */
  outcome: z.enum(['contribution-stands', 'contribution-void']),
});
export type DisputeResolvedPayload = z.infer<typeof disputeResolvedPayload>;

export const rateSetPayload = z.strictObject({
  stream: streamSchema,
  taskKind: taskKindSchema,
  /** 'hour' or the named unit the rate is per. */
  per: unitSchema,
  /** Minor units per `per`. */
  amount: minorAmountSchema,
  effectiveFrom: calendarDateSchema,
});
export type RateSetPayload = z.infer<typeof rateSetPayload>;

const streamBasisPoints = z.strictObject({
  livelihood: basisPointsSchema,
  love: basisPointsSchema,
  care: basisPointsSchema,
});
export const stageMultipliersSetPayload = z.strictObject({
  effectiveFrom: calendarDateSchema,
  stages: z.strictObject({
    '1': streamBasisPoints,
    '2': streamBasisPoints,
    '3': streamBasisPoints,
  }),
});
export type StageMultipliersSetPayload = z.infer<typeof stageMultipliersSetPayload>;

const streamValidationRule = frozenValidationSchema;
/** Applies to contributions logged after it, in ledger order: validation is about process, not the work's date. */
export const validationRulesSetPayload = z.strictObject({
  streams: z.strictObject({
    livelihood: streamValidationRule,
    love: streamValidationRule,
    care: streamValidationRule,
  }),
});
export type ValidationRulesSetPayload = z.infer<typeof validationRulesSetPayload>;

export const dutyRuleSchema = z.strictObject({
  level: membershipLevelSchema,
  stream: streamSchema,
  period: periodKindSchema,
  /** Credits owed per period, in minor units. */
  amount: minorAmountSchema,
});
export const dutyRulesSetPayload = z.strictObject({
  effectiveFrom: calendarDateSchema,
  duties: z.array(dutyRuleSchema).max(30),
});
export type DutyRulesSetPayload = z.infer<typeof dutyRulesSetPayload>;

export const daterCareReleaseSetPayload = z.strictObject({
  effectiveFrom: calendarDateSchema,
  onCommitment: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('release-all') }),
    z.strictObject({
      kind: z.literal('release-over-months'),
      months: z.number().int().min(1).max(60),
    }),
  ]),
  onLeaving: z.enum(['forfeit', 'release-all']),
});
export type DaterCareReleaseSetPayload = z.infer<typeof daterCareReleaseSetPayload>;

export const casualRuleSetPayload = z.strictObject({
  effectiveFrom: calendarDateSchema,
  /** Whether casual contributors' credits are claims on the pots. */
  payable: z.boolean(),
});
export type CasualRuleSetPayload = z.infer<typeof casualRuleSetPayload>;

export const projectStatusSchema = z.enum(['proposed', 'active', 'completed', 'cancelled']);
const projectFields = {
  name: z.string().trim().min(1).max(200),
  client: z.string().trim().min(1).max(200),
  /** What the collective expects to spend, in minor units. */
  budget: minorAmountSchema.optional(),
  /** What the client agreed to pay, in minor units; a surplus over the base price funds love credits. */
  agreedPrice: minorAmountSchema.optional(),
  status: projectStatusSchema,
  circle: idSchema.optional(),
};
export const projectCreatedPayload = z.strictObject({ projectId: idSchema, ...projectFields });
export type ProjectCreatedPayload = z.infer<typeof projectCreatedPayload>;
export const projectUpdatedPayload = z
  .strictObject({ projectId: idSchema, ...z.strictObject(projectFields).partial().shape })
  .refine((p) => Object.keys(p).length > 1, {
    message: 'an update must change at least one field',
    path: ['projectId'],
  });
export type ProjectUpdatedPayload = z.infer<typeof projectUpdatedPayload>;

const commonsFields = {
  title: z.string().trim().min(1).max(300),
  /** What it is: article, translation, software, dataset, course... */
  kind: taskKindSchema,
  /** An SPDX identifier such as 'CC-BY-SA-4.0', or a named licence such as 'Peer Production License'. */
  licence: z.string().trim().min(1).max(100),
  link: httpUrlSchema,
};
export const commonsResourceRegisteredPayload = z.strictObject({
  resourceId: idSchema,
  ...commonsFields,
});
export type CommonsResourceRegisteredPayload = z.infer<typeof commonsResourceRegisteredPayload>;
/** What an update may change: any of the registration's fields. */
export const commonsChanges = z.strictObject(commonsFields).partial();
export const commonsResourceUpdatedPayload = z
  .strictObject({ resourceId: idSchema, ...commonsChanges.shape })
  .refine((p) => Object.keys(p).length > 1, {
    message: 'an update must change at least one field',
    path: ['resourceId'],
  });
export type CommonsResourceUpdatedPayload = z.infer<typeof commonsResourceUpdatedPayload>;
export const commonsResourceWithdrawnPayload = z.strictObject({
  resourceId: idSchema,
  reason: z.string().trim().min(1, 'say why it is withdrawn').max(500).optional(),
});
export type CommonsResourceWithdrawnPayload = z.infer<typeof commonsResourceWithdrawnPayload>;

/** The value-tracking event types, schema 1; the lead adds them to the ledger's catalog. */
export const valueEventDefinitions = [
  {
    type: VALUE_EVENT.contributionLogged,
    schema: 1,
    payload: contributionLoggedPayload,
    description:
      'A member logs work in a value stream; its credits and validation rules are frozen in the payload.',
  },
  {
    type: VALUE_EVENT.contributionEdited,
    schema: 1,
    payload: contributionEditedPayload,
    description:
      'The author replaces a contribution with a corrected one; the old one is superseded, never erased.',
  },
  {
    type: VALUE_EVENT.contributionValidated,
    schema: 1,
    payload: contributionValidatedPayload,
    description: 'Another member acknowledges a contribution.',
  },
  {
    type: VALUE_EVENT.contributionDisputed,
    schema: 1,
    payload: contributionDisputedPayload,
    description:
      'Another member disputes a contribution, with a reason; it stops counting until the dispute is settled.',
  },
  {
    type: VALUE_EVENT.disputeWithdrawn,
    schema: 1,
    payload: disputeWithdrawnPayload,
    description: 'The disputing member withdraws their dispute.',
  },
  {
    type: VALUE_EVENT.disputeResolved,
    schema: 1,
    payload: disputeResolvedPayload,
    description: 'A collective decision settles a dispute: the contribution stands or is void.',
  },
  {
    type: VALUE_EVENT.rateSet,
    schema: 1,
    payload: rateSetPayload,
    description:
      'The credit rate of a task kind in a stream, per hour or per unit, from a date on.',
  },
  {
    type: VALUE_EVENT.stageMultipliersSet,
    schema: 1,
    payload: stageMultipliersSetPayload,
    description: 'The share of credit value daters earn in each stage and stream, from a date on.',
  },
  {
    type: VALUE_EVENT.validationRulesSet,
    schema: 1,
    payload: validationRulesSetPayload,
    description:
      'How many acknowledgements each stream needs, and whether a circle steward must be among them.',
  },
  {
    type: VALUE_EVENT.dutyRulesSet,
    schema: 1,
    payload: dutyRulesSetPayload,
    description: 'The credits each membership level owes per period and stream, from a date on.',
  },
  {
    type: VALUE_EVENT.daterCareReleaseSet,
    schema: 1,
    payload: daterCareReleaseSetPayload,
    description:
      'How care credits earned while dating are released when dating ends, from a date on.',
  },
  {
    type: VALUE_EVENT.casualRuleSet,
    schema: 1,
    payload: casualRuleSetPayload,
    description: "Whether casual contributors' credits are payable, from a date on.",
  },
  {
    type: VALUE_EVENT.projectCreated,
    schema: 1,
    payload: projectCreatedPayload,
    description: 'A livelihood project for a client: budget, agreed price and status.',
  },
  {
    type: VALUE_EVENT.projectUpdated,
    schema: 1,
    payload: projectUpdatedPayload,
    description: 'A livelihood project changes: the fields given replace the old ones.',
  },
  {
    type: VALUE_EVENT.commonsResourceRegistered,
    schema: 1,
    payload: commonsResourceRegisteredPayload,
    description: 'A commons resource the collective creates or keeps, with its licence and link.',
  },
  {
    type: VALUE_EVENT.commonsResourceUpdated,
    schema: 1,
    payload: commonsResourceUpdatedPayload,
    description:
      'A commons resource changes: the fields given (title, kind, licence, link) replace the old ones.',
  },
  {
    type: VALUE_EVENT.commonsResourceWithdrawn,
    schema: 1,
    payload: commonsResourceWithdrawnPayload,
    description:
      'A commons resource leaves the registry (the love work logged against it stays); no new work is logged against it.',
  },
] as const satisfies readonly EventDefinition[];
