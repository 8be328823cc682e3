import type { Notification } from '../governance/list-notifications.js';
import type { AppContext } from '../context.js';
import { uuidv7 } from '../ids.js';

/*
 * The stored notification log: one row per member per notice (`notice_id` is the kind and its
 * subject, as `deadline-soon:<proposalId>`), so a notice is recorded once however often it is
 * derived, a read mark sticks, a digest carries it once and an immediate mail goes once.
 */

export type NotificationKind = Notification['kind'];

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'proposal-opened',
  'deadline-soon',
  'outcome',
  'review-due',
  'validations-waiting',
  'dispute',
  'milestone-reached',
  'evaluation-opened',
  'checkin-due',
  'rhythm-starting',
  'duties-behind',
  'appreciation-received',
  'ledger-alarm',
];

/**
 * Kinds about the DisCO or a circle as a whole (not about one member's own business), which its
 * webhooks may carry to a chat room.
 */
export const SHARED_KINDS: readonly NotificationKind[] = ['rhythm-starting', 'ledger-alarm'];

/** Kinds that only concern worker-members: clients and supporters neither get nor choose them. */
export const WORKER_KINDS: readonly NotificationKind[] = [
  'validations-waiting',
  'checkin-due',
  'duties-behind',
];

/** What a notice says beyond its kind, kept as JSON on the row. */
export interface NoticeParams {
  title: string;
  proposalId?: string;
  contributionId?: string;
  memberId?: string;
  count?: number;
  outcome?: string;
  outcomeCode?: string;
  rhythmId?: string;
  circleId?: string;
}

/**
 * What a closed proposal decided, for its notice: the members' statement in their own words, or,
 * before they state one, its outcome as a code each reader's language words.
 */
export function decidedAs(p: {
  outcome_statement: string | null;
  outcome: string | null;
}): Pick<NoticeParams, 'outcome' | 'outcomeCode'> {
  return p.outcome_statement
    ? { outcome: p.outcome_statement }
    : { outcomeCode: p.outcome ?? 'none' };
}

/** A notice as derived, before the log knows it. */
export type DerivedNotice = Omit<Notification, 'read'>;

/** Where in the Deck a member acts on a notice (the Deck's `whereToAct`, for mail links). */
export function linkOf(n: Pick<Notification, 'kind' | 'proposalId'>): string {
  if (n.proposalId) return `/proposals/${n.proposalId}`;
  if (n.kind === 'validations-waiting') return '/log#awaiting-heading';
  if (n.kind === 'dispute') return '/log#recent-heading';
  if (n.kind === 'evaluation-opened') return '/evaluations';
  if (n.kind === 'checkin-due') return '/rhythms#checkin-heading';
  if (n.kind === 'rhythm-starting') return '/rhythms#rhythm-list-heading';
  if (n.kind === 'duties-behind') return '/#duties-heading';
  if (n.kind === 'appreciation-received') return '/rhythms#thanks-heading';
  if (n.kind === 'ledger-alarm') return '/ledger';
  return '/me#path-heading';
}

function paramsOf(n: DerivedNotice): NoticeParams {
  return {
    title: n.title,
    ...(n.proposalId !== undefined ? { proposalId: n.proposalId } : {}),
    ...(n.contributionId !== undefined ? { contributionId: n.contributionId } : {}),
    ...(n.memberId !== undefined ? { memberId: n.memberId } : {}),
    ...(n.count !== undefined ? { count: n.count } : {}),
    ...(n.outcome !== undefined ? { outcome: n.outcome } : {}),
    ...(n.outcomeCode !== undefined ? { outcomeCode: n.outcomeCode } : {}),
    ...(n.rhythmId !== undefined ? { rhythmId: n.rhythmId } : {}),
    ...(n.circleId !== undefined ? { circleId: n.circleId } : {}),
  };
}

/**
 * Records what is current for a member: new notices get a row (a second server recording the same
 * notice at once inserts nothing, by the unique key), notices current again lose their resolved
 * mark, changed words (a count) are updated, and rows no longer derived are marked resolved (kept for digests and "sent once").
 * Without mail, new rows are marked `none` so that configuring mail later sends no backlog.
 *
 * @example await recordNotifications(ctx, ana.memberId, await deriveNotifications(ctx, ana));
 */
