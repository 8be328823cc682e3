import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signCheckpoint, type Checkpoint } from './checkpoint.js';
import { sealEvent, type LedgerEvent } from './event.js';
import { generateEd25519KeyPair, signerFromPem } from './keys.js';
import {
  buildProof,
  consistencyPlan,
  leafHash,
  rootFromLeafHashes,
  type NodeRef,
} from './merkle.js';
import {
  checkEvidence,
  consistencyRoots,
  monitorCheckpoint,
  type ConsistencyProofJson,
  type Evidence,
} from './monitor.js';
import { buildChain } from './test-chain.js';

const node = signerFromPem(generateEd25519KeyPair().privateKeyPem);
const stranger = signerFromPem(generateEd25519KeyPair().privateKeyPem);
const source = 'https://node.example';
const now = '2026-06-01T00:00:00.000Z';

function leavesOf(events: LedgerEvent[]): Buffer[] {
  return events.map((e) => leafHash(Buffer.from(e.hash, 'hex')));
}

function lookupOver(leaves: Buffer[]) {
  return (ref: NodeRef) =>
    rootFromLeafHashes(leaves.slice(ref.index * 2 ** ref.level, (ref.index + 1) * 2 ** ref.level));
}

function checkpointOf(
  events: LedgerEvent[],
  size: number,
  time = events[size - 1]!.time,
  signer = node,
): Checkpoint {
  return signCheckpoint(
    {
      ledgerId: events[0]!.hash,
      treeSize: size,
      root: rootFromLeafHashes(leavesOf(events.slice(0, size))).toString('hex'),
      time,
    },
    signer,
  );
}

/** The proof a node holding `events` serves, as `getConsistencyProof` builds it. */
function proofOf(events: LedgerEvent[], from: number, to: number): ConsistencyProofJson {
  const leaves = leavesOf(events);
  return {
    from,
    to,
    fromRoot: rootFromLeafHashes(leaves.slice(0, from)).toString('hex'),
    toRoot: rootFromLeafHashes(leaves.slice(0, to)).toString('hex'),
    path: buildProof(consistencyPlan(from, to), lookupOver(leaves)).map((h) => h.toString('hex')),
  };
}

/** The same ledger with every event after `keep` replaced, and `total` events in all. */
function rewrittenTail(events: LedgerEvent[], keep: number, total: number): LedgerEvent[] {
  const out = events.slice(0, keep);
  for (let seq = keep + 1; seq <= total; seq++) {
    const time = new Date(Date.UTC(2026, 1, 1, 0, 0, seq)).toISOString();
    out.push(
      sealEvent(
        {
          type: 'disco.renamed',
          schema: 1,
          payload: { name: `Rewritten ${seq}` },
          actor: 'm',
          time,
        },
        seq,
        out[seq - 2]!.hash,
        node,
      ),
    );
  }
  return out;
}

function monitorThrough(pinned: Checkpoint | null, latest: Checkpoint, events: LedgerEvent[]) {
  const first = monitorCheckpoint({ pinned, latest, source, now });
  if (first.status !== 'needs-proof') return first;
  return monitorCheckpoint({
    pinned,
    latest,
    source,
    now,
    proof: proofOf(events, first.from, first.to),
  });
}

