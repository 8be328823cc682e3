import {
  renderCalendar,
  type DeadlineEntry,
  type RhythmEntry,
} from '../../core/rhythms/icalendar.js';
import { isTokenShaped, tokenHash } from '../auth/secret-token.js';
import { isoNow } from '../clock.js';
import type { AppContext } from '../context.js';
import { notFound, refusal } from '../errors.js';
import { readDiscoProfile } from '../read-disco-profile.js';
import { circlesOf, rhythmFromRow, selectRhythms } from './rhythm-facts.js';

const gone = () =>
  notFound(refusal('refusal.no-calendar-feed-here'), refusal('hint.make-new-feed-link'));

/**
 * The RFC 5545 text of the member's calendar feed, found by its secret: the rhythms of the
 * whole DisCO and of the member's circles (ended ones until their end), and the deadlines of the
 * open proposals of the DisCO and those circles. An unknown or revoked secret is a 404.
 *
 * @example const text = await calendarFeed(ctx, token); // 'BEGIN:VCALENDAR\r\n…'
 */
export async function calendarFeed(ctx: AppContext, token: string): Promise<string> {
  if (!isTokenShaped(token)) throw gone();
  const db = ctx.store.db;
  const feed = await db
    .selectFrom('calendar_feeds as f')
    .innerJoin('members as m', 'm.id', 'f.member_id')
    .select(['f.member_id', 'm.status'])
    .where('f.token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!feed || feed.status !== 'active') throw gone();
  const circles = await circlesOf(db, feed.member_id);
  const mine = (circleId: string | null) => circleId === null || circles.includes(circleId);
  const rhythms: RhythmEntry[] = (await selectRhythms(db).execute())
    .map(rhythmFromRow)
    .filter((r) => mine(r.circleId))
    .map((r) => ({
      kind: 'rhythm',
      uid: `rhythm-${r.rhythmId}@disco-cat`,
      summary: r.circleName ? `${r.name} (${r.circleName})` : r.name,
      description: r.kind,
      timeZone: r.timeZone,
      start: r.start,
      durationMinutes: r.durationMinutes,
      rrule: r.rrule,
      exceptions: r.exceptions,
      endedAt: r.endedAt,
    }));
  const proposals = await db
    .selectFrom('proposals')
    .select(['id', 'title', 'deadline', 'circle_id'])
    .where('status', '=', 'open')
    .orderBy('deadline')
    .execute();
  const deadlines: DeadlineEntry[] = proposals
    .filter((p) => mine(p.circle_id))
    .map((p) => ({
      kind: 'deadline',
      uid: `proposal-${p.id}@disco-cat`,
      summary: `Vote closes: ${p.title}`,
      description: `Proposal ${p.id}`,
      at: p.deadline,
    }));
  const profile = await readDiscoProfile(ctx);
  return renderCalendar({
    name: profile?.name ?? 'disco-cat',
    stamp: isoNow(ctx.clock),
    entries: [...rhythms, ...deadlines],
  });
}
