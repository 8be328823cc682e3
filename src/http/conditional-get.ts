import { createHash } from 'node:crypto';
import { z, type RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { HttpEnv } from './env.js';

/**
 * The entity tag of a read's version: a digest, so the tag names neither the member nor the
 * ledger's head it was made from.
 */
export function entityTag(version: string): string {
  return `"${createHash('sha256').update(version).digest('base64url').slice(0, 27)}"`;
}

/**
 * A digest of the shape of `route`'s 200 JSON answer: its JSON Schema as zod writes it (fields,
 * types, which are required), without the OpenAPI descriptions and examples. It is part of every
 * tag conditionalGet gives, so a node whose answer changed shape never answers 304 to a tag an
 * older node gave: the browser would then keep the old shape's body for the new Deck. Derived
 * from the route itself, so a change of the schema cannot forget to change the tags.
 *
 * @example const shape = answerShape(dashboardRoute);
 */
export function answerShape(route: RouteConfig): string {
  const ok = route.responses[200];
  const media = ok && 'content' in ok ? ok.content?.['application/json'] : undefined;
  const schema: unknown = media && 'schema' in media ? media.schema : undefined;
  if (!(schema instanceof z.ZodType))
    throw new Error(
      `${route.method.toUpperCase()} ${route.path}: conditionalGet needs the route's 200 answer as a zod JSON schema`,
    );
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  return createHash('sha256').update(JSON.stringify(json)).digest('base64url');
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
 * Conditional GET for `route`, whose answer is a function of `versionOf` and of its shape
 * (answerShape): the version is cheap to learn (a chain head, a date), the answer is not. A request that names the current version's tag
 * gets 304 and no body; any other gets the answer with its tag. The answer depends on who asks,
 * so `Vary` names both credentials and the cache is the member's own (`private`), asked again on
 * every use (`no-cache`). `versionOf` answering undefined (input the route will refuse) or a
 * refusal leaves the route to answer as it would without this.
 *
 * `keep`: how many answers to keep in memory, by version, the least recently used going first.
 * A browser with nothing cached (a first visit, a new device) asks without `If-None-Match`; the
 * answer of a version already computed for that member is then sent again as it was, where the
 * route would compute it again (the dashboard aggregates the ledger's read models: tens of
 * milliseconds on the node's one thread, which every other request of the page waits behind).
 * It is what a 304 already relies on: equal versions, equal answers.
 *
 * @example app.use('/dashboard', conditionalGet(dashboardRoute, (c) => dashboardVersion(ctx, c.var.actor), { keep: 64 }))
 */
export function conditionalGet(
  route: RouteConfig,
  versionOf: (c: Context<HttpEnv>) => Promise<string | undefined>,
  options: { keep?: number } = {},
): MiddlewareHandler<HttpEnv> {
  const shape = answerShape(route);
  const keep = options.keep ?? 0;
  const kept = new Map<string, { body: string; contentType: string }>();
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const version = await versionOf(c);
    if (version === undefined) return next();
    const tag = entityTag(JSON.stringify([shape, version]));
    const headers = {
      ETag: tag,
      Vary: 'Cookie, Authorization',
      'Cache-Control': 'private, no-cache',
    };
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), tag)) return c.body(null, 304, headers);
    const known = c.req.method === 'GET' ? kept.get(tag) : undefined;
    if (known) {
      // Used again: the last to go.
      kept.delete(tag);
      kept.set(tag, known);
      return c.body(known.body, 200, { ...headers, 'Content-Type': known.contentType });
    }
    await next();
    if (c.res.status !== 200) return;
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    if (keep === 0 || c.req.method !== 'GET') return;
    const body = await c.res.clone().text();
    if (body.length > MAX_KEPT_CHARS) return;
    kept.set(tag, { body, contentType: c.res.headers.get('Content-Type') ?? 'application/json' });
    if (kept.size > keep) kept.delete(kept.keys().next().value!);
  };
}

/** An answer longer than this is computed again rather than kept: memory stays bounded. */
const MAX_KEPT_CHARS = 256 * 1024;
