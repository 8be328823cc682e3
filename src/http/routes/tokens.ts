import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { createApiToken } from '../../app/auth/create-api-token.js';
import { listApiTokens } from '../../app/auth/list-api-tokens.js';
import { revokeApiToken } from '../../app/auth/revoke-api-token.js';
import { apiTokenSchema, createApiTokenBodySchema, newApiTokenSchema } from '../access-schemas.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { json } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const createTokenRoute = createRoute({
  method: 'post',
  path: '/tokens',
  tags: ['Access'],
  summary: 'Create an API token',
  description:
    'A bearer token for the CLI or an integration, acting as you. The secret is in this answer only; the node keeps its SHA-256. `Idempotency-Key` is ignored here, since keeping the answer would keep the secret.',
  request: {
    body: json(createApiTokenBodySchema),
  },
  responses: {
    201: {
      description: 'The new token, with its secret.',
      content: { 'application/json': { schema: newApiTokenSchema } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const listTokensRoute = createRoute({
  method: 'get',
  path: '/tokens',
  tags: ['Access'],
  summary: 'List API tokens',
  description:
    'Your API tokens, newest first, including revoked and expired ones; never their secrets. Founders may list another member’s with `memberId`.',
  request: {
    query: z.object({
      memberId: z
        .string()
        .max(100)
        .optional()
        .openapi({ description: 'Whose tokens; yours when left out.' }),
    }),
  },
  responses: {
    200: {
      description: 'The tokens.',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(apiTokenSchema) }).openapi('ApiTokenList'),
        },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

const revokeTokenRoute = createRoute({
  method: 'delete',
  path: '/tokens/{id}',
  tags: ['Access'],
  summary: 'Revoke an API token',
  description: 'The token stops working at once. Revoking a revoked token changes nothing.',
  request: {
    params: z.object({
      id: z
        .string()
        .max(100)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: { 204: { description: 'Revoked.' }, ...problemResponses(400, 401, 403, 404) },
});

/**
 * `POST /tokens`, `GET /tokens`, `DELETE /tokens/{id}`.
 *
 * @example app.route('/api', tokenRoutes(actx))
 */
export function tokenRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(createTokenRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await locatingFields({ name: 'body', expiresInDays: 'body' }, () =>
        createApiToken(ctx, c.var.actor, body),
      ),
      201,
    );
  });
  app.openapi(listTokensRoute, async (c) => {
    const { memberId } = c.req.valid('query');
    return c.json({ items: await listApiTokens(ctx, c.var.actor, memberId) }, 200);
  });
  app.openapi(revokeTokenRoute, async (c) => {
    await revokeApiToken(ctx, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
  return app;
}
