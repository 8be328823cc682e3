import { fromHex, toHex } from '../verify/bytes';
import { nodeHash } from '../verify/merkle';

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

/**
 * The two roots an RFC 9162 §2.1.4.2 consistency proof leads to (old tree, new tree). When the new
 * one equals a signed root, the path is bound to that tree and the old one is what its first
 * `oldSize` events hash to. For a power-of-two old size the proof starts from the old root, so
 * `seed` (the root the node claims for that prefix) stands in for it. Null when the path does not
 * fit the sizes. Written again from docs/ledger.md rather than shared with the server.
 */
export function consistencyRoots(
  oldSize: number,
  newSize: number,
  seed: string,
  path: readonly string[],
): { fromRoot: string; toRoot: string } | null {
  if (!(Number.isSafeInteger(oldSize) && Number.isSafeInteger(newSize))) return null;
  if (oldSize < 1 || oldSize >= newSize) return null;
  const hashes = (isPowerOfTwo(oldSize) ? [seed, ...path] : [...path]).map(fromHex);
  if (hashes.length === 0 || hashes.some((h) => h === null || h.length !== 32)) return null;
  const [first, ...rest] = hashes as Uint8Array[];
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = first!;
  let sr = first!;
  for (const c of rest) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) return null;
  return { fromRoot: toHex(fr), toRoot: toHex(sr) };
}
