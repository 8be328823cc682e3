import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { listNotifications } from '../../app/governance/list-notifications.js';
import { markNotificationsRead } from '../../app/governance/mark-notifications-read.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { locatingFields } from '../validation.js';

const notificationSchema = z
  .object({
    id: z.string().openapi({
      description:
        'Stable for what it is about (`deadline-soon:<proposalId>`): mark it read with this.',
    }),
    read: z.boolean(),
    kind: z.enum([
      'proposal-opened',
      'deadline-soon',
      'outcome',
      'review-due',
      'validations-waiting',
      'dispute',
      'milestone-reached',
      'evaluation-opened',
      'checkin-due',
      'rhythm-starting',
      'duties-behind',
      'appreciation-received',
      'ledger-alarm',
    ]),
    proposalId: z.string().optional().openapi({ description: 'For the proposal kinds.' }),
    contributionId: z
      .string()
      .optional()
      .openapi({ description: 'For `dispute`: your contribution that is disputed.' }),
    memberId: z.string().optional().openapi({
      description:
        'For `milestone-reached`: whose milestone (yours); for `appreciation-received`: who thanked you.',
    }),
    rhythmId: z
      .string()
      .optional()
      .openapi({ description: 'For `rhythm-starting`: the rhythm whose gathering starts.' }),
    circleId: z
      .string()
      .optional()
      .openapi({ description: "For `rhythm-starting`: the circle, when it is a circle's rhythm." }),
    count: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'For `validations-waiting`: how many contributions wait.' }),
    title: z.string(),
    at: z.string().openapi({ description: 'When it happened; for `deadline-soon`, the deadline.' }),
    outcome: z
      .string()
      .optional()
      .openapi({ description: "For `outcome`: the members' statement of what was decided." }),
    outcomeCode: z.string().optional().openapi({
      description:
        'For `outcome` without a statement: what the proposal came to (`passed`, `failed`, `no-quorum`, `winner`, `tie`, `non-binding`, `none`), for the reader to word.',
    }),
  })
  .openapi('Notification');

const listRoute = createRoute({
  method: 'get',
  path: '/notifications',
  tags: ['Proposals'],
  summary: 'Your notifications',
  description:
    'Newest first: proposals opened in your scope (the whole DisCO or your circles) in the last 7 days, reviews that opened, outcomes of the last 7 days, open proposals closing within 24 hours on which you may vote and have not; for worker-members, others’ pending work you have neither acknowledged nor disputed (one notice, `validations-waiting`, new when newer work arrives); your own contributions disputed now (`dispute`); milestones recorded for you in the last 7 days (`milestone-reached`); for worker-members, your check-in for the week when not written yet in a DisCO that holds check-ins (`checkin-due`) and each duty of yours behind an even pace (`duties-behind`); each gathering of a rhythm of the DisCO or your circles within 24 hours (`rhythm-starting`); thanks given to you in the last 7 days (`appreciation-received`); each refusal of the node’s checkpoint by one of its witnesses in the last 7 days (`ledger-alarm`); and evaluations opened in the last 7 days for the whole DisCO or your circles (`evaluation-opened`).',
  request: {
    query: z.object({
      unread: z
        .enum(['true', 'false'])
        .optional()
        .openapi({ description: '`true` for the unread ones only.' }),
    }),
  },
  responses: {
    200: {
      description: 'Your notifications.',
      content: { 'application/json': { schema: z.object({ items: z.array(notificationSchema) }) } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const readRoute = createRoute({
  method: 'post',
  path: '/notifications/read',
  tags: ['Proposals'],
  summary: 'Mark notifications read',
  description:
    'Marks the given notifications (their `id`), or every current one when `ids` is left out. Read marks are kept off the ledger.',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({ ids: z.array(z.string().max(200)).max(1000).optional() }).strict(),
        },
      },
      required: true,
    },
  },
  responses: {
    200: {
      description: 'How many were newly marked.',
      content: { 'application/json': { schema: z.object({ marked: z.number().int() }) } },
    },
    ...problemResponses(400, 401, 403),
  },
});

/**
 * The notifications routes: list them, mark them read.
 *
 * @example app.route('/api', notificationRoutes(actx))
 */
export function notificationRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) =>
    c.json(
      {
        items: await listNotifications(ctx, c.var.actor, {
          unread: c.req.valid('query').unread === 'true',
        }),
      },
      200,
    ),
  );
  app.openapi(readRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await locatingFields({ ids: 'body' }, () => markNotificationsRead(ctx, c.var.actor, body)),
      200,
    );
  });
  return app;
}
