import { describe, expect, it } from 'vitest';
import { parseSignedNote, formatSignedNote } from '../../core/ledger/signed-note.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { listJobs } from '../jobs/job-queue.js';
import { ownActorId } from './federation-app-names.js';
import { COSIGNED_PROOF_JOB, federationOutbox } from './outbox.js';
import { proveOwnEvent, proveOwnEventCosigned, verifiedPeerEvent } from './peer-proofs.js';
import {
  decideToFollow,
  federatedNode,
  renames,
  settle,
  type FederatedNode,
} from './test-federation.js';

const handleOf = (n: FederatedNode) => `disco@${new URL(n.server.url).host}`;

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
});
