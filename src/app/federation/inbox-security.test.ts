import { webcrypto } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signRequest } from '@fedify/fedify';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { AppContext } from '../context.js';
import { listJobs } from '../jobs/job-queue.js';
import { ownActorId } from './federation-app-names.js';
import { federationOutbox } from './outbox.js';
import { resolvePeer } from './resolve-peer.js';
import { decideToFollow, federatedNode, settle, type FederatedNode } from './test-federation.js';
import { witnessingTick } from '../witnessing/witnessing-tick.js';

const inboxOf = (n: FederatedNode) => `${ownActorId(n.ctx.federation!)}/inbox`;
const handleOf = (n: FederatedNode) => `disco@${new URL(n.server.url).host}`;

/** What an inbound activity could have changed: the ledger, the seen ids, the job table. */
async function footprint(ctx: AppContext) {
  return {
    head: (await ctx.store.head()).size,
    seen: (await ctx.store.db.selectFrom('federation_seen').select('activity_id').execute()).length,
    jobs: (await listJobs(ctx)).length,
  };
}

function follow(from: FederatedNode, to: FederatedNode, id = 'forged-1') {
  return JSON.stringify({
    '@context': 'https://www.w3.org/ns/activitystreams',
    id: `${ownActorId(from.ctx.federation!)}/follows/${id}`,
    type: 'Follow',
    actor: ownActorId(from.ctx.federation!),
    object: ownActorId(to.ctx.federation!),
  });
}

describe('the federation inbox', () => {
  it('refuses unsigned and mis-signed activities with 401 and records nothing', async () => {
    const a = await federatedNode('a');
    const b = await federatedNode('b');
    const before = await footprint(b.ctx);
    const unsigned = await fetch(inboxOf(b), {
      method: 'POST',
      headers: { 'content-type': 'application/activity+json' },
      body: follow(a, b),
    });
    expect(unsigned.status).toBe(401);
    // Signed with a key that is not A's, under A's key id.
    const stranger = await webcrypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      true,
      ['sign', 'verify'],
    );
    const forged = await signRequest(
      new Request(inboxOf(b), {
        method: 'POST',
        headers: { 'content-type': 'application/activity+json' },
        body: follow(a, b),
      }),
      stranger.privateKey,
      new URL(`${ownActorId(a.ctx.federation!)}#main-key`),
    );
    const misSigned = await fetch(forged);
    expect(misSigned.status).toBe(401);
    expect(await footprint(b.ctx)).toEqual(before);
    await witnessingTick(b.ctx);
    expect(await footprint(b.ctx)).toEqual(before);
  });

  it('handles a replayed activity once, and drops what a DisCO it does not federate with sends', async () => {
    const a = await federatedNode('a');
    const b = await federatedNode('b');
    const c = await federatedNode('c');
    const posted: Array<{ url: string; headers: Headers; body: string }> = [];
    a.ctx.federation!.fetch = async (input, init) => {
      if (init?.method === 'POST')
        posted.push({
          url: String(input),
          headers: new Headers(init.headers),
          body: String(init.body),
        });
      return globalThis.fetch(input, init);
    };
    await decideToFollow(a, handleOf(b));
    await decideToFollow(b, handleOf(a));
    await settle([a, b]);
    const followsAtB = async () =>
      (
        await b.ctx.store.db
          .selectFrom('events')
          .select('seq')
          .where('type', '=', 'federation.follow-received')
          .execute()
      ).length;
    expect(await followsAtB()).toBe(1);
    const theFollow = posted.find((p) => JSON.parse(p.body).type === 'Follow')!;
    const before = await footprint(b.ctx);
    const replay = await fetch(theFollow.url, {
      method: 'POST',
      headers: theFollow.headers,
      body: theFollow.body,
    });
    expect(replay.status).toBeLessThan(300);
    await settle([a, b]);
    expect(await followsAtB()).toBe(1);
    expect((await footprint(b.ctx)).head).toBe(before.head);

    // C is no peer of B's: its signed Announce reaches B's inbox and changes nothing.
    const beforeC = await footprint(b.ctx);
    await federationOutbox.toPeer(c.ctx, ownActorId(b.ctx.federation!), {
      type: 'Announce',
      object: { type: 'Note', mediaType: 'text/x.tlog.checkpoint', content: 'x' },
    });
    await settle([b, c]);
    const delivered = (await listJobs(c.ctx, { kind: 'federation.deliver' }))[0]!;
    expect(delivered.state).toBe('done');
    expect((await footprint(b.ctx)).head).toBe(beforeC.head);
    expect((await footprint(b.ctx)).seen).toBe(beforeC.seen);
  });

  it('keeps a delivery to a peer answering garbage or hanging pending with its reason, and refuses to follow it', async () => {
    const a = await federatedNode('a');
    a.ctx.federation!.timeoutMs = 1000;
    const garbage = createServer((req, res) => {
      if (req.url?.startsWith('/hang')) return;
      res.writeHead(200, { 'content-type': 'application/activity+json' }).end('<html>not json');
    });
    await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve));
    onTestFinished(async () => {
      garbage.closeAllConnections();
      await new Promise((resolve) => garbage.close(resolve));
    });
    const base = `http://127.0.0.1:${(garbage.address() as AddressInfo).port}`;
    await expect(resolvePeer(a.ctx, `${base}/actor`)).rejects.toMatchObject({
      code: 'federation-peer-unreachable',
    });
    await expect(resolvePeer(a.ctx, `${base}/hang`)).rejects.toThrow(/did not answer within/);
    await federationOutbox.toPeer(a.ctx, `${base}/actor`, { type: 'Announce', object: 'x' });
    await witnessingTick(a.ctx);
    const [job] = await listJobs(a.ctx, { kind: 'federation.deliver' });
    expect(job).toMatchObject({ state: 'pending', attempts: 1 });
    expect(job!.lastError).toMatch(/not JSON/);
    // The node still answers.
    expect((await fetch(`${a.server.url}/api/health`)).status).toBe(200);
  });
});
