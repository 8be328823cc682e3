import { describe, expect, it } from 'vitest';
import { getConsistencyProof } from '../../src/app/ledger/ledger-proofs.js';
import { signCheckpoint } from '../../src/core/ledger/checkpoint.js';
import { checkEvidence, monitorCheckpoint } from '../../src/core/ledger/monitor.js';
import { checkLedger } from './check-ledger.js';
import { genesisDraft, renameDraft, testNode, testTime } from './ledger.js';
import { rewriteTail } from './rewrite-tail.js';
import { dialects, skipping, testStore } from './stores.js';

for (const d of dialects) {
  describe.skipIf(skipping(d, 'rewriteTail'))(`rewriteTail (${d.dialect})`, () => {
    it('leaves a ledger that verifies on its own, which only a kept checkpoint exposes', async () => {
      const store = await testStore(d);
      const { signer: node } = testNode();
      const drafts = [
        genesisDraft(node),
        ...Array.from({ length: 20 }, (_, i) => renameDraft(`N${i}`, null, i + 1)),
      ];
      await store.append(drafts, { node, now: testTime(100), checkpointEvery: 8 });
      const seen = (await store.latestCheckpoint())!;
      expect(seen.treeSize).toBe(16);

      const { checkpoint, removed } = await rewriteTail(store, node, { keep: 13, append: 9 });
      expect(removed).toBe(8);
      expect(checkpoint.treeSize).toBe(22);
      // Every hash, link, Merkle node, signature and checkpoint of the new history checks out.
      expect(await checkLedger(store, node.publicKey)).toEqual({ size: 22, problems: [] });
      expect((await store.checkpoints(0, 10)).map((c) => c.treeSize)).toEqual([8, 22]);

      const input = { pinned: seen, latest: checkpoint, source: d.dialect, now: testTime(200) };
      const proof = await getConsistencyProof(store, seen.treeSize, checkpoint.treeSize);
      const outcome = monitorCheckpoint({ ...input, proof });
      expect(outcome).toMatchObject({ status: 'alarm', alarm: { kind: 'inconsistent' } });
      if (outcome.status === 'alarm')
        expect(checkEvidence(outcome.alarm.evidence)).toMatchObject({ verdict: 'proven' });

      // The operator's own appends carry on from the rewritten head.
      await store.append([renameDraft('After', null, 300)], { node, now: testTime(300) });
      const later = signCheckpoint(
        {
          ledgerId: seen.ledgerId,
          treeSize: 23,
          root: (await getConsistencyProof(store, 1, 23)).toRoot,
          time: testTime(301),
        },
        node,
      );
      expect(await checkLedger(store, node.publicKey)).toEqual({ size: 23, problems: [] });
      expect(
        monitorCheckpoint({
          pinned: checkpoint,
          latest: later,
          source: d.dialect,
          now: testTime(302),
          proof: await getConsistencyProof(store, 22, 23),
        }),
      ).toMatchObject({ status: 'pin', reason: 'consistent' });
    });
  });
}
