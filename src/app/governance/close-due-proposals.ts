import type { AppContext } from '../context.js';
import { applyPassedProposal, type Application } from './apply-passed-proposal.js';
import { closeProposal } from './close-proposal.js';

export interface ClosedProposal {
  proposalId: string;
  outcome: string;
  application: Application;
}

/**
 * Closes every open proposal whose deadline has come, oldest deadline first, and carries out what
 * passed. Also carries out proposals that passed but were not carried out yet (the node stopped
 * between the two), so a restart finishes the work. A failure to carry one out is reported in its
 * `application`, never stops the others.
 *
 * @example for (const c of await closeDueProposals(ctx)) log.info(c, 'proposal closed');
 */
export async function closeDueProposals(ctx: AppContext): Promise<ClosedProposal[]> {
  const db = ctx.store.db;
  const due = await db
    .selectFrom('proposals')
    .select('id')
    .where('status', '=', 'open')
    .where('deadline', '<=', ctx.clock().toISOString())
    .orderBy('deadline')
    .orderBy('id')
    .execute();
  const closed: ClosedProposal[] = [];
  for (const { id } of due) {
    const result = await closeProposal(ctx, id);
    if (result)
      closed.push({
        proposalId: id,
        outcome: result.outcome,
        application: await applyPassedProposal(ctx, id),
      });
  }
  const unapplied = await db
    .selectFrom('proposals')
    .select(['id', 'outcome', 'kind', 'change'])
    .where('status', '=', 'closed')
    .where('outcome', '=', 'passed')
    .where('kind', 'in', ['membership-change', 'policy-amendment', 'federation'])
    .where('executed_seq', 'is', null)
    .orderBy('ended_at')
    .execute();
  for (const { id, kind, change } of unapplied) {
    if (closed.some((c) => c.proposalId === id)) continue;
    if (kind === 'policy-amendment' && !('governanceParameters' in (JSON.parse(change) as object)))
      continue;
    closed.push({
      proposalId: id,
      outcome: 'passed',
      application: await applyPassedProposal(ctx, id),
    });
  }
  return closed;
}
