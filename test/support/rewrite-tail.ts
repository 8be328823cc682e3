import { signCheckpoint, type Checkpoint } from '../../src/core/ledger/checkpoint.js';
import type { EventDraft } from '../../src/core/ledger/event.js';
import type { Signer } from '../../src/core/ledger/keys.js';
import { nodeKey, rangeRefs, rootFromNodes } from '../../src/core/ledger/merkle.js';
import type { Store } from '../../src/store/store.js';

export interface RewriteTailOptions {
  /** Events 1..keep stay; every later event is deleted. */
  keep: number;
  /** How many different events to append after `keep` (default: as many as were deleted, plus one). */
  append?: number;
  /** The drafts to append instead of the default renames. */
  drafts?: EventDraft[];
  /** Time written on the new checkpoint (default: now). */
  now?: string;
}

/**
 * What a dishonest operator with the node key can do to its own database: delete the ledger's
 * tail (events, the Merkle nodes that cover them, the checkpoints and feed lines past `keep`), move the chain head
 * back, append different events and sign a checkpoint over the new history. Every signature is
 * valid; only a member who kept an earlier checkpoint can tell.
 *
 * @example const { checkpoint } = await rewriteTail(store, node, { keep: 5 });
 */
export async function rewriteTail(
  store: Store,
  node: Signer,
  options: RewriteTailOptions,
): Promise<{ checkpoint: Checkpoint; removed: number }> {
  const { keep } = options;
  const before = await store.head();
  if (!(keep >= 1 && keep < before.size))
    throw new RangeError(`keep must be between 1 and ${before.size - 1}, not ${keep}`);
  const kept = await store.event(keep);
  const ledgerId = (await store.event(1))!.hash;
  await store.db.transaction().execute(async (db) => {
    await db.deleteFrom('events').where('seq', '>', keep).execute();
    for (let level = 1; 2 ** level <= before.size; level++)
      await db
        .deleteFrom('merkle_nodes')
        .where('level', '=', level)
        .where('idx', '>=', Math.floor(keep / 2 ** level))
        .execute();
    await db.deleteFrom('checkpoints').where('tree_size', '>', keep).execute();
    await db.deleteFrom('activity_feed').where('seq', '>', keep).execute();
    await db
      .updateTable('chain_head')
      .set({ size: keep, hash: kept!.hash })
      .where('id', '=', 1)
      .execute();
  });
  const removed = before.size - keep;
  const count = options.append ?? removed + 1;
  const drafts =
    options.drafts ??
    Array.from({ length: count }, (_, i) => ({
      type: 'disco.renamed',
      schema: 1,
      payload: { name: `Rewritten history ${i + 1}` },
      actor: null,
      time: new Date(Date.UTC(2026, 0, 1, 12, 0, i)).toISOString(),
    }));
  const now = options.now ?? new Date().toISOString();
  await store.append(drafts, { node, now, ledgerId });
  const { size } = await store.head();
  const refs = rangeRefs(0, size);
  const nodes = await store.nodes(refs);
  const root = rootFromNodes(size, (ref) => nodes.get(nodeKey(ref))!).toString('hex');
  const checkpoint = signCheckpoint({ ledgerId, treeSize: size, root, time: now }, node);
  await store.addCheckpoint(checkpoint);
  return { checkpoint, removed };
}
