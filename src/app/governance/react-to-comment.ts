import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { COMMENT_REACTION, reaction } from '../../core/governance/proposal-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { requireComment } from './comment-facts.js';

export const reactToCommentInput = z.strictObject({
  proposalId: entityId,
  commentId: entityId,
  reaction,
  on: z.boolean(),
});

/**
 * Adds (`on: true`) or takes back a reaction to a comment; one of each kind per member.
 *
 * @example await reactToComment(ctx, bo, { proposalId, commentId, reaction: '+1', on: true });
 */
export async function reactToComment(
  ctx: AppContext,
  actor: Actor | null,
  input: z.input<typeof reactToCommentInput>,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    reactToCommentInput,
    input,
    refusal('refusal.reaction-cannot-be-recorded'),
  );
  ensureAllowed('proposal.comment', actor);
  await requireComment(ctx.store.db, parsed.proposalId, parsed.commentId);
  return { events: await appendEvents(ctx, [draftOf(ctx, actor, COMMENT_REACTION, parsed)]) };
}
