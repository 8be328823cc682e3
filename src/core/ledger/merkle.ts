import { HASH_BYTES, sha256, sha256Of } from './hash.js';

/*
 * RFC 9162 (Certificate Transparency 2.0) Merkle tree hashing, with the tree kept as "perfect
 * nodes": the hash of the aligned, complete subtree of 2^level leaves starting at leaf
 * index * 2^level. Every subtree the RFC's recursion visits is made of such nodes, so proofs
 * need only O(log n) stored hashes and an append never rewrites a stored node.
 */

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/*
 * Every append hashes a leaf and, on average, one inner node. The usual inputs (32-byte hashes)
 * are laid out in these buffers and hashed in one call; hashing is synchronous and keeps no
 * reference to its input, so one buffer of each serves every call.
 */
const leafInput = Buffer.alloc(1 + HASH_BYTES, 0x00);
const nodeInput = Buffer.alloc(1 + 2 * HASH_BYTES, 0x01);

export function leafHash(leafData: Uint8Array): Buffer {
  if (leafData.length !== HASH_BYTES) return sha256(LEAF_PREFIX, leafData);
  leafInput.set(leafData, 1);
  return sha256Of(leafInput);
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== HASH_BYTES || right.length !== HASH_BYTES)
    return sha256(NODE_PREFIX, left, right);
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + HASH_BYTES);
  return sha256Of(nodeInput);
}

/** MTH({}) = SHA-256 of nothing. */
export function emptyRoot(): Buffer {
  return sha256();
}

export interface NodeRef {
  level: number;
  index: number;
}

export type NodeLookup = (ref: NodeRef) => Uint8Array;

export function nodeKey(ref: NodeRef): string {
  return `${ref.level}:${ref.index}`;
}

/** Largest power of two strictly smaller than n (n >= 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

function log2(n: number): number {
  return Math.round(Math.log2(n));
}

/** The perfect nodes whose hashes make MTH(D[start:end]) for a range the RFC recursion visits. */
export function rangeRefs(start: number, end: number): NodeRef[] {
  const size = end - start;
  if (size <= 0) throw new RangeError(`empty range ${start}..${end}`);
  if (isPowerOfTwo(size) && start % size === 0) return [{ level: log2(size), index: start / size }];
  const k = splitPoint(size);
  return [...rangeRefs(start, start + k), ...rangeRefs(start + k, end)];
}

/** MTH(D[start:end]) from perfect nodes. */
export function rangeHash(start: number, end: number, lookup: NodeLookup): Buffer {
  const size = end - start;
  if (isPowerOfTwo(size) && start % size === 0)
    return Buffer.from(lookup({ level: log2(size), index: start / size }));
  const k = splitPoint(size);
  return nodeHash(rangeHash(start, start + k, lookup), rangeHash(start + k, end, lookup));
}

/** The root of a tree of `size` leaves from perfect nodes; the empty tree has the hash of nothing. */
export function rootFromNodes(size: number, lookup: NodeLookup): Buffer {
  return size === 0 ? emptyRoot() : rangeHash(0, size, lookup);
}

/** Reference implementation straight from the RFC's definition, for tests and small trees. */
export function rootFromLeafHashes(leaves: readonly Uint8Array[]): Buffer {
  if (leaves.length === 0) return emptyRoot();
  if (leaves.length === 1) return Buffer.from(leaves[0]!);
  const k = splitPoint(leaves.length);
  return nodeHash(rootFromLeafHashes(leaves.slice(0, k)), rootFromLeafHashes(leaves.slice(k)));
}

/** The perfect nodes that cover [0, size) from the left, largest first: the right edge of the tree. */
export function frontierRefs(size: number): NodeRef[] {
  const refs: NodeRef[] = [];
  let start = 0;
  for (let level = 52; level >= 0; level--) {
    const width = 2 ** level;
    if (size - start >= width) {
      refs.push({ level, index: start / width });
      start += width;
    }
  }
  return refs;
}

export interface StoredNode extends NodeRef {
  hash: Buffer;
}

/**
 * The right edge of a growing tree. Appending a leaf yields every perfect node it completes
 * (the leaf itself at level 0 included), which is all a store must write; the root needs no lookup.
 *
 * @example
 * const f = MerkleFrontier.empty();
 * const written = f.append(leafHash(eventHash)); // [{ level: 0, index: 0, hash }]
 * f.root();
 */
export class MerkleFrontier {
  private constructor(
    private readonly nodes: StoredNode[],
    private leaves: number,
  ) {}

  static empty(): MerkleFrontier {
    return new MerkleFrontier([], 0);
  }

  /** Resumes from stored nodes: `lookup` must answer every ref of `frontierRefs(size)`. */
  static resume(size: number, lookup: NodeLookup): MerkleFrontier {
    const nodes = frontierRefs(size).map((ref) => ({ ...ref, hash: Buffer.from(lookup(ref)) }));
    return new MerkleFrontier(nodes, size);
  }

