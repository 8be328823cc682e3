import { readDiscoProfile } from '../../app/read-disco-profile.js';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import type { HttpEnv } from '../env.js';
import { problem, ProblemError, problemResponses } from '../problem.js';

const healthSchema = z
  .object({
    status: z.literal('ok'),
    database: z
      .enum(['sqlite', 'postgres'])
      .openapi({ description: 'Which database this node keeps its ledger in.' }),
    ledger: z.object({
      size: z.number().int().min(0).openapi({ description: 'How many events the ledger holds.' }),
      head: z
        .string()
        .openapi({ description: 'Hash of the last event (64 zeros while the ledger is empty).' }),
      ledgerId: z
        .string()
        .nullable()
        .openapi({ description: 'Hash of the first event; null before the ledger is started.' }),
      name: z
        .string()
        .nullable()
        .openapi({ description: "The DisCO's current name; null before the ledger is started." }),
    }),
  })
  .openapi('Health');

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Node'],
  summary: 'Is this node up?',
  description:
    'Answers 200 when the node can read its database, with the size and head of the ledger; 503 when it cannot. Cheap enough for load balancers.',
  responses: {
    200: {
      description: 'The node and its database are up.',
      content: { 'application/json': { schema: healthSchema } },
    },
    ...problemResponses(503),
  },
});

/**
 * `GET /health`.
 *
 * @example app.route('/api', healthRoutes(ctx))
 */
export function healthRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(healthRoute, async (c) => {
    try {
      const [head, profile] = await Promise.all([ctx.store.head(), readDiscoProfile(ctx)]);
      return c.json(
        {
          status: 'ok' as const,
          database: ctx.store.dialect,
          ledger: {
            size: head.size,
            head: head.hash,
            ledgerId: profile?.ledgerId ?? null,
            name: profile?.name ?? null,
          },
        },
        200,
      );
    } catch (error) {
      c.var.log.error({ err: error }, 'health check could not read the database');
      throw new ProblemError(
        problem(503, 'database-unavailable', 'The node cannot read its database right now.'),
      );
    }
  });
  return app;
}
