import type { Kysely } from 'kysely';
import type { ProposalChange, ProposalKind } from '../../core/governance/vocabulary.js';
import type { Method } from '../../core/decisions/result.js';
import type { JsonObject } from '../../core/ledger/canonical.js';
import type { Database, ProposalsTable } from '../../store/schema.js';
import type { Clock } from '../clock.js';
import { AppError, notFound, refusal } from '../errors.js';

/** A proposal as it stands, its JSON columns parsed. */
export interface ProposalRecord {
  proposalId: string;
  kind: ProposalKind;
  title: string;
  body: string;
  change: ProposalChange;
  circleId: string | null;
  authorId: string;
  deadline: string;
  method: Method;
  settings: JsonObject;
  version: number;
  status: ProposalsTable['status'];
  openedAt: string;
  /** When it was withdrawn, or the deadline it closed at. */
  endedAt: string | null;
  outcome: string | null;
  result: JsonObject | null;
  /** The ledger event that carried the decision out, once it did. */
  executedSeq: number | null;
  /** What was decided, in words, stated after the close. */
  outcomeStatement: string | null;
  /** When the decision is to be reviewed (YYYY-MM-DD, the DisCO's time zone). */
  reviewDate: string | null;
  /** The decision this proposal reviews. */
  reviewOf: string | null;
  /** The review proposal opened for this decision. */
  reviewId: string | null;
  /** Ballots are sealed until the close and never shown with their voters. */
  secret: boolean;
  /** Ballots are sealed until the close: nobody sees how the vote goes before it ends. */
  resultsHidden: boolean;
}

/**
 * Turns a projection row into a record.
 *
 * @example proposalFromRow(await db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirstOrThrow())
 */
export function proposalFromRow(row: ProposalsTable): ProposalRecord {
  return {
    proposalId: row.id,
    kind: row.kind as ProposalKind,
    title: row.title,
    body: row.body,
    change: JSON.parse(row.change) as ProposalChange,
    circleId: row.circle_id,
    authorId: row.author_id,
    deadline: row.deadline,
    method: row.method as Method,
    settings: JSON.parse(row.settings) as JsonObject,
    version: row.version,
    status: row.status,
    openedAt: row.opened_at,
    endedAt: row.ended_at,
    outcome: row.outcome,
    result: row.result === null ? null : (JSON.parse(row.result) as JsonObject),
    executedSeq: row.executed_seq,
    outcomeStatement: row.outcome_statement,
    reviewDate: row.review_date,
    reviewOf: row.review_of,
    reviewId: row.review_id,
    secret: row.secret === 1,
    resultsHidden: row.results_hidden === 1,
  };
}

/**
 * The proposal, or a 404.
 *
 * @example const proposal = await requireProposal(ctx.store.db, input.proposalId);
 */
export async function requireProposal(
  db: Kysely<Database>,
  proposalId: string,
): Promise<ProposalRecord> {
  const row = await db
    .selectFrom('proposals')
    .selectAll()
    .where('id', '=', proposalId)
    .executeTakeFirst();
  if (!row)
    throw notFound(
      refusal('refusal.no-such-proposal'),
      refusal('hint.list-proposals-get-api-proposals'),
    );
  return proposalFromRow(row);
}

/**
 * Refuses anything but an open proposal whose deadline is still ahead. Run as an append guard, it
 * is checked inside the write transaction, so a ballot, amendment or withdrawal can never land
 * after the proposal closed, nor at or after its deadline even if closing has not run yet.
 *
 * @example await appendEvents(ctx, drafts, { guard: (db) => ensureStillOpen(db, proposalId, ctx.clock) });
 */
export async function ensureStillOpen(
  db: Kysely<Database>,
  proposalId: string,
  clock: Clock,
): Promise<ProposalRecord> {
  const proposal = await requireProposal(db, proposalId);
  if (proposal.status !== 'open') {
    throw new AppError(
      409,
      'proposal-ended',
      refusal('refusal.proposal-takes-no-changes', { status: proposal.status }),
      refusal('hint.see-outcome-at', { path: '/api/proposals/{proposalId}' }),
    );
  }
  if (clock().getTime() >= Date.parse(proposal.deadline)) {
    throw new AppError(
      409,
      'proposal-ended',
      refusal('refusal.proposal-deadline-has-passed', { deadline: proposal.deadline }),
      refusal('hint.being-closed-tallied'),
    );
  }
  return proposal;
}
