import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { signCheckpoint, verifyCheckpointSignature } from '../core/ledger/checkpoint.js';
import { signIntent, type EventDraft, type LedgerEvent } from '../core/ledger/event.js';
import { ZERO_HASH } from '../core/ledger/hash.js';
import {
  buildProof,
  consistencyPlan,
  inclusionPlan,
  leafHash,
  nodeKey,
  planRefs,
  rangeRefs,
  rootFromLeafHashes,
  rootFromNodes,
  verifyConsistency,
  verifyInclusion,
  type NodeLookup,
} from '../core/ledger/merkle.js';
import { checkLedger } from '../../test/support/check-ledger.js';
import { genesisDraft, renameDraft, testNode, testTime } from '../../test/support/ledger.js';
import {
  dialects,
  reusableLocation,
  skipping,
  testLocation,
  testStore,
} from '../../test/support/stores.js';
import { StoreConflictError } from './errors.js';
import type { Projector } from './projections/projector.js';
import { projectors } from './projections/registry.js';
import type { Store } from './store.js';

const node = testNode().signer;
const ctx = { node, now: testTime(1000) };

function renames(count: number, from = 1, actor: string | null = 'ana'): EventDraft[] {
  return Array.from({ length: count }, (_, i) => renameDraft(`Name ${from + i}`, actor, from + i));
}

/** Genesis, then `batches` of renames, all through `append`; returns every event in order. */
async function fill(
  store: Store,
  batches: number[],
  options: { checkpointEvery?: number } = {},
): Promise<LedgerEvent[]> {
  const all = await store.append([genesisDraft(node)], { ...ctx, ...options });
  for (const size of batches)
    all.push(...(await store.append(renames(size, all.length), { ...ctx, ...options })));
  return all;
}

async function lookupFor(store: Store, refs: Parameters<Store['nodes']>[0]): Promise<NodeLookup> {
  const nodes = await store.nodes(refs);
  return (ref) => {
    const hash = nodes.get(nodeKey(ref));
    if (!hash) throw new Error(`node ${nodeKey(ref)} not returned`);
    return hash;
  };
}

async function rootAt(store: Store, size: number): Promise<Buffer> {
  return rootFromNodes(size, await lookupFor(store, rangeRefs(0, size)));
}

/** The indexes (on SQLite, the triggers too) of `tables`, as the schema states them. */
async function indexesOf(
  db: Store['db'],
  dialect: string,
  tables: readonly string[],
): Promise<string[]> {
  const { rows } = await (
    dialect === 'postgres'
      ? sql<{
          definition: string;
        }>`select pg_get_indexdef(indexrelid) as definition from pg_index where indrelid = any (select to_regclass(t)::oid from unnest(${tables}::text[]) as t) order by 1`
      : sql<{
          definition: string;
        }>`select type || ' ' || name || ': ' || sql as definition from sqlite_master where tbl_name in (${sql.join(tables)}) and type in ('index', 'trigger') and sql is not null order by 1`
  ).execute(db);
  return rows.map((row) => row.definition);
}

/** Everything a failed write must leave untouched. */
async function snapshot(store: Store) {
  const head = await store.head();
  return {
    head,
    events: await store.events(0, 10_000),
    checkpoints: await store.checkpoints(0, 10_000),
    projections: await store.dumpProjections(),
    // Every node the tree has, and any a half-written batch would have added beyond it.
    nodes: [
      ...(await store.nodes(
        Array.from({ length: 7 * 64 }, (_, i) => ({ level: i % 7, index: Math.floor(i / 7) })),
      )),
    ],
  };
}

