/** The decision methods the server knows (`src/core/decisions/result.ts`). */
export const METHODS = [
  'sense-check',
  'lazy-consensus',
  'consent',
  'consensus',
  'majority',
  'supermajority',
  'approval',
  'score',
  'dot-vote',
  'irv',
  'schulze',
  'meeting-poll',
] as const;
export type Method = (typeof METHODS)[number];

/** One member's current ballot on a proposal, as `GET /api/proposals/{id}` lists them. */
export interface ProposalBallot {
  voterId: string;
  displayName: string;
  /** Null for a sealed ballot until the close reveals it. */
  ballot: Record<string, unknown> | null;
  weight: number;
  binding: boolean;
  version: number;
  castAt: string;
  seq: number;
  ballotsCast: number;
}

/**
 * The JSON of `GET /api/proposals/{id}` (`ProposalDetail` in the OpenAPI document). Nested
 * documents the ballot does not read are left `unknown`, so the Deck's generated type fits it.
 */
export interface ProposalDetail {
  proposalId: string;
  kind: string;
  title: string;
  body: string;
  change: unknown;
  circleId: string | null;
  authorId: string;
  deadline: string;
  method: Method;
  /** The method's settings as the server parsed them (defaults filled in). */
  settings: Record<string, unknown>;
  version: number;
  status: 'open' | 'withdrawn' | 'closed';
  openedAt: string;
  endedAt: string | null;
  outcome: string | null;
  result: Record<string, unknown> | null;
  executedSeq: number | null;
  outcomeStatement: string | null;
  reviewDate: string | null;
  reviewOf: string | null;
  reviewId: string | null;
  versions: Array<{
    version: number;
    title: string;
    body: string;
    change: unknown;
    recordedAt: string;
  }>;
  ballots: ProposalBallot[];
}

/** The body of `POST /api/proposals/{id}/ballot`: what `BallotForm` hands to `onSubmit`. */
export interface BallotBody {
  ballot: Record<string, unknown>;
}
