import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Projection table of the `search` projector: the searchable text of proposals, comments, members,
 * contributions and commons, one row each, keyed by the seq of the event that created it. Each
 * dialect indexes it with its own full-text engine: on SQLite an external-content FTS5 table that
 * triggers keep in step with every insert, update and delete (replay's too); on PostgreSQL a GIN
 * index over the `simple` tsvector of title and body, which `searchDocuments` queries with the
 * very same expression so the planner uses it.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('search_documents')
    // On SQLite an INTEGER PRIMARY KEY is the rowid, which FTS5 needs stable (VACUUM keeps it).
    .addColumn('doc_id', types.int8, (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('member_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addUniqueConstraint('search_documents_ref', ['kind', 'ref_id'])
    .$call((b) => tableOptions(b, types))
    .execute();
  if (types.strict) {
    await sql`create virtual table search_fts using fts5(title, body, content='search_documents', content_rowid='doc_id', tokenize='unicode61 remove_diacritics 2')`.execute(
      db,
    );
    await sql`create trigger search_documents_ai after insert on search_documents begin
      insert into search_fts(rowid, title, body) values (new.doc_id, new.title, new.body);
    end`.execute(db);
    await sql`create trigger search_documents_ad after delete on search_documents begin
      insert into search_fts(search_fts, rowid, title, body) values ('delete', old.doc_id, old.title, old.body);
    end`.execute(db);
    await sql`create trigger search_documents_au after update on search_documents begin
      insert into search_fts(search_fts, rowid, title, body) values ('delete', old.doc_id, old.title, old.body);
      insert into search_fts(rowid, title, body) values (new.doc_id, new.title, new.body);
    end`.execute(db);
  } else {
    await sql`create index search_documents_text on search_documents using gin (to_tsvector('simple', title || ' ' || body))`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  if (types.strict) await sql`drop table search_fts`.execute(db);
  await db.schema.dropTable('search_documents').execute();
}
