import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { HttpEnv } from './env.js';

/**
 * The entity tag of a read's version: a digest, so the tag names neither the member nor the
 * ledger's head it was made from.
 */
export function entityTag(version: string): string {
  return `"${createHash('sha256').update(version).digest('base64url').slice(0, 27)}"`;
}

/** Whether an `If-None-Match` header names `tag` (RFC 9110 §13.1.2: weak comparison, or `*`). */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === tag);
}

/**
 * Conditional GET for a read whose answer is a function of `versionOf`: the version is cheap to
 * learn (a chain head, a date), the answer is not. A request that names the current version's tag
 * gets 304 and no body; any other gets the answer with its tag. The answer depends on who asks,
 * so `Vary` names both credentials and the cache is the member's own (`private`), asked again on
 * every use (`no-cache`). `versionOf` answering undefined (input the route will refuse) or a
 * refusal leaves the route to answer as it would without this.
 *
 * @example app.use('/dashboard', conditionalGet((c) => dashboardVersion(ctx, c.var.actor)))
 */
export function conditionalGet(
  versionOf: (c: Context<HttpEnv>) => Promise<string | undefined>,
): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const version = await versionOf(c);
    if (version === undefined) return next();
    const tag = entityTag(version);
    const headers = {
      ETag: tag,
      Vary: 'Cookie, Authorization',
      'Cache-Control': 'private, no-cache',
    };
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), tag)) return c.body(null, 304, headers);
    await next();
    if (c.res.status !== 200) return;
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
