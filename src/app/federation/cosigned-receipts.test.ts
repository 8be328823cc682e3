import { describe, expect, it } from 'vitest';
import { cosign } from '../../core/ledger/cosignature.js';
import { generateEd25519KeyPair, signerFromPem } from '../../core/ledger/keys.js';
import {
  formatSignedNote,
  isSignatureBy,
  makeVerifierKey,
  parseSignedNote,
  SIGNATURE_TYPE_COSIGNATURE_V1,
} from '../../core/ledger/signed-note.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { DEFAULT_MAX_ATTEMPTS, listJobs, runDueJobs } from '../jobs/job-queue.js';
import { deliverWithCosignedProof } from './cosigned-delivery.js';
import { ownActorId } from './federation-app-names.js';
import { COSIGNED_PROOF_JOB, federationOutbox } from './outbox.js';
import { proveOwnEvent, proveOwnEventCosigned, verifiedPeerEvent } from './peer-proofs.js';
import {
  advance,
  decideToFollow,
  federatedNode,
  federatePair,
  nowMs,
  renames,
  settle,
  type FederatedNode,
} from './test-federation.js';

const handleOf = (n: FederatedNode) => `disco@${new URL(n.server.url).host}`;

const witnessVerifier = (n: FederatedNode) => {
  const { keyName, signer } = n.ctx.witnessing!.witness!;
  return makeVerifierKey(
    keyName,
    SIGNATURE_TYPE_COSIGNATURE_V1,
    Buffer.from(signer.publicKey, 'base64url'),
  );
};

async function lastEvent(node: FederatedNode): Promise<LedgerEvent> {
  const { size } = await node.ctx.store.head();
  return (await node.ctx.store.event(size))!;
}