describe('monitorCheckpoint', () => {
  const { events } = buildChain(node, 40);

  it('pins the first checkpoint it sees, then follows an honest ledger as it grows', () => {
    const first = checkpointOf(events, 10);
    expect(monitorCheckpoint({ pinned: null, latest: first, source, now })).toEqual({
      status: 'pin',
      checkpoint: first,
      reason: 'first-sighting',
    });
    expect(monitorCheckpoint({ pinned: first, latest: first, source, now })).toEqual({
      status: 'unchanged',
    });
    const later = checkpointOf(events, 33);
    expect(monitorCheckpoint({ pinned: first, latest: later, source, now })).toEqual({
      status: 'needs-proof',
      from: 10,
      to: 33,
    });
    expect(monitorThrough(first, later, events)).toEqual({
      status: 'pin',
      checkpoint: later,
      reason: 'consistent',
    });
  });

  it('accepts every honest growth, whatever the two sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 39 }), fc.integer({ min: 1, max: 39 }), (a, b) => {
        const [from, to] = a < b ? [a, b + 1] : [b, a + 1];
        const outcome = monitorThrough(
          checkpointOf(events, from),
          checkpointOf(events, to),
          events,
        );
        expect(outcome.status).toBe('pin');
      }),
      { numRuns: 60 },
    );
  });

  it('raises "inconsistent" with evidence that proves it when the tail was rewritten and grew', () => {
    for (const [keep, seen, total] of [
      [7, 10, 20],
      [3, 8, 12],
      [15, 16, 40],
      [1, 2, 5],
    ] as const) {
      const pinned = checkpointOf(events, seen);
      const forged = rewrittenTail(events, keep, total);
      const outcome = monitorThrough(pinned, checkpointOf(forged, total), forged);
      expect(outcome.status).toBe('alarm');
      if (outcome.status !== 'alarm') return;
      expect(outcome.alarm.kind).toBe('inconsistent');
      expect(outcome.alarm.message).toMatch(/history was rewritten/);
      expect(outcome.alarm.evidence).toMatchObject({
        format: 'disco-cat/evidence@1',
        kind: 'inconsistent',
        source,
        detectedAt: now,
        earlier: pinned,
      });
      const check = checkEvidence(JSON.parse(JSON.stringify(outcome.alarm.evidence)));
      expect(check).toMatchObject({ verdict: 'proven', kind: 'inconsistent' });
    }
  });

  it('raises "fork" when the node signs another root at the size it signed before', () => {
    const pinned = checkpointOf(events, 12);
    const forged = rewrittenTail(events, 9, 12);
    const outcome = monitorThrough(pinned, checkpointOf(forged, 12), forged);
    expect(outcome).toMatchObject({ status: 'alarm', alarm: { kind: 'fork' } });
    if (outcome.status === 'alarm')
      expect(checkEvidence(outcome.alarm.evidence)).toMatchObject({
        verdict: 'proven',
        kind: 'fork',
      });
  });

  it('raises "tree-shrank" when the node serves a smaller tree, proven when signed later', () => {
    const pinned = checkpointOf(events, 20);
    const smaller = checkpointOf(events, 15, '2026-03-01T00:00:00.000Z');
    const outcome = monitorThrough(pinned, smaller, events);
    expect(outcome).toMatchObject({ status: 'alarm', alarm: { kind: 'tree-shrank' } });
    if (outcome.status === 'alarm') {
      expect(outcome.alarm.message).toContain('size 20');
      expect(outcome.alarm.message).toContain('size 15');
      expect(checkEvidence(outcome.alarm.evidence)).toMatchObject({
        verdict: 'proven',
        kind: 'tree-shrank',
      });
    }
    // An old checkpoint replayed is alarming to see but not a contradiction in itself.
    const replayed = monitorThrough(pinned, checkpointOf(events, 15), events);
    if (replayed.status === 'alarm')
      expect(checkEvidence(replayed.alarm.evidence).verdict).toBe('unproven');
    else expect.fail('a smaller tree must raise an alarm');
  });

  it('raises "bad-signature", "other-ledger" and "node-key-changed", none of which prove a contradiction', () => {
    const pinned = checkpointOf(events, 10);
    const honest = checkpointOf(events, 20);
    const tampered = { ...honest, root: pinned.root };
    const signedBy = (signer: typeof node, ledgerId: string) =>
      signCheckpoint({ ledgerId, treeSize: 20, root: honest.root, time: honest.time }, signer);
    const cases: Array<[Checkpoint, string]> = [
      [tampered, 'bad-signature'],
      [{ ...honest, ledgerId: 'f'.repeat(64) }, 'bad-signature'],
      [signedBy(stranger, pinned.ledgerId), 'node-key-changed'],
      [signedBy(node, 'f'.repeat(64)), 'other-ledger'],
    ];
    for (const [latest, kind] of cases) {
      const outcome = monitorThrough(pinned, latest, events);
      expect(outcome).toMatchObject({ status: 'alarm', alarm: { kind } });
      if (outcome.status === 'alarm')
        expect(checkEvidence(outcome.alarm.evidence).verdict).toBe('unproven');
    }
    expect(monitorCheckpoint({ pinned: null, latest: tampered, source, now })).toMatchObject({
      status: 'alarm',
      alarm: { kind: 'bad-signature', evidence: { earlier: null } },
    });
  });

  it('raises "inconsistent" when the node gives no proof or a proof that leads nowhere', () => {
    const pinned = checkpointOf(events, 10);
    const latest = checkpointOf(events, 30);
    expect(monitorCheckpoint({ pinned, latest, source, now, proof: null })).toMatchObject({
      status: 'alarm',
      alarm: { kind: 'inconsistent' },
    });
    const garbled = proofOf(events, 10, 30);
    garbled.path[0] = 'a'.repeat(64);
    const outcome = monitorCheckpoint({ pinned, latest, source, now, proof: garbled });
    expect(outcome).toMatchObject({ status: 'alarm', alarm: { kind: 'inconsistent' } });
    if (outcome.status === 'alarm') {
      expect(outcome.alarm.message).toMatch(/cannot prove/);
      // A garbled proof is the node's failure to prove, not proof of a rewrite.
      expect(checkEvidence(outcome.alarm.evidence).verdict).toBe('unproven');
    }
  });
});

