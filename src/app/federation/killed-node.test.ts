import { describe, expect, it, onTestFinished } from 'vitest';
import { startFixture } from '../../../test/support/child-process.js';
import { ECONOMY_EVENT } from '../../core/federation/economy-events.js';
import { JOB_LEASE_MS, listJobs } from '../jobs/job-queue.js';
import { ownActorId } from './federation-app-names.js';
import { listEconomy } from './list-economy.js';
import { DELIVERY_JOB } from './outbox.js';
import { sendCredit } from './send-credit.js';
import { setCreditLine } from './set-credit-line.js';
import {
  advance,
  decide,
  federatedNode,
  federatePair,
  nowMs,
  reopenNode,
  settle,
  type FederatedNode,
} from './test-federation.js';

const TRANSFERS = 5;

async function transferIds(node: FederatedNode, type: string): Promise<string[]> {
  const rows = await node.ctx.store.db
    .selectFrom('events')
    .select('seq')
    .where('type', '=', type)
    .orderBy('seq')
    .execute();
  return Promise.all(
    rows.map(
      async (r) => (await node.ctx.store.event(Number(r.seq)))!.payload['transferId'] as string,
    ),
  );
}

describe('a node killed mid-delivery', () => {
  it('catches up when restarted on its database: nothing lost, nothing applied twice', async () => {
    const first = await federatedNode('a');
    const b = await federatedNode('b');
    await federatePair(first, b);
    for (const [from, to] of [
      [first, b],
      [b, first],
    ] as const)
      await setCreditLine(from.ctx, from.founder, {
        peer: ownActorId(to.ctx.federation!),
        limit: '100000',
        proposalId: await decide(from, 'A credit line'),
      });
    const sent: string[] = [];
    for (let i = 0; i < TRANSFERS; i++)
      sent.push(
        (
          await sendCredit(first.ctx, first.founder, {
            peer: ownActorId(b.ctx.federation!),
            amount: '100',
            memo: `Transfer ${i}`,
          })
        ).transferId,
      );

    // A's server moves to another process, which takes three deliveries and is killed holding
    // the third: B has it, A has not marked it done.
    await first.server.close();
    await first.ctx.store.close();
    const child = startFixture('test/fixtures/federated-sender.ts', {
      FEDERATED_SENDER: JSON.stringify({
        store: first.place.options,
        dataDir: first.ctx.dataDir,
        url: first.ctx.federation!.publicUrl,
        now: nowMs(),
        witnessKeyPem: first.witnessKeyPem,
        stopAfter: 3,
      }),
    });
    onTestFinished(() => void child.child.kill('SIGKILL'));
    const held = await child.waitForLine((line) => line.startsWith('delivered 3 '));
    // The dead process's clock moved on while it waited for B's witness; ours follows it.
    advance(Number(held.split(' ')[2]) - nowMs());
    child.child.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');

    // B answers what it got while A is down; its answers wait for A.
    await settle([b]);
    expect(await transferIds(b, ECONOMY_EVENT.creditReceived)).toEqual(sent.slice(0, 3));

    // A restarts on the same database once the dead process's lease has run out.
    const a = await reopenNode(first);
    advance(JOB_LEASE_MS + 1000);
    await settle([a, b]);
    advance(60_000);
    await settle([a, b]);

    expect(await transferIds(b, ECONOMY_EVENT.creditReceived)).toEqual(sent);
    expect((await transferIds(a, ECONOMY_EVENT.creditSettled)).sort()).toEqual([...sent].sort());
    const deliveries = await listJobs(a.ctx, { kind: DELIVERY_JOB });
    expect(deliveries.every((j) => j.state === 'done')).toBe(true);
    // The held delivery went twice; B applied it once.
    expect(deliveries.filter((j) => j.attempts === 2)).toHaveLength(1);
    const balance = async (n: FederatedNode) =>
      BigInt((await listEconomy(n.ctx, n.founder)).lines[0]!.balance);
    expect([await balance(a), await balance(b)]).toEqual([
      -100n * BigInt(TRANSFERS),
      100n * BigInt(TRANSFERS),
    ]);
  });
});
