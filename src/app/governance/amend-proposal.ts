import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { PROPOSAL_AMENDED } from '../../core/governance/proposal-events.js';
import { proposalBody, proposalChange, proposalTitle } from '../../core/governance/vocabulary.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { conflict, refusal } from '../errors.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { ensureStillOpen, requireProposal } from './proposal-facts.js';
import { checkChange } from './proposal-input.js';

export const amendProposalInput = z.strictObject({
  proposalId: entityId,
  title: proposalTitle.optional(),
  body: proposalBody.optional(),
  /** The new change, of the same kind as before. */
  change: proposalChange.optional(),
});
export type AmendProposalInput = z.input<typeof amendProposalInput>;

/**
 * The author amends their open proposal: a new version, the earlier ones kept. Ballots already
 * cast stay, each remembering the version it was cast on, so voters can see they voted on an
 * earlier text and vote again. The method, its settings and the deadline do not change: ballots
 * cast under them must stay valid.
 *
 * @example await amendProposal(ctx, ana, { proposalId, body: 'Weekly rotation, starting in March.' });
 */
export async function amendProposal(
  ctx: AppContext,
  actor: Actor | null,
  input: AmendProposalInput,
): Promise<{ version: number; events: LedgerEvent[] }> {
  const parsed = parseInput(
    amendProposalInput,
    input,
    refusal('refusal.proposal-cannot-be-amended'),
  );
  const proposal = await requireProposal(ctx.store.db, parsed.proposalId);
  ensureAllowed('proposal.amend', actor, { authorId: proposal.authorId });
  const change = parsed.change ?? proposal.change;
  refuseIf(
    change.kind === proposal.change.kind
      ? []
      : [
          {
            field: 'change.kind',
            message: `stays ${proposal.change.kind}; open a new proposal for another kind`,
          },
        ],
    refusal('refusal.proposal-cannot-be-amended'),
  );
  await checkChange(ctx, change);
  const version = proposal.version + 1;
  const payload = {
    proposalId: proposal.proposalId,
    version,
    title: parsed.title ?? proposal.title,
    body: parsed.body ?? proposal.body,
    change,
  };
  const events = await appendEvents(ctx, [draftOf(ctx, actor, PROPOSAL_AMENDED, payload)], {
    guard: async (db) => {
      const now = await ensureStillOpen(db, proposal.proposalId, ctx.clock);
      if (now.version !== proposal.version)
        throw conflict(
          refusal('refusal.proposal-was-amended-meanwhile'),
          refusal('hint.read-again-amend-new-version'),
        );
    },
  });
  return { version, events };
}
