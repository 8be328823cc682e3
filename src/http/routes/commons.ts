import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { commonsFeed } from '../../app/value/commons-feed.js';
import { listFederatedCommons } from '../../app/federation/list-federated-commons.js';
import { listCommons } from '../../app/value/list-commons.js';
import { updateCommonsResource } from '../../app/value/update-commons-resource.js';
import { commonsChanges } from '../../core/value/events.js';
import { withdrawCommonsResource } from '../../app/value/withdraw-commons-resource.js';
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
    spdx: z.string().nullable(),
    licenceUrl: z.string().nullable(),
    link: z.string(),
    registeredAt: z.string(),
    updatedAt: z.string().nullable(),
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

const resourceParam = z.object({ resourceId: z.string().min(1).max(128) });

const federatedRoute = createRoute({
  method: 'get',
  path: '/commons/federated',
  tags: TAGS,
  summary: 'The commons of federated DisCOs',
  description:
    'Commons entries federated DisCOs published (ActivityPub `Create`, `Update`, `Delete` of Valueflows economic resources), with their origin, as their last activity left them; a withdrawn entry disappears. Public: no account needed.',
  responses: {
    200: {
      description: 'The catalogue.',
      content: {
        'application/json': {
          schema: z
            .object({
              items: z.array(
                z
                  .object({
                    objectId: z.string(),
                    origin: z.string(),
                    originName: z.string().nullable(),
                    title: z.string(),
                    kind: z.string(),
                    licence: z.string(),
                    spdx: z.string().nullable(),
                    link: z.string(),
                    publishedAt: z.string(),
                    updatedAt: z.string().nullable(),
                  })
                  .openapi('FederatedCommonsEntry'),
              ),
            })
            .openapi('FederatedCommonsList'),
        },
      },
    },
    ...problemResponses(),
  },
});

const updateRoute = createRoute({
  method: 'put',
  path: '/commons/{resourceId}',
  tags: TAGS,
  summary: 'Change a commons resource',
  description:
    'The fields given (title, kind, licence as an SPDX identifier or a named licence, link) replace the old ones; federated followers get an `Update`. 404 for a resource not in the registry. Members.',
  request: { params: resourceParam, body: json(commonsChanges) },
  responses: {
    200: {
      description: 'Recorded.',
      content: { 'application/json': { schema: recordedSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const withdrawRoute = createRoute({
  method: 'post',
  path: '/commons/{resourceId}/withdrawal',
  tags: TAGS,
  summary: 'Withdraw a commons resource',
  description:
    'Takes the resource out of the registry, with an optional reason; the love work logged against it stays on record and federated followers get a `Delete`. Members.',
  request: {
    params: resourceParam,
    body: json(z.strictObject({ reason: z.string().max(500).optional() })),
  },
  responses: {
    200: {
      description: 'Recorded.',
      content: { 'application/json': { schema: recordedSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
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
  app.openapi(federatedRoute, async (c) =>
    c.json(await listFederatedCommons(ctx, c.var.actor), 200),
  );
  app.openapi(updateRoute, async (c) => {
    const { resourceId } = c.req.valid('param');
    const body = c.req.valid('json');
    return c.json(
      recorded(await updateCommonsResource(ctx, c.var.actor, { ...body, resourceId })),
      200,
    );
  });
  app.openapi(withdrawRoute, async (c) => {
    const { resourceId } = c.req.valid('param');
    const body = c.req.valid('json');
    return c.json(
      recorded(await withdrawCommonsResource(ctx, c.var.actor, { ...body, resourceId })),
      200,
    );
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
