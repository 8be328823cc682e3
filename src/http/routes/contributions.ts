import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  acknowledgeContribution,
  disputeContribution,
  withdrawDispute,
} from '../../app/value/acknowledge-contribution.js';
import type { AppContext } from '../../app/context.js';
import { editContribution, editContributionInput } from '../../app/value/edit-contribution.js';
import { listContributions, showContribution } from '../../app/value/list-contributions.js';
import { logContribution, logContributionInput } from '../../app/value/log-contribution.js';
import { resolveDispute, resolveDisputeInput } from '../../app/value/resolve-dispute.js';
import type { HttpEnv } from '../env.js';
import { recordedSchema } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { json, located, recorded, recordedAs, writeProblems } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Value'];
const valueRecordedSchema = recordedSchema
  .extend({ contributionId: z.string().optional() })
  .openapi('ValueRecorded');
const contributionPath = z.object({
  contributionId: z
    .string()
    .max(128)
    .openapi({
      param: { name: 'contributionId', in: 'path' },
      description: 'The contribution’s id.',
    }),
});

/** Money is minor units as digit strings: a JSON number would lose cents beyond 2^53. */
export const contributionSchema = z
  .object({
    contributionId: z.string(),
    memberId: z.string(),
    loggedBy: z.string().nullable(),
    stream: z.string(),
    quantity: z.string(),
    unit: z.string(),
    taskKind: z.string(),
    date: z.string(),
    circleId: z.string().nullable(),
    projectId: z.string().nullable(),
    resourceId: z.string().nullable(),
    description: z.string(),
    evidence: z.array(z.string()),
    credit: z.object({
      rate: z.string(),
      rateEffectiveFrom: z.string(),
      base: z.string(),
      multiplierBp: z.number().int(),
      amount: z.string(),
      standing: z.string(),
    }),
    status: z.enum(['pending', 'counted', 'disputed', 'superseded', 'void']),
    supersedes: z.string().nullable(),
    acknowledgedBy: z.array(z.string()),
    dispute: z.object({ by: z.string(), reason: z.string() }).nullable(),
    loggedAt: z.string(),
  })
  .openapi('Contribution');

