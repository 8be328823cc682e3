import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { COMMENT_EDITED } from '../../core/governance/proposal-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { requireComment } from './comment-facts.js';
import { ensureStillOpen } from './proposal-facts.js';

export const editCommentInput = z.strictObject({
  proposalId: entityId,
  commentId: entityId,
  text: z.string().trim().min(1, 'say something').max(10_000),
});

/**
 * Its author edits a comment while the proposal is open; every earlier text is kept. Once the
 * proposal closed, what was said while deciding stays as it was.
 *
 * @example await editComment(ctx, bo, { proposalId, commentId, text: 'What about holidays and sick days?' });
 */
export async function editComment(
  ctx: AppContext,
  actor: Actor | null,
  input: z.input<typeof editCommentInput>,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(editCommentInput, input, refusal('refusal.comment-cannot-be-edited'));
  const comment = await requireComment(ctx.store.db, parsed.proposalId, parsed.commentId);
  ensureAllowed('proposal.comment.edit', actor, { authorId: comment.author_id });
  const events = await appendEvents(ctx, [draftOf(ctx, actor, COMMENT_EDITED, parsed)], {
    guard: async (db) => void (await ensureStillOpen(db, parsed.proposalId, ctx.clock)),
  });
  return { events };
}
