import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { memberBalances } from '../../app/value/member-balances.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { locatingFields } from '../validation.js';

export const balanceSchema = z
  .object({
    memberId: z.string(),
    stream: z.string(),
    earned: z.string(),
    historical: z.string(),
    released: z.string().openapi({
      description: 'Historical care credits released (now payable) because dating ended.',
    }),
    forfeited: z.string().openapi({
      description: 'Historical care credits given up because the dater left, under a forfeit rule.',
    }),
    payable: z.string(),
    paid: z.string(),
    recorded: z.string(),
  })
  .openapi('Balance', {
    description: 'Credits in minor units, as digit strings so no amount loses precision.',
  });

const balancesRoute = createRoute({
  method: 'get',
  path: '/balances',
  tags: ['Value'],
  summary: 'Credit balances',
  description:
    'Per member and stream, from counted contributions dated on or before `asOf` (today by default): earned, historical (care earned while dating, not yet released), released and forfeited (by the care release rule once dating ended), payable, paid (0 until distribution lands) and recorded (casual work, never a claim). Members only.',
  request: {
    query: z.object({
      member: z.string().max(128).optional().openapi({ description: 'Only this member.' }),
      asOf: z
        .string()
        .max(20)
        .optional()
        .openapi({ description: 'YYYY-MM-DD in the DisCO’s time zone.' }),
      limit: z.string().max(10).optional().openapi({
        description:
          'At most this many members (1 to 10000) with all their streams, in member id order; the answer then names `next` when more follow.',
      }),
      after: z
        .string()
        .max(128)
        .optional()
        .openapi({ description: 'Start after this member id: the `next` of the previous page.' }),
    }),
  },
  responses: {
    200: {
      description: 'The balances.',
      content: {
        'application/json': {
          schema: z
            .object({
              asOf: z.string(),
              items: z.array(balanceSchema),
              next: z.string().optional().openapi({
                description:
                  'The member id to pass as `after` for the next page; absent on the last.',
              }),
            })
            .openapi('Balances'),
        },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

/**
 * The balances route.
 *
 * @example app.route('/api', balanceRoutes(ctx))
 */
export function balanceRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(balancesRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      await locatingFields({ member: 'query', asOf: 'query', limit: 'query', after: 'query' }, () =>
        memberBalances(ctx, c.var.actor, query),
      ),
      200,
    );
  });
  return app;
}
