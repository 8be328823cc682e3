import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { markGuideSeen } from '../../app/help/mark-guide-seen.js';
import { showGuideSeen } from '../../app/help/show-guide-seen.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';

const TAGS = ['Members'];

const guideSeenSchema = z.object({ seenAt: z.string().nullable() }).openapi('GuideSeen', {
  description: 'When you first saw the Deck’s first-run guide, on any device; null if never.',
});

const showRoute = createRoute({
  method: 'get',
  path: '/me/guide',
  tags: TAGS,
  summary: 'Whether you have seen the first-run guide',
  description:
    'Kept per member, so that the Deck shows the guide once, not once on every device you sign in on.',
  responses: {
    200: {
      description: 'When you saw it.',
      content: { 'application/json': { schema: guideSeenSchema } },
    },
    ...problemResponses(401, 403),
  },
});

const markRoute = createRoute({
  method: 'put',
  path: '/me/guide',
  tags: TAGS,
  summary: 'Record that you have seen the first-run guide',
  description: 'Idempotent: the first moment is kept.',
  responses: {
    200: {
      description: 'When you first saw it.',
      content: { 'application/json': { schema: guideSeenSchema } },
    },
    ...problemResponses(401, 403),
  },
});

/**
 * The first-run guide's "seen" mark of the signed-in member.
 *
 * @example app.route('/api', guideRoutes(actx))
 */
export function guideRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(showRoute, async (c) => c.json(await showGuideSeen(ctx, c.var.actor), 200));
  app.openapi(markRoute, async (c) => c.json(await markGuideSeen(ctx, c.var.actor), 200));
  return app;
}
