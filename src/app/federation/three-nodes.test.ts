import { describe, expect, it } from 'vitest';
import { listWitnessedLogs } from '../witnessing/witness-logs.js';
import { showWitnessStatus } from '../witnessing/witness-status.js';
import { peerCheckpointState } from './checkpoint-announcements.js';
import { ownActorId } from './federation-app-names.js';
import { listFederationRelations } from './list-federation-relations.js';
import {
  advance,
  decideToFollow,
  federatedNode,
  INTERVAL,
  renames,
  settle,
  type FederatedNode,
} from './test-federation.js';

describe('three DisCOs federating on loopback (C on PostgreSQL)', () => {
  it('follow by decision, accept by decision, then each witnesses the other and hears its checkpoints', async () => {
    const a = await federatedNode('a');
    const b = await federatedNode('b');
    const c = await federatedNode('c', 'postgres');
    const handleOf = (n: FederatedNode) => `disco@${new URL(n.server.url).host}`;

    // WebFinger and the actor: a Group with the ledger key as an extra Multikey.
    const finger = await fetch(
      `${b.server.url}/.well-known/webfinger?resource=acct:${handleOf(b)}`,
    );
    expect(finger.status).toBe(200);
    const actor = (await (
      await fetch(ownActorId(b.ctx.federation!), {
        headers: { accept: 'application/activity+json' },
      })
    ).json()) as Record<string, unknown>;
    expect(actor['type']).toBe('Group');
    const methods = actor['assertionMethod'] as Array<{ id: string; publicKeyMultibase: string }>;
    expect(methods.map((m) => m.id)).toContain(`${ownActorId(b.ctx.federation!)}#ledger-key`);
    const nodeinfo = await fetch(`${b.server.url}/.well-known/nodeinfo`);
    expect(nodeinfo.status).toBe(200);

    await decideToFollow(a, handleOf(b));
    await settle([a, b, c]);
    // B heard A's Follow; it waits for B's own decision.
    let atB = await listFederationRelations(b.ctx);
    expect(atB).toMatchObject([
      { peerActorId: ownActorId(a.ctx.federation!), weFollow: false, theyFollow: true },
    ]);
    expect(atB[0]!.status).toBe('asked-us');

    await decideToFollow(b, handleOf(a));
    await settle([a, b, c]);
    const atA = await listFederationRelations(a.ctx);
    expect(atA).toMatchObject([{ weFollow: true, theyFollow: true, theyAccepted: true }]);
    expect(atA[0]!.status).toBe('federated');
    atB = await listFederationRelations(b.ctx);
    expect(atB[0]).toMatchObject({ weFollow: true, theyFollow: true, theyAccepted: true });

    // A second decision to follow B is refused before any vote.
    await expect(decideToFollow(a, handleOf(b))).rejects.toMatchObject({
      message: expect.stringMatching(/already follows/),
    });

    // C, following nobody, is no part of it.
    expect(await listFederationRelations(c.ctx)).toEqual([]);

    // Each witnesses the other: a checkpoint of A is cosigned by B, and B's by A.
    await renames(a.ctx, 3);
    await renames(b.ctx, 2);
    advance(INTERVAL);
    await settle([a, b, c]);
    advance(INTERVAL);
    await settle([a, b, c]);
    for (const [log, witness] of [
      [a, b],
      [b, a],
    ] as const) {
      const status = await showWitnessStatus(log.ctx);
      expect(status.witnesses).toHaveLength(1);
      expect(status.witnesses[0]!.cosignedSize).toBe(status.latestCheckpoint);
      expect((await listWitnessedLogs(witness.ctx))[0]!.size).toBe(status.latestCheckpoint);
      // The checkpoint was announced to the follower, cosignature and all.
      const heard = await peerCheckpointState(witness.ctx, ownActorId(log.ctx.federation!));
      expect(heard.announced?.treeSize).toBe(status.latestCheckpoint);
      expect(heard.equivocation).toBeNull();
    }
    // The same through the API, as the Deck and the CLI read it.
    const listed = (await (await fetch(`${a.server.url}/api/federation/relations`)).json()) as {
      items: Array<{ status: string; handle: string; witness: { cosignedSize: number } }>;
    };
    expect(listed.items).toMatchObject([{ status: 'federated', handle: handleOf(b) }]);
    expect(listed.items[0]!.witness.cosignedSize).toBe(
      (await showWitnessStatus(a.ctx)).latestCheckpoint,
    );
    const one = await fetch(
      `${a.server.url}/api/federation/relations/${encodeURIComponent(handleOf(b))}`,
    );
    expect(one.status).toBe(200);
    expect((await fetch(`${a.server.url}/api/federation/relations/nobody%40nowhere`)).status).toBe(
      404,
    );
  });
});
