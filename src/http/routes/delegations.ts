import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { listDelegations } from '../../app/governance/list-delegations.js';
import { revokeDelegation } from '../../app/governance/revoke-delegation.js';
import { setDelegation } from '../../app/governance/set-delegation.js';
import { PROPOSAL_KINDS } from '../../core/governance/vocabulary.js';
import type { HttpEnv } from '../env.js';

import { problemResponses } from '../problem.js';
import { changed, recorded } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Governance'];

const scope = {
  circle: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'A circle (id or slug): the delegation applies to its proposals.' }),
  topic: z.enum(PROPOSAL_KINDS).optional().openapi({
    description:
      'A kind of proposal: the delegation applies to proposals of that kind. Neither circle nor topic: every proposal.',
  }),
};

export const delegationSchema = z
  .object({
    delegatorId: z.string(),
    delegatorName: z.string(),
    delegateId: z.string(),
    delegateName: z.string(),
    circleId: z.string().nullable(),
    topic: z.string().nullable(),
    setAt: z.string(),
  })
  .openapi('Delegation');

const listRoute = createRoute({
  method: 'get',
  path: '/delegations',
  tags: TAGS,
  summary: 'Your delegations',
  description: 'The delegations you gave (one per scope) and those given to you.',
  responses: {
    200: {
      description: 'Your delegations.',
      content: {
        'application/json': {
          schema: z.object({
            given: z.array(delegationSchema),
            received: z.array(delegationSchema),
          }),
        },
      },
    },
    ...problemResponses(401, 403),
  },
});

const setRoute = createRoute({
  method: 'put',
  path: '/delegations',
  tags: TAGS,
  summary: 'Delegate your vote',
  description:
    'To another member, on a circle, a topic or everything, replacing your delegation in that scope. When you vote yourself, your delegation does not count on that proposal. Refused (409) when the DisCO has not switched delegation on, and (422) when it would make a cycle.',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({ delegateId: z.string().max(100), ...scope }).strict(),
        },
      },
      required: true,
    },
  },
  responses: {
    ...changed,
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

const revokeRoute = createRoute({
  method: 'delete',
  path: '/delegations',
  tags: TAGS,
  summary: 'Take back your delegation',
  description:
    'In the scope given by `circle` or `topic` (neither: your delegation on everything).',
  request: { query: z.object(scope) },
  responses: {
    ...changed,
    ...problemResponses(400, 401, 403, 404),
  },
});

/**
 * The delegation routes: list, set, revoke.
 *
 * @example app.route('/api', delegationRoutes(actx))
 */
export function delegationRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => c.json(await listDelegations(ctx, c.var.actor), 200));
  app.openapi(setRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields({ delegateId: 'body', circle: 'body', topic: 'body' }, () =>
          setDelegation(ctx, c.var.actor, body),
        ),
      ),
      200,
    );
  });
  app.openapi(revokeRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      recorded(
        await locatingFields({ circle: 'query', topic: 'query' }, () =>
          revokeDelegation(ctx, c.var.actor, query),
        ),
      ),
      200,
    );
  });
  return app;
}
