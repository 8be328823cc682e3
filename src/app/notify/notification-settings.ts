import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { NOTIFICATION_KINDS, WORKER_KINDS, type NotificationKind } from './notification-log.js';
import { refusal } from '../errors.js';

export const DELIVERIES = ['immediate', 'daily', 'weekly', 'off'] as const;
export type Delivery = (typeof DELIVERIES)[number];
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A vote waiting on a member is worth a mail at once; the rest can wait for the day's digest.
 * The one place the defaults are chosen.
 */
export function defaultDelivery(kind: NotificationKind): Delivery {
  return kind === 'proposal-opened' ||
    kind === 'review-due' ||
    kind === 'deadline-soon' ||
    kind === 'ledger-alarm'
    ? 'immediate'
    : kind === 'duties-behind'
      ? 'weekly'
      : 'daily';
}

export interface NotificationSettings {
  language: Language;
  /** Whether this node sends mail at all; without it, every notice stays in the Deck. */
  mailConfigured: boolean;
  kinds: { kind: NotificationKind; delivery: Delivery; isDefault: boolean }[];
}

/** The settings of many members at once, for the sweep that mails them. */
export async function settingsOfMembers(
  ctx: AppContext,
  memberIds: readonly string[],
): Promise<Map<string, { language: Language; delivery: (kind: NotificationKind) => Delivery }>> {
  const db = ctx.store.db;
  const result = new Map<
    string,
    { language: Language; delivery: (kind: NotificationKind) => Delivery }
  >();
  if (memberIds.length === 0) return result;
  const chosen = new Map<string, Map<string, Delivery>>();
  const languages = new Map<string, Language>();
  for (let i = 0; i < memberIds.length; i += 500) {
    const slice = memberIds.slice(i, i + 500);
    for (const row of await db
      .selectFrom('notification_settings')
      .select(['member_id', 'kind', 'delivery'])
      .where('member_id', 'in', slice)
      .execute()) {
      const own = chosen.get(row.member_id) ?? new Map<string, Delivery>();
      own.set(row.kind, row.delivery);
      chosen.set(row.member_id, own);
    }
    for (const row of await db
      .selectFrom('notification_profiles')
      .select(['member_id', 'language'])
      .where('member_id', 'in', slice)
      .execute())
      languages.set(row.member_id, row.language);
  }
  for (const id of memberIds) {
    const own = chosen.get(id);
    result.set(id, {
      language: languages.get(id) ?? 'en',
      delivery: (kind) => own?.get(kind) ?? defaultDelivery(kind),
    });
  }
  return result;
}

/**
 * The actor's delivery per kind and mail language.
 *
 * @example (await showNotificationSettings(ctx, ana)).kinds[0] // { kind: 'proposal-opened', delivery: 'immediate', isDefault: true }
 */
export async function showNotificationSettings(
  ctx: AppContext,
  actor: Actor | null,
): Promise<NotificationSettings> {
  ensureAllowed('notification.settings', actor);
  const db = ctx.store.db;
  const memberId = actor!.memberId;
  const rows = await db
    .selectFrom('notification_settings')
    .select(['kind', 'delivery'])
    .where('member_id', '=', memberId)
    .execute();
  const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
  const profile = await db
    .selectFrom('notification_profiles')
    .select('language')
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return {
    language: profile?.language ?? 'en',
    mailConfigured: ctx.notify?.mail !== undefined,
    // Clients and supporters are never asked to validate, check in or meet duties.
    kinds: kindsFor(actor!).map((kind) => ({
      kind,
      delivery: chosen.get(kind) ?? defaultDelivery(kind),
      isDefault: !chosen.has(kind),
    })),
  };
}

/** The kinds a member can receive, and so choose a delivery for. */
export function kindsFor(actor: Actor): readonly NotificationKind[] {
  return actor.level === null
    ? NOTIFICATION_KINDS.filter((k) => !WORKER_KINDS.includes(k))
    : NOTIFICATION_KINDS;
}

export const setNotificationSettingsInput = z.strictObject({
  /** The language of your mail. */
  language: z.enum(LANGUAGES).optional(),
  /** Delivery by kind; kinds left out keep what they had. */
  kinds: z
    .partialRecord(z.enum(NOTIFICATION_KINDS as [NotificationKind]), z.enum(DELIVERIES))
    .optional(),
});

/**
 * Sets the actor's delivery for the kinds given and their mail language; off the ledger (a
 * member's own business). Answers the settings as they now are.
 *
 * @example await setNotificationSettings(ctx, ana, { kinds: { outcome: 'weekly' }, language: 'es' });
 */
export async function setNotificationSettings(
  ctx: AppContext,
  actor: Actor | null,
  input: z.input<typeof setNotificationSettingsInput>,
): Promise<NotificationSettings> {
  const parsed = parseInput(
    setNotificationSettingsInput,
    input,
    refusal('refusal.notification-settings-cannot-be-changed'),
  );
  ensureAllowed('notification.settings', actor);
  await saveSettings(ctx, actor!.memberId, parsed);
  return showNotificationSettings(ctx, actor);
}

/** Writes settings without asking who (the unsubscribe route has checked its signed token). */
export async function saveSettings(
  ctx: AppContext,
  memberId: string,
  settings: { language?: Language; kinds?: Partial<Record<NotificationKind, Delivery>> },
): Promise<void> {
  const now = ctx.clock().toISOString();
  const db = ctx.store.db;
  const kinds = Object.entries(settings.kinds ?? {}) as [NotificationKind, Delivery][];
  await db.transaction().execute(async (trx) => {
    if (kinds.length > 0)
      await trx
        .insertInto('notification_settings')
        .values(
          kinds.map(([kind, delivery]) => ({
            member_id: memberId,
            kind,
            delivery,
            updated_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['member_id', 'kind']).doUpdateSet((eb) => ({
            delivery: eb.ref('excluded.delivery'),
            updated_at: now,
          })),
        )
        .execute();
    if (settings.language)
      await trx
        .insertInto('notification_profiles')
        .values({ member_id: memberId, language: settings.language, updated_at: now })
        .onConflict((oc) =>
          oc.column('member_id').doUpdateSet({ language: settings.language!, updated_at: now }),
        )
        .execute();
  });
}
