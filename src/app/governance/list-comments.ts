import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { entityId } from '../../core/members/vocabulary.js';
import type { AppContext } from '../context.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { requireProposal } from './proposal-facts.js';

export interface CommentNode {
  commentId: string;
  authorId: string;
  displayName: string;
  text: string;
  postedAt: string;
  editedAt: string | null;
  /** Earlier texts, oldest first. */
  edits: { previousText: string; editedAt: string }[];
  /** Reaction → the members who gave it. */
  reactions: Record<string, string[]>;
  replies: CommentNode[];
}

/**
 * A proposal's discussion as threads, oldest first, each comment with its edit history and reactions.
 *
 * @example const threads = await listComments(ctx, actor, { proposalId }); threads[0]?.replies
 */
export async function listComments(
  ctx: AppContext,
  actor: Actor | null,
  input: { proposalId: string },
): Promise<CommentNode[]> {
  const { proposalId } = parseInput(
    z.strictObject({ proposalId: entityId }),
    input,
    refusal('refusal.comments-cannot-be-listed'),
  );
  ensureAllowed('proposal.list', actor);
  const db = ctx.store.db;
  await requireProposal(db, proposalId);
  const rows = await db
    .selectFrom('proposal_comments as c')
    .leftJoin('members as m', 'm.id', 'c.author_id')
    .select([
      'c.id',
      'c.parent_id',
      'c.author_id',
      'm.display_name',
      'c.text',
      'c.posted_at',
      'c.edited_at',
    ])
    .where('c.proposal_id', '=', proposalId)
    .orderBy('c.id')
    .execute();
  const ids = rows.map((r) => r.id);
  const edits =
    ids.length === 0
      ? []
      : await db
          .selectFrom('comment_edits')
          .selectAll()
          .where('comment_id', 'in', ids)
          .orderBy('seq')
          .execute();
  const reactions =
    ids.length === 0
      ? []
      : await db
          .selectFrom('comment_reactions')
          .selectAll()
          .where('comment_id', 'in', ids)
          .orderBy('member_id')
          .execute();
  const nodes = new Map<string, CommentNode>(
    rows.map((r) => [
      r.id,
      {
        commentId: r.id,
        authorId: r.author_id,
        displayName: r.display_name ?? '',
        text: r.text,
        postedAt: r.posted_at,
        editedAt: r.edited_at,
        edits: [],
        reactions: {},
        replies: [],
      },
    ]),
  );
  for (const e of edits)
    nodes.get(e.comment_id)!.edits.push({ previousText: e.previous_text, editedAt: e.edited_at });
  for (const r of reactions)
    (nodes.get(r.comment_id)!.reactions[r.reaction] ??= []).push(r.member_id);
  const threads: CommentNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id)!;
    const parent = r.parent_id === null ? undefined : nodes.get(r.parent_id);
    if (parent) parent.replies.push(node);
    else threads.push(node);
  }
  return threads;
}
