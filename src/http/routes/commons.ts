import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { commonsFeed } from '../../app/value/commons-feed.js';
import { listCommons } from '../../app/value/list-commons.js';
import {
  registerCommonsInput,
  registerCommonsResource,
} from '../../app/value/register-commons-resource.js';
import type { HttpEnv } from '../env.js';
import { recordedSchema } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { json, recorded } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Commons'];

const resourceSchema = z
  .object({
    resourceId: z.string(),
    title: z.string(),
    kind: z.string(),
    licence: z.string(),
    link: z.string(),
    registeredAt: z.string(),
    loveWork: z.array(
      z.object({
        contributionId: z.string(),
        memberId: z.string(),
        quantity: z.string(),
        unit: z.string(),
        date: z.string(),
        status: z.string(),
      }),
    ),
  })
  .openapi('CommonsResource');

const listRoute = createRoute({
  method: 'get',
  path: '/commons',
  tags: TAGS,
  summary: 'The commons registry',
  description:
    'Every commons resource the collective made or keeps, newest first, with its licence, link and the love work behind it. Public: no account needed.',
  responses: {
    200: {
      description: 'The registry.',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(resourceSchema) }).openapi('CommonsList'),
        },
      },
    },
    ...problemResponses(),
  },
});

const feedRoute = createRoute({
  method: 'get',
  path: '/commons.atom',
  tags: TAGS,
  summary: 'The commons registry as an Atom feed',
  description:
    'An Atom 1.0 feed (RFC 4287) of the commons registry, one entry per resource, for feed readers. Public: no account needed.',
  responses: {
    200: { description: 'The feed.', content: { 'application/atom+xml': { schema: z.string() } } },
    ...problemResponses(),
  },
});

const addRoute = createRoute({
  method: 'post',
  path: '/commons',
  tags: TAGS,
  summary: 'Register a commons resource',
  description:
    'A resource the collective made or keeps, with its kind, licence (an SPDX identifier or a named licence) and link; love work is then logged against it with `resource`. Members.',
  request: {
    body: json(registerCommonsInput),
  },
  responses: {
    201: {
      description: 'Recorded.',
      content: {
        'application/json': {
          schema: recordedSchema.extend({ resourceId: z.string() }).openapi('CommonsRecorded'),
        },
      },
    },
    ...problemResponses(400, 401, 403, 409),
  },
});

/**
 * The commons registry routes: the public list and Atom feed, and registering a resource.
 *
 * @example app.route('/api', commonsRoutes(ctx))
 */
export function commonsRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => c.json({ items: await listCommons(ctx, c.var.actor) }, 200));
  app.openapi(feedRoute, async (c) => {
    const xml = await commonsFeed(ctx, c.var.actor, new URL(c.req.url).href);
    return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });
  app.openapi(addRoute, async (c) => {
    const body = c.req.valid('json');
    const where = Object.fromEntries(
      Object.keys(registerCommonsInput.shape).map((k) => [k, 'body' as const]),
    );
    return c.json(
      recorded(await locatingFields(where, () => registerCommonsResource(ctx, c.var.actor, body))),
      201,
    );
  });
  return app;
}
