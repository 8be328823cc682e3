import { describe, expect, it } from 'vitest';
import { ECONOMY_EVENT } from '../../core/federation/economy-events.js';
import { listJobs } from '../jobs/job-queue.js';
import { acceptSolidarityTransfer } from './accept-solidarity-transfer.js';
import { ownActorId } from './federation-app-names.js';
import { COSIGNED_PROOF_JOB } from './outbox.js';
import { sendSolidarityTransfer } from './send-solidarity-transfer.js';
import {
  decide,
  federatedNode,
  federatePair,
  renames,
  settle,
  type FederatedNode,
} from './test-federation.js';

const actorOf = (n: FederatedNode) => ownActorId(n.ctx.federation!);

async function eventsOf(node: FederatedNode, type: string) {
  return node.ctx.store.db.selectFrom('events').select('seq').where('type', '=', type).execute();
}

async function requiredBy(node: FederatedNode, peer: FederatedNode): Promise<number | undefined> {
  const row = await node.ctx.store.db
    .selectFrom('federation_relations')
    .select('receipt_cosignatures')
    .where('peer_actor_id', '=', actorOf(peer))
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.receipt_cosignatures);
}

describe('a DisCO that counts several witnesses behind a receipt (--federation-receipt-cosignatures 2)', () => {
  it('publishes the number; its peer records it and holds its acceptance until that many witnesses cosigned, so the receipt is recorded, not ignored', async () => {
    const a = await federatedNode('a');
    const b = await federatedNode('b');
    // C is the second witness A trusts for B: A federates with it, and it witnesses B.
    const c = await federatedNode('c');
    a.ctx.federation!.receiptCosignatures = 2;

    const actor = (await (
      await fetch(actorOf(a), { headers: { accept: 'application/activity+json' } })
    ).json()) as { attachment: Array<{ name: string; value: string }> };
    expect(actor.attachment).toContainEqual(
      expect.objectContaining({ name: 'disco:receipt-cosignatures', value: '2' }),
    );

    await federatePair(a, b);
    await federatePair(a, c);
    await federatePair(b, c);
    expect([await requiredBy(b, a), await requiredBy(a, b), await requiredBy(c, a)]).toEqual([
      2, 1, 2,
    ]);

    // C's witness cannot be reached from B for now: B's new checkpoints get A's cosignature only.
    const witnessOfC = `${c.ctx.federation!.publicUrl!}/witness`;
    const reach = b.ctx.witnessing!.fetch;
    let cDown = true;
    b.ctx.witnessing!.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (cDown && url.startsWith(witnessOfC)) throw new TypeError('fetch failed');
      return reach(input, init);
    };

    const proposalId = await decide(a, 'Send 500.00 to B for its flood relief');
    const { transferId } = await sendSolidarityTransfer(a.ctx, a.founder, {
      peer: actorOf(b),
      amount: '50000',
      reference: 'SEPA 2026-0042',
      proposalId,
    });
    await settle([a, b, c]);
    await acceptSolidarityTransfer(b.ctx, b.founder, { peer: actorOf(a), transferId });
    await settle([a, b, c]);

    // A's witness alone cosigned B's acceptance: B's delivery waits, nothing reached A to ignore.
    const [acceptance] = await eventsOf(b, ECONOMY_EVENT.transferAccepted);
    const cosigners = await b.ctx.store.db
      .selectFrom('checkpoint_cosignatures')
      .select('witness_key')
      .where('tree_size', '>=', Number(acceptance!.seq))
      .execute();
    expect(cosigners.length).toBeGreaterThan(0);
    expect(await listJobs(b.ctx, { kind: COSIGNED_PROOF_JOB })).toContainEqual(
      expect.objectContaining({ state: 'pending', attempts: 0 }),
    );
    expect(await eventsOf(a, ECONOMY_EVENT.transferReceipted)).toEqual([]);

    // C is back: a later checkpoint of B's, cosigned by A and C, carries the acceptance to A.
    cDown = false;
    await renames(b.ctx, 1);
    await settle([a, b, c]);
    expect(await eventsOf(a, ECONOMY_EVENT.transferReceipted)).toHaveLength(1);
    expect(
      (await listJobs(b.ctx, { kind: COSIGNED_PROOF_JOB })).filter((j) => j.state !== 'done'),
    ).toEqual([]);
  });
});
