import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { capacitySignal } from '../../app/checkins/capacity-signal.js';
import { AUDIENCES } from '../../app/checkins/checkin-facts.js';
import {
  setCheckinRetention,
  setCheckinRetentionInput,
} from '../../app/checkins/checkin-settings.js';
import { deleteCheckin } from '../../app/checkins/delete-checkin.js';
import { listCheckins } from '../../app/checkins/list-checkins.js';
import { showCheckin } from '../../app/checkins/show-checkin.js';
import { writeCheckin, writeCheckinInput } from '../../app/checkins/write-checkin.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { json, located } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Check-ins'];

const checkinIdParam = z
  .string()
  .max(100)
  .openapi({ param: { name: 'checkinId', in: 'path' }, description: 'The check-in’s id.' });

export const checkinSchema = z
  .object({
    checkinId: z.string(),
    memberId: z.string(),
    displayName: z.string(),
    createdAt: z.string(),
    weekOf: z.string().openapi({ description: 'The Monday of the week it speaks for.' }),
    feeling: z.string(),
    capacity: z.number().int().openapi({ description: 'Percent of a usual week.' }),
    blockers: z.string(),
    needs: z.string(),
    audience: z.enum(AUDIENCES),
  })
  .openapi('Checkin', {
    description: 'A member’s check-in: personal data, off the ledger, shown only to its audience.',
  });

const capacitySchema = z
  .object({
    overloaded: z.number().int(),
    reporting: z.number().int(),
    threshold: z.number().int(),
    weeks: z.array(z.string()),
    retentionDays: z.number().int(),
  })
  .openapi('CapacitySignal', {
    description:
      'Members who reported more than `threshold`% capacity in both of the last two weeks: counts only.',
  });

const listRoute = createRoute({
  method: 'get',
  path: '/checkins',
  tags: TAGS,
  summary: 'List check-ins you may read',
  description:
    'Your own check-ins and those whose audience includes you (your circles’, your mentees’, those of members in circles you steward), newest first.',
  request: {
    query: z.object({
      memberId: z.string().max(100).optional(),
      limit: z.coerce.number().int().min(1).max(200).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The check-ins.',
      content: { 'application/json': { schema: z.object({ items: z.array(checkinSchema) }) } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const writeRoute = createRoute({
  method: 'post',
  path: '/checkins',
  tags: TAGS,
  summary: 'Check in',
  description:
    'How you are, your capacity this week, blockers and needs, for the audience you choose: `circle`, `mentors-stewards` or `self`. Kept off the ledger and deleted after the DisCO’s retention period.',
  request: { body: json(writeCheckinInput) },
  responses: {
    201: {
      description: 'Recorded.',
      content: {
        'application/json': { schema: z.object({ checkinId: z.string(), weekOf: z.string() }) },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

const showRoute = createRoute({
  method: 'get',
  path: '/checkins/{checkinId}',
  tags: TAGS,
  summary: 'Read a check-in',
  description: 'To its audience only; anyone else gets 404, as for a check-in that does not exist.',
  request: { params: z.object({ checkinId: checkinIdParam }) },
  responses: {
    200: {
      description: 'The check-in.',
      content: { 'application/json': { schema: checkinSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/checkins/{checkinId}',
  tags: TAGS,
  summary: 'Delete your check-in',
  description:
    'Deletes it for good (see docs/security.md for what that means on disk and in backups). Only its author; anyone else gets 404.',
  request: { params: z.object({ checkinId: checkinIdParam }) },
  responses: { 204: { description: 'Deleted.' }, ...problemResponses(400, 401, 403, 404) },
});

const capacityRoute = createRoute({
  method: 'get',
  path: '/care/capacity',
  tags: TAGS,
  summary: 'The capacity signal',
  description:
    'For the care view: how many members reported more than 100% capacity for two weeks, and how many checked in. No names, no content; check-ins for oneself alone are left out.',
  responses: {
    200: {
      description: 'The signal.',
      content: { 'application/json': { schema: capacitySchema } },
    },
    ...problemResponses(401, 403),
  },
});

const retentionRoute = createRoute({
  method: 'put',
  path: '/checkins/settings',
  tags: TAGS,
  summary: 'Set how long check-ins are kept',
  description:
    'Founders. Check-ins older than this are deleted at once and by the sweep afterwards. Off the ledger.',
  request: { body: json(setCheckinRetentionInput) },
  responses: {
    200: {
      description: 'Set.',
      content: {
        'application/json': {
          schema: z.object({ retentionDays: z.number().int(), deleted: z.number().int() }),
        },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

/**
 * The check-in routes and the care view's capacity signal.
 *
 * @example app.route('/api', checkinRoutes(actx))
 */
export function checkinRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const items = await locatingFields({ memberId: 'query', limit: 'query' }, () =>
      listCheckins(ctx, c.var.actor, {
        ...(q.memberId !== undefined ? { memberId: q.memberId } : {}),
        ...(q.limit !== undefined ? { limit: q.limit } : {}),
      }),
    );
    return c.json({ items }, 200);
  });
  app.openapi(writeRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await locatingFields(located(Object.keys(body)), () => writeCheckin(ctx, c.var.actor, body)),
      201,
    );
  });
  app.openapi(capacityRoute, async (c) => c.json(await capacitySignal(ctx, c.var.actor), 200));
  app.openapi(retentionRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await locatingFields(located(['retentionDays']), () =>
        setCheckinRetention(ctx, c.var.actor, body),
      ),
      200,
    );
  });
  app.openapi(showRoute, async (c) => {
    const { checkinId } = c.req.valid('param');
    return c.json(
      await locatingFields({ checkinId: 'path' }, () =>
        showCheckin(ctx, c.var.actor, { checkinId }),
      ),
      200,
    );
  });
  app.openapi(deleteRoute, async (c) => {
    const { checkinId } = c.req.valid('param');
    await locatingFields({ checkinId: 'path' }, () =>
      deleteCheckin(ctx, c.var.actor, { checkinId }),
    );
    return c.body(null, 204);
  });
  return app;
}
