import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { COMMENT_POSTED } from '../../core/governance/proposal-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { newId } from '../ids.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { requireProposal } from './proposal-facts.js';

export const postCommentInput = z.strictObject({
  proposalId: entityId,
  text: z.string().trim().min(1, 'say something').max(10_000),
  /** The comment this replies to; a new thread when left out. */
  parentId: entityId.optional(),
});
export type PostCommentInput = z.input<typeof postCommentInput>;

/**
 * Comments on a proposal, or replies to a comment of it, for members whose constituency may comment.
 * Discussion may go on after the close (the outcome and its review are discussed too).
 *
 * @example const { commentId } = await postComment(ctx, bo, { proposalId, text: 'What about holidays?' });
 */
export async function postComment(
  ctx: AppContext,
  actor: Actor | null,
  input: PostCommentInput,
): Promise<{ commentId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(postCommentInput, input, refusal('refusal.comment-cannot-be-posted'));
  ensureAllowed('proposal.comment', actor);
  const db = ctx.store.db;
  await requireProposal(db, parsed.proposalId);
  if (parsed.parentId !== undefined) {
    const parent = await db
      .selectFrom('proposal_comments')
      .select('proposal_id')
      .where('id', '=', parsed.parentId)
      .executeTakeFirst();
    refuseIf(
      parent?.proposal_id === parsed.proposalId
        ? []
        : [{ field: 'parentId', message: 'no such comment on this proposal' }],
      refusal('refusal.reply-cannot-be-posted'),
    );
  }
  const commentId = newId(ctx);
  const payload = {
    proposalId: parsed.proposalId,
    commentId,
    parentId: parsed.parentId ?? null,
    text: parsed.text,
  };
  return {
    commentId,
    events: await appendEvents(ctx, [draftOf(ctx, actor, COMMENT_POSTED, payload)]),
  };
}
