import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { closeEvaluation, closeEvaluationInput } from '../../app/evaluations/close-evaluation.js';
import { listEvaluations } from '../../app/evaluations/list-evaluations.js';
import { openEvaluation, openEvaluationInput } from '../../app/evaluations/open-evaluation.js';
import { reflectInput, reflectOnEvaluation } from '../../app/evaluations/reflect-on-evaluation.js';
import { showEvaluation } from '../../app/evaluations/show-evaluation.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { json, located, recorded, recordedAs, writeProblems } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Rhythms'];

const evaluationIdParam = z
  .string()
  .max(100)
  .openapi({ param: { name: 'evaluationId', in: 'path' }, description: 'The evaluation’s id.' });

const recordedList = z.array(z.object({ seq: z.number(), type: z.string(), hash: z.string() }));

const shareSchema = z.object({ memberId: z.string(), amount: z.string(), shareBp: z.number() });
const concentrationSchema = z.object({
  total: z.string(),
  shares: z.array(shareSchema),
  gini: z.object({ numerator: z.string(), denominator: z.string() }),
});

export const evaluationFactsSchema = z
  .object({
    quarter: z.string(),
    from: z.string(),
    to: z.string(),
    circleId: z.string().nullable(),
    flows: z.object({
      credits: z.string(),
      hours: z.string(),
      streams: z.array(
        z.object({
          stream: z.enum(['livelihood', 'love', 'care']),
          credits: z.string(),
          hours: z.string(),
          entries: z.number(),
          shareBp: z.number(),
        }),
      ),
    }),
    careHours: concentrationSchema,
    careCredits: concentrationSchema,
    duties: z.object({
      met: z.number(),
      missed: z.number(),
      items: z.array(
        z.object({
          memberId: z.string(),
          stream: z.enum(['livelihood', 'love', 'care']),
          period: z.string(),
          owed: z.string(),
          done: z.string(),
          met: z.boolean(),
        }),
      ),
    }),
    overloads: z.object({
      loggedMembers: z.number(),
      loggedWeeks: z.number(),
      capacityOverloaded: z.number(),
      capacityReporting: z.number(),
      threshold: z.number(),
    }),
    appreciations: z.object({
      given: z.number(),
      forCare: z.number(),
      received: z.array(z.object({ memberId: z.string(), count: z.number() })),
    }),
    decisionsDue: z.array(
      z.object({
        proposalId: z.string(),
        title: z.string(),
        reviewDate: z.string(),
        reviewProposalId: z.string().nullable(),
      }),
    ),
  })
  .openapi('EvaluationFacts', {
    description:
      'What the ledger says about the quarter: hours in thousandths, credits in minor units (digit strings), shares in basis points that add up to 10000, Gini as an exact fraction. Check-ins give counts only.',
  });

const evaluationSchema = z
  .object({
    evaluationId: z.string(),
    quarter: z.string(),
    from: z.string(),
    to: z.string(),
    circleId: z.string().nullable(),
    circleName: z.string().nullable(),
    status: z.enum(['open', 'closed']),
    openedAt: z.string(),
    openedBy: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedBy: z.string().nullable(),
    summary: z.string().nullable(),
    factsHash: z.string(),
    factsVerified: z.boolean(),
    factsSource: z.enum(['snapshot', 'reread']),
    facts: evaluationFactsSchema,
    names: z.record(z.string(), z.string()),
    reflections: z.array(
      z.object({
        reflectionId: z.string(),
        memberId: z.string(),
        text: z.string(),
        at: z.string(),
      }),
    ),
    decisions: z.array(
      z.object({
        kind: z.enum(['review', 'duty-adjustment']),
        proposalId: z.string(),
        title: z.string(),
        status: z.string(),
      }),
    ),
  })
  .openapi('Evaluation', {
    description:
      'A quarterly evaluation: its facts (checked against the hash on the ledger), reflections and the proposals it closed with.',
  });

