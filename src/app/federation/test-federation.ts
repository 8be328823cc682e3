import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { dialects, testLocation } from '../../../test/support/stores.js';
import type { Actor } from '../../core/access/actor.js';
import { generateEd25519KeyPair, signerFromPem } from '../../core/ledger/keys.js';
import { serveHttp, type RunningServer } from '../../http/serve.js';
import type { AppContext } from '../context.js';
import { castBallot } from '../governance/cast-ballot.js';
import { closeDueProposals } from '../governance/close-due-proposals.js';
import { openProposal } from '../governance/open-proposal.js';
import { appendEvents } from '../ledger/append-events.js';
import { initLedger } from '../ledger/init-ledger.js';
import { loadNodeKey } from '../ledger/node-key.js';
import { loadActor } from '../members/load-actor.js';
import { witnessingTick } from '../witnessing/witnessing-tick.js';
import { COSIGNED_PROOF_JOB } from './outbox.js';
import { proposeFederation } from './propose-federation.js';
import { testNodeContext } from './test-node-context.js';

/*
 * Helpers for tests of several DisCOs federating on loopback: each served on its own port with
 * its own database, plain http to loopback allowed only through the explicit test settings.
 */

let now = Date.UTC(2026, 10, 24, 10);
const clock = (): Date => new Date(now);
export const INTERVAL = 3_600_000;

/** Moves the clock every test node shares. */
export function advance(ms: number): void {
  now += ms;
}

export interface FederatedNode {
  name: string;
  ctx: AppContext;
  server: RunningServer;
  founder: Actor;
  /** Where its database is and its witness key, to open it again (another process, a restart). */
  place: Awaited<ReturnType<typeof testLocation>>;
  witnessKeyPem: string;
}

/** The time every test node's clock reads. */
export const nowMs = (): number => now;

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
  /** A path after the origin in the public URL, as behind a reverse proxy (`/disco`). */
  path = '',
): Promise<FederatedNode> {
  const dataDir = mkdtempSync(join(tmpdir(), `disco-fed-${name}-`));
  onTestFinished(async () => rmSync(dataDir, { recursive: true, force: true }));
  const place = await testLocation(dialects.find((d) => d.dialect === dialect)!);
  const store = await place.open();
  const witnessKeyPem = generateEd25519KeyPair().privateKeyPem;
  const signer = signerFromPem(witnessKeyPem);
  const url = `http://127.0.0.1:${await freePort()}${path}`;
  const ctx = testNodeContext({
    store,
    dataDir,
    url,
    clock,
    checkpointIntervalMs: INTERVAL,
    witness: signer,
    node: null,
  });
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
  onTestFinished(() => server.close());
  return {
    name,
    ctx,
    server,
    founder: (await loadActor(ctx, founderId))!,
    place,
    witnessKeyPem,
  };
}

/** The node opened again on its database, keys and port, as a restarted server is. */
export async function reopenNode(node: FederatedNode): Promise<FederatedNode> {
  const url = node.ctx.federation!.publicUrl!;
  const ctx = testNodeContext({
    store: await node.place.open(),
    dataDir: node.ctx.dataDir,
    url,
    clock,
    checkpointIntervalMs: INTERVAL,
    witness: signerFromPem(node.witnessKeyPem),
    node: loadNodeKey(node.ctx.dataDir),
  });
  const server = await serveHttp(ctx, {
    port: Number(new URL(url).port),
    host: '127.0.0.1',
    deckDir: '/nonexistent',
  });
  onTestFinished(() => server.close());
  return { ...node, ctx, server, founder: (await loadActor(ctx, node.founder.memberId))! };
}

/**
 * Runs every node's beat until no job is left to run anywhere (deliveries answer deliveries).
 * A delivery waiting for a checkpoint its peer's witness cosigned looks again every checkpoint
 * interval, so while one waits the shared clock moves on to the next job due: the beats in between
 * sign the checkpoint and take it to the witnesses, as a server's timer does.
 */
export async function settle(nodes: FederatedNode[]): Promise<void> {
  for (let round = 0; round < 30; round++) {
    let ran = 0;
    for (const node of nodes) ran += (await witnessingTick(node.ctx)).jobsRun;
    if (ran > 0) continue;
    const next = await nextDueWhileAwaitingCosignature(nodes);
    if (next === null) return;
    now = Math.max(now, next);
  }
}

/** When some node still awaits a cosigned proof: the earliest time a pending job anywhere is due. */
async function nextDueWhileAwaitingCosignature(nodes: FederatedNode[]): Promise<number | null> {
  let awaiting = false;
  let next: number | null = null;
  for (const { ctx } of nodes) {
    const pending = await ctx.store.db
      .selectFrom('jobs')
      .select(['kind', 'run_at'])
      .where('state', '=', 'pending')
      .execute();
    for (const job of pending) {
      if (job.kind === COSIGNED_PROOF_JOB) awaiting = true;
      const at = Date.parse(job.run_at);
      if (at > now && (next === null || at < next)) next = at;
    }
  }
  return awaiting ? next : null;
}

/** A `federation` proposal to follow `target`, opened, voted and passed by the founder. */
export async function decideToFollow(node: FederatedNode, target: string): Promise<string> {
  const { proposalId } = await proposeFederation(node.ctx, node.founder, {
    target,
    deadline: new Date(now + 60_000).toISOString(),
  });
  await castBallot(node.ctx, node.founder, { proposalId, ballot: { choice: 'yes' } });
  now += 61_000;
  const closed = await closeDueProposals(node.ctx);
  expect(closed.find((c) => c.proposalId === proposalId)?.application.status).toBe('applied');
  return proposalId;
}

/** A majority proposal on anything, voted and passed by the founder alone; returns its id. */
export async function decide(node: FederatedNode, title: string): Promise<string> {
  const { proposalId } = await openProposal(node.ctx, node.founder, {
    title,
    body: title,
    method: 'majority',
    deadline: new Date(now + 60_000).toISOString(),
  });
  await castBallot(node.ctx, node.founder, { proposalId, ballot: { choice: 'yes' } });
  now += 61_000;
  await closeDueProposals(node.ctx);
  return proposalId;
}

/** Two nodes that each decided to follow the other, their Follows accepted. */
export async function federatePair(a: FederatedNode, b: FederatedNode): Promise<void> {
  await decideToFollow(a, handleOf(b));
  await decideToFollow(b, handleOf(a));
  await settle([a, b]);
}

/** The node's WebFinger handle: its public URL's host, whatever the path. */
export const handleOf = (n: FederatedNode): string =>
  `disco@${new URL(n.ctx.federation!.publicUrl!).host}`;

export async function renames(ctx: AppContext, count: number): Promise<void> {
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
