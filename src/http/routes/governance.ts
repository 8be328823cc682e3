import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import {
  setGovernanceParameters,
  type SetGovernanceParametersInput,
} from '../../app/governance/set-governance-parameters.js';
import { showGovernanceParameters } from '../../app/governance/show-governance-parameters.js';
import type { HttpEnv } from '../env.js';
import { governanceParametersSchema } from '../governance-schemas.js';

import { problemResponses } from '../problem.js';
import { changed, json, recorded } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Governance'];

const showRoute = createRoute({
  method: 'get',
  path: '/governance/parameters',
  tags: TAGS,
  summary: 'Governance parameters',
  description:
    'Who votes on which kind of proposal, ballot weights per constituency and quorums. Members only.',
  responses: {
    200: {
      description: 'The parameters in force.',
      content: { 'application/json': { schema: governanceParametersSchema } },
    },
    ...problemResponses(401, 403),
  },
});

const setRoute = createRoute({
  method: 'put',
  path: '/governance/parameters',
  tags: TAGS,
  summary: 'Set the first governance parameters',
  description:
    'The first document only, by a founder; fields left out take their defaults. Once set, only a passed `policy-amendment` proposal carrying `governanceParameters` changes them: 409 here.',
  request: {
    body: json(governanceParametersSchema),
  },
  responses: {
    ...changed,
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

/**
 * The governance parameters routes.
 *
 * @example app.route('/api', governanceRoutes(actx))
 */
export function governanceRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(showRoute, async (c) =>
    c.json(await showGovernanceParameters(ctx, c.var.actor), 200),
  );
  app.openapi(setRoute, async (c) => {
    const body = c.req.valid('json') as SetGovernanceParametersInput;
    const located = {
      voters: 'body',
      quorum: 'body',
      weights: 'body',
      delegation: 'body',
    } as const;
    return c.json(
      recorded(
        await locatingFields(located, () => setGovernanceParameters(ctx, c.var.actor, body)),
      ),
      200,
    );
  });
  return app;
}
