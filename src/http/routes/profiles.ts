import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { showMemberProfile } from '../../app/members/show-member-profile.js';
import type { HttpEnv } from '../env.js';
import { memberDetailSchema, memberIdParam } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { located } from '../route-kit.js';
import { locatingFields } from '../validation.js';
import { balanceSchema } from './balances.js';
import { delegationSchema } from './delegations.js';
import { dutySchema } from './indicators.js';
import { leaveSchema } from './leaves.js';

const periodCreditsSchema = z.object({
  period: z.string(),
  start: z.string(),
  end: z.string(),
  streams: z.array(
    z.object({
      stream: z.string(),
      counted: z.string().openapi({ description: 'Counted credits, minor units.' }),
      waiting: z
        .string()
        .openapi({ description: 'Credits logged and not yet counted (pending or disputed).' }),
      hoursMilli: z
        .number()
        .int()
        .openapi({ description: 'Hours of work logged in hours, in thousandths.' }),
    }),
  ),
});

const payoutSchema = z.object({
  runId: z.string(),
  period: z.string(),
  currency: z.string(),
  owed: z.string(),
  paid: z.string(),
  due: z.string(),
  payments: z.array(z.object({ amount: z.string(), reference: z.string(), date: z.string() })),
});

const profileSchema = z
  .object({
    self: z.boolean(),
    today: z.string(),
    member: memberDetailSchema,
    nextMilestone: z
      .union([
        z.object({ kind: z.literal('stage'), stage: z.number().int() }),
        z.object({ kind: z.literal('commitment') }),
      ])
      .nullable()
      .openapi({
        description: 'For a dater: the next dating stage, or commitment after the third.',
      }),
    credits: z.object({ month: periodCreditsSchema, quarter: periodCreditsSchema }),
    balances: z.array(balanceSchema),
    duties: z.array(dutySchema),
    private: z
      .object({
        payouts: z.array(payoutSchema),
        leaves: z.array(leaveSchema),
        delegations: z.object({
          given: z.array(delegationSchema),
          received: z.array(delegationSchema),
        }),
      })
      .nullable()
      .openapi({ description: 'Payouts, leaves and delegations: only on your own profile.' }),
  })
  .openapi('MemberProfile');

const profileRoute = createRoute({
  method: 'get',
  path: '/members/{memberId}/profile',
  tags: ['Members'],
  summary: 'A member’s profile',
  description:
    'Who they are, their credits this month and quarter by stream, balances by standing and duties; on your own profile also your payouts (owed, paid, still due), leaves and delegations. Members only.',
  request: { params: z.object({ memberId: memberIdParam }) },
  responses: {
    200: {
      description: 'The profile.',
      content: { 'application/json': { schema: profileSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

/**
 * `GET /members/{memberId}/profile`.
 *
 * @example app.route('/api', profileRoutes(ctx))
 */
export function profileRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(profileRoute, async (c) =>
    c.json(
      await locatingFields(located([], ['memberId']), () =>
        showMemberProfile(ctx, c.var.actor, c.req.valid('param')),
      ),
      200,
    ),
  );
  return app;
}
