import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { deriveNotifications } from '../governance/list-notifications.js';
import type { Job } from '../jobs/job-queue.js';
import { loadActor } from '../members/load-actor.js';
import { calendarDay } from '../use-case-steps.js';
import { noticeLines, noticeText, wordsOf } from './mail-words.js';
import {
  recordNotifications,
  type NoticeParams,
  type NotificationKind,
} from './notification-log.js';
import { settingsOfMembers, type Delivery } from './notification-settings.js';
import { DIGEST_JOB, enqueueManyOnce, enqueueOnce, MAIL_JOB } from './outbox.js';
import { queueMail, type MailPayload } from './send-mail.js';
import { unsubscribeSigner, unsubscribeToken } from './unsubscribe.js';

/*
 * From the notification log to mail: every sweep records what is current for every member with
 * an account, queues an immediate mail for each new notice whose kind the member wants at once,
 * and queues the day's and the week's digest jobs; a digest job gathers what waited for it.
 */

/** Where a member changes what mail they get (the Deck's page). */
export const SETTINGS_PATH = '/notifications/settings';
/** How many log rows one sweep mails at most; the next sweep takes the rest. */
const SWEEP_ROWS = 5000;
/** How many members' digests are queued in one transaction. */
const DIGEST_BATCH = 500;

/**
 * How often the sweep derives every member's notices even when nothing it reads has changed:
 * notices that come with time alone (a deadline within 24 hours, a gathering tomorrow, a new week
 * without a check-in) are seen within this bound.
 */
export const RESWEEP_MS = 15 * 60_000;

/**
 * What every source of notices looks like now: the ledger's size, accounts, check-ins, witness
 * refusals, and the quarter hour. Equal fingerprints mean a sweep would find what the last found.
 */
async function sourcesFingerprint(ctx: AppContext): Promise<string> {
  const db = ctx.store.db;
  const { size } = await ctx.store.head();
  const accounts = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  const checkins = await db
    .selectFrom('checkins')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.max('created_at').as('latest'),
    ])
    .executeTakeFirst();
  const refusals = await db
    .selectFrom('witness_progress')
    .select((eb) => eb.fn.max('refused_at').as('latest'))
    .executeTakeFirst();
  const quarter = Math.floor(ctx.clock().getTime() / RESWEEP_MS);
  return [
    size,
    accounts?.n ?? 0,
    checkins?.n ?? 0,
    checkins?.latest ?? '',
    refusals?.latest ?? '',
    quarter,
  ].join('|');
}

/**
 * Records every member's notices unless nothing they come from changed since the last sweep
 * (then it costs a handful of small queries). Returns how many notices it added.
 */
export async function recordIfChanged(ctx: AppContext): Promise<number> {
  const db = ctx.store.db;
  const fingerprint = await sourcesFingerprint(ctx);
  const last = await db
    .selectFrom('notify_sweeps')
    .select('fingerprint')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (last?.fingerprint === fingerprint) return 0;
  const added = await recordForEveryone(ctx);
  const swept_at = ctx.clock().toISOString();
  await db
    .insertInto('notify_sweeps')
    .values({ id: 1, fingerprint, swept_at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ fingerprint, swept_at }))
    .execute();
  return added;
}

/** Records the current notices of every active member who can sign in (and so read mail). */
export async function recordForEveryone(ctx: AppContext): Promise<number> {
  const members = await ctx.store.db
    .selectFrom('members as m')
    .innerJoin('accounts as a', 'a.member_id', 'm.id')
    .select('m.id')
    .where('m.status', '=', 'active')
    .execute();
  let added = 0;
  for (const { id } of members) {
    const actor = await loadActor(ctx, id);
    if (!actor) continue;
    added += (await recordNotifications(ctx, id, await deriveNotifications(ctx, actor))).added;
  }
  return added;
}

async function discoProfile(ctx: AppContext): Promise<{ name: string; timeZone: string }> {
  const row = await ctx.store.db
    .selectFrom('disco_profile')
    .select(['name', 'time_zone'])
    .executeTakeFirst();
  return { name: row?.name ?? 'disco-cat', timeZone: row?.time_zone ?? 'UTC' };
}

