import { signRequest } from '@fedify/fedify';
import { describe, expect, it, vi } from 'vitest';
import { attachProof } from '../../core/federation/object-proof.js';
import { listJobs } from '../jobs/job-queue.js';
import type { AppContext } from '../context.js';
import { actorKeyPairs } from './actor-keys.js';
import { ownActorId } from './federation-app-names.js';
import { checkActivityProof, proofKeyId } from './object-proofs.js';
import {
  advance,
  decideToFollow,
  federatedNode,
  nowMs,
  settle,
  type FederatedNode,
} from './test-federation.js';

const handleOf = (n: FederatedNode) => `disco@${new URL(n.server.url).host}`;
const HOUR = 3_600_000;

/** What an inbound activity could have changed: the ledger, the seen ids, the job table. */
async function footprint(ctx: AppContext) {
  return {
    head: (await ctx.store.head()).size,
    seen: (await ctx.store.db.selectFrom('federation_seen').select('activity_id').execute()).length,
    jobs: (await listJobs(ctx)).length,
  };
}

/** Posts a body to an inbox with a good HTTP signature by the node's own RSA key. */
async function postSigned(from: FederatedNode, inbox: string, body: string): Promise<Response> {
  const [rsa] = await actorKeyPairs(from.ctx);
  const request = await signRequest(
    new Request(inbox, {
      method: 'POST',
      headers: { 'content-type': 'application/activity+json' },
      body,
    }),
    rsa!.privateKey,
    new URL(`${ownActorId(from.ctx.federation!)}#main-key`),
  );
  return fetch(request);
}

/** Two federated nodes, A keeping every body it posts (its Follow, say) for the test to reuse. */
async function twoNodesKeepingPosts() {
  const a = await federatedNode('a');
  const b = await federatedNode('b');
  const posted: Array<{ url: string; body: string }> = [];
  a.ctx.federation!.fetch = async (input, init) => {
    if (init?.method === 'POST') posted.push({ url: String(input), body: String(init.body) });
    return globalThis.fetch(input, init);
  };
  return { a, b, posted };
}

