import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { listNotifications } from '../../app/governance/list-notifications.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';

const notificationSchema = z
  .object({
    kind: z.enum(['proposal-opened', 'deadline-soon', 'outcome', 'review-due']),
    proposalId: z.string(),
    title: z.string(),
    at: z.string().openapi({ description: 'When it happened; for `deadline-soon`, the deadline.' }),
    outcome: z.string().optional(),
  })
  .openapi('Notification');

const listRoute = createRoute({
  method: 'get',
  path: '/notifications',
  tags: ['Proposals'],
  summary: 'Your notifications',
  description:
    'Newest first: proposals opened in your scope (the whole DisCO or your circles) in the last 7 days, reviews that opened, outcomes of the last 7 days, and open proposals closing within 24 hours on which you may vote and have not.',
  responses: { 200: { description: 'Your notifications.', content: { 'application/json': { schema: z.object({ items: z.array(notificationSchema) }) } } }, ...problemResponses(401, 403) },
});

/**
 * The notifications route.
 *
 * @example app.route('/api', notificationRoutes(actx))
 */
export function notificationRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => c.json({ items: await listNotifications(ctx, c.var.actor) }, 200));
  return app;
}
