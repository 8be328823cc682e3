import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { endLeave, endLeaveInput } from '../../app/members/end-leave.js';
import { listLeaves } from '../../app/members/list-leaves.js';
import { recordLeave, recordLeaveInput } from '../../app/members/record-leave.js';
import type { HttpEnv } from '../env.js';
import { memberIdParam } from '../member-schemas.js';
import { DEFAULT_PAGE_SIZE, pageOf, pageQuerySchema, pageSchema } from '../pagination.js';
import { problemResponses } from '../problem.js';
import { created, json, recorded, writeProblems } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Members'];

export const leaveSchema = z
  .object({
    leaveId: z.string(),
    memberId: z.string(),
    displayName: z.string(),
    from: z.string().openapi({ description: 'The first day of leave (YYYY-MM-DD).' }),
    to: z
      .string()
      .nullable()
      .openapi({ description: 'The last day, inclusive; null while open-ended.' }),
    reason: z.string().nullable().openapi({ description: 'Public, like the ledger.' }),
    recordedAt: z.string(),
    recordedBy: z.string().nullable(),
    endedAt: z.string().nullable().openapi({
      description: 'When the last day was fixed by ending the leave; null until then.',
    }),
    seq: z.number().int().openapi({ description: 'The ledger event that recorded it.' }),
  })
  .openapi('Leave', {
    description:
      "A member's leave. Runs of months it shares a day with may smooth the member's pay (see docs/distribution.md).",
  });

const listRoute = createRoute({
  method: 'get',
  path: '/leaves',
  tags: TAGS,
  summary: 'List leaves',
  description:
    'Leaves in the order they were recorded, of everyone or of one member, a page at a time. Members only.',
  request: {
    query: pageQuerySchema.extend({
      memberId: z
        .string()
        .max(100)
        .optional()
        .openapi({ description: 'Only this member’s leaves.' }),
    }),
  },
  responses: {
    200: {
      description: 'A page of leaves.',
      content: { 'application/json': { schema: pageSchema(leaveSchema, 'LeavePage') } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const recordRoute = createRoute({
  method: 'post',
  path: '/members/{memberId}/leaves',
  tags: TAGS,
  summary: 'Record a leave',
  description:
    'A member is on leave from a day, to a day or open-ended; by the member themselves or a founder. Refused for a member who left and when it shares a day with another leave of theirs.',
  request: {
    params: z.object({ memberId: memberIdParam }),
    body: json(recordLeaveInput.omit({ memberId: true })),
  },
  responses: { ...created, ...writeProblems },
});

const endRoute = createRoute({
  method: 'post',
  path: '/leaves/{leaveId}/end',
  tags: TAGS,
  summary: 'End a leave',
  description:
    'Fixes the leave’s last day, once: earlier than planned, later (if it runs into no other leave), or the first end of an open-ended leave. By the member on leave or a founder.',
  request: {
    params: z.object({
      leaveId: z
        .string()
        .max(100)
        .openapi({ param: { name: 'leaveId', in: 'path' } }),
    }),
    body: json(endLeaveInput.omit({ leaveId: true })),
  },
  responses: { ...created, ...writeProblems },
});

/**
 * The leave routes: list, record (under the member) and end. Each calls one use case, which applies the policy.
 *
 * @example app.route('/api', leaveRoutes(actx))
 */
export function leaveRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => {
    const { cursor, limit = DEFAULT_PAGE_SIZE, memberId } = c.req.valid('query');
    const rows = await locatingFields({ memberId: 'query' }, () =>
      listLeaves(ctx, c.var.actor, {
        limit,
        ...(cursor !== undefined ? { after: cursor } : {}),
        ...(memberId !== undefined ? { memberId } : {}),
      }),
    );
    return c.json(
      pageOf(rows, limit, (l) => l.seq),
      200,
    );
  });
  app.openapi(recordRoute, async (c) => {
    const body = c.req.valid('json');
    const input = { ...body, ...c.req.valid('param') };
    const located = {
      ...Object.fromEntries(Object.keys(body).map((f) => [f, 'body'] as const)),
      memberId: 'path',
    } as const;
    return c.json(
      recorded(await locatingFields(located, () => recordLeave(ctx, c.var.actor, input))),
      201,
    );
  });
  app.openapi(endRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields({ lastDay: 'body', leaveId: 'path' }, () =>
          endLeave(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  return app;
}