async function emailsOf(ctx: AppContext, memberIds: string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (let i = 0; i < memberIds.length; i += 500) {
    const rows = await ctx.store.db
      .selectFrom('accounts')
      .select(['member_id', 'email'])
      .where('member_id', 'in', memberIds.slice(i, i + 500))
      .execute();
    for (const r of rows) result.set(r.member_id, r.email);
  }
  return result;
}

interface PendingRow {
  id: string;
  member_id: string;
  kind: string;
  params: string;
  link: string;
  created_at: string;
  resolved_at: string | null;
}

async function pendingRows(ctx: AppContext, after = ''): Promise<PendingRow[]> {
  return ctx.store.db
    .selectFrom('notification_log')
    .select(['id', 'member_id', 'kind', 'params', 'link', 'created_at', 'resolved_at'])
    .where('mailed', 'is', null)
    .where('id', '>', after)
    .orderBy('id')
    .limit(SWEEP_ROWS)
    .execute();
}

async function markMailed(db: Kysely<Database>, ids: string[], mailed: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500)
    await db
      .updateTable('notification_log')
      .set({ mailed })
      .where('id', 'in', ids.slice(i, i + 500))
      .where('mailed', 'is', null)
      .execute();
}

/**
 * Queues one mail per new notice whose member wants that kind at once, and marks notices of
 * kinds turned off. Returns how many mails it queued.
 */
export async function queueImmediateMail(ctx: AppContext): Promise<number> {
  const mail = ctx.notify?.mail;
  if (!mail) return 0;
  const rows = (await pendingRows(ctx)).filter((r) => r.resolved_at === null);
  if (rows.length === 0) return 0;
  const members = [...new Set(rows.map((r) => r.member_id))];
  const settings = await settingsOfMembers(ctx, members);
  const emails = await emailsOf(ctx, members);
  const { name } = await discoProfile(ctx);
  let queued = 0;
  const off: string[] = [];
  for (const row of rows) {
    const member = settings.get(row.member_id)!;
    const kind = row.kind as NotificationKind;
    const delivery = member.delivery(kind);
    const to = emails.get(row.member_id);
    if (delivery === 'off' || !to) {
      off.push(row.id);
      continue;
    }
    if (delivery !== 'immediate') continue;
    const w = wordsOf(member.language);
    const params = JSON.parse(row.params) as NoticeParams;
    const token = await unsubscribeToken(ctx, row.member_id, kind);
    const text = [
      w.immediateIntro,
      '',
      noticeLines(member.language, { kind, params, link: row.link }, mail.publicUrl),
      '',
      '-- ',
      w.footer(new URL(SETTINGS_PATH, mail.publicUrl).href),
    ].join('\n');
    if (
      await queueMail(ctx, `mail:notice:${row.id}`, {
        to,
        subject: `${name}: ${noticeText(member.language, kind, params)}`,
        text,
        language: member.language,
        unsubscribeUrl: unsubscribeUrlOf(mail.publicUrl, token),
        memberId: row.member_id,
        purpose: 'notice',
      })
    )
      queued++;
    await markMailed(ctx.store.db, [row.id], 'immediate');
  }
  await markMailed(ctx.store.db, off, 'off');
  return queued;
}

export function unsubscribeUrlOf(publicUrl: string, token: string): string {
  return new URL(`/api/notifications/unsubscribe/${token}`, publicUrl).href;
}

/** The Monday that starts the week of a calendar day (YYYY-MM-DD). */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

export interface DigestPayload {
  period: 'daily' | 'weekly';
  /** The DisCO's calendar day the digest is for: notices recorded before it start are in it. */
  day: string;
}

/**
 * Queues today's daily digest job and this week's weekly one, each once (the job table's key),
 * whichever server sweeps first.
 */
export async function queueDigestJobs(ctx: AppContext): Promise<void> {
  if (!ctx.notify?.mail) return;
  const { timeZone } = await discoProfile(ctx);
  const today = calendarDay(ctx.clock(), timeZone);
  const daily: DigestPayload = { period: 'daily', day: today };
  const weekly: DigestPayload = { period: 'weekly', day: mondayOf(today) };
  for (const payload of [daily, weekly])
    await enqueueOnce(ctx, {
      kind: DIGEST_JOB,
      dedupeKey: `digest:${payload.period}:${payload.day}`,
      payload,
    });
}