  /**
   * Resumes from the right edge itself, `frontierRefs(size)`'s nodes in that order, as a store
   * keeps it between appends: no lookups and no copies of the hashes, which nobody changes.
   */
  static fromEdge(size: number, edge: readonly StoredNode[]): MerkleFrontier {
    const refs = frontierRefs(size);
    if (
      refs.length !== edge.length ||
      refs.some((ref, i) => ref.level !== edge[i]!.level || ref.index !== edge[i]!.index)
    )
      throw new RangeError(`the nodes given are not the right edge of a tree of ${size} leaves`);
    return new MerkleFrontier([...edge], size);
  }

  get size(): number {
    return this.leaves;
  }

  /** Keeps a Buffer `leaf` as it is, not a copy: pass one that nobody changes afterwards (a fresh `leafHash`). */
  append(leaf: Uint8Array): StoredNode[] {
    const hash = Buffer.isBuffer(leaf) ? leaf : Buffer.from(leaf);
    const written: StoredNode[] = [{ level: 0, index: this.leaves, hash }];
    this.nodes.push(written[0]!);
    this.leaves += 1;
    for (;;) {
      const right = this.nodes[this.nodes.length - 1]!;
      const left = this.nodes[this.nodes.length - 2];
      if (!left || left.level !== right.level) break;
      const merged: StoredNode = {
        level: left.level + 1,
        index: left.index / 2,
        hash: nodeHash(left.hash, right.hash),
      };
      this.nodes.splice(this.nodes.length - 2, 2, merged);
      written.push(merged);
    }
    return written;
  }

  root(): Buffer {
    if (this.nodes.length === 0) return emptyRoot();
    let hash = this.nodes[this.nodes.length - 1]!.hash;
    for (let i = this.nodes.length - 2; i >= 0; i--) hash = nodeHash(this.nodes[i]!.hash, hash);
    return hash;
  }
}

/** A list of subtree ranges whose hashes, in order, form a proof. */
export type ProofPlan = Array<[start: number, end: number]>;

/** RFC 9162 2.1.3.1 PATH(m, D[n]) as ranges. */
export function inclusionPlan(leafIndex: number, treeSize: number): ProofPlan {
  if (!(leafIndex >= 0 && leafIndex < treeSize)) {
    throw new RangeError(`leaf ${leafIndex} is not in a tree of size ${treeSize}`);
  }
  const plan: ProofPlan = [];
  const walk = (m: number, start: number, end: number): void => {
    if (end - start === 1) return;
    const k = splitPoint(end - start);
    if (m < k) {
      walk(m, start, start + k);
      plan.push([start + k, end]);
    } else {
      walk(m - k, start + k, end);
      plan.push([start, start + k]);
    }
  };
  walk(leafIndex, 0, treeSize);
  return plan;
}

/** RFC 9162 2.1.4.1 PROOF(m, D[n]) as ranges. */
export function consistencyPlan(oldSize: number, newSize: number): ProofPlan {
  if (!(oldSize >= 1 && oldSize <= newSize)) {
    throw new RangeError(`no consistency proof from size ${oldSize} to size ${newSize}`);
  }
  const plan: ProofPlan = [];
  const sub = (m: number, start: number, end: number, complete: boolean): void => {
    if (m === end - start) {
      if (!complete) plan.push([start, end]);
      return;
    }
    const k = splitPoint(end - start);
    if (m <= k) {
      sub(m, start, start + k, complete);
      plan.push([start + k, end]);
    } else {
      sub(m - k, start + k, end, false);
      plan.push([start, start + k]);
    }
  };
  if (oldSize < newSize) sub(oldSize, 0, newSize, true);
  return plan;
}

/** Every perfect node a plan needs, without repeats: one batched read for the store. */
export function planRefs(plan: ProofPlan): NodeRef[] {
  const seen = new Map<string, NodeRef>();
  for (const [start, end] of plan)
    for (const ref of rangeRefs(start, end)) seen.set(nodeKey(ref), ref);
  return [...seen.values()];
}

export function buildProof(plan: ProofPlan, lookup: NodeLookup): Buffer[] {
  return plan.map(([start, end]) => rangeHash(start, end, lookup));
}

/** RFC 9162 2.1.3.2: does `proof` show `leaf` (a leaf hash) at `leafIndex` in the tree with `root`? */
export function verifyInclusion(
  leafIndex: number,
  treeSize: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!(leafIndex >= 0 && leafIndex < treeSize)) return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 2.1.4.2: does `proof` show the tree (oldSize, oldRoot) is a prefix of (newSize, newRoot)? */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (oldSize < 1 || oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && Buffer.from(oldRoot).equals(newRoot);
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Buffer = Buffer.from(path[0]!);
  let sr: Buffer = Buffer.from(path[0]!);
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return fr.equals(oldRoot) && sr.equals(newRoot) && sn === 0;
}
