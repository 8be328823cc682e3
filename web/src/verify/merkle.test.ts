import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildProof,
  inclusionPlan,
  rootFromLeafHashes,
  MerkleFrontier as ServerFrontier,
  type NodeLookup,
} from '../../../src/core/ledger/merkle.js';
import { toHex } from './bytes.js';
import { leafHash, MerkleFrontier, verifyInclusion } from './merkle.js';

const hashArb = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('the browser Merkle tree', () => {
  it('has the root of RFC 9162 as the server computes it, at every size', () => {
    fc.assert(
      fc.property(fc.array(hashArb, { maxLength: 70 }), (eventHashes) => {
        const frontier = new MerkleFrontier();
        const leaves: Uint8Array[] = [];
        expect(frontier.rootHex()).toBe(rootFromLeafHashes([]).toString('hex'));
        for (const h of eventHashes) {
          frontier.append(leafHash(h));
          leaves.push(leafHash(h));
          expect(frontier.rootHex()).toBe(rootFromLeafHashes(leaves).toString('hex'));
        }
      }),
    );
  });

  it('accepts the server’s inclusion proofs and refuses them for another leaf, index or root', () => {
    fc.assert(
      fc.property(
        fc.array(hashArb, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        (eventHashes, pick) => {
          const server = ServerFrontier.empty();
          const nodes = new Map<string, Uint8Array>();
          for (const h of eventHashes)
            for (const n of server.append(leafHash(h))) nodes.set(`${n.level}:${n.index}`, n.hash);
          const lookup: NodeLookup = (ref) => nodes.get(`${ref.level}:${ref.index}`)!;
          const size = eventHashes.length;
          const index = pick % size;
          const path = buildProof(inclusionPlan(index, size), lookup);
          const root = server.root();
          const leaf = leafHash(eventHashes[index]!);
          expect(verifyInclusion(index, size, leaf, path, root)).toBe(true);
          expect(toHex(root)).toBe(root.toString('hex'));
          const other = leafHash(new Uint8Array(32).fill(0xab));
          expect(verifyInclusion(index, size, other, path, root)).toBe(false);
          expect(verifyInclusion(index, size, leaf, path, leafHash(leaf))).toBe(false);
          expect(verifyInclusion(index, size, leaf, [...path, leaf], root)).toBe(false);
        },
      ),
    );
  });
});
