import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { PROPOSAL_WITHDRAWN } from '../../core/governance/proposal-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { deadlinesChanged } from './deadline-changes.js';
import { ensureStillOpen, requireProposal } from './proposal-facts.js';

export const withdrawProposalInput = z.strictObject({ proposalId: entityId });

/**
 * The author withdraws their open proposal before its deadline: it is never tallied and changes nothing.
 *
 * @example await withdrawProposal(ctx, ana, { proposalId });
 */
export async function withdrawProposal(
  ctx: AppContext,
  actor: Actor | null,
  input: z.input<typeof withdrawProposalInput>,
): Promise<{ events: LedgerEvent[] }> {
  const { proposalId } = parseInput(
    withdrawProposalInput,
    input,
    refusal('refusal.proposal-cannot-be-withdrawn'),
  );
  const proposal = await requireProposal(ctx.store.db, proposalId);
  ensureAllowed('proposal.amend', actor, { authorId: proposal.authorId });
  const events = await appendEvents(
    ctx,
    [draftOf(ctx, actor, PROPOSAL_WITHDRAWN, { proposalId })],
    {
      guard: async (db) => void (await ensureStillOpen(db, proposalId, ctx.clock)),
    },
  );
  deadlinesChanged(ctx.store);
  return { events };
}
