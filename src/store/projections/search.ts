import {
  COMMENT_EDITED,
  COMMENT_POSTED,
  PROPOSAL_AMENDED,
  PROPOSAL_OPENED,
} from '../../core/governance/proposal-events.js';
import { MEMBER_ADDED } from '../../core/members/member-events.js';
import { VALUE_EVENT } from '../../core/value/events.js';
import type { Projector } from './projector.js';

/**
 * The searchable text of proposals, comments, members, contributions and commons. The projector
 * writes plain rows on both dialects; the full-text index over them is the database's own (see
 * migration 0221), so replay rebuilds it by rebuilding these rows.
 *
 * @example await searchDocuments(store, { words: ['garden'], kinds: ['proposal'], limit: 20 });
 */
const contributionRow = (p: {
  contributionId: string;
  member: string;
  taskKind: string;
  description: string;
}) => ({
  kind: 'contribution' as const,
  ref_id: p.contributionId,
  member_id: p.member,
  title: p.taskKind,
  body: p.description,
});

export const searchProjector: Projector = {
  name: 'search',
  tables: ['search_documents'],
  types: [
    PROPOSAL_OPENED,
    PROPOSAL_AMENDED,
    COMMENT_POSTED,
    COMMENT_EDITED,
    MEMBER_ADDED,
    VALUE_EVENT.contributionLogged,
    VALUE_EVENT.contributionEdited,
    VALUE_EVENT.commonsResourceRegistered,
  ],
  async apply(db, event) {
    const add = (row: {
      kind: 'proposal' | 'comment' | 'member' | 'contribution' | 'commons';
      ref_id: string;
      parent_id?: string;
      member_id: string | null;
      title: string;
      body: string;
    }) =>
      db
        .insertInto('search_documents')
        .values({ parent_id: null, ...row, doc_id: event.seq, seq: event.seq })
        .execute();
    switch (event.type) {
      case PROPOSAL_OPENED:
        await add({
          kind: 'proposal',
          ref_id: event.payload.proposalId,
          member_id: event.actor,
          title: event.payload.title,
          body: event.payload.body,
        });
        return;
      case PROPOSAL_AMENDED:
        await db
          .updateTable('search_documents')
          .set({ title: event.payload.title, body: event.payload.body, seq: event.seq })
          .where('kind', '=', 'proposal')
          .where('ref_id', '=', event.payload.proposalId)
          .execute();
        return;
      case COMMENT_POSTED:
        await add({
          kind: 'comment',
          ref_id: event.payload.commentId,
          parent_id: event.payload.proposalId,
          member_id: event.actor,
          title: '',
          body: event.payload.text,
        });
        return;
      case COMMENT_EDITED:
        await db
          .updateTable('search_documents')
          .set({ body: event.payload.text, seq: event.seq })
          .where('kind', '=', 'comment')
          .where('ref_id', '=', event.payload.commentId)
          .execute();
        return;
      case MEMBER_ADDED:
        await add({
          kind: 'member',
          ref_id: event.payload.memberId,
          member_id: event.payload.memberId,
          title: event.payload.displayName,
          body: '',
        });
        return;
      case VALUE_EVENT.contributionEdited:
        // A correction is a contribution of its own that replaces the one it supersedes.
        await db
          .deleteFrom('search_documents')
          .where('kind', '=', 'contribution')
          .where('ref_id', '=', event.payload.supersedes)
          .execute();
        await add(contributionRow(event.payload));
        return;
      case VALUE_EVENT.contributionLogged:
        await add(contributionRow(event.payload));
        return;
      case VALUE_EVENT.commonsResourceRegistered:
        await add({
          kind: 'commons',
          ref_id: event.payload.resourceId,
          member_id: event.actor,
          title: event.payload.title,
          body: `${event.payload.kind} ${event.payload.licence}`,
        });
        return;
    }
  },
};
