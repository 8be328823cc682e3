import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { dashboardVersion } from '../../app/dashboard/dashboard-version.js';
import { showDashboard } from '../../app/dashboard/show-dashboard.js';
import { conditionalGet } from '../conditional-get.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';

const minor = z
  .string()
  .openapi({ description: 'Minor units of credit, as digits.', example: '40000' });

const dashboardSchema = z
  .object({
    period: z.string().openapi({ description: 'The current month, YYYY-MM.', example: '2026-03' }),
    currency: z.string().openapi({ example: 'EUR' }),
    streamsOverTime: z
      .array(
        z.object({
          week: z.string().openapi({ description: 'Monday of the ISO week, YYYY-MM-DD.' }),
          livelihood: minor,
          love: minor,
          care: minor,
        }),
      )
      .openapi({
        description:
          'Credits of counted work per stream and week, by the date of the work: the last 13 weeks, the current one last.',
      }),
    care: z
      .object({
        shares: z.array(
          z.object({
            memberId: z.string(),
            name: z.string(),
            share: z.number().openapi({ description: 'Share of the care credits, 0 to 1.' }),
            thanked: z
              .number()
              .openapi({ description: 'Appreciations the member received in those weeks.' }),
          }),
        ),
        gini: z
          .number()
          .openapi({ description: 'Gini coefficient of the care credits: 0 when shared evenly.' }),
      })
      .openapi({
        description:
          'Who carries the care work in those weeks (pending, counted and disputed work), every active worker-member included.',
      }),
    duties: z
      .array(
        z.object({
          memberId: z.string(),
          name: z.string(),
          stream: z.string(),
          period: z.string().openapi({ example: '2026-Q1' }),
          owed: minor,
          done: minor,
        }),
      )
      .openapi({
        description:
          'Each active worker-member’s duties for the current month and quarter, with the counted credits so far.',
      }),
    proposalsAwaitingMyVote: z
      .array(z.object({ id: z.string(), title: z.string(), deadline: z.string() }))
      .openapi({
        description: 'Open proposals you may vote on and have not, soonest deadline first.',
      }),
  })
  .openapi('Dashboard');

const dashboardRoute = createRoute({
  method: 'get',
  path: '/dashboard',
  tags: ['Dashboard'],
  summary: 'The dashboard',
  description:
    'What the Deck’s first page shows, aggregated on the server (never raw events): credits per stream and week, care shares and their Gini coefficient, duty progress, and the open proposals awaiting your vote. Members only.',
  responses: {
    200: {
      description: 'The dashboard.',
      content: { 'application/json': { schema: dashboardSchema } },
    },
    304: {
      description:
        'Not modified: `If-None-Match` named the `ETag` of the dashboard as it is now (it changes with the ledger, the day and the next open deadline).',
    },
    ...problemResponses(401, 403),
  },
});

/**
 * Dashboards kept in memory, one per member and version (about 13 KB each at a million events):
 * a member opening the Deck afresh gets the one computed at their last visit while the ledger has
 * not moved (conditionalGet).
 */
const KEEP = 64;

/**
 * The dashboard route.
 *
 * @example app.route('/api', dashboardRoutes(ctx))
 */
export function dashboardRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.use(
    '/dashboard',
    conditionalGet(dashboardRoute, (c) => dashboardVersion(ctx, c.var.actor), { keep: KEEP }),
  );
  app.openapi(dashboardRoute, async (c) => c.json(await showDashboard(ctx, c.var.actor), 200));
  return app;
}
