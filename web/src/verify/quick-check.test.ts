import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoCheckpointError, quickCheckOverHttp } from './quick-check.js';
import { nobleVerify } from './signatures.js';
import { openServedLedger, type ServedLedger } from './test-server-ledger.js';

const seeded = (seed: number) => () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

describe('the quick check: the latest checkpoint and sampled events by their proofs', () => {
  describe('an intact ledger', () => {
    let ledger: ServedLedger;
    beforeAll(async () => {
      ledger = await openServedLedger({ renames: 120, checkpointEvery: 40 });
    });
    afterAll(() => ledger.close());

    it('passes, against the latest checkpoint, with the genesis, samples and the event before each checked', async () => {
      const report = await quickCheckOverHttp({
        fetch: ledger.fetch,
        samples: 6,
        random: seeded(5),
      });
      const server = await ledger.serverVerdict();
      expect(report).toMatchObject({
        ok: true,
        fault: null,
        treeSize: 120,
        ledgerSize: ledger.size,
        ledgerId: server.ledgerId,
        nodeKey: server.nodeKey,
        notCovered: [],
      });
      expect(report.sampled).toHaveLength(8);
      expect(report.sampled).toEqual(expect.arrayContaining([1, 120]));
      const read = new Set(report.sampled.flatMap((s) => (s > 1 ? [s - 1, s] : [s])));
      expect(report.eventsChecked).toBe(read.size);
      expect(report.signaturesChecked).toBe(read.size + 1);
      const cp = (await (await ledger.fetch('/api/ledger/checkpoints/latest')).json()) as {
        root: string;
        time: string;
      };
      expect(report).toMatchObject({ root: cp.root, checkpointTime: cp.time });
    });

    it('checks the events a member names, and says which ones no checkpoint covers yet', async () => {
      const report = await quickCheckOverHttp({
        fetch: ledger.fetch,
        samples: 0,
        seqs: [57, 57, 121, 0],
        random: seeded(5),
      });
      expect(report.ok).toBe(true);
      expect(report.sampled).toEqual([1, 57, 120]);
      expect(report.notCovered).toEqual([121]);
    });

    it('refuses a genesis that names another key than the member expects, and works with @noble/ed25519 too', async () => {
      expect(
        (await quickCheckOverHttp({ fetch: ledger.fetch, samples: 2, nodeKey: 'A'.repeat(43) }))
          .fault,
      ).toMatchObject({ seq: 1, kind: 'bad-genesis' });
      expect(
        await quickCheckOverHttp({ fetch: ledger.fetch, samples: 2, ed25519: nobleVerify }),
      ).toMatchObject({ ok: true });
    });

    it('names a proof that does not lead to the checkpoint’s root', async () => {
      const lying = async (url: string) => {
        const res = await ledger.fetch(url);
        if (!url.includes('/ledger/events/57?')) return res;
        const body = (await res.json()) as { proof: { path: string[] } };
        body.proof.path[0] = 'ee'.repeat(32);
        return Response.json(body);
      };
      const report = await quickCheckOverHttp({ fetch: lying, samples: 0, seqs: [57] });
      expect(report.fault).toMatchObject({ seq: 57, kind: 'bad-inclusion-proof' });
    });
  });

  it('says so when the node has signed no checkpoint yet', async () => {
    const young = await openServedLedger({ renames: 3 });
    try {
      await expect(quickCheckOverHttp({ fetch: young.fetch })).rejects.toBeInstanceOf(
        NoCheckpointError,
      );
    } finally {
      await young.close();
    }
  });

  describe('a tampered ledger', () => {
    const sql =
      (statement: string, seq: number, ...params: unknown[]) =>
      async (l: ServedLedger) => {
        l.tamper(statement, ...params);
        return seq;
      };
    /** `at`: where the fault shows, as a distance before the damaged event (0: the event itself). */
    const cases: Array<{
      what: string;
      kind: string;
      at?: number;
      damage: (l: ServedLedger) => Promise<number>;
    }> = [
      {
        what: 'an event changed by hand',
        kind: 'hash-mismatch',
        damage: sql(
          'update events set payload = ? where seq = 57',
          57,
          '{"name":"Changed by hand"}',
        ),
      },
      {
        what: 'a broken link',
        kind: 'broken-link',
        damage: sql('update events set prev = ? where seq = 33', 33, 'ab'.repeat(32)),
      },
      {
        what: 'a node signature moved from another event',
        kind: 'bad-signature',
        damage: sql(
          'update events set node_sig = (select node_sig from events where seq = 90) where seq = 89',
          89,
        ),
      },
      {
        // Re-sealing gives the event a new hash, so the tree the node proves from no longer has
        // the checkpoint's root: the proof of the event before (read for the link) fails first.
        what: 'an event re-sealed by the node with a payload the member did not sign',
        kind: 'bad-inclusion-proof',
        at: 1,
        damage: async (l) => {
          const seq = (await l.memberSignedSeqs())[3]!;
          await l.resealWithPayload(seq, { name: 'Not what the member signed' });
          return seq;
        },
      },
      {
        what: 'a missing event',
        kind: 'gap',
        damage: sql('delete from events where seq = 101', 101),
      },
      {
        what: 'a checkpoint with a wrong root',
        kind: 'bad-checkpoint-signature',
        damage: sql('update checkpoints set root = ? where tree_size = 120', 120, 'ff'.repeat(32)),
      },
      {
        what: 'a checkpoint whose signature is not the node’s',
        kind: 'bad-checkpoint-signature',
        damage: sql(
          'update checkpoints set sig = (select sig from checkpoints where tree_size = 40) where tree_size = 120',
          120,
        ),
      },
    ];
    for (const c of cases) {
      it(`names ${c.what} when it is among the events checked`, async () => {
        const fresh = await openServedLedger({ renames: 117, checkpointEvery: 40 });
        try {
          const seq = await c.damage(fresh);
          const report = await quickCheckOverHttp({
            fetch: fresh.fetch,
            samples: 3,
            seqs: [seq],
            random: seeded(9),
          });
          expect(report.ok).toBe(false);
          expect(report.fault).toMatchObject({ seq: seq - (c.at ?? 0), kind: c.kind });
        } finally {
          await fresh.close();
        }
      });
    }
  });
});
