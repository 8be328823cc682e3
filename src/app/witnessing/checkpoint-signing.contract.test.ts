import { describe, expect, it } from 'vitest';
import { testNode } from '../../../test/support/ledger.js';
import { dialects, skipping, testLocation } from '../../../test/support/stores.js';
import { EXCLUSIVE_LOCKS, unlessRunningElsewhere } from '../../store/exclusive-transaction.js';
import type { AppContext } from '../context.js';
import { eventCatalog } from '../event-catalog.js';
import { appendEvents } from '../ledger/append-events.js';
import { initLedger } from '../ledger/init-ledger.js';
import { witnessingTick } from './witnessing-tick.js';

const postgres = dialects.find((d) => d.dialect === 'postgres')!;

describe.skipIf(skipping(postgres, 'two servers signing checkpoints'))(
  'two app servers on one PostgreSQL database (checkpoint signing)',
  () => {
    async function twoServers() {
      const place = await testLocation(postgres);
      const node = testNode().signer;
      let now = Date.UTC(2026, 0, 6, 9);
      const server = async (): Promise<AppContext> => ({
        store: await place.open(),
        // Servers sharing a database share the node key (DISCO_NODE_KEY).
        node,
        clock: () => new Date(now),
        catalog: eventCatalog,
        checkpointEvery: 1000,
        dataDir: '',
      });
      const [a, b] = [await server(), await server()];
      await initLedger(a, { name: 'Shared', currency: 'EUR', timeZone: 'UTC', founderName: 'Ana' });
      const write = async (on: AppContext): Promise<number> => {
        now += 1000;
        const [event] = await appendEvents(on, [
          {
            type: 'disco.renamed',
            schema: 1,
            payload: { name: `At ${now}` },
            actor: null,
            time: new Date(now).toISOString(),
          },
        ]);
        return event!.seq;
      };
      const sizes = async () => (await a.store.checkpoints(0, 1000)).map((c) => c.treeSize);
      return { a, b, write, sizes };
    }

    it('lets one server sign while the other skips its beat, and the other sign afterwards', async () => {
      const { a, b, write, sizes } = await twoServers();
      const before = await sizes();
      const uncovered = await write(a);
      // Server A holds the signing lock (as while it signs); B's beat must not sign beside it.
      const skipped = await unlessRunningElsewhere(a.store, EXCLUSIVE_LOCKS.checkpointSigning, () =>
        witnessingTick(b),
      );
      expect(skipped?.checkpointed).toBeNull();
      expect(await sizes()).toEqual(before);
      // Released: B's next beat covers the write.
      expect((await witnessingTick(b)).checkpointed).toBe(uncovered);
      expect(await sizes()).toEqual([...before, uncovered]);
    });

    it('signs one checkpoint per tree size when both servers beat at once, without an error', async () => {
      const { a, b, write, sizes } = await twoServers();
      const before = await sizes();
      await write(b);
      const uncovered = await write(a);
      await Promise.all([a, b, a, b].map((server) => witnessingTick(server)));
      expect(await sizes()).toEqual([...before, uncovered]);
    });
  },
);
