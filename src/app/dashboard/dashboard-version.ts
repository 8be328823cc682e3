import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed } from '../use-case-steps.js';

/**
 * What the dashboard of `actor` is a function of, as a string equal for equal dashboards: every
 * table it reads is a projection of the ledger (so the chain head), the DisCO's calendar day (the
 * weeks, the month, the duties in force), and the clock only through the open proposals'
 * deadlines, so the soonest deadline still ahead stands for it: the answer changes when it passes.
 * The member is part of it (their own proposals awaiting a vote), so two members never share one.
 * The answer's shape is not: the HTTP route adds the digest of its schema to the tag
 * (`answerShape` in src/http/conditional-get.ts), so no constant is raised by hand.
 *
 * @example const version = await dashboardVersion(ctx, ana); // then entityTag(version)
 */
export async function dashboardVersion(ctx: AppContext, actor: Actor | null): Promise<string> {
  ensureAllowed('dashboard.read', actor);
  const now = ctx.clock().toISOString();
  const [head, today, next] = await Promise.all([
    ctx.store.head(),
    discoToday(ctx),
    ctx.store.db
      .selectFrom('proposals')
      .select((eb) => eb.fn.min('deadline').as('deadline'))
      .where('status', '=', 'open')
      .where('deadline', '>', now)
      .executeTakeFirst(),
  ]);
  return JSON.stringify([
    'dashboard',
    actor!.memberId,
    head.size,
    head.hash,
    today,
    next?.deadline ?? null,
  ]);
}
