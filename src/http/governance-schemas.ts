import { z } from '@hono/zod-openapi';
import { METHODS } from '../core/decisions/result.js';
import { PROPOSAL_KINDS } from '../core/governance/vocabulary.js';

/*
 * Request and response shapes of the governance API, for the OpenAPI document and the Deck's
 * typed client. The use cases parse every input again with the core schemas (methods' settings
 * and ballots differ by method), so these describe rather than decide.
 */

const document = z.record(z.string(), z.unknown());

export const proposalChangeSchema = z
  .object({
    kind: z.enum(PROPOSAL_KINDS),
    membership: z
      .object({
        memberId: z.string(),
        level: z.enum(['casual', 'dating', 'committed', 'left']).nullable(),
        stage: z.number().int().optional(),
        timeline: z.enum(['fast-track', 'agile', 'long-run']).optional(),
        startDate: z.string().optional(),
      })
      .optional()
      .openapi({
        description:
          'membership-change: the exact level change, as `POST /api/members/{memberId}/level` takes it.',
      }),
    parameters: document
      .optional()
      .openapi({ description: 'cat-parameter-change: the parameter document.' }),
    governanceParameters: document.optional().openapi({
      description:
        'policy-amendment: new governance parameters, in force once it passes (the only way to change them once set).',
    }),
  })
  .openapi('ProposalChange');

export const openProposalBody = z
  .object({
    title: z.string().max(200),
    body: z.string().max(20_000),
    change: proposalChangeSchema
      .optional()
      .openapi({ description: 'What passing it changes; `{ "kind": "general" }` by default.' }),
    circleId: z.string().max(100).optional().openapi({
      description: 'A circle (id or slug) whose business this is; the whole DisCO when left out.',
    }),
    deadline: z.string().max(40).openapi({
      description: 'When voting ends, ISO 8601 with an offset; must be in the future.',
      example: '2026-02-01T18:00:00+01:00',
    }),
    method: z.enum(METHODS),
    settings: document.optional().openapi({
      description: 'The method\'s settings, e.g. `{ "options": ["A", "B"] }` for choices.',
    }),
    secret: z.boolean().optional().openapi({
      description:
        'Secret ballots: the ledger holds salted commitments, revealed at the close; no face ever shows who chose what.',
    }),
    resultsHidden: z.boolean().optional().openapi({
      description:
        'No ballot contents or tally for anyone before the close (ballots are sealed until then).',
    }),
  })
  .strict()
  .openapi('OpenProposal');

export const amendProposalBody = z
  .object({
    title: z.string().max(200).optional(),
    body: z.string().max(20_000).optional(),
    change: proposalChangeSchema.optional(),
  })
  .strict()
  .openapi('AmendProposal');

export const ballotBody = z
  .object({
    ballot: document.openapi({
      description:
        'The method\'s ballot: `{ "choice": "yes" }`, `{ "response": "object", "reason": "…" }`, `{ "ranking": [...] }`, `{ "scores": {...} }`, `{ "approvals": [...] }`, `{ "dots": {...} }` or `{ "marks": {...} }`.',
    }),
  })
  .strict()
  .openapi('CastBallot');

export const outcomeBody = z
  .object({
    statement: z.string().max(10_000),
    reviewDate: z
      .string()
      .max(10)
      .nullable()
      .optional()
      .openapi({ description: 'YYYY-MM-DD, after today; a review proposal opens that day.' }),
  })
  .strict()
  .openapi('StateOutcome');

