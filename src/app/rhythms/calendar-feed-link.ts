import type { Actor } from '../../core/access/actor.js';
import { newSecretToken, tokenHash } from '../auth/secret-token.js';
import { isoNow } from '../clock.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';

export interface CalendarFeedStatus {
  /** Whether a feed link exists now. */
  active: boolean;
  createdAt: string | null;
}

function mustBeMember(actor: Actor | null): Actor {
  ensureAllowed('calendar.feed', actor, { memberId: actor?.memberId ?? '' });
  return actor!;
}

/**
 * Makes the member's private calendar feed link, replacing any earlier one (whose URL then
 * answers 404). The secret is shown once; only its SHA-256 is kept.
 *
 * @example const { token } = await makeCalendarFeed(ctx, ana); // GET /api/calendar/<token>
 */
export async function makeCalendarFeed(
  ctx: AppContext,
  actor: Actor | null,
): Promise<{ token: string; createdAt: string }> {
  const me = mustBeMember(actor);
  const token = newSecretToken();
  const createdAt = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('calendar_feeds').where('member_id', '=', me.memberId).execute();
    await trx
      .insertInto('calendar_feeds')
      .values({ member_id: me.memberId, token_hash: tokenHash(token), created_at: createdAt })
      .execute();
  });
  return { token, createdAt };
}

/**
 * Revokes the member's calendar feed link: its URL answers 404 from now on.
 *
 * @example await revokeCalendarFeed(ctx, ana) // { active: false, createdAt: null }
 */
export async function revokeCalendarFeed(
  ctx: AppContext,
  actor: Actor | null,
): Promise<CalendarFeedStatus> {
  const me = mustBeMember(actor);
  await ctx.store.db.deleteFrom('calendar_feeds').where('member_id', '=', me.memberId).execute();
  return { active: false, createdAt: null };
}

/**
 * Whether the member has a calendar feed link, and since when (never its secret).
 *
 * @example await calendarFeedStatus(ctx, ana) // { active: true, createdAt: '2026-03-01T10:00:00.000Z' }
 */
export async function calendarFeedStatus(
  ctx: AppContext,
  actor: Actor | null,
): Promise<CalendarFeedStatus> {
  const me = mustBeMember(actor);
  const row = await ctx.store.db
    .selectFrom('calendar_feeds')
    .select('created_at')
    .where('member_id', '=', me.memberId)
    .executeTakeFirst();
  return { active: row !== undefined, createdAt: row?.created_at ?? null };
}