for (const d of dialects) {
  describe.skipIf(skipping(d, 'store contract'))(`store contract (${d.dialect})`, () => {
    it('appends a single event: seq 1 after 64 zeros, readable back exactly', async () => {
      const store = await testStore(d);
      expect(await store.head()).toEqual({ size: 0, hash: ZERO_HASH });
      const [genesis] = await store.append([genesisDraft(node)], ctx);
      expect(genesis).toMatchObject({ seq: 1, prev: ZERO_HASH, type: 'ledger.genesis' });
      expect(await store.head()).toEqual({ size: 1, hash: genesis!.hash });
      expect(await store.event(1)).toEqual(genesis);
      expect(await store.event(2)).toBeUndefined();
      expect(await store.count()).toBe(1);
      expect(store.dialect).toBe(d.dialect);
    });

    it('appends a batch as one linear chain and keeps member signatures', async () => {
      const store = await testStore(d);
      await store.append([genesisDraft(node)], ctx);
      const member = testNode().signer;
      const batch = await store.append(
        [
          renameDraft('A', 'ana', 1),
          signIntent(renameDraft('B', 'ben', 2), member),
          renameDraft('C', null, 3),
        ],
        ctx,
      );
      expect(batch.map((e) => e.seq)).toEqual([2, 3, 4]);
      expect(batch[1]!.memberSig?.publicKey).toBe(member.publicKey);
      expect(await store.events(1, 10)).toEqual(batch);
      expect((await checkLedger(store, node.publicKey)).problems).toEqual([]);
    });

    it('refuses an empty batch', async () => {
      const store = await testStore(d);
      await expect(store.append([], ctx)).rejects.toThrow(/at least one/);
      expect(await store.count()).toBe(0);
    });

    it('appends pages of hundreds of events in order, every character of their text intact', async () => {
      const store = await testStore(d);
      await store.append([genesisDraft(node)], ctx);
      // What COPY's text format must escape, and what it must not touch.
      const odd = 'tab\there, line\nbreak, CR\r, back\\slash \\N, "quotes" and ünïcode 🙂';
      let n = 0;
      async function* pages() {
        // Past the size from which PostgreSQL writes a page by COPY (COPY_FROM_ROWS), and under it.
        for (const size of [300, 257, 40, 1000])
          yield Array.from({ length: size }, () => {
            n++;
            return renameDraft(`${odd} ${n}`, 'ana', n);
          });
      }
      const sealed: Array<[number, number]> = [];
      const count = await store.appendPages(pages(), ctx, (events) =>
        sealed.push([events[0]!.seq, events.at(-1)!.seq]),
      );
      expect(count).toBe(1597);
      expect(sealed).toEqual([
        [2, 301],
        [302, 558],
        [559, 598],
        [599, 1598],
      ]);
      const events = await store.events(1, 2000);
      expect(events.map((e) => e.payload['name'])).toEqual(
        Array.from({ length: 1597 }, (_, i) => `${odd} ${i + 1}`),
      );
      expect((await checkLedger(store, node.publicKey)).problems).toEqual([]);
      // A projector's rows of a large page go the same way.
      const feed = await store.db
        .selectFrom('activity_feed')
        .select('params')
        .where('seq', '=', 1598)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(feed.params)).toEqual({ name: `${odd} 1597` });
    });

    it('leaves nothing of a paged append whose pages stop arriving, and appends after it', async () => {
      const store = await testStore(d);
      await store.append([genesisDraft(node)], ctx);
      const head = await store.head();
      async function* pages() {
        yield renames(300, 1);
        yield renames(300, 301);
        throw new Error('the file broke off');
      }
      await expect(store.appendPages(pages(), ctx)).rejects.toThrow('the file broke off');
      expect(await store.head()).toEqual(head);
      expect(await store.count()).toBe(1);
      const [next] = await store.append(renames(1, 601), ctx);
      expect(next!.prev).toBe(head.hash);
      expect((await checkLedger(store, node.publicKey)).problems).toEqual([]);
    });

    describe('a bulk write (from bulkWriteFrom events in one write)', () => {
      /** The indexes on the feed, a batch projector's table. */
      const feedIndexes = (db: Store['db']) => indexesOf(db, d.dialect, ['activity_feed']);
      /** A projector that reads, inside the write, the feed's indexes as each page finds them. */
      const probe = (seen: string[][]): Projector => ({
        name: 'probe',
        tables: [],
        async applyBatch(db) {
          seen.push(await feedIndexes(db));
        },
      });

      it('sets the outgrown tables’ secondary indexes aside on SQLite for its later pages and builds them again before it commits', async () => {
        const place = await testLocation(d);
        const seen: string[][] = [];
        const store = await place.open({ projectors: [...projectors, probe(seen)] });
        const plain = await place.open();
        await fill(store, [5]);
        seen.length = 0;
        const before = await feedIndexes(store.db);
        expect(before.length).toBeGreaterThan(1);
        (store as unknown as { bulkWriteFrom: number }).bulkWriteFrom = 100;
        async function* pages() {
          for (let page = 0; page < 4; page++) yield renames(60, 6 + page * 60);
        }
        await store.appendPages(pages(), ctx);
        if (d.dialect === 'sqlite') {
          // The first page's 60 events are under the mark; from the second (120 events) on, the
          // feed (its primary key alone) is written without the indexes.
          expect(seen.slice(0, 1)).toEqual([before]);
          const aside = seen.slice(1);
          expect(aside).toHaveLength(3);
          for (const indexes of aside) {
            expect(indexes.length).toBeLessThan(before.length);
            expect(before).toEqual(expect.arrayContaining(indexes));
          }
        } else {
          // PostgreSQL keeps them: dropping one would lock the table against every reader.
          expect(seen.slice(0, 4)).toEqual([before, before, before, before]);
        }
        expect(await feedIndexes(store.db)).toEqual(before);
        // Exactly the rows a replay builds, and the ledger whole.
        const live = await store.dumpProjections();
        await plain.replay();
        expect(await plain.dumpProjections()).toEqual(live);
        expect((await checkLedger(store, node.publicKey)).problems).toEqual([]);
        if (d.dialect === 'sqlite') {
          // The rebuilt indexes agree with their tables, entry for entry.
          const check = await sql<{
            integrity_check: string;
          }>`pragma integrity_check`.execute(store.db);
          expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
        }
      });

      it('leaves indexes, rows and ledger as they were when it fails after setting them aside', async () => {
        const place = await testLocation(d);
        const seen: string[][] = [];
        const store = await place.open({ projectors: [...projectors, probe(seen)] });
        await fill(store, [5]);
        seen.length = 0;
        const before = await snapshot(store);
        const indexes = await feedIndexes(store.db);
        (store as unknown as { bulkWriteFrom: number }).bulkWriteFrom = 100;
        async function* pages() {
          yield renames(60, 6);
          yield renames(60, 66);
          yield renames(60, 126);
          throw new Error('the file broke off');
        }
        await expect(store.appendPages(pages(), ctx)).rejects.toThrow('the file broke off');
        if (d.dialect === 'sqlite') expect(seen[1]!.length).toBeLessThan(indexes.length);
        expect(await feedIndexes(store.db)).toEqual(indexes);
        expect(await snapshot(store)).toEqual(before);
      });

      // SQLite alone sets indexes aside; a test that asserts nothing elsewhere is not declared there.
      if (d.dialect === 'sqlite')
        it('keeps another connection reading its own snapshot’s indexes while the write has them aside', async () => {
          const place = await testLocation(d);
          const store = await place.open();
          await fill(store, [5]);
          const reader = await place.open();
          const before = await feedIndexes(reader.db);
          (store as unknown as { bulkWriteFrom: number }).bulkWriteFrom = 100;
          const meanwhile: string[][] = [];
          const plans: string[] = [];
          async function* pages() {
            for (let page = 0; page < 3; page++) {
              yield renames(60, 6 + page * 60);
              // Once the write has set the feed's indexes aside (from the second page on).
              meanwhile.push(await feedIndexes(reader.db));
              const { rows } = await sql<{
                detail: string;
              }>`explain query plan select seq from activity_feed where kind = 'ledger' order by seq desc limit 5`.execute(
                reader.db,
              );
              plans.push(rows.map((r) => r.detail).join('; '));
            }
          }
          await store.appendPages(pages(), ctx);
          expect(meanwhile).toEqual([before, before, before]);
          for (const plan of plans) expect(plan).toMatch(/activity_feed_by_kind/);
        });
    });

    it('pages and streams events in ascending order', async () => {
      const store = await testStore(d);
      const all = await fill(store, [4, 10, 7]);
      expect(await store.events(0, 5)).toEqual(all.slice(0, 5));
      expect(await store.events(5, 5)).toEqual(all.slice(5, 10));
      expect(await store.events(20, 5)).toEqual(all.slice(20));
      expect(await store.events(22, 5)).toEqual([]);
      const streamed: LedgerEvent[] = [];
      for await (const event of store.streamEvents(3, 4)) streamed.push(event);
      expect(streamed).toEqual(all.slice(2));
      const exact: LedgerEvent[] = [];
      for await (const event of store.streamEvents(1, 11)) exact.push(event);
      expect(exact).toEqual(all);
    });

    it('answers node lookups with proofs that verify against the reference tree', async () => {
      const store = await testStore(d);
      const all = await fill(store, [1, 6, 2, 13, 1, 9, 4]);
      const leaves = all.map((e) => leafHash(Buffer.from(e.hash, 'hex')));
      for (let n = 1; n <= leaves.length; n++) {
        const root = rootFromLeafHashes(leaves.slice(0, n));
        expect(await rootAt(store, n)).toEqual(root);
        for (const m of new Set([0, Math.floor(n / 3), n - 1])) {
          const plan = inclusionPlan(m, n);
          const proof = buildProof(plan, await lookupFor(store, planRefs(plan)));
          expect(verifyInclusion(m, n, leaves[m]!, proof, root)).toBe(true);
        }
        for (const old of new Set([1, Math.ceil(n / 2), n])) {
          const plan = consistencyPlan(old, n);
          const proof = buildProof(plan, await lookupFor(store, planRefs(plan)));
          expect(
            verifyConsistency(old, n, rootFromLeafHashes(leaves.slice(0, old)), root, proof),
          ).toBe(true);
        }
      }
      const beyond = await store.nodes([
        { level: 0, index: leaves.length },
        { level: 3, index: 5 },
      ]);
      expect(beyond.size).toBe(0);
    });

    it('signs a checkpoint whenever the size reaches a multiple of checkpointEvery', async () => {
      const store = await testStore(d);
      const all = await store.append([genesisDraft(node), ...renames(6)], {
        ...ctx,
        checkpointEvery: 5,
      });
      for (const size of [2, 9, 4, 1])
        all.push(
          ...(await store.append(renames(size, all.length), { ...ctx, checkpointEvery: 5 })),
        );
      const leaves = all.map((e) => leafHash(Buffer.from(e.hash, 'hex')));
      const checkpoints = await store.checkpoints(0, 100);
      expect(checkpoints.map((c) => c.treeSize)).toEqual([5, 10, 15, 20]);
      for (const checkpoint of checkpoints) {
        expect(checkpoint).toMatchObject({
          ledgerId: all[0]!.hash,
          nodeKey: node.publicKey,
          time: ctx.now,
        });
        expect(checkpoint.root).toBe(
          rootFromLeafHashes(leaves.slice(0, checkpoint.treeSize)).toString('hex'),
        );
        expect(verifyCheckpointSignature(checkpoint)).toBe(true);
      }
      expect((await store.latestCheckpoint())?.treeSize).toBe(20);
      expect((await store.checkpoints(5, 2)).map((c) => c.treeSize)).toEqual([10, 15]);
      expect(await store.checkpointAt(15)).toEqual(checkpoints[2]);
      expect(await store.checkpointAt(16)).toBeUndefined();
    });

    it('records on-demand checkpoints and refuses duplicates and sizes beyond the head', async () => {
      const store = await testStore(d);
      const all = await fill(store, [6]);
      expect(await store.latestCheckpoint()).toBeUndefined();
      const root = (await rootAt(store, 7)).toString('hex');
      const checkpoint = signCheckpoint(
        { ledgerId: all[0]!.hash, treeSize: 7, root, time: ctx.now },
        node,
      );
      await store.addCheckpoint(checkpoint);
      expect(await store.latestCheckpoint()).toEqual(checkpoint);
      await expect(store.addCheckpoint(checkpoint)).rejects.toBeInstanceOf(StoreConflictError);
      await expect(store.addCheckpoint({ ...checkpoint, treeSize: 8 })).rejects.toThrow(
        /has 7 events/,
      );
    });

    it('rolls back the whole batch when a projector fails, and carries on afterwards', async () => {
      const failing: Projector = {
        name: 'fails_on_boom',
        tables: [],
        apply: async (_db, event) => {
          if (event.type === 'disco.renamed' && event.payload.name === 'boom')
            throw new Error('projector failed');
        },
      };
      const store = await testStore(d, { projectors: [...projectors, failing] });
      await fill(store, [3], { checkpointEvery: 1 });
      const before = await snapshot(store);
      await expect(
        store.append([renameDraft('fine', 'ben', 5), renameDraft('boom', 'ben', 6)], {
          ...ctx,
          checkpointEvery: 1,
        }),
      ).rejects.toThrow('projector failed');
      expect(await snapshot(store)).toEqual(before);
      const [next] = await store.append([renameDraft('after', 'ben', 7)], {
        ...ctx,
        checkpointEvery: 1,
      });
      expect(next).toMatchObject({ seq: 5, prev: before.head.hash });
      expect((await checkLedger(store, node.publicKey)).problems).toEqual([]);
    });

    it('serializes concurrent appends on one store into one chain', async () => {
      const store = await testStore(d);
      await store.append([genesisDraft(node)], ctx);
      const sizes = [1, 2, 3, 1, 2, 3, 1, 2];
      await Promise.all(sizes.map((size, i) => store.append(renames(size, 10 * i, `m${i}`), ctx)));
      const result = await checkLedger(store, node.publicKey);
      expect(result).toEqual({ size: 1 + 15, problems: [] });
    });

    it('notices when another store instance moved the head', async () => {
      const place = await testLocation(d);
      const [a, b] = [await place.open(), await place.open()];
      await a.append([genesisDraft(node)], { ...ctx, checkpointEvery: 3 });
      for (let i = 0; i < 6; i++)
        await (i % 2 ? a : b).append(renames(1 + (i % 3), i * 10), { ...ctx, checkpointEvery: 3 });
      expect((await checkLedger(a, node.publicKey)).problems).toEqual([]);
      expect(await a.head()).toEqual(await b.head());
    });

    it('imports a ledger into an empty store, all or nothing, and refuses a non-empty one', async () => {
      const source = await testStore(d);
      const events = await fill(source, [5, 12, 3], { checkpointEvery: 4 });
      const checkpoints = await source.checkpoints(0, 100);

      const target = await testStore(d);
      await expect(
        target.importLedger([...events.slice(0, 5), ...events.slice(6)], checkpoints),
      ).rejects.toBeInstanceOf(StoreConflictError);
      await expect(target.importLedger(events.slice(0, 10), checkpoints)).rejects.toThrow(/beyond/);
      const forged = checkpoints.map((c, i) => (i === 1 ? { ...c, root: ZERO_HASH } : c));
      await expect(target.importLedger(events, forged)).rejects.toThrow(/does not match/);
      expect(await snapshot(target)).toEqual(await snapshot(await testStore(d)));

      await target.importLedger(events, checkpoints);
      expect(await snapshot(target)).toEqual(await snapshot(source));
      expect((await checkLedger(target, node.publicKey)).problems).toEqual([]);
      await expect(target.importLedger(events, [])).rejects.toThrow(/empty store/);
      // Appends carry on from the imported head (the frontier comes from the import).
      await target.append(renames(3, 50), { ...ctx, checkpointEvery: 4 });
      expect((await checkLedger(target, node.publicKey)).problems).toEqual([]);

      const paged = await testStore(d);
      async function* pages() {
        for (let i = 0; i < events.length; i += 6) yield events.slice(i, i + 6);
      }
      await paged.importLedger(pages(), checkpoints);
      expect(await snapshot(paged)).toEqual(await snapshot(source));
    });

    it('replays into the same projections, reporting progress', async () => {
      const store = await testStore(d);
      await fill(store, [3, 1, 4]);
      const live = await store.dumpProjections();
      expect(live.disco_profile).toEqual([
        expect.objectContaining({
          ledger_id: (await store.event(1))!.hash,
          name: 'Name 8',
          currency: 'EUR',
          time_zone: 'Europe/Madrid',
        }),
      ]);
      expect(live.actor_activity).toEqual([
        { actor: 'ana', event_count: 8, first_seq: 2, last_seq: 9, last_time: testTime(8) },
      ]);
      const progress: Array<[number, number]> = [];
      await store.replay((done, total) => progress.push([done, total]));
      expect(progress[0]).toEqual([0, 9]);
      expect(progress.at(-1)).toEqual([9, 9]);
      expect(await store.dumpProjections()).toEqual(live);
    });

    it('counts each actor’s events, first and last, over batches of many actors, as a replay does', async () => {
      const store = await testStore(d);
      await store.append([genesisDraft(node)], ctx);
      const by = (actors: (string | null)[], from: number) =>
        actors.map((actor, i) => renameDraft(`Name ${from + i}`, actor, from + i));
      // Ana twice in one batch, Ben new then again, Cy alone, an event with no actor.
      await store.append(by(['ana', 'ben', 'ana', null], 1), ctx);
      await store.append(by(['ben'], 5), ctx);
      await store.append(by(['cy', 'ana', 'ben'], 6), ctx);
      const live = await store.dumpProjections();
      const sorted = [...live.actor_activity!].sort((a, b) =>
        String(a['actor']).localeCompare(String(b['actor'])),
      );
      expect(sorted).toEqual([
        { actor: 'ana', event_count: 3, first_seq: 2, last_seq: 8, last_time: testTime(7) },
        { actor: 'ben', event_count: 3, first_seq: 3, last_seq: 9, last_time: testTime(8) },
        { actor: 'cy', event_count: 1, first_seq: 7, last_seq: 7, last_time: testTime(6) },
      ]);
      expect(live.disco_profile).toEqual([expect.objectContaining({ name: 'Name 8' })]);
      await store.replay();
      expect(await store.dumpProjections()).toEqual(live);
    });

    it("a replay whose page write fails reports that write's error, not a later page's, and changes nothing", async () => {
      const place = await testLocation(d);
      const store = await place.open();
      // Two pages of events: on PostgreSQL the second is read and projected before the first
      // page's write is awaited, and its statements then fail only because the first one did.
      await fill(store, [1_200]);
      const before = await snapshot(store);
      const failing: Projector = {
        name: 'failing',
        tables: [],
        async applyBatch(_db, events) {
          // A second chain head row: refused by the table's key, on the first page only.
          return events[0]!.seq === 1
            ? [sql`insert into chain_head (id, size, hash) values (1, 0, ${ZERO_HASH})`]
            : [];
        },
      };
      const replaying = await place.open({ projectors: [...projectors, failing] });
      await expect(replaying.replay()).rejects.toThrow(/chain_head|unique/i);
      expect(await snapshot(store)).toEqual(before);
    });

    it('replays the bulk way (secondary indexes and full-text triggers set aside, built at the end) into the same projections, indexes and triggers', async () => {
      const store = await testStore(d);
      await fill(store, [3, 1, 4, 2]);
      const live = await store.dumpProjections();
      const indexes = () =>
        indexesOf(store.db, d.dialect, [
          'activity_feed',
          'search_documents',
          'value_contributions',
        ]);
      const before = await indexes();
      expect(before.filter((i) => !/CREATE UNIQUE/.test(i)).length).toBeGreaterThan(
        d.dialect === 'postgres' ? 0 : 5,
      );
      // Every replay of this small ledger goes the bulk way, as a large one does.
      (store as unknown as { replayBulkFrom: number }).replayBulkFrom = 0;
      await store.replay();
      expect(await store.dumpProjections()).toEqual(live);
      expect(await indexes()).toEqual(before);
      if (d.dialect === 'sqlite')
        // The full-text index agrees with its content table, row for row.
        await sql`insert into search_fts (search_fts, rank) values ('integrity-check', 1)`.execute(
          store.db,
        );
    });

    it('property: replay equals live for any sequence of renames by any actors in any batches', async () => {
      const step = fc.record({
        name: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0),
        actor: fc.constantFrom(null, 'ana', 'ben', 'cai', 'dee'),
        endsBatch: fc.boolean(),
      });
      const place = await reusableLocation(d);
      onTestFinished(() => place.dispose());
      await fc.assert(
        fc.asyncProperty(
          fc.array(step, { maxLength: 25 }),
          fc.boolean(),
          async (steps, genesisAlone) => {
            const store = await place.open();
            try {
              let batch: EventDraft[] = [genesisDraft(node)];
              const flush = async () => {
                if (batch.length > 0) await store.append(batch, ctx);
                batch = [];
              };
              if (genesisAlone) await flush();
              for (const [i, s] of steps.entries()) {
                batch.push(renameDraft(s.name, s.actor, i + 1));
                if (s.endsBatch) await flush();
              }
              await flush();
              const live = await store.dumpProjections();
              await store.replay();
              expect(await store.dumpProjections()).toEqual(live);
              expect(await store.count()).toBe(steps.length + 1);
            } finally {
              await store.close();
            }
          },
        ),
        { numRuns: d.dialect === 'postgres' ? 12 : 25 },
      );
    });
  });
}

const postgres = dialects.find((d) => d.dialect === 'postgres')!;

describe.skipIf(skipping(postgres, 'store contract, PostgreSQL only'))(
  'store contract, PostgreSQL only',
  () => {
    it('gives the planner statistics for every table after a large import', async () => {
      const d = postgres;
      const source = await testStore(d);
      const events = await fill(source, [5, 12, 3]);
      const target = await testStore(d);
      // This ledger counts as large, as a restore of 10,000 events or more does.
      (target as unknown as { replayBulkFrom: number }).replayBulkFrom = events.length;
      await target.importLedger(events, []);
      // What a restore fills: the ledger's own tables and every read model.
      const filled = [
        'events',
        'merkle_nodes',
        'checkpoints',
        'chain_head',
        ...projectors.flatMap((p) => p.tables),
      ];
      const { rows } = await sql<{
        relname: string;
      }>`select relname from pg_stat_user_tables where schemaname = current_schema() and last_analyze is null`.execute(
        target.db,
      );
      expect(rows.map((r) => r.relname).filter((table) => filled.includes(table))).toEqual([]);
      expect(filled.length).toBeGreaterThan(20);
    });
  },
);
