import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's IP address, for the per-address sign-in limit. `X-Forwarded-For` is believed only
 * when the operator says a proxy sets it; otherwise any client could claim a fresh address per try.
 *
 * @example const address = clientAddress(c, options.trustProxy);
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // `app.request` in tests has no socket behind it.
    return 'unknown';
  }
}
