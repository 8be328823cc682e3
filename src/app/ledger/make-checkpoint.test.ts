import { describe, expect, it, onTestFinished } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { verifyCheckpointSignature } from '../../core/ledger/checkpoint.js';
import { openTestDisco } from '../members/test-disco.js';
import { makeCheckpoint } from './make-checkpoint.js';

for (const d of dialects) {
  describe.skipIf(skipping(d, 'checkpoints on demand'))(
    `checkpoints on demand (${d.dialect})`,
    () => {
      it('gives every caller at one tree size the one checkpoint the store keeps', async () => {
        const { ctx } = await openTestDisco(d);
        onTestFinished(() => ctx.store.close());
        // A proof for a peer and the witnessing beat can ask at once; the store keeps the first
        // checkpoint of a size and refuses the second, which must not fail the other caller.
        const made = await Promise.all([
          makeCheckpoint(ctx),
          makeCheckpoint(ctx),
          makeCheckpoint(ctx),
        ]);
        const { size } = await ctx.store.head();
        const kept = await ctx.store.checkpointAt(size);
        expect(kept).toBeDefined();
        for (const c of made) {
          expect(c).toEqual(kept);
          expect(verifyCheckpointSignature(c)).toBe(true);
        }
      });
    },
  );
}