export async function recordNotifications(
  ctx: AppContext,
  memberId: string,
  derived: readonly DerivedNotice[],
): Promise<{ added: number; resolved: number }> {
  const db = ctx.store.db;
  const now = ctx.clock().toISOString();
  const known = await db
    .selectFrom('notification_log')
    .select(['notice_id', 'resolved_at', 'params', 'at'])
    .where('member_id', '=', memberId)
    .where((eb) =>
      eb.or([
        eb('resolved_at', 'is', null),
        ...(derived.length > 0
          ? [
              eb(
                'notice_id',
                'in',
                derived.map((n) => n.id),
              ),
            ]
          : []),
      ]),
    )
    .execute();
  const byId = new Map(known.map((k) => [k.notice_id, k.resolved_at]));
  const stored = new Map(known.map((k) => [k.notice_id, k]));
  const current = new Set(derived.map((n) => n.id));
  const fresh = derived.filter((n) => !byId.has(n.id));
  let added = 0;
  if (fresh.length > 0) {
    // Read marks made before the log existed (0050's table) carry over.
    const legacy = new Map(
      (
        await db
          .selectFrom('notification_reads')
          .select(['notification_id', 'read_at'])
          .where('member_id', '=', memberId)
          .where(
            'notification_id',
            'in',
            fresh.map((n) => n.id),
          )
          .execute()
      ).map((r) => [r.notification_id, r.read_at]),
    );
    const result = await db
      .insertInto('notification_log')
      .values(
        fresh.map((n) => ({
          id: uuidv7(ctx.clock),
          member_id: memberId,
          notice_id: n.id,
          kind: n.kind,
          params: JSON.stringify(paramsOf(n)),
          link: linkOf(n),
          at: n.at,
          created_at: now,
          read_at: legacy.get(n.id) ?? null,
          resolved_at: null,
          mailed: ctx.notify?.mail ? null : 'none',
        })),
      )
      .onConflict((oc) => oc.columns(['member_id', 'notice_id']).doNothing())
      .executeTakeFirst();
    added = Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  const back = derived.filter((n) => byId.has(n.id) && byId.get(n.id) !== null).map((n) => n.id);
  if (back.length > 0)
    await db
      .updateTable('notification_log')
      .set({ resolved_at: null })
      .where('member_id', '=', memberId)
      .where('notice_id', 'in', back)
      .execute();
  // A notice's words may change while it stays the same notice (a count of waiting work).
  for (const n of derived) {
    const row = stored.get(n.id);
    const params = JSON.stringify(paramsOf(n));
    if (row && (row.params !== params || row.at !== n.at))
      await db
        .updateTable('notification_log')
        .set({ params, at: n.at })
        .where('member_id', '=', memberId)
        .where('notice_id', '=', n.id)
        .execute();
  }
  const gone = known.filter((k) => k.resolved_at === null && !current.has(k.notice_id));
  if (gone.length > 0)
    await db
      .updateTable('notification_log')
      .set({ resolved_at: now })
      .where('member_id', '=', memberId)
      .where(
        'notice_id',
        'in',
        gone.map((g) => g.notice_id),
      )
      .execute();
  return { added, resolved: gone.length };
}

/** A log row as the API shows it. */
export function noticeOfRow(row: {
  notice_id: string;
  kind: string;
  params: string;
  at: string;
  read_at: string | null;
}): Notification {
  const params = JSON.parse(row.params) as NoticeParams;
  return {
    id: row.notice_id,
    read: row.read_at !== null,
    kind: row.kind as NotificationKind,
    ...params,
    at: row.at,
  };
}

/**
 * A member's current (unresolved) notices from the log, newest first.
 *
 * @example const unread = await readNotificationLog(ctx, ana.memberId, { unread: true });
 */
export async function readNotificationLog(
  ctx: AppContext,
  memberId: string,
  options: { unread?: boolean } = {},
): Promise<Notification[]> {
  let query = ctx.store.db
    .selectFrom('notification_log')
    .select(['notice_id', 'kind', 'params', 'at', 'read_at'])
    .where('member_id', '=', memberId)
    .where('resolved_at', 'is', null);
  if (options.unread) query = query.where('read_at', 'is', null);
  const rows = await query.execute();
  const key = (n: Notification) => `${n.at}|${n.id}`;
  return rows.map(noticeOfRow).sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
}

/**
 * Marks notices read on the log; those already read are left as they were. Returns how many
 * were newly marked.
 */
export async function markLogRead(
  ctx: AppContext,
  memberId: string,
  noticeIds: readonly string[] | 'all-current',
): Promise<number> {
  let query = ctx.store.db
    .updateTable('notification_log')
    .set({ read_at: ctx.clock().toISOString() })
    .where('member_id', '=', memberId)
    .where('read_at', 'is', null)
    .where('resolved_at', 'is', null);
  if (noticeIds !== 'all-current') {
    if (noticeIds.length === 0) return 0;
    query = query.where('notice_id', 'in', noticeIds);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