describe('object integrity proofs (FEP-8b32, eddsa-jcs-2022)', () => {
  it('proves what a DisCO sends with its own Ed25519 key, and refuses an altered object though its HTTP signature is good', async () => {
    const { a, b, posted } = await twoNodesKeepingPosts();
    await decideToFollow(a, handleOf(b));
    await settle([a, b]);
    const follow = posted.find((p) => JSON.parse(p.body).type === 'Follow')!;
    const sent = JSON.parse(follow.body) as Record<string, unknown>;
    expect(sent['proof']).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: proofKeyId(a.ctx.federation!),
    });
    // The key is the actor's own, published among its assertion methods, and not the ledger's.
    const actor = (await (
      await fetch(ownActorId(a.ctx.federation!), {
        headers: { accept: 'application/activity+json' },
      })
    ).json()) as { assertionMethod: Array<{ id: string }> };
    expect(actor.assertionMethod.map((m) => m.id)).toContain(proofKeyId(a.ctx.federation!));
    expect(proofKeyId(a.ctx.federation!)).not.toMatch(/#ledger-key$/);
    // B verified it with Fedify and recorded the follow request.
    expect(await checkActivityProof(b.ctx, sent)).toBe('valid');
    const before = await footprint(b.ctx);
    expect(before.seen).toBe(1);

    // One field changed after signing, sent with a good HTTP signature: refused, nothing recorded.
    const tampered: Record<string, unknown> = { ...sent, id: `${String(sent['id'])}-again` };
    expect(await checkActivityProof(b.ctx, tampered)).toBe('invalid');
    const refused = await postSigned(a, follow.url, JSON.stringify(tampered));
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { type: string }).type).toMatch(/proof-invalid$/);
    await settle([a, b]);
    expect(await footprint(b.ctx)).toEqual(before);

    // A proof by the ledger key, which the actor publishes for verifying the ledger alone: refused.
    const { proof: _own, ...bare } = sent;
    const byLedgerKey = await attachProof(
      bare,
      `${ownActorId(a.ctx.federation!)}#ledger-key`,
      new Date(nowMs()),
      async (data) => Buffer.from(a.ctx.node!.sign(data), 'base64url'),
    );
    expect(await checkActivityProof(b.ctx, byLedgerKey)).toBe('invalid');

    // The same activity with its proof taken away stands on its HTTP signature alone.
    const { proof: _dropped, ...unproved } = tampered;
    expect(await checkActivityProof(b.ctx, unproved)).toBe('absent');
    const accepted = await postSigned(a, follow.url, JSON.stringify(unproved));
    expect(accepted.status).toBeLessThan(300);
    await settle([a, b]);
    expect((await footprint(b.ctx)).seen).toBe(before.seen + 1);
  });

  it('verifies an inbound proof once, from the post to the recorded id, and a replay of it not at all', async () => {
    const { a, b, posted } = await twoNodesKeepingPosts();
    await decideToFollow(a, handleOf(b));
    await settle([a, b]);
    const follow = posted.find((p) => JSON.parse(p.body).type === 'Follow')!;
    const sent = JSON.parse(follow.body) as Record<string, unknown>;
    // The same Follow under a new id, proved afresh: B knows A's key by now, so every Ed25519
    // verification from here on is of this one proof.
    const { proof: _old, ...bare } = sent;
    const [, ed25519] = await actorKeyPairs(a.ctx);
    const again = await attachProof(
      { ...bare, id: `${String(sent['id'])}-again` },
      proofKeyId(a.ctx.federation!),
      new Date(nowMs()),
      async (data) => crypto.subtle.sign('Ed25519', ed25519!.privateKey, data),
    );
    const before = await footprint(b.ctx);
    const verify = vi.spyOn(crypto.subtle, 'verify');
    try {
      const answer = await postSigned(a, follow.url, JSON.stringify(again));
      expect(answer.status).toBe(202);
      await settle([a, b]);
      const ed25519Checks = verify.mock.calls.filter(
        ([algorithm]) => (typeof algorithm === 'string' ? algorithm : algorithm.name) === 'Ed25519',
      );
      expect(ed25519Checks.length).toBe(1);
    } finally {
      verify.mockRestore();
    }
    expect((await footprint(b.ctx)).seen).toBe(before.seen + 1);

    // The same activity again (Fedify's duplicate cache is skipped with the proof verified here):
    // answered from `federation_seen`, its proof not verified again, nothing queued or recorded.
    const handled = await footprint(b.ctx);
    const verifyAgain = vi.spyOn(crypto.subtle, 'verify');
    try {
      const replay = await postSigned(a, follow.url, JSON.stringify(again));
      expect(replay.status).toBe(202);
      expect(verifyAgain).not.toHaveBeenCalled();
    } finally {
      verifyAgain.mockRestore();
    }
    expect(await footprint(b.ctx)).toEqual(handled);
    await settle([a, b]);
    expect(await footprint(b.ctx)).toEqual(handled);
  });

  it('refuses a proof made longer ago than the receiver accepts, or dated over an hour ahead, and proves a delivery that waited afresh', async () => {
    const { a, b, posted } = await twoNodesKeepingPosts();
    // A's Follow waits in A's queue (B down, say) for longer than B accepts a proof's age.
    await decideToFollow(a, handleOf(b));
    advance(2 * HOUR);
    await settle([a, b]);
    const follow = posted.find((p) => JSON.parse(p.body).type === 'Follow')!;
    const sent = JSON.parse(follow.body) as { proof: { created: string } };
    // Proved when it was sent, not when it was queued two hours before.
    expect(Date.parse(sent.proof.created)).toBeGreaterThan(nowMs() - 60_000);
    expect((await footprint(b.ctx)).seen).toBe(1);

    const { proof: _old, ...bare } = sent as unknown as Record<string, unknown>;
    const [, ed25519] = await actorKeyPairs(a.ctx);
    const provedAt = (at: number, id: string) =>
      attachProof(
        { ...bare, id: `${String(bare['id'])}-${id}` },
        proofKeyId(a.ctx.federation!),
        new Date(at),
        async (data) => crypto.subtle.sign('Ed25519', ed25519!.privateKey, data),
      );
    const before = await footprint(b.ctx);

    // Made two hours ago, past the default hour: refused with its reason, nothing recorded.
    const old = await provedAt(nowMs() - 2 * HOUR, 'old');
    expect(await checkActivityProof(b.ctx, old)).toBe('too-old');
    const refusedOld = await postSigned(a, follow.url, JSON.stringify(old));
    expect(refusedOld.status).toBe(401);
    expect(await refusedOld.json()).toMatchObject({
      type: expect.stringMatching(/proof-too-old$/),
      code: 'refusal.activity-proof-too-old',
      params: { maxAge: '3600' },
    });
    // Dated two hours ahead of B's clock: refused too.
    const ahead = await provedAt(nowMs() + 2 * HOUR, 'ahead');
    expect(await checkActivityProof(b.ctx, ahead)).toBe('from-future');
    const refusedAhead = await postSigned(a, follow.url, JSON.stringify(ahead));
    expect(refusedAhead.status).toBe(401);
    expect(await refusedAhead.json()).toMatchObject({
      code: 'refusal.activity-proof-from-future',
    });
    await settle([a, b]);
    expect(await footprint(b.ctx)).toEqual(before);

    // Within the window either side, and with a DisCO that accepts three hours, they verify.
    expect(await checkActivityProof(b.ctx, await provedAt(nowMs() - 50 * 60_000, 'recent'))).toBe(
      'valid',
    );
    expect(await checkActivityProof(b.ctx, await provedAt(nowMs() + 50 * 60_000, 'skewed'))).toBe(
      'valid',
    );
    b.ctx.federation!.proofMaxAgeMs = 3 * HOUR;
    expect(await checkActivityProof(b.ctx, old)).toBe('valid');
  });
});
