import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, toHex } from './bytes.js';

/*
 * RFC 9162 Merkle tree hashing, as docs/ledger.md specifies it, written again for the browser so a
 * member checks the server with code that does not come from the server's own modules.
 */

const LEAF = new Uint8Array([0x00]);
const NODE = new Uint8Array([0x01]);

/** SHA-256(0x00 || event hash bytes). */
export function leafHash(eventHash: Uint8Array): Uint8Array {
  return sha256(concatBytes(LEAF, eventHash));
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concatBytes(NODE, left, right));
}

/**
 * The right edge of a growing tree: O(log n) perfect subtrees, enough for the root at any size.
 *
 * @example const f = new MerkleFrontier(); f.append(leafHash(h)); toHex(f.root())
 */
export class MerkleFrontier {
  private readonly nodes: Array<{ level: number; hash: Uint8Array }> = [];
  private leaves = 0;

  get size(): number {
    return this.leaves;
  }

  append(leaf: Uint8Array): void {
    this.nodes.push({ level: 0, hash: leaf });
    this.leaves += 1;
    for (;;) {
      const right = this.nodes[this.nodes.length - 1]!;
      const left = this.nodes[this.nodes.length - 2];
      if (!left || left.level !== right.level) break;
      this.nodes.splice(this.nodes.length - 2, 2, {
        level: left.level + 1,
        hash: nodeHash(left.hash, right.hash),
      });
    }
  }

  /** MTH of the leaves so far; the empty tree is SHA-256 of nothing. */
  root(): Uint8Array {
    if (this.nodes.length === 0) return sha256(new Uint8Array(0));
    let hash = this.nodes[this.nodes.length - 1]!.hash;
    for (let i = this.nodes.length - 2; i >= 0; i--) hash = nodeHash(this.nodes[i]!.hash, hash);
    return hash;
  }

  rootHex(): string {
    return toHex(this.root());
  }
}

/** RFC 9162 §2.1.3.2: does `path` lead from `leaf` at `leafIndex` to `root` in a tree of `treeSize` leaves? */
export function verifyInclusion(
  leafIndex: number,
  treeSize: number,
  leaf: Uint8Array,
  path: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!(
    Number.isSafeInteger(leafIndex) &&
    Number.isSafeInteger(treeSize) &&
    leafIndex >= 0 &&
    leafIndex < treeSize
  ))
    return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && toHex(r) === toHex(root);
}
