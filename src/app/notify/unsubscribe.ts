import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { AppError, refusal } from '../errors.js';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-log.js';
import { saveSettings } from './notification-settings.js';

/*
 * One-click unsubscribe (RFC 8058): each mail's List-Unsubscribe names an HTTPS URL holding a
 * token signed with the node's notify secret (HMAC-SHA256), saying whose mail and which kinds.
 * A POST to it turns that mail off without signing in; nothing else can be done with the token.
 */

const tokenBody = z.object({
  m: z.string().min(1).max(100),
  /** The kind it stops, or `*` for every kind (a digest). */
  k: z.union([z.enum(NOTIFICATION_KINDS as [NotificationKind]), z.literal('*')]),
});

/** The node's signing secret for unsubscribe links, made at first use and shared by servers. */
async function notifySecret(ctx: AppContext): Promise<Buffer> {
  const db = ctx.store.db;
  await db
    .insertInto('notify_secrets')
    .values({
      id: 1,
      secret: randomBytes(32).toString('base64url'),
      created_at: ctx.clock().toISOString(),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const row = await db
    .selectFrom('notify_secrets')
    .select('secret')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.secret, 'base64url');
}

function mac(secret: Buffer, body: string): string {
  return createHmac('sha256', secret).update(`unsubscribe.${body}`).digest('base64url');
}

/**
 * A token that stops `kind` (or every kind with `*`) for a member.
 *
 * @example const token = await unsubscribeToken(ctx, ana.memberId, 'outcome');
 */
export async function unsubscribeToken(
  ctx: AppContext,
  memberId: string,
  kind: NotificationKind | '*',
): Promise<string> {
  return (await unsubscribeSigner(ctx))(memberId, kind);
}

/**
 * Signs many tokens with one read of the secret (a digest run signs one per member).
 *
 * @example const sign = await unsubscribeSigner(ctx); sign(ana.memberId, '*');
 */
export async function unsubscribeSigner(
  ctx: AppContext,
): Promise<(memberId: string, kind: NotificationKind | '*') => string> {
  const secret = await notifySecret(ctx);
  return (memberId, kind) => {
    const body = Buffer.from(JSON.stringify({ m: memberId, k: kind })).toString('base64url');
    return `${body}.${mac(secret, body)}`;
  };
}

/**
 * Turns off the mail a signed token names. Refuses (404, saying nothing of why) a token that
 * is not one of this node's.
 *
 * @example await unsubscribe(ctx, token) // { kinds: ['outcome'] }
 */
export async function unsubscribe(
  ctx: AppContext,
  token: string,
): Promise<{ kinds: NotificationKind[] }> {
  const refused = new AppError(
    404,
    'not-found',
    refusal('refusal.unsubscribe-link-not-valid'),
    refusal('hint.change-notification-settings'),
  );
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) throw refused;
  const expected = Buffer.from(mac(await notifySecret(ctx), body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw refused;
  let parsed: z.output<typeof tokenBody>;
  try {
    parsed = tokenBody.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    throw refused;
  }
  const kinds = parsed.k === '*' ? [...NOTIFICATION_KINDS] : [parsed.k];
  await saveSettings(ctx, parsed.m, {
    kinds: Object.fromEntries(kinds.map((k) => [k, 'off' as const])),
  });
  return { kinds };
}