const summarySchema = z
  .object({
    evaluationId: z.string(),
    quarter: z.string(),
    circleId: z.string().nullable(),
    circleName: z.string().nullable(),
    status: z.enum(['open', 'closed']),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    reflections: z.number(),
    decisions: z.number(),
  })
  .openapi('EvaluationSummary');

const listRoute = createRoute({
  method: 'get',
  path: '/evaluations',
  tags: TAGS,
  summary: 'List evaluations',
  description: 'Quarterly evaluations, latest quarter first. Members.',
  request: {
    query: z.object({
      quarter: z.string().max(10).optional(),
      circle: z.string().max(128).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The evaluations.',
      content: { 'application/json': { schema: z.object({ items: z.array(summarySchema) }) } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const openRoute = createRoute({
  method: 'post',
  path: '/evaluations',
  tags: TAGS,
  summary: 'Open a quarter’s evaluation',
  description:
    'For the whole DisCO (founders) or a circle (its stewards, founders), once the quarter has ended (422 before) and once per quarter and scope (409). Records `evaluation.opened` with the hash of its facts.',
  request: { body: json(openEvaluationInput) },
  responses: {
    201: recordedAs(
      z.object({ evaluationId: z.string(), factsHash: z.string(), recorded: recordedList }),
    ),
    ...writeProblems,
  },
});

const showRoute = createRoute({
  method: 'get',
  path: '/evaluations/{evaluationId}',
  tags: TAGS,
  summary: 'Show an evaluation',
  description: 'Its facts, reflections and decisions. Members.',
  request: { params: z.object({ evaluationId: evaluationIdParam }) },
  responses: {
    200: {
      description: 'The evaluation.',
      content: { 'application/json': { schema: evaluationSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const reflectRoute = createRoute({
  method: 'post',
  path: '/evaluations/{evaluationId}/reflections',
  tags: TAGS,
  summary: 'Add a reflection',
  description:
    'To an open evaluation: any member for the whole DisCO’s, the circle’s members for a circle’s. After it closed: 409.',
  request: {
    params: z.object({ evaluationId: evaluationIdParam }),
    body: json(reflectInput.omit({ evaluationId: true })),
  },
  responses: {
    201: recordedAs(z.object({ reflectionId: z.string(), recorded: recordedList })),
    ...writeProblems,
  },
});

const closeRoute = createRoute({
  method: 'post',
  path: '/evaluations/{evaluationId}/close',
  tags: TAGS,
  summary: 'Close an evaluation',
  description:
    'With a summary and the proposals it led to (`review` of a decision, `duty-adjustment`), opened first through the proposal flow. Stewards of its circle, founders.',
  request: {
    params: z.object({ evaluationId: evaluationIdParam }),
    body: json(closeEvaluationInput.omit({ evaluationId: true })),
  },
  responses: {
    201: recordedAs(z.object({ recorded: recordedList })),
    ...writeProblems,
  },
});

/**
 * Quarterly evaluation routes: list, open, show, reflect, close.
 *
 * @example app.route('/api', evaluationRoutes(actx))
 */
export function evaluationRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const items = await locatingFields({ quarter: 'query', circle: 'query' }, () =>
      listEvaluations(ctx, c.var.actor, {
        ...(q.quarter !== undefined ? { quarter: q.quarter } : {}),
        ...(q.circle !== undefined ? { circle: q.circle } : {}),
      }),
    );
    return c.json({ items }, 200);
  });
  app.openapi(openRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(body)), () =>
          openEvaluation(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  app.openapi(showRoute, async (c) => {
    const { evaluationId } = c.req.valid('param');
    return c.json(await showEvaluation(ctx, c.var.actor, evaluationId), 200);
  });
  app.openapi(reflectRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(['text'], ['evaluationId']), () =>
          reflectOnEvaluation(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(closeRoute, async (c) => {
    const body = c.req.valid('json');
    const input = { ...body, ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(body), ['evaluationId']), () =>
          closeEvaluation(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  return app;
}
