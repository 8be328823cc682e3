import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listActivity } from '../../app/activity/list-activity.js';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { MAX_QUERY_LENGTH, search, SEARCH_KINDS } from '../../app/search/search.js';
import { ACTIVITY_KINDS } from '../../core/activity/activity-line.js';
import { renderEnglish } from '../../core/messages/render-en.js';
import type { HttpEnv } from '../env.js';
import { messageCode, messageParams } from '../message-schemas.js';
import { DEFAULT_PAGE_SIZE, pageOf, pageQuerySchema, pageSchema } from '../pagination.js';
import { problemResponses } from '../problem.js';
import { locatingFields } from '../validation.js';

const activityItemSchema = z
  .object({
    seq: z.number().openapi({
      description:
        'The ledger event this line tells of: `GET /api/ledger/events/{seq}` gives it with its inclusion proof.',
    }),
    at: z.string(),
    kind: z.enum(ACTIVITY_KINDS),
    memberId: z.string().nullable().openapi({ description: 'The member the line is about.' }),
    circleId: z.string().nullable(),
    proposalId: z.string().nullable(),
    message: z.object({ code: messageCode, params: messageParams }),
    text: z.string().openapi({ description: 'The line in English, members by name.' }),
  })
  .openapi('ActivityItem');

const activityRoute = createRoute({
  method: 'get',
  path: '/activity',
  tags: ['Ledger'],
  summary: 'The activity feed',
  description:
    'What happened, newest first, one line per ledger event as a message code and parameters (the Deck says it in the reader’s language). Filter by `memberId`, `circleId` or `kind`; follow `nextCursor` back in time. A sealed ballot’s line names nobody. Members only.',
  request: {
    query: pageQuerySchema.extend({
      memberId: z.string().min(1).max(100).optional(),
      circleId: z.string().min(1).max(100).optional(),
      kind: z.enum(ACTIVITY_KINDS).optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of the feed.',
      content: {
        'application/json': {
          schema: pageSchema(activityItemSchema, 'ActivityPage', 'Newest first.'),
        },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

const searchResultSchema = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    id: z.string(),
    proposalId: z.string().nullable().openapi({ description: 'For a comment: its proposal.' }),
    memberId: z.string().nullable().openapi({
      description: 'The author, contributor or member it is about.',
    }),
    title: z.string().openapi({ description: 'For a comment: its proposal’s title.' }),
    excerpt: z.string(),
    seq: z.number().openapi({ description: 'The ledger event that last changed it.' }),
  })
  .openapi('SearchResult');

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  tags: ['Ledger'],
  summary: 'Search',
  description:
    'Proposals, comments, members, contributions and commons holding every word of `q` (a word also matches as the start of a longer one), best first. Each kind is searched only for whoever may list it: visitors find commons alone. Punctuation and query syntax are read as spaces; a query with no letter or digit, or longer than 200 characters, answers 400.',
  request: {
    query: z.object({
      q: z.string().max(MAX_QUERY_LENGTH).openapi({ example: 'garden' }),
      kind: z.enum(SEARCH_KINDS).optional(),
      limit: z.coerce.number().int().min(1).max(50).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The results, best first.',
      content: {
        'application/json': { schema: z.object({ items: z.array(searchResultSchema) }) },
      },
    },
    ...problemResponses(400),
  },
});

/**
 * `GET /activity` (the feed) and `GET /search`.
 *
 * @example app.route('/api', activityRoutes(actx))
 */
/**
 * The names of the members a page of lines is about, so its English reads as the Deck's does and
 * an English reader needs no catalogue of messages to see it.
 */
async function namesOf(ctx: AuthContext, ids: readonly unknown[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await ctx.store.db
    .selectFrom('members')
    .select(['id', 'display_name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export function activityRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(activityRoute, async (c) => {
    const { cursor, limit = DEFAULT_PAGE_SIZE, memberId, circleId, kind } = c.req.valid('query');
    const rows = await locatingFields(
      { memberId: 'query', circleId: 'query', kind: 'query', limit: 'query', before: 'query' },
      () =>
        listActivity(ctx, c.var.actor, {
          limit: limit + 1,
          ...(cursor === undefined ? {} : { before: cursor }),
          ...(memberId === undefined ? {} : { memberId }),
          ...(circleId === undefined ? {} : { circleId }),
          ...(kind === undefined ? {} : { kind }),
        }),
    );
    const page = pageOf(rows, limit, (item) => item.seq);
    const names = await namesOf(
      ctx,
      page.items.map((item) => item.message.params['memberId']),
    );
    return c.json(
      {
        ...page,
        items: page.items.map((item) => ({
          ...item,
          text: renderEnglish(item.message, { nameOf: (id) => names.get(id) }),
        })),
      },
      200,
    );
  });
  app.openapi(searchRoute, async (c) => {
    const { q, kind, limit } = c.req.valid('query');
    const items = await locatingFields({ q: 'query', kind: 'query', limit: 'query' }, () =>
      search(ctx, c.var.actor, {
        q,
        ...(kind === undefined ? {} : { kind }),
        ...(limit === undefined ? {} : { limit }),
      }),
    );
    return c.json({ items }, 200);
  });
  return app;
}
