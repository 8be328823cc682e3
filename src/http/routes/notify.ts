import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { NOTIFICATION_KINDS } from '../../app/notify/notification-log.js';
import {
  DELIVERIES,
  LANGUAGES,
  setNotificationSettings,
  showNotificationSettings,
} from '../../app/notify/notification-settings.js';
import { listDeliveries } from '../../app/notify/list-deliveries.js';
import { unsubscribe } from '../../app/notify/unsubscribe.js';
import { addWebhook, listWebhooks, removeWebhook } from '../../app/notify/webhooks.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { json } from '../route-kit.js';
import { locatingFields } from '../validation.js';
import { failureSaid } from '../message-schemas.js';

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
    'Your delivery per kind of notification and your mail language. Defaults: `immediate` for the kinds that ask for your vote (`proposal-opened`, `review-due`, `deadline-soon`) and for `ledger-alarm`, `weekly` for `duties-behind`, `daily` for the rest. Members outside the worker constituencies (clients, supporters) are not shown the worker kinds (`validations-waiting`, `checkin-due`, `duties-behind`): they never receive them.',
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

const unsubscribeRoute = createRoute({
  method: 'post',
  path: '/notifications/unsubscribe/{token}',
  tags: ['Notifications'],
  summary: 'One-click unsubscribe (RFC 8058)',
  description:
    'The URL of a mail’s `List-Unsubscribe` header: a POST (a mail client sends `List-Unsubscribe=One-Click` as a form body) turns off the mail the signed token names, without signing in. 404 for a token that is not this node’s.',
  request: { params: z.object({ token: z.string().max(500) }) },
  responses: {
    200: {
      description: 'The kinds now off.',
      content: { 'application/json': { schema: z.object({ kinds: z.array(kind) }) } },
    },
    ...problemResponses(404),
  },
});

const deliverySchema = z
  .object({
    id: z.string(),
    kind: z.enum(['mail', 'digest', 'webhook']),
    state: z.enum(['pending', 'failed']),
    to: z.string().openapi({ description: 'The member a mail was for, or the webhook URL.' }),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    lastError: z.string().nullable(),
    lastErrorSaid: failureSaid,
    nextTry: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('Delivery');

const deliveriesRoute = createRoute({
  method: 'get',
  path: '/notifications/deliveries',
  tags: ['Notifications'],
  summary: 'Deliveries waiting for a retry or given up',
  description:
    'Mail, digests and webhook deliveries that failed at least once, newest first, with the reason. Founders only.',
  responses: {
    200: {
      description: 'The deliveries.',
      content: { 'application/json': { schema: z.object({ items: z.array(deliverySchema) }) } },
    },
    ...problemResponses(401, 403),
  },
});

const webhookSchema = z
  .object({
    id: z.string(),
    circleId: z.string().nullable(),
    format: z.enum(['chat', 'signed-json']),
    url: z.string(),
    createdAt: z.string(),
    secret: z.string().optional().openapi({
      description:
        'Only when added, for `signed-json`: the HMAC-SHA256 key of the `Disco-Signature` header (`t=<unix seconds>,v1=<hex HMAC of "<t>.<body>">`).',
    }),
  })
  .openapi('Webhook');

const listWebhooksRoute = createRoute({
  method: 'get',
  path: '/webhooks',
  tags: ['Notifications'],
  summary: 'Outgoing webhooks',
  description: 'The webhooks of the DisCO and of its circles. Founders only.',
  responses: {
    200: {
      description: 'The webhooks.',
      content: { 'application/json': { schema: z.object({ items: z.array(webhookSchema) }) } },
    },
    ...problemResponses(401, 403),
  },
});

const addWebhookRoute = createRoute({
  method: 'post',
  path: '/webhooks',
  tags: ['Notifications'],
  summary: 'Add an outgoing webhook',
  description:
    'When a proposal in its scope (the DisCO’s, or the circle’s) opens or is decided, the node POSTs `{"text": …}` (`chat`: Mattermost, Slack) or a JSON body signed with HMAC-SHA256 (`signed-json`), through the job table: retried with backoff, given up after the set number of tries.',
  request: {
    body: json(
      z
        .object({
          url: z.string().max(2000),
          format: z.enum(['chat', 'signed-json']),
          circleId: z.string().max(100).optional(),
        })
        .strict(),
    ),
  },
  responses: {
    201: { description: 'Added.', content: { 'application/json': { schema: webhookSchema } } },
    ...problemResponses(400, 401, 403),
  },
});

const removeWebhookRoute = createRoute({
  method: 'delete',
  path: '/webhooks/{webhookId}',
  tags: ['Notifications'],
  summary: 'Remove an outgoing webhook',
  description: 'Stops future deliveries of the webhook; those already queued still run.',
  request: { params: z.object({ webhookId: z.string().max(100) }) },
  responses: {
    204: { description: 'Removed.' },
    ...problemResponses(401, 403, 404),
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
  app.openapi(unsubscribeRoute, async (c) =>
    c.json(await unsubscribe(ctx, c.req.valid('param').token), 200),
  );
  app.openapi(deliveriesRoute, async (c) =>
    c.json({ items: await listDeliveries(ctx, c.var.actor) }, 200),
  );
  app.openapi(listWebhooksRoute, async (c) =>
    c.json({ items: await listWebhooks(ctx, c.var.actor) }, 200),
  );
  app.openapi(addWebhookRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await locatingFields({ url: 'body', format: 'body', circleId: 'body' }, () =>
        addWebhook(ctx, c.var.actor, body),
      ),
      201,
    );
  });
  app.openapi(removeWebhookRoute, async (c) => {
    await removeWebhook(ctx, c.var.actor, c.req.valid('param').webhookId);
    return c.body(null, 204);
  });
  return app;
}
