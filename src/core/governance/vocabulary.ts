import { z } from 'zod';
import { federationChange } from '../federation/federation-events.js';
import { isCosignatureVerifierKey } from '../ledger/signed-note.js';
import { METHODS } from '../decisions/result.js';
import { rationalSchema } from '../decisions/rational.js';
import { SIGNABLE_EVENT_TYPES } from '../ledger/signable-events.js';
import {
  calendarDate,
  datingStage,
  datingTimeline,
  entityId,
  slug,
} from '../members/vocabulary.js';

/*
 * The words proposals are made of. A proposal's payload holds no personal data, like every other
 * event: members are ids, and a membership change names the member by id only.
 */

export const PROPOSAL_KINDS = [
  'general',
  'membership-change',
  'cat-parameter-change',
  'budget-or-expense',
  'policy-amendment',
  'federation',
] as const;
export const proposalKind = z.enum(PROPOSAL_KINDS);
export type ProposalKind = z.infer<typeof proposalKind>;

export const decisionMethod = z.enum(METHODS);

/** An ISO 8601 instant in UTC with milliseconds, as `Date.prototype.toISOString` writes it. */
export const instant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
    'an instant written like 2026-01-31T18:00:00.000Z',
  )
  .refine(
    (text) => !Number.isNaN(Date.parse(text)) && new Date(text).toISOString() === text,
    'not an instant in the calendar',
  );

/**
 * The exact level change a membership proposal asks for, in the words of a founder's level change
 * (`changeMemberLevel`), so that executing it is that same change with the proposal as its decision.
 */
export const membershipChange = z.strictObject({
  memberId: entityId,
  level: z.enum(['casual', 'dating', 'committed', 'left']).nullable(),
  stage: datingStage.optional(),
  timeline: datingTimeline.optional(),
  startDate: calendarDate.optional(),
});
export type MembershipChange = z.infer<typeof membershipChange>;

/** A JSON object, for documents core does not interpret yet (the CAT's parameters). */
export const jsonObject = z.record(z.string(), z.json());

/**
 * What a proposal would change, by kind. General proposals, budgets and policy amendments say it in
 * their body; membership and parameter changes carry the change itself, so that what passes is
 * exactly what was voted on.
 */
export const proposalChange = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('general') }),
  z.strictObject({ kind: z.literal('membership-change'), membership: membershipChange }),
  z.strictObject({ kind: z.literal('cat-parameter-change'), parameters: jsonObject }),
  z.strictObject({ kind: z.literal('budget-or-expense') }),
  z.strictObject({
    kind: z.literal('policy-amendment'),
    /** When given, passing it replaces the governance parameters whole: the only way they change once set. */
    governanceParameters: z.lazy(() => governanceParameters).optional(),
  }),
  z.strictObject({ kind: z.literal('federation'), federation: federationChange }),
]);
export type ProposalChange = z.infer<typeof proposalChange>;

export const proposalTitle = z.string().trim().min(1, 'give a title').max(200);
export const proposalBody = z.string().trim().min(1, 'say what is proposed').max(20_000);

/** A witness: where its add-checkpoint lives and its cosignature/v1 verifier key. */
export const witnessEntry = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, error: 'an http(s) URL, the prefix before /add-checkpoint' })
    .max(500),
  key: z
    .string()
    .max(300)
    .refine(
      isCosignatureVerifierKey,
      'a cosignature/v1 verifier key: name+keyid+base64(0x04||key)',
    ),
});
export type WitnessEntry = z.infer<typeof witnessEntry>;

/**
 * Who may vote, how ballots count and when enough people took part. Every field is optional so
 * that a DisCO states only what differs from the defaults.
 */
export const governanceParameters = z.strictObject({
  /**
   * Constituencies (by slug) whose members may vote, per proposal kind. A kind not listed lets
   * every constituency with the `vote` right vote; a listed constituency still needs that right.
   */
  voters: z.partialRecord(proposalKind, z.array(slug)).default({}),
  /** Minimum share of a constituency's eligible voters who must take part; missing means none. */
  quorum: z.record(slug, rationalSchema).default({}),
  /** Weight of a ballot per constituency (the largest of the voter's counts); 1 when not listed. */
  weights: z.record(slug, z.number().int().positive().max(1000)).default({}),
  /** Whether members may delegate their vote to another member (per circle or topic); off by default. */
  delegation: z.strictObject({ enabled: z.boolean().default(false) }).default({ enabled: false }),
  /** The C2SP witnesses the node sends each new checkpoint to (docs/ledger.md); none by default. */
  witnesses: z.array(witnessEntry).max(16, 'at most 16 witnesses').default([]),
  /**
   * Event types a member must sign when they record one themselves (see docs/ledger.md, intent
   * signing); only signable types may be named. Empty by default: every write is node-signed
   * unless the member's device signs it.
   */
  requireMemberSignatures: z
    .array(z.enum(SIGNABLE_EVENT_TYPES, { error: 'not an event type a member can sign' }))
    .max(SIGNABLE_EVENT_TYPES.length)
    .default([]),
});
export type GovernanceParameters = z.output<typeof governanceParameters>;

export const DEFAULT_GOVERNANCE_PARAMETERS: GovernanceParameters = governanceParameters.parse({});
