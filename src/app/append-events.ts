import type { EventDraft, LedgerEvent } from '../core/ledger/event.js';
import { verifyMemberSignature } from '../core/ledger/event.js';
import type { AppContext } from './context.js';
import { isoNow } from './clock.js';
import { AppError, invalid } from './errors.js';
import { readLedgerInfo } from './ledger-info.js';

/**
 * The one door into the ledger: checks every draft against the catalog and its member signature,
 * then appends the whole batch in one transaction with its projections. A refused batch records nothing.
 */
export async function appendEvents(ctx: AppContext, drafts: EventDraft[]): Promise<LedgerEvent[]> {
  if (drafts.length === 0) throw invalid('Nothing to record: the batch is empty.');
  drafts.forEach((draft, i) => {
    const problems = ctx.catalog.check(draft);
    const where = drafts.length > 1 ? `events[${i}].` : '';
    if (problems.length > 0) {
      throw invalid(
        `The ${draft.type} event is not valid.`,
        problems.map((p) => ({ field: where + p.path, message: p.message })),
      );
    }
    if (!verifyMemberSignature(draft)) {
      throw invalid('The member signature does not match the event.', [{ field: `${where}memberSig`, message: 'does not verify' }]);
    }
  });
  const node = ctx.node;
  if (!node) throw new AppError(409, 'no-node-key', 'This node has no signing key.', 'Run `disco init` first.');
  const info = await readLedgerInfo(ctx);
  if (!info) throw new AppError(409, 'no-ledger', 'There is no ledger yet.', 'Run `disco init` first.');
  if (info.nodeKey !== node.publicKey) {
    throw new AppError(
      409,
      'foreign-ledger',
      'This ledger was started by another node; this node may read and verify it but not write to it.',
      'Write on the node that holds its key, or start a new ledger in another data directory.',
    );
  }
  return ctx.store.append(drafts, { node, now: isoNow(ctx.clock), checkpointEvery: ctx.checkpointEvery });
}
