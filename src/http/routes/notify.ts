import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { NOTIFICATION_KINDS } from '../../app/notify/notification-log.js';
import {
  DELIVERIES,
  LANGUAGES,
  setNotificationSettings,
  showNotificationSettings,
} from '../../app/notify/notification-settings.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { json } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const kind = z.enum(NOTIFICATION_KINDS as [string, ...string[]]);
const delivery = z.enum(DELIVERIES).openapi({
  description:
    '`immediate`: a mail as soon as the node sees it; `daily` / `weekly`: in a digest; `off`: the Deck only.',
});

const settingsSchema = z
  .object({
    language: z.enum(LANGUAGES).openapi({ description: 'The language of your mail.' }),
    mailConfigured: z.boolean().openapi({
      description:
        'Whether this node sends mail at all; without it, notifications stay in the Deck.',
    }),
    kinds: z.array(
      z.object({
        kind,
        delivery,
        isDefault: z.boolean().openapi({ description: 'Not chosen by you: the default.' }),
      }),
    ),
  })
  .openapi('NotificationSettings');

const showSettingsRoute = createRoute({
  method: 'get',
  path: '/notifications/settings',
  tags: ['Notifications'],
  summary: 'How your notifications reach you',
  description:
    'Your delivery per kind of notification and your mail language. Defaults: `immediate` for the kinds that ask for your vote (`proposal-opened`, `review-due`, `deadline-soon`), `daily` for the rest.',
  responses: {
    200: {
      description: 'Your settings.',
      content: { 'application/json': { schema: settingsSchema } },
    },
    ...problemResponses(401, 403),
  },
});

const setSettingsRoute = createRoute({
  method: 'put',
  path: '/notifications/settings',
  tags: ['Notifications'],
  summary: 'Choose how your notifications reach you',
  description:
    'Sets the delivery of the kinds given (the others keep theirs) and your mail language. Kept off the ledger.',
  request: {
    body: json(
      z
        .object({
          language: z.enum(LANGUAGES).optional(),
          kinds: z.partialRecord(kind, delivery).optional(),
        })
        .strict(),
    ),
  },
  responses: {
    200: {
      description: 'Your settings as they now are.',
      content: { 'application/json': { schema: settingsSchema } },
    },
    ...problemResponses(400, 401, 403),
  },
});

/**
 * Delivery of notifications: a member's settings, the one-click unsubscribe of mail, founders'
 * view of deliveries waiting or given up, and outgoing webhooks.
 *
 * @example app.route('/api', notifyRoutes(actx))
 */
export function notifyRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(showSettingsRoute, async (c) =>
    c.json(await showNotificationSettings(ctx, c.var.actor), 200),
  );
  app.openapi(setSettingsRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await locatingFields({ language: 'body', kinds: 'body' }, () =>
        setNotificationSettings(
          ctx,
          c.var.actor,
          body as Parameters<typeof setNotificationSettings>[2],
        ),
      ),
      200,
    );
  });
  return app;
}
