import { z } from 'zod';
import type { EventDefinition } from '../ledger/event-catalog.js';
import { calendarDate, entityId } from '../members/vocabulary.js';
import {
  decisionMethod,
  governanceParameters,
  instant,
  jsonObject,
  proposalBody,
  proposalChange,
  proposalTitle,
} from './vocabulary.js';

export const PROPOSAL_OPENED = 'proposal.opened';
export const PROPOSAL_AMENDED = 'proposal.amended';
export const PROPOSAL_WITHDRAWN = 'proposal.withdrawn';
export const BALLOT_CAST = 'proposal.ballot-cast';
export const PROPOSAL_CLOSED = 'proposal.closed';
export const GOVERNANCE_PARAMETERS_SET = 'governance.parameters-set';
export const OUTCOME_STATED = 'proposal.outcome-stated';
export const COMMENT_POSTED = 'proposal.comment-posted';
export const COMMENT_EDITED = 'proposal.comment-edited';
export const COMMENT_REACTION = 'proposal.comment-reaction';
export const BALLOT_SEALED = 'proposal.ballot-sealed';
export const BALLOTS_REVEALED = 'proposal.ballots-revealed';

export const proposalOpenedPayload = z.strictObject({
  proposalId: entityId,
  title: proposalTitle,
  body: proposalBody,
  change: proposalChange,
  /** The circle whose business this is; null for the whole DisCO. */
  circleId: entityId.nullable(),
  deadline: instant,
  method: decisionMethod,
  /** The method's settings, checked against its schema when the proposal was opened. */
  settings: jsonObject,
  /** Set when this proposal reviews an earlier decision, which it names. */
  reviewOf: entityId.optional(),
  /** Ballots are sealed (committed to, revealed at the close) and never shown with their voters' names. */
  secret: z.boolean().optional(),
  /** Ballots are sealed until the close, so nobody sees how the vote goes before it ends. */
  resultsHidden: z.boolean().optional(),
});
export type ProposalOpenedPayload = z.infer<typeof proposalOpenedPayload>;

export const proposalAmendedPayload = z.strictObject({
  proposalId: entityId,
  /** 2 for the first amendment; ballots name the version they were cast on. */
  version: z.number().int().min(2),
  title: proposalTitle,
  body: proposalBody,
  change: proposalChange,
});
export type ProposalAmendedPayload = z.infer<typeof proposalAmendedPayload>;

export const proposalWithdrawnPayload = z.strictObject({ proposalId: entityId });
export type ProposalWithdrawnPayload = z.infer<typeof proposalWithdrawnPayload>;

export const ballotCastPayload = z.strictObject({
  proposalId: entityId,
  /** The version of the proposal the voter saw. */
  version: z.number().int().positive(),
  /** The method's ballot fields (choice, ranking, scores…) without voter, weight or binding. */
  ballot: jsonObject,
  weight: z.number().int().positive(),
  /** False for a voter whose ballot is shown but does not decide (a dater in stage 1 or 2). */
  binding: z.boolean(),
  /** The constituencies (ids) the voter voted in, for the quorum. */
  constituencyIds: z.array(entityId).min(1),
});
export type BallotCastPayload = z.infer<typeof ballotCastPayload>;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash in lowercase hex');

/** A ballot on a proposal with sealed ballots: the ledger holds only a commitment to the choice. */
export const ballotSealedPayload = z.strictObject({
  proposalId: entityId,
  version: z.number().int().positive(),
  /** SHA-256 of the canonical `{ proposalId, ballot, salt }`; see `ballotCommitment`. */
  commitment: sha256Hex,
  weight: z.number().int().positive(),
  binding: z.boolean(),
  constituencyIds: z.array(entityId).min(1),
});
export type BallotSealedPayload = z.infer<typeof ballotSealedPayload>;

/** The opening of one sealed ballot: whoever hashes it gets the commitment of the ballot event `seq`. */
export const ballotOpening = z.strictObject({
  seq: z.number().int().positive(),
  ballot: jsonObject,
  salt: z.string().min(16).max(100),
});
export type BallotOpening = z.infer<typeof ballotOpening>;

/** At the close, the node opens every counted sealed ballot, so that anyone can recount and check each commitment. */
export const ballotsRevealedPayload = z.strictObject({
  proposalId: entityId,
  openings: z.array(ballotOpening),
});
export type BallotsRevealedPayload = z.infer<typeof ballotsRevealedPayload>;