export const proposalSchema = z
  .object({
    proposalId: z.string(),
    kind: z.enum(PROPOSAL_KINDS),
    title: z.string(),
    body: z.string(),
    change: proposalChangeSchema,
    circleId: z.string().nullable(),
    authorId: z.string(),
    deadline: z.string(),
    method: z.enum(METHODS),
    settings: document,
    version: z.number().int(),
    status: z.enum(['open', 'withdrawn', 'closed']),
    openedAt: z.string(),
    endedAt: z
      .string()
      .nullable()
      .openapi({ description: 'When it was withdrawn, or the deadline it closed at.' }),
    outcome: z.string().nullable(),
    result: document.nullable().openapi({
      description: "The core tally's result: counts, winners, participation, explanation.",
    }),
    executedSeq: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The ledger event that carried out a passed membership change.' }),
    outcomeStatement: z
      .string()
      .nullable()
      .openapi({ description: 'What was decided, in words, stated after the close.' }),
    reviewDate: z.string().nullable().openapi({
      description:
        'When the decision is to be reviewed (YYYY-MM-DD): a review proposal opens that day.',
    }),
    reviewOf: z
      .string()
      .nullable()
      .openapi({ description: 'For a review proposal, the decision it reviews.' }),
    reviewId: z
      .string()
      .nullable()
      .openapi({ description: 'The review proposal opened for this decision.' }),
    secret: z.boolean(),
    resultsHidden: z.boolean(),
  })
  .openapi('Proposal');

export const proposalPageSchema = z
  .object({ items: z.array(proposalSchema), nextCursor: z.string().nullable() })
  .openapi('ProposalPage');

export const proposalDetailSchema = proposalSchema
  .extend({
    versions: z.array(
      z.object({
        version: z.number().int(),
        title: z.string(),
        body: z.string(),
        change: proposalChangeSchema,
        recordedAt: z.string(),
      }),
    ),
    ballots: z.array(
      z.object({
        voterId: z.string(),
        displayName: z.string(),
        ballot: document.nullable().openapi({
          description:
            'Null while ballots are sealed (results hidden until the close), and always on a secret proposal.',
        }),
        weight: z.number().int(),
        binding: z.boolean(),
        version: z.number().int(),
        castAt: z.string(),
        seq: z.number().int(),
        ballotsCast: z.number().int(),
      }),
    ),
  })
  .openapi('ProposalDetail');

const rationalSchema = z.object({ numerator: z.number().int(), denominator: z.number().int() });

export const governanceParametersSchema = z
  .object({
    voters: z.record(z.string(), z.array(z.string())).optional().openapi({
      description:
        'Per proposal kind, the constituencies (slugs) that vote; every constituency with the vote right when a kind is not listed.',
    }),
    quorum: z.record(z.string(), rationalSchema).optional().openapi({
      description: 'Per constituency (slug), the share of its members who must take part.',
    }),
    weights: z.record(z.string(), z.number().int()).optional().openapi({
      description:
        "Per constituency (slug), the weight of its members' ballots (1 when not listed).",
    }),
    delegation: z
      .object({ enabled: z.boolean() })
      .optional()
      .openapi({ description: 'Whether members may delegate their vote (off by default).' }),
    witnesses: z
      .array(z.object({ url: z.string(), key: z.string() }).strict())
      .optional()
      .openapi({
        description:
          'The C2SP witnesses the node sends each new checkpoint to: `url` is the prefix before `/add-checkpoint`, `key` the cosignature/v1 verifier key (docs/ledger.md).',
      }),
    requireMemberSignatures: z.array(z.string()).optional().openapi({
      description:
        'Event types a member must sign when they record one themselves (signable types only, see docs/events.md); a write of such a type without a member signature is refused (403). None by default.',
    }),
  })
  .strict()
  .openapi('GovernanceParameters');

export const commentSchema = z
  .object({
    commentId: z.string(),
    authorId: z.string(),
    displayName: z.string(),
    text: z.string(),
    postedAt: z.string(),
    editedAt: z.string().nullable(),
    edits: z
      .array(z.object({ previousText: z.string(), editedAt: z.string() }))
      .openapi({ description: 'Earlier texts, oldest first.' }),
    reactions: z
      .record(z.string(), z.array(z.string()))
      .openapi({ description: 'Each reaction with the members who gave it.' }),
    replies: z
      .unknown()
      .openapi({ description: 'Replies: an array of comments of this same shape.' }),
  })
  .openapi('Comment');
