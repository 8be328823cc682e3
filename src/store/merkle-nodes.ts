import type { Kysely } from 'kysely';
import {
  leafHash,
  MerkleFrontier,
  nodeKey,
  type NodeRef,
  type StoredNode,
} from '../core/ledger/merkle.js';
import type { Database } from './schema.js';

/** Bound on the values in one `IN (...)` list, well under SQLite's and PostgreSQL's parameter limits. */
const IN_CHUNK = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Hashes of perfect nodes, keyed by `nodeKey`. Leaves are not stored: a leaf is the RFC 9162 leaf
 * hash of the event's 32-byte hash, recomputed here, which keeps the largest level out of
 * merkle_nodes. One query for leaves and one for inner nodes (more only past 500 refs each).
 *
 * @example const nodes = await readNodes(db, planRefs(inclusionPlan(3, 8)));
 */
export async function readNodes(
  db: Kysely<Database>,
  refs: readonly NodeRef[],
): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  const leafSeqs = new Set<number>();
  const inner = new Map<number, Set<number>>();
  for (const ref of refs) {
    if (ref.level === 0) leafSeqs.add(ref.index + 1);
    else {
      let indexes = inner.get(ref.level);
      if (!indexes) inner.set(ref.level, (indexes = new Set()));
      indexes.add(ref.index);
    }
  }
  for (const seqs of chunks([...leafSeqs], IN_CHUNK)) {
    const rows = await db
      .selectFrom('events')
      .select(['seq', 'hash'])
      .where('seq', 'in', seqs)
      .execute();
    for (const row of rows)
      found.set(nodeKey({ level: 0, index: row.seq - 1 }), leafHash(Buffer.from(row.hash, 'hex')));
  }
  const pairs = [...inner].flatMap(([level, indexes]) =>
    [...indexes].map((index) => ({ level, index })),
  );
  for (const part of chunks(pairs, IN_CHUNK)) {
    const levels = new Map<number, number[]>();
    for (const { level, index } of part) levels.set(level, [...(levels.get(level) ?? []), index]);
    const rows = await db
      .selectFrom('merkle_nodes')
      .select(['level', 'idx', 'hash'])
      .where((eb) =>
        eb.or(
          [...levels].map(([level, idx]) =>
            eb.and([eb('level', '=', level), eb('idx', 'in', idx)]),
          ),
        ),
      )
      .execute();
    for (const row of rows) found.set(nodeKey({ level: row.level, index: row.idx }), row.hash);
  }
  return found;
}

/**
 * The right edge of the tree at a known chain head. Kept between appends so that an append does
 * not read it back; valid only while the head is still (size, hash).
 */
export interface FrontierSnapshot {
  readonly size: number;
  readonly hash: string;
  readonly nodes: readonly StoredNode[];
}

export function frontierFromSnapshot(snapshot: FrontierSnapshot): MerkleFrontier {
  return MerkleFrontier.fromEdge(snapshot.size, snapshot.nodes);
}

/**
 * Mirrors a MerkleFrontier's right edge as it grows: an append that wrote `written` merged the
 * last `written.length - 1` edge nodes with the new leaf into `written`'s last node.
 */
export function advanceEdge(edge: StoredNode[], written: readonly StoredNode[]): void {
  edge.splice(edge.length - (written.length - 1), written.length - 1, written[written.length - 1]!);
}
