import { verifyCheckpointSignature } from '../../src/core/ledger/checkpoint.js';
import { envelopeOf, hashEnvelope, nodeSignatureMessage } from '../../src/core/ledger/event.js';
import { ZERO_HASH } from '../../src/core/ledger/hash.js';
import { verifySignature } from '../../src/core/ledger/keys.js';
import {
  leafHash,
  nodeKey,
  rangeRefs,
  rootFromLeafHashes,
  rootFromNodes,
} from '../../src/core/ledger/merkle.js';
import type { Store } from '../../src/store/store.js';

/**
 * Everything wrong with a stored ledger, recomputed independently of the store's write path:
 * one linear chain 1..N whose hashes and node signatures recompute, a Merkle root from stored
 * nodes equal to the RFC's reference over all leaves, a head and count that match, and
 * checkpoints that match their prefix. Empty when the ledger is sound.
 *
 * @example expect((await checkLedger(store, node.publicKey)).problems).toEqual([]);
 */
export async function checkLedger(
  store: Store,
  nodeKeyName: string,
): Promise<{ size: number; problems: string[] }> {
  const problems: string[] = [];
  const leaves: Buffer[] = [];
  let prev = ZERO_HASH;
  for await (const event of store.streamEvents(1, 128)) {
    const expected = leaves.length + 1;
    if (event.seq !== expected) problems.push(`seq ${event.seq} where ${expected} was expected`);
    if (event.prev !== prev)
      problems.push(`event ${event.seq} does not link to the event before it`);
    if (hashEnvelope(envelopeOf(event)) !== event.hash)
      problems.push(`event ${event.seq} hash does not recompute`);
    if (!verifySignature(nodeKeyName, nodeSignatureMessage(event.hash), event.nodeSig)) {
      problems.push(`event ${event.seq} node signature is invalid`);
    }
    leaves.push(leafHash(Buffer.from(event.hash, 'hex')));
    prev = event.hash;
  }
  const size = leaves.length;
  const head = await store.head();
  if (head.size !== size || head.hash !== prev)
    problems.push(`chain head (${head.size}) does not match the last event (${size})`);
  if ((await store.count()) !== size) problems.push('count() disagrees with the events streamed');
  if (size > 0) {
    const nodes = await store.nodes(rangeRefs(0, size));
    const fromNodes = rootFromNodes(size, (ref) => {
      const hash = nodes.get(nodeKey(ref));
      if (!hash) throw new Error(`node ${nodeKey(ref)} missing`);
      return hash;
    });
    if (!fromNodes.equals(rootFromLeafHashes(leaves)))
      problems.push('Merkle root from stored nodes differs from the reference root');
  }
  for (const checkpoint of await store.checkpoints(0, 1_000_000)) {
    if (checkpoint.treeSize > size)
      problems.push(`checkpoint ${checkpoint.treeSize} is beyond the ledger`);
    else if (
      checkpoint.root !== rootFromLeafHashes(leaves.slice(0, checkpoint.treeSize)).toString('hex')
    ) {
      problems.push(`checkpoint ${checkpoint.treeSize} root is wrong`);
    }
    if (!verifyCheckpointSignature(checkpoint))
      problems.push(`checkpoint ${checkpoint.treeSize} signature is invalid`);
  }
  return { size, problems };
}