const listRoute = createRoute({
  method: 'get',
  path: '/contributions',
  tags: TAGS,
  summary: 'List contributions',
  description:
    'Contributions in ledger order with their frozen credits and validation state, a page at a time. Members only.',
  request: {
    query: z.object({
      member: z.string().max(128).optional().openapi({ description: 'Only this member’s work.' }),
      status: z.enum(['pending', 'counted', 'disputed', 'superseded', 'void']).optional(),
      after: z
        .string()
        .regex(/^\d{1,15}$/)
        .optional()
        .openapi({ description: 'The `next` of the previous page.' }),
      limit: z
        .string()
        .regex(/^\d{1,3}$/)
        .optional()
        .openapi({ description: 'How many per page, 1 to 500 (default 100).' }),
    }),
  },
  responses: {
    200: {
      description: 'A page of contributions.',
      content: {
        'application/json': {
          schema: z
            .object({ items: z.array(contributionSchema), next: z.number().int().nullable() })
            .openapi('ContributionPage'),
        },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

const showRoute = createRoute({
  method: 'get',
  path: '/contributions/{contributionId}',
  tags: TAGS,
  summary: 'One contribution',
  description:
    'A contribution with its frozen credit, acknowledgements, any dispute and the history of its validation. Members only.',
  request: { params: contributionPath },
  responses: {
    200: {
      description: 'The contribution.',
      content: {
        'application/json': {
          schema: contributionSchema
            .extend({
              history: z.array(
                z.object({
                  kind: z.enum(['acknowledged', 'disputed', 'withdrawn', 'resolved']),
                  memberId: z.string().nullable(),
                  detail: z.string().nullable(),
                  at: z.string(),
                }),
              ),
            })
            .openapi('ContributionDetail'),
        },
      },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const logRoute = createRoute({
  method: 'post',
  path: '/contributions',
  tags: TAGS,
  summary: 'Log work',
  description:
    'Logs your own work in a stream. The credit is computed from the rate in force on the work’s date and your level and stage, and frozen. Refused, naming the field and the limit, when the quantity is not positive, over 24 hours in a day, dated in the future, or when the stream, circle, project or rate is unknown.',
  request: { body: json(logContributionInput) },
  responses: { 201: recordedAs(valueRecordedSchema), ...writeProblems },
});

const editRoute = createRoute({
  method: 'post',
  path: '/contributions/{contributionId}/edits',
  tags: TAGS,
  summary: 'Correct your contribution',
  description:
    'A new contribution (new id, priced afresh, pending again) supersedes this one, which stays in the ledger. Fields left out keep their values.',
  request: {
    params: contributionPath,
    body: json(editContributionInput.omit({ contributionId: true })),
  },
  responses: { 201: recordedAs(valueRecordedSchema), ...writeProblems },
});

const acknowledgeRoute = createRoute({
  method: 'post',
  path: '/contributions/{contributionId}/acknowledgements',
  tags: TAGS,
  summary: 'Acknowledge a contribution',
  description:
    'Vouches for another member’s work; it counts once its stream’s validation rule is met. Nobody acknowledges their own work.',
  request: { params: contributionPath },
  responses: { 201: recordedAs(valueRecordedSchema), ...writeProblems },
});

const disputeRoute = createRoute({
  method: 'post',
  path: '/contributions/{contributionId}/disputes',
  tags: TAGS,
  summary: 'Dispute a contribution',
  description:
    'Another member’s contribution stops counting until the dispute is withdrawn or settled by a decision.',
  request: {
    params: contributionPath,
    body: json(z.object({ reason: z.string().max(2000) }).strict()),
  },
  responses: { 201: recordedAs(valueRecordedSchema), ...writeProblems },
});

const withdrawRoute = createRoute({
  method: 'delete',
  path: '/contributions/{contributionId}/dispute',
  tags: TAGS,
  summary: 'Withdraw your dispute',
  description:
    'Only the member who opened the dispute withdraws it; the contribution counts again as its acknowledgements allow.',
  request: { params: contributionPath },
  responses: { 200: recordedAs(valueRecordedSchema), ...writeProblems },
});

const resolveRoute = createRoute({
  method: 'post',
  path: '/contributions/{contributionId}/resolution',
  tags: TAGS,
  summary: 'Settle a dispute by a decision',
  description:
    'Records how a closed, passed proposal settled the dispute: `upheld` makes the contribution void for good, `dismissed` lets it count again as its acknowledgements allow. By whoever may state that proposal’s outcome (its author, a steward of its circle, a founder); refused unless the proposal passed.',
  request: {
    params: contributionPath,
    body: json(resolveDisputeInput.omit({ contributionId: true })),
  },
  responses: { 201: recordedAs(valueRecordedSchema), ...writeProblems },
});

/**
 * The contributions routes: list, show, log, edit, acknowledge, dispute, withdraw a dispute and
 * settle one by a decision.
 *
 * @example app.route('/api', contributionRoutes(ctx))
 */
export function contributionRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const where = { member: 'query', status: 'query', after: 'query', limit: 'query' } as const;
    return c.json(
      await locatingFields(where, () => listContributions(ctx, c.var.actor, query)),
      200,
    );
  });
  app.openapi(showRoute, async (c) =>
    c.json(await showContribution(ctx, c.var.actor, c.req.valid('param')), 200),
  );
  app.openapi(logRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(logContributionInput.shape), []), () =>
          logContribution(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  app.openapi(editRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(
          located(Object.keys(logContributionInput.shape), ['contributionId']),
          () => editContribution(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(acknowledgeRoute, async (c) => {
    const input = c.req.valid('param');
    return c.json(
      recorded(
        await locatingFields(located([], ['contributionId']), () =>
          acknowledgeContribution(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(disputeRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(['reason'], ['contributionId']), () =>
          disputeContribution(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(withdrawRoute, async (c) => {
    const input = c.req.valid('param');
    return c.json(
      recorded(
        await locatingFields(located([], ['contributionId']), () =>
          withdrawDispute(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  app.openapi(resolveRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(['proposal', 'outcome'], ['contributionId']), () =>
          resolveDispute(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  return app;
}