/**
 * The `digest` job: for every member, one mail in their language with the notices recorded
 * before the digest's day whose kind they want in this digest and that are still current; those
 * notices are marked so no later digest carries them again. Returns how many mails it queued.
 */
export async function buildDigests(ctx: AppContext, payload: DigestPayload): Promise<number> {
  const mail = ctx.notify?.mail;
  if (!mail) return 0;
  const { name, timeZone } = await discoProfile(ctx);
  const period: Delivery = payload.period;
  // Gathered over every page first: a member's notices may span pages, and their digest is one mail.
  const byMember = new Map<string, PendingRow[]>();
  const settings = new Map<
    string,
    Awaited<ReturnType<typeof settingsOfMembers>> extends Map<string, infer V> ? V : never
  >();
  // Time zones move days by whole minutes: one formatting per minute, not per notice.
  const days = new Map<string, string>();
  const dayOf = (at: string): string => {
    const minute = at.slice(0, 16);
    let day = days.get(minute);
    if (day === undefined) days.set(minute, (day = calendarDay(new Date(at), timeZone)));
    return day;
  };
  let after = '';
  for (;;) {
    const page = await pendingRows(ctx, after);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const rows = page.filter((r) => dayOf(r.created_at) < payload.day);
    const unknown = [...new Set(rows.map((r) => r.member_id))].filter((m) => !settings.has(m));
    for (const [m, v] of await settingsOfMembers(ctx, unknown)) settings.set(m, v);
    const stale: string[] = [];
    for (const row of rows) {
      if (settings.get(row.member_id)!.delivery(row.kind as NotificationKind) !== period) continue;
      // A notice no longer current (a vote cast meanwhile) is not worth a line.
      if (row.resolved_at !== null) {
        stale.push(row.id);
        continue;
      }
      byMember.set(row.member_id, [...(byMember.get(row.member_id) ?? []), row]);
    }
    await markMailed(ctx.store.db, stale, 'resolved');
  }
  const emails = await emailsOf(ctx, [...byMember.keys()]);
  const sign = await unsubscribeSigner(ctx);
  const mailedAs = `${period}:${payload.day}`;
  let queued = 0;
  // In batches: one statement queues a batch's mails and one marks their notices, rather than
  // a commit per member (10,000 commits are most of a digest run's time on SQLite).
  const members = [...byMember.entries()];
  for (let i = 0; i < members.length; i += DIGEST_BATCH) {
    const jobs: { kind: string; dedupeKey: string; payload: MailPayload }[] = [];
    for (const [memberId, own] of members.slice(i, i + DIGEST_BATCH)) {
      const to = emails.get(memberId);
      if (!to) continue;
      const language = settings.get(memberId)!.language;
      const w = wordsOf(language);
      const lines = own
        .sort((a, b) => (a.created_at < b.created_at ? -1 : 1))
        .map((r) =>
          noticeLines(
            language,
            {
              kind: r.kind as NotificationKind,
              params: JSON.parse(r.params) as NoticeParams,
              link: r.link,
            },
            mail.publicUrl,
          ),
        );
      jobs.push({
        kind: MAIL_JOB,
        dedupeKey: `mail:digest:${period}:${payload.day}:${memberId}`,
        payload: {
          to,
          subject:
            period === 'daily'
              ? w.dailySubject(name, own.length)
              : w.weeklySubject(name, own.length),
          text: [
            w.digestIntro(own.length),
            '',
            ...lines,
            '',
            '-- ',
            w.footer(new URL(SETTINGS_PATH, mail.publicUrl).href),
          ].join('\n'),
          language,
          unsubscribeUrl: unsubscribeUrlOf(mail.publicUrl, sign(memberId, '*')),
          memberId,
          purpose: 'digest',
        },
      });
    }
    const rowIds = members.slice(i, i + DIGEST_BATCH).flatMap(([, own]) => own.map((r) => r.id));
    await ctx.store.db.transaction().execute(async (trx) => {
      queued += await enqueueManyOnce(ctx, jobs, trx);
      await markMailed(trx, rowIds, mailedAs);
    });
  }
  return queued;
}

/** The `digest` job's handler. */
export async function digestJob(ctx: AppContext, job: Job): Promise<void> {
  await buildDigests(ctx, job.payload as DigestPayload);
}
