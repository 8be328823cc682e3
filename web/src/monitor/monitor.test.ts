import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signCheckpoint, type Checkpoint } from '../../../src/core/ledger/checkpoint.js';
import { generateEd25519KeyPair, signerFromPem } from '../../../src/core/ledger/keys.js';
import {
  buildProof,
  consistencyPlan,
  leafHash,
  rootFromLeafHashes,
  type NodeRef,
} from '../../../src/core/ledger/merkle.js';
import { consistencyRoots as serverConsistencyRoots } from '../../../src/core/ledger/monitor.js';
import { buildChain } from '../../../src/core/ledger/test-chain.js';
import { nobleVerify } from '../verify/signatures';
import { consistencyRoots } from './consistency';
import { monitorCheckpoint } from './monitor';

const node = signerFromPem(generateEd25519KeyPair().privateKeyPem);
const stranger = signerFromPem(generateEd25519KeyPair().privateKeyPem);
const { events } = buildChain(node, 40);
const leaves = events.map((e) => leafHash(Buffer.from(e.hash, 'hex')));
const lookup = (ref: NodeRef) =>
  rootFromLeafHashes(leaves.slice(ref.index * 2 ** ref.level, (ref.index + 1) * 2 ** ref.level));
const rootAt = (size: number) => rootFromLeafHashes(leaves.slice(0, size)).toString('hex');
const checkpointAt = (size: number, signer = node, time = events[size - 1]!.time): Checkpoint =>
  signCheckpoint({ ledgerId: events[0]!.hash, treeSize: size, root: rootAt(size), time }, signer);
const proofOf = (from: number, to: number) => ({
  from,
  to,
  fromRoot: rootAt(from),
  toRoot: rootAt(to),
  path: buildProof(consistencyPlan(from, to), lookup).map((h) => h.toString('hex')),
});
const source = 'http://node.test';
const now = '2026-12-02T00:00:00.000Z';

describe('the Deck monitor', () => {
  it('leads a proof to the same two roots as the server’s code, for any two sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 39 }), fc.integer({ min: 2, max: 40 }), (a, b) => {
        fc.pre(a < b);
        const proof = proofOf(a, b);
        const mine = consistencyRoots(a, b, proof.fromRoot, proof.path);
        expect(mine).toEqual({ fromRoot: rootAt(a), toRoot: rootAt(b) });
        expect(mine).toEqual(serverConsistencyRoots(a, b, proof.fromRoot, proof.path));
        expect(consistencyRoots(a, b, proof.fromRoot, proof.path.slice(1))).toBeNull();
      }),
      { numRuns: 80 },
    );
  });

  it('follows honest growth and names each kind of alarm from the checkpoints alone', async () => {
    const pinned = checkpointAt(10);
    const decide = (latest: Checkpoint, proof?: ReturnType<typeof proofOf> | null) =>
      monitorCheckpoint(
        { pinned, latest, source, now, ...(proof !== undefined ? { proof } : {}) },
        nobleVerify,
      );
    expect(await decide(checkpointAt(25))).toEqual({ status: 'needs-proof', from: 10, to: 25 });
    expect(await decide(checkpointAt(25), proofOf(10, 25))).toMatchObject({
      status: 'pin',
      reason: 'consistent',
    });
    expect(await decide(pinned)).toEqual({ status: 'unchanged' });
    const kinds = async (latest: Checkpoint, proof?: ReturnType<typeof proofOf> | null) => {
      const outcome = await decide(latest, proof);
      return outcome.status === 'alarm' ? outcome.evidence.kind : outcome.status;
    };
    expect(await kinds(checkpointAt(8))).toBe('tree-shrank');
    expect(await kinds({ ...checkpointAt(25), root: rootAt(24) })).toBe('bad-signature');
    expect(await kinds(checkpointAt(25, stranger))).toBe('node-key-changed');
    expect(
      await kinds(
        signCheckpoint(
          { ledgerId: 'f'.repeat(64), treeSize: 25, root: rootAt(25), time: now },
          node,
        ),
      ),
    ).toBe('other-ledger');
    expect(
      await kinds(
        signCheckpoint(
          { ledgerId: events[0]!.hash, treeSize: 10, root: rootAt(11), time: now },
          node,
        ),
      ),
    ).toBe('fork');
    expect(await kinds(checkpointAt(25), null)).toBe('inconsistent');
    expect(await kinds(checkpointAt(25), proofOf(11, 25))).toBe('inconsistent');
  });
});
