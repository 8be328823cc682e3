import {
  COMMENT_EDITED,
  COMMENT_POSTED,
  PROPOSAL_AMENDED,
  PROPOSAL_OPENED,
} from '../../core/governance/proposal-events.js';
import { MEMBER_ADDED } from '../../core/members/member-events.js';
import { VALUE_EVENT } from '../../core/value/events.js';
import { typedEvent } from '../../core/event-payloads.js';
import type { Database } from '../schema.js';
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

/** Rows per INSERT: well under either database's limit on bound parameters. */
const ROWS_PER_INSERT = 500;

type SearchRow = Database['search_documents'];

export const searchProjector: Projector = {
  name: 'search',
  tables: ['search_documents'],
  // A batch's new documents go in by multi-row inserts: on SQLite each statement runs the FTS5
  // trigger's program once however many rows it holds, which a bulk import otherwise pays per row.
  // Rows are flushed before any update or delete, so the batch lands as event-by-event would.
  async applyBatch(db, events) {
    let rows: SearchRow[] = [];
    const flush = async () => {
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
        await db
          .insertInto('search_documents')
          .values(rows.slice(i, i + ROWS_PER_INSERT))
          .execute();
      rows = [];
    };
    for (const event of events) {
      const typed = typedEvent(event);
      if (typed === null) continue;
      const add = (row: {
        kind: 'proposal' | 'comment' | 'member' | 'contribution' | 'commons';
        ref_id: string;
        parent_id?: string;
        member_id: string | null;
        title: string;
        body: string;
      }) => rows.push({ parent_id: null, ...row, doc_id: typed.seq, seq: typed.seq });
      switch (typed.type) {
        case PROPOSAL_OPENED:
          add({
            kind: 'proposal',
            ref_id: typed.payload.proposalId,
            member_id: typed.actor,
            title: typed.payload.title,
            body: typed.payload.body,
          });
          break;
        case PROPOSAL_AMENDED:
          await flush();
          await db
            .updateTable('search_documents')
            .set({ title: typed.payload.title, body: typed.payload.body, seq: typed.seq })
            .where('kind', '=', 'proposal')
            .where('ref_id', '=', typed.payload.proposalId)
            .execute();
          break;
        case COMMENT_POSTED:
          add({
            kind: 'comment',
            ref_id: typed.payload.commentId,
            parent_id: typed.payload.proposalId,
            member_id: typed.actor,
            title: '',
            body: typed.payload.text,
          });
          break;
        case COMMENT_EDITED:
          await flush();
          await db
            .updateTable('search_documents')
            .set({ body: typed.payload.text, seq: typed.seq })
            .where('kind', '=', 'comment')
            .where('ref_id', '=', typed.payload.commentId)
            .execute();
          break;
        case MEMBER_ADDED:
          add({
            kind: 'member',
            ref_id: typed.payload.memberId,
            member_id: typed.payload.memberId,
            title: typed.payload.displayName,
            body: '',
          });
          break;
        case VALUE_EVENT.contributionEdited:
          // A correction is a contribution of its own that replaces the one it supersedes.
          await flush();
          await db
            .deleteFrom('search_documents')
            .where('kind', '=', 'contribution')
            .where('ref_id', '=', typed.payload.supersedes)
            .execute();
          add(contributionRow(typed.payload));
          break;
        case VALUE_EVENT.contributionLogged:
          add(contributionRow(typed.payload));
          break;
        case VALUE_EVENT.commonsResourceRegistered:
          add({
            kind: 'commons',
            ref_id: typed.payload.resourceId,
            member_id: typed.actor,
            title: typed.payload.title,
            body: `${typed.payload.kind} ${typed.payload.licence}`,
          });
          break;
      }
    }
    await flush();
  },
};
