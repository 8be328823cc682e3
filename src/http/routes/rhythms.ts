import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { calendarFeed } from '../../app/rhythms/calendar-feed.js';
import {
  calendarFeedStatus,
  makeCalendarFeed,
  revokeCalendarFeed,
} from '../../app/rhythms/calendar-feed-link.js';
import { changeRhythm, changeRhythmInput } from '../../app/rhythms/change-rhythm.js';
import { createRhythm, createRhythmInput } from '../../app/rhythms/create-rhythm.js';
import { creditGathering, creditGatheringInput } from '../../app/rhythms/credit-gathering.js';
import { endRhythm } from '../../app/rhythms/end-rhythm.js';
import { listRhythms } from '../../app/rhythms/list-rhythms.js';
import { recordAttendance, recordAttendanceInput } from '../../app/rhythms/record-attendance.js';
import { showRhythm } from '../../app/rhythms/show-rhythm.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import {
  changed,
  created,
  json,
  located,
  recorded,
  recordedAs,
  writeProblems,
} from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Rhythms'];

const rhythmIdParam = z
  .string()
  .max(100)
  .openapi({ param: { name: 'rhythmId', in: 'path' }, description: 'The rhythm’s id.' });
const occurrenceParam = z
  .string()
  .max(40)
  .openapi({
    param: { name: 'occurrence', in: 'path' },
    description: 'A gathering by its instant, `2026-03-03T17:00:00Z`, as the rhythm lists it.',
  });

const occurrenceSchema = z
  .object({
    at: z.string().openapi({ description: 'The instant it starts (UTC).' }),
    local: z.string().openapi({ description: 'Its local start in the rhythm’s time zone.' }),
  })
  .openapi('Occurrence');

const rhythmFields = {
  rhythmId: z.string(),
  circleId: z.string().nullable(),
  circleName: z.string().nullable(),
  kind: z.string(),
  name: z.string(),
  timeZone: z.string(),
  start: z.string(),
  durationMinutes: z.number().int(),
  rrule: z.string(),
  exceptions: z.array(z.string()),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  changedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  next: z.array(occurrenceSchema),
};

export const rhythmSchema = z.object(rhythmFields).openapi('Rhythm', {
  description: 'A recurring gathering of the DisCO or a circle, with its next gatherings.',
});

