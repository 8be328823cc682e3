import {
  COMMENT_EDITED,
  COMMENT_POSTED,
  PROPOSAL_AMENDED,
  PROPOSAL_OPENED,
} from '../../core/governance/proposal-events.js';
import { MEMBER_ADDED } from '../../core/members/member-events.js';
import { VALUE_EVENT } from '../../core/value/events.js';
import type { Kysely } from 'kysely';
import { typedEvent } from '../../core/event-payloads.js';
import { insertRows } from '../insert-rows.js';
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

type SearchRow = Database['search_documents'];

const COLUMNS = [
  'doc_id',
  'kind',
  'ref_id',
  'parent_id',
  'member_id',
  'title',
  'body',
  'seq',
] as const satisfies readonly (keyof SearchRow)[];

/**
 * A batch's rows, written by multi-row inserts: a replay page of contributions is a few
 * statements on PostgreSQL rather than a round trip each. An update or delete first writes the
 * rows gathered so far, so statements reach the table in the events' order.
 */
class SearchBatch {
  private rows: SearchRow[] = [];
  constructor(private readonly db: Kysely<Database>) {}

  add(
    event: { seq: number },
    row: Omit<SearchRow, 'doc_id' | 'seq' | 'parent_id'> & { parent_id?: string | null },
  ): void {
    this.rows.push({ parent_id: null, ...row, doc_id: event.seq, seq: event.seq });
  }

  async flush(): Promise<void> {
    const rows = this.rows;
    this.rows = [];
    await insertRows(this.db, 'search_documents', COLUMNS, rows);
  }
}

export const searchProjector: Projector = {
  name: 'search',
  tables: ['search_documents'],
  async applyBatch(db, events) {
    const batch = new SearchBatch(db);
    for (const sealed of events) {
      const event = typedEvent(sealed);
      if (event === null) continue;
      switch (event.type) {
        case PROPOSAL_OPENED:
          batch.add(event, {
            kind: 'proposal',
            ref_id: event.payload.proposalId,
            member_id: event.actor,
            title: event.payload.title,
            body: event.payload.body,
          });
          break;
        case PROPOSAL_AMENDED:
          await batch.flush();
          await db
            .updateTable('search_documents')
            .set({ title: event.payload.title, body: event.payload.body, seq: event.seq })
            .where('kind', '=', 'proposal')
            .where('ref_id', '=', event.payload.proposalId)
            .execute();
          break;
        case COMMENT_POSTED:
          batch.add(event, {
            kind: 'comment',
            ref_id: event.payload.commentId,
            parent_id: event.payload.proposalId,
            member_id: event.actor,
            title: '',
            body: event.payload.text,
          });
          break;
        case COMMENT_EDITED:
          await batch.flush();
          await db
            .updateTable('search_documents')
            .set({ body: event.payload.text, seq: event.seq })
            .where('kind', '=', 'comment')
            .where('ref_id', '=', event.payload.commentId)
            .execute();
          break;
        case MEMBER_ADDED:
          batch.add(event, {
            kind: 'member',
            ref_id: event.payload.memberId,
            member_id: event.payload.memberId,
            title: event.payload.displayName,
            body: '',
          });
          break;
        case VALUE_EVENT.contributionEdited:
          // A correction is a contribution of its own that replaces the one it supersedes.
          await batch.flush();
          await db
            .deleteFrom('search_documents')
            .where('kind', '=', 'contribution')
            .where('ref_id', '=', event.payload.supersedes)
            .execute();
          batch.add(event, contributionRow(event.payload));
          break;
        case VALUE_EVENT.contributionLogged:
          batch.add(event, contributionRow(event.payload));
          break;
        case VALUE_EVENT.commonsResourceRegistered:
          batch.add(event, {
            kind: 'commons',
            ref_id: event.payload.resourceId,
            member_id: event.actor,
            title: event.payload.title,
            body: `${event.payload.kind} ${event.payload.licence}`,
          });
          break;
      }
    }
    await batch.flush();
  },
};
