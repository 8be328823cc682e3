import { describe, expect, it } from 'vitest';
import { ownActorId } from './federation-app-names.js';
import { listFederationRelations } from './list-federation-relations.js';
import { decideToFollow, federatedNode, handleOf, settle } from './test-federation.js';

/*
 * A public URL with a path (`https://coop.example/disco`, behind a reverse proxy) keeps the
 * actor at the origin's root: WebFinger is defined only at `/.well-known/` of the origin, so the
 * proxy has to send the root's federation paths to the node whatever the path, and the actor's
 * id and its handle follow the origin alone. The path stays in what members use (the actor's
 * `url`, the witness endpoint, the checkpoint origin).
 */
describe('a DisCO whose public URL has a path', () => {
  it('is an actor at its origin’s root, found by WebFinger there, and federates', async () => {
    const p = await federatedNode('p', 'sqlite', '/disco');
    const a = await federatedNode('a');
    const origin = new URL(p.server.url).origin;
    const actorId = ownActorId(p.ctx.federation!);
    expect(actorId).toBe(`${origin}/federation/actor/disco`);
    expect(handleOf(p)).toBe(`disco@${new URL(origin).host}`);

    const finger = (await (
      await fetch(`${origin}/.well-known/webfinger?resource=acct:${handleOf(p)}`)
    ).json()) as { links: Array<{ rel: string; href: string }> };
    expect(finger.links.find((l) => l.rel === 'self')?.href).toBe(actorId);
    const actor = (await (
      await fetch(actorId, { headers: { accept: 'application/activity+json' } })
    ).json()) as { id: string; url: string; attachment: Array<{ name: string; value: string }> };
    expect(actor.id).toBe(actorId);
    expect(actor.url).toBe(`${origin}/disco`);
    expect(actor.attachment.find((x) => x.name === 'disco:witness')?.value).toMatch(
      new RegExp(`^${origin}/disco/witness `),
    );

    await decideToFollow(a, handleOf(p));
    await decideToFollow(p, handleOf(a));
    await settle([a, p]);
    expect(await listFederationRelations(a.ctx)).toMatchObject([
      { peerActorId: actorId, status: 'federated' },
    ]);
    expect(await listFederationRelations(p.ctx)).toMatchObject([
      { peerActorId: ownActorId(a.ctx.federation!), status: 'federated' },
    ]);
  });
});
