import { describe, expect, it } from 'vitest';
import { checkLedger } from './support/check-ledger.js';
import { startFixture } from './support/child-process.js';
import { genesisDraft, renameDraft, testNode, testTime } from './support/ledger.js';
import { dialects, skipping, testLocation } from './support/stores.js';

for (const d of dialects) {
  describe.skipIf(skipping(d, 'kill -9 recovery'))(
    `a writer killed with SIGKILL (${d.dialect})`,
    () => {
      it('loses no acknowledged event and leaves a sound ledger behind', async () => {
        const { signer: node, privateKeyPem } = testNode();
        const place = await testLocation(d);
        const setup = await place.open();
        await setup.append([genesisDraft(node)], { node, now: testTime(0) });
        await setup.close();

        const writer = startFixture('test/fixtures/append-loop.ts', {
          APPEND_LOOP: JSON.stringify({
            store: place.options,
            keyPem: privateKeyPem,
            actor: 'ana',
            count: null,
            checkpointEvery: 7,
          }),
        });
        await writer.waitForLine((line) => line === 'ready');
        writer.child.stdin.write('go\n');
        await writer.waitForLine((line) => line === 'ack 101');
        writer.child.kill('SIGKILL');
        expect((await writer.exited).signal).toBe('SIGKILL');
        const acked = writer.lines
          .filter((l) => l.startsWith('ack '))
          .map((l) => Number(l.slice(4)));

        const store = await place.open();
        const head = await store.head();
        expect(head.size).toBeGreaterThanOrEqual(Math.max(...acked));
        for (const seq of acked) expect((await store.event(seq))?.seq).toBe(seq);
        expect((await checkLedger(store, node.publicKey)).problems).toEqual([]);
        expect((await store.event(head.size))?.hash).toBe(head.hash);

        const live = await store.dumpProjections();
        await store.replay();
        expect(await store.dumpProjections()).toEqual(live);
        await store.append([renameDraft('After the crash', 'ben', 1)], {
          node,
          now: testTime(2),
          checkpointEvery: 7,
        });
        expect((await checkLedger(store, node.publicKey)).problems).toEqual([]);
      });
    },
  );
}
