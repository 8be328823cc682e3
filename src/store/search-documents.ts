import { sql } from 'kysely';
import type { SearchDocumentsTable } from './schema.js';
import type { Store } from './store.js';

export type SearchKind = SearchDocumentsTable['kind'];

export interface SearchHit {
  kind: SearchKind;
  refId: string;
  parentId: string | null;
  memberId: string | null;
  title: string;
  body: string;
  seq: number;
}

/**
 * The documents of `kinds` holding every one of `words` (each also as the start of a longer word),
 * best match first, through the dialect's full-text engine: FTS5's bm25 on SQLite, `ts_rank` over
 * the GIN-indexed `simple` tsvector on PostgreSQL. `words` must hold letters and digits only (the
 * app's parser makes them so): neither engine's query syntax can then be reached from a search box.
 *
 * @example await searchDocuments(store, { words: ['garden'], kinds: ['proposal', 'comment'], limit: 20 })
 */
export async function searchDocuments(
  store: Pick<Store, 'db' | 'dialect'>,
  query: { words: readonly string[]; kinds: readonly SearchKind[]; limit: number },
): Promise<SearchHit[]> {
  if (query.words.length === 0 || query.kinds.length === 0) return [];
  const kinds = sql.join(query.kinds.map((k) => sql`${k}`));
  const tsquery = query.words.map((w) => `${w}:*`).join(' & ');
  const { rows } =
    store.dialect === 'sqlite'
      ? await sql<Row>`
          select d.kind, d.ref_id, d.parent_id, d.member_id, d.title, d.body, d.seq
          from search_fts f join search_documents d on d.doc_id = f.rowid
          where search_fts match ${query.words.map((w) => `"${w}"*`).join(' ')}
            and d.kind in (${kinds})
          order by f.rank, d.seq desc
          limit ${query.limit}
        `.execute(store.db)
      : await sql<Row>`
          select kind, ref_id, parent_id, member_id, title, body, seq
          from search_documents
          where to_tsvector('simple', title || ' ' || body) @@ to_tsquery('simple', ${tsquery})
            and kind in (${kinds})
          order by ts_rank(to_tsvector('simple', title || ' ' || body), to_tsquery('simple', ${tsquery})) desc,
            seq desc
          limit ${query.limit}
        `.execute(store.db);
  return rows.map((r) => ({
    kind: r.kind,
    refId: r.ref_id,
    parentId: r.parent_id,
    memberId: r.member_id,
    title: r.title,
    body: r.body,
    seq: Number(r.seq),
  }));
}

type Row = Omit<SearchDocumentsTable, 'doc_id'>;
