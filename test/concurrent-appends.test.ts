import { describe, expect, it } from 'vitest';
import { checkLedger } from './support/check-ledger.js';
import { startFixture } from './support/child-process.js';
import { genesisDraft, testNode, testTime } from './support/ledger.js';
import { dialects, skipping, testLocation } from './support/stores.js';

const PER_PROCESS = 150;

for (const d of dialects) {
  describe.skipIf(skipping(d, 'two processes appending'))(
    `two processes appending at once (${d.dialect})`,
    () => {
      it('makes one linear chain with every event of both, no gap, no fork', async () => {
        const { signer: node, privateKeyPem } = testNode();
        const place = await testLocation(d);
        const store = await place.open();
        await store.append([genesisDraft(node)], { node, now: testTime(0) });

        const writers = ['ana', 'ben'].map((actor) =>
          startFixture('test/fixtures/append-loop.ts', {
            APPEND_LOOP: JSON.stringify({
              store: place.options,
              keyPem: privateKeyPem,
              actor,
              count: PER_PROCESS,
              checkpointEvery: 10,
            }),
          }),
        );
        await Promise.all(writers.map((w) => w.waitForLine((line) => line === 'ready')));
        for (const w of writers) w.child.stdin.write('go\n');
        const exits = await Promise.all(writers.map((w) => w.exited));
        expect(exits.map((e) => [e.code, e.stderr])).toEqual([
          [0, ''],
          [0, ''],
        ]);

        const result = await checkLedger(store, node.publicKey);
        expect(result).toEqual({ size: 1 + 2 * PER_PROCESS, problems: [] });
        const acked = writers.flatMap((w) =>
          w.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4))),
        );
        expect(acked.sort((a, b) => a - b)).toEqual(
          Array.from({ length: 2 * PER_PROCESS }, (_, i) => i + 2),
        );
        const activity = await store.db
          .selectFrom('actor_activity')
          .select(['actor', 'event_count'])
          .orderBy('actor')
          .execute();
        expect(activity).toEqual([
          { actor: 'ana', event_count: PER_PROCESS },
          { actor: 'ben', event_count: PER_PROCESS },
        ]);
        expect((await store.checkpoints(0, 100)).map((c) => c.treeSize)).toEqual(
          Array.from({ length: 30 }, (_, i) => 10 * (i + 1)),
        );
        // This process's cached frontier is stale now; its next append must notice and reload.
        await store.append(
          [{ ...genesisDraft(node), type: 'disco.renamed', payload: { name: 'After' } }],
          { node, now: testTime(1) },
        );
        expect((await checkLedger(store, node.publicKey)).problems).toEqual([]);
      });

      it('lets two processes open (and migrate) a brand-new store at the same moment', async () => {
        const { signer: node, privateKeyPem } = testNode();
        const place = await testLocation(d);
        const writers = ['ana', 'ben'].map((actor) =>
          startFixture('test/fixtures/append-loop.ts', {
            APPEND_LOOP: JSON.stringify({
              store: place.options,
              keyPem: privateKeyPem,
              actor,
              count: 3,
            }),
          }),
        );
        await Promise.all(writers.map((w) => w.waitForLine((line) => line === 'ready')));
        for (const w of writers) w.child.stdin.write('go\n');
        expect(
          (await Promise.all(writers.map((w) => w.exited))).map((e) => [e.code, e.stderr]),
        ).toEqual([
          [0, ''],
          [0, ''],
        ]);
        expect(await checkLedger(await place.open(), node.publicKey)).toEqual({
          size: 6,
          problems: [],
        });
      });
    },
  );
}
