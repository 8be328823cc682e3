import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, testLocation } from '../../../test/support/stores.js';
import { generateEd25519KeyPair, signerFromPem } from '../../core/ledger/keys.js';
import { serveHttp, type RunningServer } from '../../http/serve.js';
import type { AppContext } from '../context.js';
import { eventCatalog } from '../event-catalog.js';
import { castBallot } from '../governance/cast-ballot.js';
import { closeDueProposals } from '../governance/close-due-proposals.js';
import { openProposal } from '../governance/open-proposal.js';
import { initLedger } from '../ledger/init-ledger.js';
import { loadActor } from '../members/load-actor.js';
import type { Actor } from '../../core/access/actor.js';
import { appendEvents } from '../ledger/append-events.js';
import { listWitnessedLogs } from '../witnessing/witness-logs.js';
import { showWitnessStatus } from '../witnessing/witness-status.js';
import { publicHostOf } from '../witnessing/witnessing-settings.js';
import { witnessingTick } from '../witnessing/witnessing-tick.js';
import { federationContext } from './federation-settings.js';
import { resolvePeer } from './resolve-peer.js';
import { listFederationRelations } from './list-federation-relations.js';
import { ownActorId } from './federation-app-names.js';
import { peerCheckpointState } from './checkpoint-announcements.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let now = Date.UTC(2026, 10, 24, 10);
const clock = (): Date => new Date(now);
const INTERVAL = 3_600_000;

export interface FederatedNode {
  name: string;
  ctx: AppContext;
  server: RunningServer;
  founder: Actor;
}

/** A loopback port nothing listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * A DisCO served on a loopback port, its own database (PostgreSQL when asked), federating over
 * plain http to loopback only through the explicit test settings.
 */
export async function federatedNode(
  name: string,
  dialect: 'sqlite' | 'postgres' = 'sqlite',
): Promise<FederatedNode> {
  const dataDir = mkdtempSync(join(tmpdir(), `disco-fed-${name}-`));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const place = await testLocation(dialects.find((d) => d.dialect === dialect)!);
  const store = await place.open();
  const signer = signerFromPem(generateEd25519KeyPair().privateKeyPem);
  const url = `http://127.0.0.1:${await freePort()}`;
  const ctx: AppContext = {
    store,
    node: null,
    clock,
    catalog: eventCatalog,
    checkpointEvery: 1000,
    dataDir,
    witnessing: {
      publicHost: publicHostOf(url),
      checkpointIntervalMs: INTERVAL,
      witness: { signer, keyName: `${publicHostOf(url)}/witness` },
      fetch: globalThis.fetch,
    },
    federation: federationContext(url, {
      allowHttp: true,
      allowPrivateAddresses: true,
      timeoutMs: 3000,
    }),
  };
  const { founderId } = await initLedger(ctx, {
    name: `DisCO ${name.toUpperCase()}`,
    currency: 'EUR',
    timeZone: 'UTC',
    founderName: `Founder ${name}`,
  });
  const server = await serveHttp(ctx, {
    port: Number(new URL(url).port),
    host: '127.0.0.1',
    deckDir: '/nonexistent',
  });
  cleanups.push(() => server.close());
  return { name, ctx, server, founder: (await loadActor(ctx, founderId))! };
}

/** Runs every node's beat until no job is left to run anywhere (deliveries answer deliveries). */
export async function settle(nodes: FederatedNode[]): Promise<void> {
  for (let round = 0; round < 10; round++) {
    let ran = 0;
    for (const node of nodes) ran += (await witnessingTick(node.ctx)).jobsRun;
    if (ran === 0) return;
  }
}

/** A `federation` proposal to follow `target`, opened, voted and passed by the founder. */
export async function decideToFollow(node: FederatedNode, target: string): Promise<string> {
  const peer = await resolvePeer(node.ctx, target);
  const { proposalId } = await openProposal(node.ctx, node.founder, {
    title: `Federate with ${peer.handle}`,
    body: 'Witness each other and share what we can.',
    method: 'majority',
    deadline: new Date(now + 60_000).toISOString(),
    change: { kind: 'federation', federation: { action: 'follow', peer } },
  });
  await castBallot(node.ctx, node.founder, { proposalId, ballot: { choice: 'yes' } });
  now += 61_000;
  const closed = await closeDueProposals(node.ctx);
  expect(closed.find((c) => c.proposalId === proposalId)?.application.status).toBe('applied');
  return proposalId;
}

async function renames(ctx: AppContext, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    now += 100;
    await appendEvents(ctx, [
      {
        type: 'disco.renamed',
        schema: 1,
        payload: { name: `Renamed ${i}` },
        actor: null,
        time: clock().toISOString(),
      },
    ]);
  }
}

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

    // C, following nobody, is no part of it.
    expect(await listFederationRelations(c.ctx)).toEqual([]);

    // Each witnesses the other: a checkpoint of A is cosigned by B, and B's by A.
    await renames(a.ctx, 3);
    await renames(b.ctx, 2);
    now += INTERVAL;
    await settle([a, b, c]);
    now += INTERVAL;
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
  });
});
