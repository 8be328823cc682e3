import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AuthContext } from '../app/auth/auth-context.js';
import { AppError, refusal } from '../app/errors.js';
import type { HttpEnv } from './env.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const KEEP_DAYS_HEADER = 'Idempotency-Keep-Days';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Long enough for any client to retry after a dropped connection; short enough to stay small. */
const KEEP_MS = DAY_MS;
/**
 * The longest a client may ask for: a season without a connection. Only writes queued on a device
 * ask, so the rows kept that long are few.
 */
export const MAX_KEEP_DAYS = 180;

/** The days asked for in `Idempotency-Keep-Days`, or null when the header is absent. */
function keepDays(header: string | undefined): number | null {
  if (header === undefined) return null;
  const days = /^\d{1,3}$/.test(header.trim()) ? Number(header.trim()) : 0;
  if (days < 1 || days > MAX_KEEP_DAYS) {
    throw new AppError(
      400,
      'invalid-input',
      refusal('refusal.idempotency-keep-days-out-of-range', {
        KEEP_DAYS_HEADER,
        max: MAX_KEEP_DAYS,
      }),
      refusal('hint.idempotency-keep-days-whole-number', { max: MAX_KEEP_DAYS }),
      [
        {
          field: `header.${KEEP_DAYS_HEADER}`,
          message: `must be a whole number from 1 to ${MAX_KEEP_DAYS}`,
        },
      ],
    );
  }
  return days;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Makes a member's write safe to retry: the first request with a given `Idempotency-Key` runs,
 * and its successful answer is kept for a day under (member, key); a retry with the same key and
 * the same request gets that answer again without running twice, a different request with the
 * key is refused (422), and one arriving while the first still runs gets 409. A refused or
 * failed request changed nothing, so its key is released and a retry runs for real.
 *
 * A client that may retry much later (work logged on a phone without a connection) sends
 * `Idempotency-Keep-Days: n` (1 to 180) with its key, and the answer is kept that many days.
 *
 * Routes whose answer holds a secret (`skip`) ignore the header: the secret would otherwise be
 * stored in plain text. Anonymous requests ignore it too, since they share no key space.
 *
 * @example app.use('/api/*', idempotency(actx, (method, path) => path === '/api/tokens'))
 */
export function idempotency(
  ctx: AuthContext,
  skip: (method: string, path: string) => boolean,
): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const key = c.req.header(IDEMPOTENCY_HEADER);
    const actor = c.var.actor;
    if (
      key === undefined ||
      !actor ||
      !WRITE_METHODS.has(c.req.method) ||
      skip(c.req.method, c.req.path)
    )
      return next();
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw new AppError(
        400,
        'invalid-input',
        refusal('refusal.idempotency-key-malformed', { IDEMPOTENCY_HEADER }),
        refusal('hint.use-fresh-uuid-per-operation'),
        [
          {
            field: `header.${IDEMPOTENCY_HEADER}`,
            message: 'must be 1 to 200 printable ASCII characters',
          },
        ],
      );
    }
    const days = keepDays(c.req.header(KEEP_DAYS_HEADER));
    const db = ctx.store.db;
    const requestHash = createHash('sha256')
      .update(`${c.req.method} ${c.req.path}\n`)
      .update(await c.req.text())
      .digest('hex');
    const now = ctx.clock();
    // ISO times in UTC compare as text, on both dialects.
    await db
      .deleteFrom('idempotent_responses')
      .where('member_id', '=', actor.memberId)
      .where((eb) =>
        eb.or([
          eb.and([
            eb('keep_until', 'is', null),
            eb('created_at', '<', new Date(now.getTime() - KEEP_MS).toISOString()),
          ]),
          eb('keep_until', '<', now.toISOString()),
        ]),
      )
      .execute();
    const claimed = await db
      .insertInto('idempotent_responses')
      .values({
        member_id: actor.memberId,
        key,
        request_hash: requestHash,
        status: null,
        body: null,
        created_at: now.toISOString(),
        keep_until: days === null ? null : new Date(now.getTime() + days * DAY_MS).toISOString(),
      })
      .onConflict((oc) => oc.columns(['member_id', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0n) === 0) {
      const kept = await db
        .selectFrom('idempotent_responses')
        .selectAll()
        .where('member_id', '=', actor.memberId)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (kept.request_hash !== requestHash) {
        throw new AppError(
          422,
          'idempotency-key-reused',
          refusal('refusal.idempotency-key-reused', { IDEMPOTENCY_HEADER }),
          refusal('hint.use-fresh-key-each-new-operation'),
        );
      }
      if (kept.status === null) {
        throw new AppError(
          409,
          'idempotency-in-progress',
          refusal('refusal.idempotent-request-still-running', { IDEMPOTENCY_HEADER }),
          refusal('hint.retry-moment'),
        );
      }
      c.header('Idempotent-Replayed', 'true');
      return kept.body === null
        ? c.body(null, kept.status as ContentfulStatusCode)
        : c.body(kept.body, kept.status as ContentfulStatusCode, {
            'Content-Type': 'application/json',
          });
    }
    try {
      await next();
    } finally {
      const res = c.res;
      // A prepared write recorded nothing yet: its commit must be free to use the key.
      if (res.status >= 400 || res.headers.get('Disco-Intent') === 'prepared') {
        await db
          .deleteFrom('idempotent_responses')
          .where('member_id', '=', actor.memberId)
          .where('key', '=', key)
          .execute();
      } else {
        const text = res.status === 204 ? null : await res.clone().text();
        await db
          .updateTable('idempotent_responses')
          .set({ status: res.status, body: text })
          .where('member_id', '=', actor.memberId)
          .where('key', '=', key)
          .execute();
      }
    }
  };
}
