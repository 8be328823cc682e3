import { PROPOSAL_OPENED } from '../../core/governance/proposal-events.js';
import type { AppContext } from '../context.js';
import { appendEvents } from '../ledger/append-events.js';
import { newId } from '../ids.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf } from '../use-case-steps.js';

/** How long members have to answer a review. */
export const REVIEW_PERIOD_MS = 7 * 24 * 3_600_000;

/**
 * Opens, as the node, a review proposal for every decision whose review date has come and that
 * has none yet: a consent proposal on the same circle, linked by `reviewOf`, which keeps the
 * decision unless someone objects. The outcome statement is its body. Returns the ids it opened.
 *
 * @example const opened = await openDueReviews(ctx);
 */
export async function openDueReviews(ctx: AppContext): Promise<string[]> {
  const today = await discoToday(ctx);
  const due = await ctx.store.db
    .selectFrom('proposals')
    .select(['id', 'title', 'outcome_statement', 'circle_id'])
    .where('review_id', 'is', null)
    .where('review_date', '<=', today)
    .orderBy('review_date')
    .orderBy('id')
    .execute();
  const opened: string[] = [];
  for (const original of due) {
    const proposalId = newId(ctx);
    const payload = {
      proposalId,
      title: `Review: ${original.title}`.slice(0, 200),
      body: `${original.outcome_statement ?? ''}\n\nIs this decision still right? Consent keeps it; an objection (with its reason) reopens it.`.trim(),
      change: { kind: 'general' as const },
      circleId: original.circle_id,
      deadline: new Date(ctx.clock().getTime() + REVIEW_PERIOD_MS).toISOString(),
      method: 'consent' as const,
      settings: {},
      reviewOf: original.id,
    };
    await appendEvents(ctx, [draftOf(ctx, null, PROPOSAL_OPENED, payload)], {
      // Two nodes (or a node and the CLI) may both find it due: one review only.
      guard: async (db) => {
        const still = await db
          .selectFrom('proposals')
          .select('review_id')
          .where('id', '=', original.id)
          .executeTakeFirstOrThrow();
        if (still.review_id !== null) throw new ReviewAlreadyOpen();
      },
    }).then(
      () => opened.push(proposalId),
      (error: unknown) => {
        if (!(error instanceof ReviewAlreadyOpen)) throw error;
      },
    );
  }
  return opened;
}

class ReviewAlreadyOpen extends Error {}