describe('proofs of ledger events between DisCOs that witness each other', () => {
  it('wait for a checkpoint the receiving DisCO’s witness cosigned; one signed on demand, or a note without that cosignature, is refused', async () => {
    const a = await federatedNode('a');
    const b = await federatedNode('b');
    const posted: Array<Record<string, unknown>> = [];
    b.ctx.federation!.fetch = async (input, init) => {
      if (init?.method === 'POST') posted.push(JSON.parse(String(init.body)));
      return globalThis.fetch(input, init);
    };
    await decideToFollow(a, handleOf(b));
    await decideToFollow(b, handleOf(a));
    await settle([a, b]);
    const aId = ownActorId(a.ctx.federation!);
    const bId = ownActorId(b.ctx.federation!);

    await renames(b.ctx, 2);
    const event = await lastEvent(b);
    // Signed on demand: B's own signature only, which A does not take.
    const onDemand = await proveOwnEvent(b.ctx, event);
    expect(await verifiedPeerEvent(a.ctx, bId, event, onDemand, event.type)).toBeNull();
    expect(await proveOwnEventCosigned(b.ctx, event, aId)).toBeNull();

    // B sends the event to A: the delivery waits for A's witness.
    await federationOutbox.toPeer(b.ctx, aId, {
      type: 'Announce',
      object: { type: 'Note', content: 'an event of ours' },
      'disco:event': event,
      'disco:proof': onDemand,
    });
    expect(await listJobs(b.ctx, { kind: COSIGNED_PROOF_JOB })).toMatchObject([
      { state: 'pending' },
    ]);
    const deliveries = await listJobs(b.ctx, { kind: 'federation.deliver' });
    expect(deliveries.filter((j) => j.state === 'pending')).toEqual([]);

    // A witness that has not cosigned for longer than all the job's attempts: nothing is spent.
    for (let i = 0; i < DEFAULT_MAX_ATTEMPTS + 2; i++) {
      advance(b.ctx.witnessing!.checkpointIntervalMs);
      expect(await runDueJobs(b.ctx, { [COSIGNED_PROOF_JOB]: deliverWithCosignedProof })).toBe(1);
    }
    expect(await listJobs(b.ctx, { kind: COSIGNED_PROOF_JOB })).toMatchObject([
      { state: 'pending', attempts: 0 },
    ]);

    // The witnessing beat: B checkpoints, A's witness cosigns, then the delivery goes.
    await settle([a, b]);
    expect((await listJobs(b.ctx, { kind: COSIGNED_PROOF_JOB }))[0]!.state).toBe('done');
    const sent = posted.find(
      (p) => (p['disco:event'] as LedgerEvent | undefined)?.hash === event.hash,
    )!;
    const proof = sent['disco:proof'] as typeof onDemand;
    expect(proof.cosigned).toBeDefined();
    expect(proof.checkpoint.treeSize).toBeGreaterThanOrEqual(event.seq);
    expect(await verifiedPeerEvent(a.ctx, bId, event, proof, event.type)).not.toBeNull();

    // The same note with A's witness cosignature taken off: refused.
    const note = parseSignedNote(proof.cosigned!);
    const stripped = formatSignedNote({ text: note.text, signatures: note.signatures.slice(0, 1) });
    expect(
      await verifiedPeerEvent(a.ctx, bId, event, { ...proof, cosigned: stripped }, event.type),
    ).toBeNull();
    // The cosigned checkpoint without its note: refused.
    const { cosigned: _note, ...withoutNote } = proof;
    expect(await verifiedPeerEvent(a.ctx, bId, event, withoutNote, event.type)).toBeNull();
  });

  it('count a cosignature by any witness the receiver trusts for the peer, never one by an unknown key or by the peer itself', async () => {
    const a = await federatedNode('a');
    const b = await federatedNode('b');
    const c = await federatedNode('c');
    await federatePair(a, b);
    await federatePair(a, c);
    await federatePair(b, c);
    const aId = ownActorId(a.ctx.federation!);
    const bId = ownActorId(b.ctx.federation!);

    await renames(b.ctx, 2);
    const event = await lastEvent(b);
    await settle([a, b, c]);
    const proof = (await proveOwnEventCosigned(b.ctx, event, aId))!;
    const note = parseSignedNote(proof.cosigned!);
    const [logSignature] = note.signatures;
    const byC = note.signatures.find((s) => isSignatureBy(s, witnessVerifier(c)));
    expect(byC).toBeDefined();
    const withOnly = (cosignature: (typeof note.signatures)[number]) => ({
      ...proof,
      cosigned: formatSignedNote({ text: note.text, signatures: [logSignature!, cosignature] }),
    });

    // C, a DisCO A federates with, witnesses B: its cosignature alone stands for A.
    expect(await verifiedPeerEvent(a.ctx, bId, event, withOnly(byC!), event.type)).not.toBeNull();

    // A key A knows nothing of, under any name, counts for nothing.
    const stranger = signerFromPem(generateEd25519KeyPair().privateKeyPem);
    const seconds = Math.floor(nowMs() / 1000);
    const unknown = cosign(note.text, seconds, 'stranger.example/witness', stranger);
    expect(await verifiedPeerEvent(a.ctx, bId, event, withOnly(unknown), event.type)).toBeNull();
    const impostor = cosign(note.text, seconds, byC!.keyName, stranger);
    expect(await verifiedPeerEvent(a.ctx, bId, event, withOnly(impostor), event.type)).toBeNull();

    // B's own witness vouching for B's log proves nothing to A.
    const bWitness = b.ctx.witnessing!.witness!;
    const own = cosign(note.text, seconds, bWitness.keyName, bWitness.signer);
    expect(await verifiedPeerEvent(a.ctx, bId, event, withOnly(own), event.type)).toBeNull();

    // A DisCO that asks for two cosignatures (--federation-receipt-cosignatures 2): C's alone no
    // longer stands, nor C's twice; A's own witness and C's together do.
    a.ctx.federation!.receiptCosignatures = 2;
    expect(await verifiedPeerEvent(a.ctx, bId, event, withOnly(byC!), event.type)).toBeNull();
    const twiceC = {
      ...proof,
      cosigned: formatSignedNote({
        text: note.text,
        signatures: [
          logSignature!,
          byC!,
          cosign(note.text, seconds + 1, byC!.keyName, c.ctx.witnessing!.witness!.signer),
        ],
      }),
    };
    expect(await verifiedPeerEvent(a.ctx, bId, event, twiceC, event.type)).toBeNull();
    const byA = note.signatures.find((s) => isSignatureBy(s, witnessVerifier(a)));
    expect(byA).toBeDefined();
    const both = {
      ...proof,
      cosigned: formatSignedNote({ text: note.text, signatures: [logSignature!, byA!, byC!] }),
    };
    expect(await verifiedPeerEvent(a.ctx, bId, event, both, event.type)).not.toBeNull();
  });
});
