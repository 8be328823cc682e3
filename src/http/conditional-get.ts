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
 * @example app.use('/dashboard', conditionalGet(dashboardRoute, (c) => dashboardVersion(ctx, c.var.actor)))
 */
export function conditionalGet(
  route: RouteConfig,
  versionOf: (c: Context<HttpEnv>) => Promise<string | undefined>,
): MiddlewareHandler<HttpEnv> {
  const shape = answerShape(route);
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
    await next();
    if (c.res.status !== 200) return;
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