describe('checkEvidence', () => {
  const { events } = buildChain(node, 20);
  const forged = rewrittenTail(events, 5, 20);
  const evidence = (): Evidence => {
    const outcome = monitorThrough(checkpointOf(events, 9), checkpointOf(forged, 20), forged);
    if (outcome.status !== 'alarm') throw new Error('expected an alarm');
    return outcome.alarm.evidence;
  };

  it('trusts nothing the monitor wrote: a forged conclusion or a re-signed checkpoint proves nothing', () => {
    const lie = { ...evidence(), kind: 'fork', conclusion: 'Proven beyond doubt' };
    expect(checkEvidence(lie)).toMatchObject({ verdict: 'proven', kind: 'inconsistent' });
    const e = evidence();
    const byStranger = signCheckpoint(
      { ledgerId: e.later.ledgerId, treeSize: 20, root: e.later.root, time: e.later.time },
      stranger,
    );
    expect(checkEvidence({ ...e, later: byStranger }).verdict).toBe('unproven');
    expect(checkEvidence({ ...e, later: { ...e.later, root: 'b'.repeat(64) } }).verdict).toBe(
      'unproven',
    );
    expect(checkEvidence({ ...e, proof: null }).verdict).toBe('unproven');
  });

  it('reports an honest pair with a valid proof as proving nothing', () => {
    const e = evidence();
    const honest = {
      ...e,
      later: checkpointOf(events, 20),
      proof: proofOf(events, 9, 20),
    };
    expect(checkEvidence(honest)).toMatchObject({ verdict: 'unproven' });
  });

  it('names the fields of a file that is not evidence', () => {
    const result = checkEvidence({ ...evidence(), format: 'x', later: { treeSize: -1 } });
    expect(result.verdict).toBe('malformed');
    if (result.verdict === 'malformed')
      expect(result.errors.map((e) => e.field)).toEqual(
        expect.arrayContaining(['format', 'later.treeSize']),
      );
    expect(checkEvidence('not json at all').verdict).toBe('malformed');
  });
});

describe('consistencyRoots', () => {
  it('refuses paths that do not fit the sizes', () => {
    const { events } = buildChain(node, 16);
    const proof = proofOf(events, 5, 16);
    expect(consistencyRoots(5, 16, proof.fromRoot, proof.path)).toEqual({
      fromRoot: proof.fromRoot,
      toRoot: proof.toRoot,
    });
    expect(consistencyRoots(5, 16, proof.fromRoot, proof.path.slice(1))).toBeNull();
    expect(consistencyRoots(5, 16, proof.fromRoot, [...proof.path, proof.fromRoot])).toBeNull();
    expect(consistencyRoots(16, 16, proof.fromRoot, [])).toBeNull();
    expect(consistencyRoots(5, 16, proof.fromRoot, ['zz'])).toBeNull();
  });
});
