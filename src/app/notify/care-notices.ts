import type { Actor } from '../../core/access/actor.js';
import { occurrencesBetween } from '../../core/rhythms/recurrence.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { rhythmFromRow, selectRhythms } from '../rhythms/rhythm-facts.js';
import { dutyViews } from '../value/duties-progress.js';

/** How close a gathering must be for a `rhythm-starting` notice. */
export const GATHERING_WINDOW_MS = 24 * 3_600_000;

/** A notice about care or the node's trust, before its read mark is looked up. */
export interface CareNotice {
  id: string;
  kind:
    'checkin-due' | 'rhythm-starting' | 'duties-behind' | 'appreciation-received' | 'ledger-alarm';
  title: string;
  at: string;
  rhythmId?: string;
  circleId?: string;
  memberId?: string;
}

/** The Monday of the week `day` (YYYY-MM-DD) falls in, as check-ins count weeks. */
function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The day a duty behind pace is worth a notice: a third into its period. Before then an even pace
 * is a few hours, and a new quarter would greet every member with a reproach.
 */
function dutyNoticeFrom(periodStart: string, periodEnd: string): string {
  const start = Date.parse(`${periodStart}T00:00:00Z`);
  const end = Date.parse(`${periodEnd}T00:00:00Z`);
  return new Date(start + Math.floor((end - start) / 3)).toISOString().slice(0, 10);
}

/**
 * What care and the node's trust ask of a member, derived like the governance notices:
 * - `checkin-due`: an active worker-member has written no check-in this week, in a DisCO that
 *   holds check-ins (a daily check-in rhythm in their scope, or a check-in of theirs still kept);
 * - `rhythm-starting`: each gathering of a rhythm of the whole DisCO or of their circles that
 *   starts within 24 hours;
 * - `duties-behind`: each duty of theirs behind an even pace through its month or quarter, once a
 *   third of the period has passed;
 * - `appreciation-received`: thanks given to them within `since`;
 * - `ledger-alarm`: a witness refused this node's checkpoint within `since` (the node's own
 *   sighting of what a member's monitor would raise: everyone is told, to look and ask).
 *
 * @example const notices = await careNotices(ctx, ana, '2026-03-01T00:00:00.000Z');
 */
export async function careNotices(
  ctx: AppContext,
  me: Actor,
  since: string,
): Promise<CareNotice[]> {
  const db = ctx.store.db;
  const now = ctx.clock();
  const notices: CareNotice[] = [];
  const worker = me.status === 'active' && me.level !== null;
  const circles = new Set(me.circles.map((c) => c.id));
  const rhythms = (await selectRhythms(db).where('r.ended_at', 'is', null).execute())
    .map(rhythmFromRow)
    .filter((r) => r.circleId === null || circles.has(r.circleId));
  const until = new Date(now.getTime() + GATHERING_WINDOW_MS);
  for (const r of rhythms)
    for (const o of occurrencesBetween(r, now, until, 5))
      notices.push({
        id: `rhythm-starting:${r.rhythmId}:${o.at}`,
        kind: 'rhythm-starting',
        title: `${r.name} (${o.local.replace('T', ' ')})`,
        at: o.at,
        rhythmId: r.rhythmId,
        ...(r.circleId ? { circleId: r.circleId } : {}),
      });
  if (worker) {
    const today = await discoToday(ctx);
    const weekOf = mondayOf(today);
    const mine = await db
      .selectFrom('checkins')
      .select(['week_of'])
      .where('member_id', '=', me.memberId)
      .orderBy('week_of', 'desc')
      .limit(1)
      .executeTakeFirst();
    const holdsCheckins = mine !== undefined || rhythms.some((r) => r.kind === 'daily-check-in');
    if (holdsCheckins && mine?.week_of !== weekOf)
      notices.push({
        id: `checkin-due:${weekOf}`,
        kind: 'checkin-due',
        title: weekOf,
        at: `${weekOf}T00:00:00.000Z`,
      });
    for (const d of await dutyViews(db, today, me.memberId)) {
      const noticeFrom = dutyNoticeFrom(d.periodStart, d.periodEnd);
      if (d.behind && !d.met && today >= noticeFrom)
        notices.push({
          id: `duties-behind:${d.stream}:${d.period}`,
          kind: 'duties-behind',
          title: `${d.stream}, ${d.period}`,
          at: `${noticeFrom}T00:00:00.000Z`,
        });
    }
  }
  const thanks = await db
    .selectFrom('appreciations as a')
    .innerJoin('members as m', 'm.id', 'a.from_member')
    .select(['a.appreciation_id', 'a.from_member', 'a.note', 'a.given_at', 'm.display_name'])
    .where('a.member_id', '=', me.memberId)
    .where('a.given_at', '>=', since)
    .execute();
  for (const t of thanks)
    notices.push({
      id: `appreciation-received:${t.appreciation_id}`,
      kind: 'appreciation-received',
      title: t.note ? `${t.display_name}: ${t.note}` : t.display_name,
      at: t.given_at,
      memberId: t.from_member,
    });
  for (const a of await ledgerAlarms(ctx, since))
    notices.push({ id: a.id, kind: 'ledger-alarm', title: a.title, at: a.at });
  return notices;
}

/**
 * Witness refusals of this node's checkpoint within `since`, as alarms of the whole DisCO: each
 * keyed by witness and moment, so a new refusal is a new alarm.
 *
 * @example const alarms = await ledgerAlarms(ctx, since); // [{ id: 'ledger-alarm:…', title: '…', at }]
 */
export async function ledgerAlarms(
  ctx: AppContext,
  since: string,
): Promise<{ id: string; title: string; at: string }[]> {
  const rows = await ctx.store.db
    .selectFrom('witness_progress')
    .select(['witness_key', 'url', 'refusal', 'refused_at'])
    .where('refusal', 'is not', null)
    .where('refused_at', '>=', since)
    .execute();
  // The notice names the witness only: its reason is stored English, and the ledger page the
  // notice links to words it in the reader's language.
  return rows.map((r) => ({
    id: `ledger-alarm:${r.witness_key}:${r.refused_at!}`,
    title: r.url,
    at: r.refused_at!,
  }));
}
