import type { Kysely } from 'kysely';
import type { Database, ProposalCommentsTable } from '../../store/schema.js';
import { notFound } from '../errors.js';

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
      'There is no such comment on this proposal.',
      'List them with GET /api/proposals/{proposalId}/comments.',
    );
  return row;
}
