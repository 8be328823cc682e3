import {
  COMMENT_EDITED,
  COMMENT_POSTED,
  COMMENT_REACTION,
} from '../../core/governance/proposal-events.js';
import type { Projector } from './projector.js';

/**
 * Comments on proposals with their threads, the text each had before every edit, and reactions.
 *
 * @example await store.db.selectFrom('proposal_comments').selectAll().where('proposal_id', '=', id).orderBy('id').execute();
 */
export const deliberationProjector: Projector = {
  name: 'deliberation',
  tables: ['proposal_comments', 'comment_edits', 'comment_reactions'],
  types: [COMMENT_POSTED, COMMENT_EDITED, COMMENT_REACTION],
  async apply(db, event) {
    // The app validated every payload against the catalog before it was sealed.
    switch (event.type) {
      case COMMENT_POSTED: {
        const p = event.payload;
        await db
          .insertInto('proposal_comments')
          .values({
            id: p.commentId,
            proposal_id: p.proposalId,
            parent_id: p.parentId,
            author_id: event.actor ?? '',
            text: p.text,
            posted_at: event.time,
            edited_at: null,
          })
          .execute();
        return;
      }
      case COMMENT_EDITED: {
        const p = event.payload;
        const before = await db
          .selectFrom('proposal_comments')
          .select('text')
          .where('id', '=', p.commentId)
          .executeTakeFirstOrThrow();
        await db
          .insertInto('comment_edits')
          .values({
            seq: event.seq,
            comment_id: p.commentId,
            previous_text: before.text,
            edited_at: event.time,
          })
          .execute();
        await db
          .updateTable('proposal_comments')
          .set({ text: p.text, edited_at: event.time })
          .where('id', '=', p.commentId)
          .execute();
        return;
      }
      case COMMENT_REACTION: {
        const p = event.payload;
        const row = { comment_id: p.commentId, member_id: event.actor ?? '', reaction: p.reaction };
        if (p.on)
          await db
            .insertInto('comment_reactions')
            .values(row)
            .onConflict((oc) => oc.doNothing())
            .execute();
        else
          await db
            .deleteFrom('comment_reactions')
            .where('comment_id', '=', row.comment_id)
            .where('member_id', '=', row.member_id)
            .where('reaction', '=', row.reaction)
            .execute();
        return;
      }
    }
  },
};
