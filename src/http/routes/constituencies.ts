import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import {
  defineConstituency,
  defineConstituencyInput,
} from '../../app/members/define-constituency.js';
import { listConstituencies } from '../../app/members/list-constituencies.js';
import {
  setConstituencyRights,
  setConstituencyRightsInput,
} from '../../app/members/set-constituency-rights.js';
import type { HttpEnv } from '../env.js';
import { constituencyIdParam, constituencySchema } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { changed, created, json, recorded } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Constituencies'];

const listRoute = createRoute({
  method: 'get',
  path: '/constituencies',
  tags: TAGS,
  summary: 'List constituencies',
  description:
    'Every constituency (worker-members, users and clients, supporters, ...) with its rights to propose, comment, vote and vote bindingly. Members only.',
  responses: {
    200: {
      description: 'The constituencies.',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(constituencySchema) }).openapi('ConstituencyList'),
        },
      },
    },
    ...problemResponses(401, 403),
  },
});

const defineRoute = createRoute({
  method: 'post',
  path: '/constituencies',
  tags: TAGS,
  summary: 'Define a constituency',
  description:
    'A constituency of the DisCO’s own (e.g. a proxy seat for the environment), with its rights.',
  request: {
    body: json(defineConstituencyInput),
  },
  responses: {
    ...created,
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

const rightsRoute = createRoute({
  method: 'put',
  path: '/constituencies/{constituencyId}/rights',
  tags: TAGS,
  summary: 'Change a constituency’s rights',
  description: 'Its members gain or lose the rights on their very next request.',
  request: {
    params: z.object({ constituencyId: constituencyIdParam }),
    body: {
      content: {
        'application/json': { schema: setConstituencyRightsInput.omit({ constituencyId: true }) },
      },
      required: true,
    },
  },
  responses: {
    ...changed,
    ...problemResponses(400, 401, 403, 404, 422),
  },
});

/**
 * `GET /constituencies`, `POST /constituencies`, `PUT /constituencies/{constituencyId}/rights`.
 *
 * @example app.route('/api', constituencyRoutes(actx))
 */
export function constituencyRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) =>
    c.json({ items: await listConstituencies(ctx, c.var.actor) }, 200),
  );
  app.openapi(defineRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields({ slug: 'body', name: 'body', rights: 'body' }, () =>
          defineConstituency(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  app.openapi(rightsRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields({ rights: 'body', constituencyId: 'path' }, () =>
          setConstituencyRights(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  return app;
}