const rhythmDetailSchema = z
  .object({
    ...rhythmFields,
    recent: z.array(occurrenceSchema),
    gatherings: z.array(
      z.object({
        occurrence: z.string(),
        participants: z.array(z.object({ memberId: z.string(), displayName: z.string() })),
        recordedAt: z.string(),
        creditedAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('RhythmDetail');

const feedStatusSchema = z
  .object({ active: z.boolean(), createdAt: z.string().nullable() })
  .openapi('CalendarFeedStatus');

const listRoute = createRoute({
  method: 'get',
  path: '/rhythms',
  tags: TAGS,
  summary: 'List rhythms',
  description: 'Rhythms with their next gatherings, of everyone or of one circle. Members.',
  request: {
    query: z.object({
      circle: z.string().max(128).optional().openapi({ description: 'A circle id or slug.' }),
      includeEnded: z.enum(['true', 'false']).optional(),
      days: z.coerce.number().int().min(1).max(92).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The rhythms.',
      content: { 'application/json': { schema: z.object({ items: z.array(rhythmSchema) }) } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const createRhythmRoute = createRoute({
  method: 'post',
  path: '/rhythms',
  tags: TAGS,
  summary: 'Create a rhythm',
  description:
    'A recurring gathering: an RFC 5545 RRULE (`FREQ=WEEKLY;BYDAY=TU`) from a local start in the DisCO’s time zone (or `timeZone`), with exceptions. A circle’s stewards for their circle; founders for any. An invalid RRULE or time zone answers 400 naming the field.',
  request: { body: json(createRhythmInput) },
  responses: { ...created, ...writeProblems },
});

const showRoute = createRoute({
  method: 'get',
  path: '/rhythms/{rhythmId}',
  tags: TAGS,
  summary: 'Show a rhythm',
  description: 'One rhythm, its recent and next gatherings, and who took part. Members.',
  request: { params: z.object({ rhythmId: rhythmIdParam }) },
  responses: {
    200: {
      description: 'The rhythm.',
      content: { 'application/json': { schema: rhythmDetailSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const changeRoute = createRoute({
  method: 'put',
  path: '/rhythms/{rhythmId}',
  tags: TAGS,
  summary: 'Change a rhythm',
  description: 'Gives the rhythm a new definition, whole. By whoever may manage it.',
  request: {
    params: z.object({ rhythmId: rhythmIdParam }),
    body: json(changeRhythmInput.omit({ rhythmId: true })),
  },
  responses: { ...changed, ...writeProblems },
});

const endRoute = createRoute({
  method: 'post',
  path: '/rhythms/{rhythmId}/end',
  tags: TAGS,
  summary: 'End a rhythm',
  description: 'No gatherings from now on. By whoever may manage it.',
  request: { params: z.object({ rhythmId: rhythmIdParam }) },
  responses: { ...created, ...writeProblems },
});

const attendanceRoute = createRoute({
  method: 'put',
  path: '/rhythms/{rhythmId}/gatherings/{occurrence}',
  tags: TAGS,
  summary: 'Record who took part',
  description:
    'Who took part in one past gathering (a later record replaces it until its time is credited). The rhythm’s circle’s stewards or a founder.',
  request: {
    params: z.object({ rhythmId: rhythmIdParam, occurrence: occurrenceParam }),
    body: json(recordAttendanceInput.pick({ participants: true })),
  },
  responses: { ...changed, ...writeProblems },
});

const creditRoute = createRoute({
  method: 'post',
  path: '/rhythms/{rhythmId}/gatherings/{occurrence}/credit',
  tags: TAGS,
  summary: 'Credit a gathering as care',
  description:
    'Turns the gathering’s time into one care contribution per participant, priced at the care rate of `taskKind` (`meeting` by default) and waiting for validation as usual. Once per gathering. Care is logged in a circle: a circle’s rhythm in its own; a gathering of the whole DisCO in `circle`, or by default in the one circle its crediting steward stewards (any circle’s steward may credit those).',
  request: {
    params: z.object({ rhythmId: rhythmIdParam, occurrence: occurrenceParam }),
    body: json(creditGatheringInput.pick({ taskKind: true, circle: true })),
  },
  responses: {
    201: recordedAs(
      z.object({
        contributionIds: z.array(z.string()),
        recorded: z.array(z.object({ seq: z.number(), type: z.string(), hash: z.string() })),
      }),
    ),
    ...writeProblems,
  },
});

const feedStatusRoute = createRoute({
  method: 'get',
  path: '/me/calendar-feed',
  tags: TAGS,
  summary: 'Your calendar feed link',
  description: 'Whether you have a private calendar feed link, and since when (never its secret).',
  responses: {
    200: {
      description: 'Its state.',
      content: { 'application/json': { schema: feedStatusSchema } },
    },
    ...problemResponses(401, 403),
  },
});

const feedMakeRoute = createRoute({
  method: 'post',
  path: '/me/calendar-feed',
  tags: TAGS,
  summary: 'Make your calendar feed link',
  description:
    'A private link to an iCalendar feed (RFC 5545) of your rhythms and your open proposals’ deadlines, for any calendar app. Replaces an earlier link; the secret is shown once.',
  responses: {
    201: {
      description: 'The link’s secret and path.',
      content: {
        'application/json': {
          schema: z.object({ token: z.string(), path: z.string(), createdAt: z.string() }),
        },
      },
    },
    ...problemResponses(401, 403),
  },
});

const feedRevokeRoute = createRoute({
  method: 'delete',
  path: '/me/calendar-feed',
  tags: TAGS,
  summary: 'Revoke your calendar feed link',
  description: 'The link answers 404 from now on.',
  responses: {
    200: { description: 'Revoked.', content: { 'application/json': { schema: feedStatusSchema } } },
    ...problemResponses(401, 403),
  },
});

const feedRoute = createRoute({
  method: 'get',
  path: '/calendar/{token}',
  tags: TAGS,
  summary: 'A member’s calendar feed',
  description:
    'RFC 5545 text: the rhythms of the DisCO and the member’s circles, and the deadlines of open proposals there. The secret in the path is the whole check; an unknown or revoked one answers 404.',
  request: {
    params: z.object({
      token: z
        .string()
        .max(100)
        .openapi({ param: { name: 'token', in: 'path' } }),
    }),
  },
  responses: {
    200: { description: 'The feed.', content: { 'text/calendar': { schema: z.string() } } },
    ...problemResponses(400, 404),
  },
});

const definitionWhere = (keys: readonly string[]) => located(keys, ['rhythmId']);

/**
 * The rhythm routes, the member's calendar feed link, and the feed itself.
 *
 * @example app.route('/api', rhythmRoutes(actx))
 */
export function rhythmRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const items = await locatingFields({ circle: 'query', days: 'query' }, () =>
      listRhythms(ctx, c.var.actor, {
        ...(q.circle !== undefined ? { circle: q.circle } : {}),
        ...(q.days !== undefined ? { days: q.days } : {}),
        includeEnded: q.includeEnded === 'true',
      }),
    );
    return c.json({ items }, 200);
  });
  app.openapi(createRhythmRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(body)), () =>
          createRhythm(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  app.openapi(showRoute, async (c) => {
    const { rhythmId } = c.req.valid('param');
    return c.json(
      await locatingFields({ rhythmId: 'path' }, () => showRhythm(ctx, c.var.actor, { rhythmId })),
      200,
    );
  });
  app.openapi(changeRoute, async (c) => {
    const body = c.req.valid('json');
    const input = { ...body, ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(definitionWhere(Object.keys(body)), () =>
          changeRhythm(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  app.openapi(endRoute, async (c) => {
    const { rhythmId } = c.req.valid('param');
    return c.json(
      recorded(
        await locatingFields({ rhythmId: 'path' }, () => endRhythm(ctx, c.var.actor, { rhythmId })),
      ),
      201,
    );
  });
  app.openapi(attendanceRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(['participants'], ['rhythmId', 'occurrence']), () =>
          recordAttendance(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  app.openapi(creditRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(['taskKind', 'circle'], ['rhythmId', 'occurrence']), () =>
          creditGathering(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(feedStatusRoute, async (c) =>
    c.json(await calendarFeedStatus(ctx, c.var.actor), 200),
  );
  app.openapi(feedMakeRoute, async (c) => {
    const made = await makeCalendarFeed(ctx, c.var.actor);
    return c.json({ ...made, path: `/api/calendar/${made.token}` }, 201);
  });
  app.openapi(feedRevokeRoute, async (c) =>
    c.json(await revokeCalendarFeed(ctx, c.var.actor), 200),
  );
  app.openapi(feedRoute, async (c) => {
    const text = await calendarFeed(ctx, c.req.valid('param').token);
    return c.body(text, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'private, no-store',
    });
  });
  return app;
}