export const proposalClosedPayload = z.strictObject({
  proposalId: entityId,
  /** The deadline, even when the node closed it later (it was down): that is when voting ended. */
  closedAt: instant,
  /** `passed`, `failed`, `no-quorum`, `winner`, `tie` or `non-binding`, from the method's tally. */
  outcome: z.string().min(1),
  /** The tally's whole result (counts, winners, explanation), as the core computed it. */
  result: jsonObject,
});
export type ProposalClosedPayload = z.infer<typeof proposalClosedPayload>;

export const governanceParametersSetPayload = z.strictObject({
  parameters: governanceParameters,
  /** The passed proposal that carried them; absent for the first document, set by a founder. */
  proposalId: entityId.optional(),
});
export type GovernanceParametersSetPayload = z.infer<typeof governanceParametersSetPayload>;

export const outcomeStatedPayload = z.strictObject({
  proposalId: entityId,
  statement: z.string().trim().min(1, 'say what was decided').max(10_000),
  /** When the decision is to be reviewed (a review proposal opens that day); null for never. */
  reviewDate: calendarDate.nullable(),
});
export type OutcomeStatedPayload = z.infer<typeof outcomeStatedPayload>;

const commentText = z.string().trim().min(1, 'say something').max(10_000);
/** A short reaction such as `+1`, `heart` or an emoji. */
export const reaction = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[^\s/]+$/, 'one word or emoji');

export const commentPostedPayload = z.strictObject({
  proposalId: entityId,
  commentId: entityId,
  /** The comment this replies to, in the same proposal; null for a new thread. */
  parentId: entityId.nullable(),
  text: commentText,
});
export type CommentPostedPayload = z.infer<typeof commentPostedPayload>;

export const commentEditedPayload = z.strictObject({
  proposalId: entityId,
  commentId: entityId,
  text: commentText,
});
export type CommentEditedPayload = z.infer<typeof commentEditedPayload>;

export const commentReactionPayload = z.strictObject({
  proposalId: entityId,
  commentId: entityId,
  reaction,
  on: z.boolean(),
});
export type CommentReactionPayload = z.infer<typeof commentReactionPayload>;

export const proposalEventDefinitions = [
  {
    type: PROPOSAL_OPENED,
    schema: 1,
    payload: proposalOpenedPayload,
    description: 'A member proposes something for a decision by a deadline, with its method.',
  },
  {
    type: PROPOSAL_AMENDED,
    schema: 1,
    payload: proposalAmendedPayload,
    description: 'The author amends an open proposal; earlier versions are kept.',
  },
  {
    type: PROPOSAL_WITHDRAWN,
    schema: 1,
    payload: proposalWithdrawnPayload,
    description: 'The author withdraws an open proposal; nothing it proposed happens.',
  },
  {
    type: BALLOT_CAST,
    schema: 1,
    payload: ballotCastPayload,
    description:
      "A member's ballot on an open proposal; a later one replaces it until the proposal closes.",
  },
  {
    type: PROPOSAL_CLOSED,
    schema: 1,
    payload: proposalClosedPayload,
    description: 'A proposal reached its deadline and was tallied.',
  },
  {
    type: GOVERNANCE_PARAMETERS_SET,
    schema: 1,
    payload: governanceParametersSetPayload,
    description: 'Who may vote on which kind of proposal, ballot weights and quorums.',
  },
  {
    type: OUTCOME_STATED,
    schema: 1,
    payload: outcomeStatedPayload,
    description:
      'The outcome of a closed proposal in words, with the date its decision is to be reviewed.',
  },
  {
    type: COMMENT_POSTED,
    schema: 1,
    payload: commentPostedPayload,
    description: 'A comment on a proposal, or a reply to one.',
  },
  {
    type: COMMENT_EDITED,
    schema: 1,
    payload: commentEditedPayload,
    description: 'Its author edits a comment while the proposal is open; the earlier text is kept.',
  },
  {
    type: COMMENT_REACTION,
    schema: 1,
    payload: commentReactionPayload,
    description: 'A member adds (or takes back) a reaction to a comment.',
  },
  {
    type: BALLOT_SEALED,
    schema: 1,
    payload: ballotSealedPayload,
    description: "A member's sealed ballot: a commitment to the choice, opened at the close.",
  },
  {
    type: BALLOTS_REVEALED,
    schema: 1,
    payload: ballotsRevealedPayload,
    description:
      'At the close, the openings of the counted sealed ballots, checkable against their commitments.',
  },
] as const satisfies readonly EventDefinition[];
