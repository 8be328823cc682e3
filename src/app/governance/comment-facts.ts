import type { Kysely } from 'kysely';
import type { Database, ProposalCommentsTable } from '../../store/schema.js';
import { notFound, refusal } from '../errors.js';

/**
 * The comment on this proposal, or a 404.
 *
 * @example const comment = await requireComment(db, proposalId, commentId);
 */
export async function requireComment(
  db: Kysely<Database>,
  proposalId: string,
  commentId: string,
): Promise<ProposalCommentsTable> {
  const row = await db
    .selectFrom('proposal_comments')
    .selectAll()
    .where('id', '=', commentId)
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
  if (!row)
    throw notFound(
      refusal('refusal.no-such-comment-proposal'),
      refusal('hint.list-comments-at', { path: '/api/proposals/{proposalId}/comments' }),
    );
  return row;
}
