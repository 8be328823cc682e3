import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { notFound, refusal } from '../../app/errors.js';
import { getConsistencyProof } from '../../app/ledger/ledger-proofs.js';
import type { HttpEnv } from '../env.js';
import { integerText } from '../integer-text.js';
import { checkpointSchema, consistencyProofSchema } from '../ledger-schemas.js';
import { DEFAULT_PAGE_SIZE, pageOf, pageQuerySchema, pageSchema } from '../pagination.js';
import { problemResponses } from '../problem.js';
import { locatingFields } from '../validation.js';

const latestCheckpointRoute = createRoute({
  method: 'get',
  path: '/ledger/checkpoints/latest',
  tags: ['Checkpoints'],
  summary: 'The latest signed checkpoint',
  description:
    'The most recent tree head the node signed. Keep it: later, a consistency proof from its size shows the ledger was only ever appended to.',
  responses: {
    200: {
      description: 'The latest checkpoint.',
      content: { 'application/json': { schema: checkpointSchema } },
    },
    ...problemResponses(404),
  },
});

const listCheckpointsRoute = createRoute({
  method: 'get',
  path: '/ledger/checkpoints',
  tags: ['Checkpoints'],
  summary: 'List signed checkpoints',
  description: 'Every signed checkpoint in ascending order of tree size, a page at a time.',
  request: { query: pageQuerySchema },
  responses: {
    200: {
      description: 'A page of checkpoints.',
      content: { 'application/json': { schema: pageSchema(checkpointSchema, 'CheckpointPage') } },
    },
    ...problemResponses(400),
  },
});

const consistencyRoute = createRoute({
  method: 'get',
  path: '/ledger/consistency',
  tags: ['Checkpoints'],
  summary: 'Proof that the ledger was only appended to',
  description:
    'An RFC 9162 consistency proof between two sizes of the ledger: it shows that the first `from` events are unchanged in the ledger of `to` events. Compare `fromRoot` and `toRoot` with the roots of checkpoints you hold.',
  request: {
    query: z.object({
      from: integerText({
        min: 1,
        description: 'The older size, e.g. the treeSize of a checkpoint you hold.',
        example: 100,
      }),
      to: integerText({
        min: 1,
        description: 'The newer size: at least `from`, at most the ledger size.',
        example: 200,
      }),
    }),
  },
  responses: {
    200: {
      description: 'The consistency proof.',
      content: { 'application/json': { schema: consistencyProofSchema } },
    },
    ...problemResponses(400, 409),
  },
});

/**
 * `GET /ledger/checkpoints/latest`, `GET /ledger/checkpoints` and `GET /ledger/consistency`.
 *
 * @example app.route('/api', checkpointRoutes(ctx))
 */
export function checkpointRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();

  app.openapi(latestCheckpointRoute, async (c) => {
    const latest = await ctx.store.latestCheckpoint();
    if (!latest)
      throw notFound(
        refusal('refusal.node-has-not-signed-checkpoint'),
        refusal('hint.checkpoints-are-signed-ledger-grows-ask'),
      );
    return c.json(latest, 200);
  });

  app.openapi(listCheckpointsRoute, async (c) => {
    const { cursor = 0, limit = DEFAULT_PAGE_SIZE } = c.req.valid('query');
    return c.json(
      pageOf(
        await ctx.store.checkpoints(cursor, limit + 1),
        limit,
        (checkpoint) => checkpoint.treeSize,
      ),
      200,
    );
  });

  app.openapi(consistencyRoute, async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(
      await locatingFields({ from: 'query', to: 'query' }, () =>
        getConsistencyProof(ctx.store, from, to),
      ),
      200,
    );
  });

  return app;
}
