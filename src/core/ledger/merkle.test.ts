import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from './hash.js';
import {
  buildProof,
  consistencyPlan,
  emptyRoot,
  frontierRefs,
  inclusionPlan,
  leafHash,
  MerkleFrontier,
  nodeHash,
  nodeKey,
  planRefs,
  rootFromLeafHashes,
  rootFromNodes,
  verifyConsistency,
  verifyInclusion,
  type NodeLookup,
  type StoredNode,
} from './merkle.js';

// The RFC 6962 test vectors used by Certificate Transparency implementations.
const CT_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];
const CT_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

function leavesOf(count: number): Buffer[] {
  return Array.from({ length: count }, (_, i) => leafHash(sha256(Buffer.from(`event ${i}`))));
}

/** A tree kept the way a store keeps it: every perfect node the frontier ever wrote. */
function storedTree(leaves: Buffer[]): { lookup: NodeLookup; frontier: MerkleFrontier } {
  const nodes = new Map<string, StoredNode>();
  const frontier = MerkleFrontier.empty();
  for (const leaf of leaves)
    for (const node of frontier.append(leaf)) nodes.set(nodeKey(node), node);
  const lookup: NodeLookup = (ref) => {
    const node = nodes.get(nodeKey(ref));
    if (!node) throw new Error(`no stored node ${nodeKey(ref)}`);
    return node.hash;
  };
  return { lookup, frontier };
}

describe('Merkle tree hashing (RFC 6962/9162)', () => {
  it('matches the Certificate Transparency test vectors', () => {
    const leaves = CT_LEAVES.map((hex) => leafHash(Buffer.from(hex, 'hex')));
    for (let n = 1; n <= leaves.length; n++) {
      expect(rootFromLeafHashes(leaves.slice(0, n)).toString('hex')).toBe(CT_ROOTS[n - 1]);
      const { lookup, frontier } = storedTree(leaves.slice(0, n));
      expect(frontier.root().toString('hex')).toBe(CT_ROOTS[n - 1]);
      expect(rootFromNodes(n, lookup).toString('hex')).toBe(CT_ROOTS[n - 1]);
    }
  });

  it('hashes 32-byte leaves and nodes (the one-call path) as SHA-256 of prefix and data', () => {
    const plain = (...parts: Buffer[]) => {
      const h = createHash('sha256');
      for (const part of parts) h.update(part);
      return h.digest('hex');
    };
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (a, b) => {
          const [left, right] = [Buffer.from(a), Buffer.from(b)];
          const leaf = leafHash(left);
          const node = nodeHash(left, right);
          // Each result is its own buffer, untouched by the calls after it.
          expect(leaf.toString('hex')).toBe(plain(Buffer.from([0]), left));
          expect(node.toString('hex')).toBe(plain(Buffer.from([1]), left, right));
          expect(leafHash(right).toString('hex')).toBe(plain(Buffer.from([0]), right));
          expect(leaf.toString('hex')).toBe(plain(Buffer.from([0]), left));
        },
      ),
    );
  });

  it('gives the empty tree the hash of nothing', () => {
    expect(emptyRoot().toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(MerkleFrontier.empty().root()).toEqual(emptyRoot());
  });

  it('resumes a frontier from stored nodes and goes on as if it never stopped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (first, more) => {
          const leaves = leavesOf(first + more);
          const { lookup } = storedTree(leaves.slice(0, first));
          const resumed = MerkleFrontier.resume(first, lookup);
          const edge = frontierRefs(first).map((ref) => ({
            ...ref,
            hash: Buffer.from(lookup(ref)),
          }));
          const fromEdge = MerkleFrontier.fromEdge(first, edge);
          for (const leaf of leaves.slice(first)) {
            resumed.append(leaf);
            fromEdge.append(leaf);
          }
          expect(resumed.root()).toEqual(rootFromLeafHashes(leaves));
          expect(fromEdge.root()).toEqual(rootFromLeafHashes(leaves));
          // The edge handed over is the caller's still: growing the frontier left it as it was.
          expect(edge.map((n) => nodeKey(n))).toEqual(frontierRefs(first).map(nodeKey));
          if (edge.length > 0)
            expect(() => MerkleFrontier.fromEdge(first, edge.slice(1))).toThrow(/right edge/);
          expect(frontierRefs(first).length).toBeLessThanOrEqual(
            Math.ceil(Math.log2(first + 1)) + 1,
          );
        },
      ),
    );
  });

  it('proves every leaf of every tree up to 70 leaves, and nothing else', () => {
    for (let n = 1; n <= 70; n++) {
      const leaves = leavesOf(n);
      const { lookup } = storedTree(leaves);
      const root = rootFromLeafHashes(leaves);
      for (let m = 0; m < n; m++) {
        const plan = inclusionPlan(m, n);
        const proof = buildProof(plan, lookup);
        expect(verifyInclusion(m, n, leaves[m]!, proof, root)).toBe(true);
        expect(planRefs(plan).length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(n + 1)) + 2);
        if (n > 1) expect(verifyInclusion(m, n, leaves[(m + 1) % n]!, proof, root)).toBe(false);
        if (proof.length > 0) {
          const bent = proof.map((p, i) => (i === 0 ? sha256(p) : p));
          expect(verifyInclusion(m, n, leaves[m]!, bent, root)).toBe(false);
        }
      }
    }
  });

  it('proves every old tree a prefix of every newer one up to 70 leaves', () => {
    for (let n = 1; n <= 70; n++) {
      const leaves = leavesOf(n);
      const { lookup } = storedTree(leaves);
      const newRoot = rootFromLeafHashes(leaves);
      for (let m = 1; m <= n; m++) {
        const oldRoot = rootFromLeafHashes(leaves.slice(0, m));
        const proof = buildProof(consistencyPlan(m, n), lookup);
        expect(verifyConsistency(m, n, oldRoot, newRoot, proof)).toBe(true);
        if (m < n) {
          const forkedOld = rootFromLeafHashes([
            ...leaves.slice(0, m - 1),
            leafHash(Buffer.from('forged')),
          ]);
          expect(verifyConsistency(m, n, forkedOld, newRoot, proof)).toBe(false);
          expect(verifyConsistency(m, n, oldRoot, sha256(newRoot), proof)).toBe(false);
        }
      }
    }
  });

  it('refuses leaf indexes and sizes outside the tree', () => {
    expect(() => inclusionPlan(5, 5)).toThrow(RangeError);
    expect(() => consistencyPlan(0, 5)).toThrow(RangeError);
    expect(() => consistencyPlan(6, 5)).toThrow(RangeError);
    expect(verifyInclusion(5, 5, leafHash(Buffer.alloc(0)), [], emptyRoot())).toBe(false);
  });
});
