import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { giveThanks, giveThanksInput } from '../../app/appreciation/give-thanks.js';
import { listAppreciations } from '../../app/appreciation/list-appreciations.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { json, located, recorded, recordedAs, writeProblems } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Value'];

export const appreciationSchema = z
  .object({
    appreciationId: z.string(),
    fromId: z.string(),
    fromName: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    contributionId: z.string().nullable(),
    period: z.object({ from: z.string(), to: z.string() }).nullable(),
    note: z.string(),
    givenAt: z.string(),
  })
  .openapi('Appreciation', {
    description:
      'Thanks from one member to another for a contribution or a period of care. It moves no money.',
  });

const listRoute = createRoute({
  method: 'get',
  path: '/appreciations',
  tags: TAGS,
  summary: 'List thanks',
  description:
    'Appreciations, newest first: all, those one member received (`memberId`) or gave (`fromId`), or one contribution’s. Members.',
  request: {
    query: z.object({
      memberId: z.string().max(100).optional(),
      fromId: z.string().max(100).optional(),
      contributionId: z.string().max(100).optional(),
      limit: z.coerce.number().int().min(1).max(200).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The thanks.',
      content: {
        'application/json': { schema: z.object({ items: z.array(appreciationSchema) }) },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

const giveRoute = createRoute({
  method: 'post',
  path: '/appreciations',
  tags: TAGS,
  summary: 'Thank a member',
  description:
    'For a contribution (`contributionId`) or a period of their care (`memberId`, `from`, `to`), with a note; on the ledger. Thanking yourself answers 422.',
  request: { body: json(giveThanksInput) },
  responses: {
    201: recordedAs(
      z.object({
        appreciationId: z.string(),
        recorded: z.array(z.object({ seq: z.number(), type: z.string(), hash: z.string() })),
      }),
    ),
    ...writeProblems,
  },
});

/**
 * Appreciation routes: list and give thanks.
 *
 * @example app.route('/api', appreciationRoutes(actx))
 */
export function appreciationRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const items = await locatingFields(
      { memberId: 'query', fromId: 'query', contributionId: 'query', limit: 'query' },
      () =>
        listAppreciations(ctx, c.var.actor, {
          ...(q.memberId !== undefined ? { memberId: q.memberId } : {}),
          ...(q.fromId !== undefined ? { fromId: q.fromId } : {}),
          ...(q.contributionId !== undefined ? { contributionId: q.contributionId } : {}),
          ...(q.limit !== undefined ? { limit: q.limit } : {}),
        }),
    );
    return c.json({ items }, 200);
  });
  app.openapi(giveRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(body)), () => giveThanks(ctx, c.var.actor, body)),
      ),
      201,
    );
  });
  return app;
}
