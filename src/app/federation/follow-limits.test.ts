import { webcrypto } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Follow, signRequest } from '@fedify/fedify';
import { describe, expect, it, onTestFinished } from 'vitest';
import { FEDERATION_FOLLOW_RECEIVED } from '../../core/federation/federation-events.js';
import { ownActorId } from './federation-app-names.js';
import { receiveFollow } from './receive-activity.js';
import {
  advance,
  federatedNode,
  federatePair,
  settle,
  type FederatedNode,
} from './test-federation.js';

/**
 * A server on one loopback origin hosting as many actors as asked, each with its own RSA key, so
 * the test can sign Follows from many actors of one origin as a hostile operator could.
 */
async function actorFarm() {
  const key = await webcrypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
  const spki = Buffer.from(await webcrypto.subtle.exportKey('spki', key.publicKey));
  const pem = `-----BEGIN PUBLIC KEY-----\n${spki.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END PUBLIC KEY-----\n`;
  const server = createServer((req, res) => {
    const id = `${base}${req.url!.replace(/#.*$/, '')}`;
    res.writeHead(200, { 'content-type': 'application/activity+json' }).end(
      JSON.stringify({
        '@context': ['https://www.w3.org/ns/activitystreams', 'https://w3id.org/security/v1'],
        id,
        type: 'Group',
        preferredUsername: 'farm',
        inbox: `${id}/inbox`,
        publicKey: { id: `${id}#main-key`, owner: id, publicKeyPem: pem },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** Posts a Follow of `to`, signed by the farm's actor `name`, with the given id. */
  const follow = async (name: string, to: FederatedNode, id: string) => {
    const actor = `${base}/actors/${name}`;
    const body = JSON.stringify({
      '@context': 'https://www.w3.org/ns/activitystreams',
      id: `${actor}/follows/${id}`,
      type: 'Follow',
      actor,
      object: ownActorId(to.ctx.federation!),
    });
    const signed = await signRequest(
      new Request(`${ownActorId(to.ctx.federation!)}/inbox`, {
        method: 'POST',
        headers: { 'content-type': 'application/activity+json' },
        body,
      }),
      key.privateKey,
      new URL(`${actor}#main-key`),
    );
    return (await fetch(signed)).status;
  };
  return { base, follow };
}

async function followsRecorded(node: FederatedNode): Promise<string[]> {
  const rows = await node.ctx.store.db
    .selectFrom('events')
    .select('seq')
    .where('type', '=', FEDERATION_FOLLOW_RECEIVED)
    .orderBy('seq')
    .execute();
  return Promise.all(
    rows.map(
      async (r) =>
        ((await node.ctx.store.event(Number(r.seq)))!.payload['peer'] as { actorId: string })
          .actorId,
    ),
  );
}

describe('unsolicited Follows', () => {
  it('record one pending follow per actor, and at most a few new ones per origin an hour', async () => {
    const b = await federatedNode('b');
    const farm = await actorFarm();

    // One actor, many Follow ids: one pending follow on the ledger.
    for (let i = 0; i < 4; i++) expect(await farm.follow('one', b, `f${i}`)).toBeLessThan(300);
    await settle([b]);
    expect(await followsRecorded(b)).toEqual([`${farm.base}/actors/one`]);

    // Many actors of one origin: the hour's allowance, then nothing until the hour has passed.
    const cap = b.ctx.federation!.unsolicitedFollowsPerOriginPerHour;
    for (let i = 0; i < cap + 3; i++)
      expect(await farm.follow(`many-${i}`, b, 'f')).toBeLessThan(300);
    await settle([b]);
    expect(await followsRecorded(b)).toHaveLength(cap);
    advance(3_600_000);
    expect(await farm.follow('late', b, 'f')).toBeLessThan(300);
    await settle([b]);
    expect((await followsRecorded(b)).at(-1)).toBe(`${farm.base}/actors/late`);
    expect(await followsRecorded(b)).toHaveLength(cap + 1);
    // The node still answers.
    expect((await fetch(`${b.server.url}/api/health`)).status).toBe(200);
  });

  it('keeps the allowance when Follows from one origin arrive at once', async () => {
    const b = await federatedNode('b');
    const farm = await actorFarm();
    const cap = b.ctx.federation!.unsolicitedFollowsPerOriginPerHour;
    const target = new URL(ownActorId(b.ctx.federation!));
    const follows = Array.from({ length: cap + 4 }, (_, i) => {
      const actor = new URL(`${farm.base}/actors/rush-${i}`);
      return new Follow({ id: new URL(`${actor.href}/follows/f`), actor, object: target });
    });
    await Promise.allSettled(follows.map((f) => receiveFollow(b.ctx, f)));
    expect(await followsRecorded(b)).toHaveLength(cap);
  });

  it('takes a new Follow id from a DisCO already federated as the one its Undo will name', async () => {
    const a = await federatedNode('a');
    const b = await federatedNode('b');
    await federatePair(a, b);
    const aId = ownActorId(a.ctx.federation!);
    const relation = () =>
      b.ctx.store.db
        .selectFrom('federation_relations')
        .select(['their_follow_id', 'they_follow'])
        .where('peer_actor_id', '=', aId)
        .executeTakeFirstOrThrow();
    expect((await relation()).their_follow_id).not.toBe(`${aId}/follows/again`);
    await receiveFollow(
      b.ctx,
      new Follow({
        id: new URL(`${aId}/follows/again`),
        actor: new URL(aId),
        object: new URL(ownActorId(b.ctx.federation!)),
      }),
    );
    expect(await relation()).toEqual({ their_follow_id: `${aId}/follows/again`, they_follow: 1 });
  });
});
