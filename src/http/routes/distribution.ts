import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import {
  commitDistribution,
  commitDistributionInput,
} from '../../app/distribution/commit-distribution.js';
import { distributionFlows } from '../../app/distribution/distribution-flows.js';
import { flowsVersion } from '../../app/distribution/flows-version.js';
import { conditionalGet } from '../conditional-get.js';
import { listRuns } from '../../app/distribution/list-runs.js';
import { payoutListCsv } from '../../app/distribution/payout-list.js';
import {
  previewDistribution,
  type PreviewDistributionInput,
} from '../../app/distribution/preview-distribution.js';
import { recordPayout, recordPayoutInput } from '../../app/distribution/record-payout.js';
import { showRun } from '../../app/distribution/show-run.js';
import { whatIf, type WhatIfInput } from '../../app/distribution/what-if.js';
import { flowsSchema, runSchema, runSummarySchema, whatIfSchema } from '../distribution-schemas.js';
import type { HttpEnv } from '../env.js';
import { recordedSchema } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { inBody, json, recorded } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Distribution'];
// Plain records here: the ledger's recursive JSON type cannot be drawn in the OpenAPI document.
const document = z
  .record(z.string(), z.unknown())
  .openapi({ description: 'A `value-equation@1` parameter document.' });
const runJson = { content: { 'application/json': { schema: runSchema } } };

const previewRoute = createRoute({
  method: 'post',
  path: '/distribution/preview',
  tags: TAGS,
  summary: 'Preview a distribution run',
  description:
    'Runs the value equation for a month (with the parameters in force, or the document given) and records nothing. A closed month is recomputed from the ledger as its run read it. Members only.',
  request: {
    body: json(z.object({ period: z.string().max(20), parameters: document.optional() }).strict()),
  },
  responses: {
    200: { description: 'The run, not recorded (id null).', ...runJson },
    ...problemResponses(400, 401, 403, 422),
  },
});

const commitRoute = createRoute({
  method: 'post',
  path: '/distribution/runs',
  tags: TAGS,
  summary: 'Commit a distribution run',
  description:
    'Runs the value equation for a month that has ended and records it (ledger position read, algorithm, parameter version, every input total and output), closing the month: a second run, and income, expenses or parameters dated in it, are refused. Founders.',
  request: { body: json(commitDistributionInput) },
  responses: {
    201: {
      description: 'The recorded run.',
      content: {
        'application/json': {
          schema: runSchema.extend({ recorded: recordedSchema.shape.recorded }),
        },
      },
    },
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

const runsRoute = createRoute({
  method: 'get',
  path: '/distribution/runs',
  tags: TAGS,
  summary: 'Distribution runs',
  description: 'Every committed run, latest month first. Members only.',
  responses: {
    200: {
      description: 'The runs.',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(runSummarySchema) }).openapi('RunList'),
        },
      },
    },
    ...problemResponses(401, 403),
  },
});

const runRoute = createRoute({
  method: 'get',
  path: '/distribution/runs/{runId}',
  tags: TAGS,
  summary: 'A distribution run',
  description:
    'A committed run (by id or by month YYYY-MM) with each member’s payout per stream and plain-language explanation. Members only.',
  request: {
    params: z.object({
      runId: z
        .string()
        .max(128)
        .openapi({
          param: { name: 'runId', in: 'path' },
          description: 'The run’s id, or its month.',
        }),
    }),
  },
  responses: { 200: { description: 'The run.', ...runJson }, ...problemResponses(401, 403, 404) },
});

const whatIfRoute = createRoute({
  method: 'post',
  path: '/distribution/whatif',
  tags: TAGS,
  summary: 'What if other parameters applied?',
  description:
    'Runs a candidate parameter document over months (the current one by default) beside what is in force or was recorded, per member, recording nothing. Members only.',
  request: {
    body: json(
      z
        .object({ parameters: document, periods: z.array(z.string().max(20)).max(36).optional() })
        .strict(),
    ),
  },
  responses: {
    200: {
      description: 'The comparison.',
      content: { 'application/json': { schema: whatIfSchema } },
    },
    ...problemResponses(400, 401, 403, 422),
  },
});

const flowsRoute = createRoute({
  method: 'get',
  path: '/distribution/flows',
  tags: TAGS,
  summary: 'Money flows of a month (Sankey)',
  description:
    'Sources → income → buckets, pots and retained money → members, pre-aggregated. Without `period`: the latest closed run’s month. Members only.',
  request: { query: z.object({ period: z.string().max(20).optional() }) },
  responses: {
    200: { description: 'The graph.', content: { 'application/json': { schema: flowsSchema } } },
    304: {
      description: 'Not modified: `If-None-Match` named the `ETag` of the graph as it is now.',
    },
    ...problemResponses(400, 401, 403, 404, 422),
  },
});

const payoutRoute = createRoute({
  method: 'post',
  path: '/payouts',
  tags: TAGS,
  summary: 'Record a payout',
  description:
    'Marks what a run owes a member (or part of it) as paid, with the payment reference; never more than is still owed. Founders.',
  request: { body: json(recordPayoutInput) },
  responses: {
    201: {
      description: 'Recorded.',
      content: {
        'application/json': {
          schema: recordedSchema
            .extend({ id: z.string(), payoutId: z.string() })
            .openapi('PayoutRecorded'),
        },
      },
    },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

const payoutCsvRoute = createRoute({
  method: 'get',
  path: '/payouts.csv',
  tags: TAGS,
  summary: 'Payout list (CSV)',
  description:
    'Per member paid by the run: owed, paid so far (with references) and still due, in minor units. A client that accepts only `application/json` (the CLI) gets `{ format, content }`. Members only.',
  request: { query: z.object({ runId: z.string().max(128) }) },
  responses: {
    200: {
      description: 'The list.',
      content: {
        'text/csv': { schema: z.string() },
        'application/json': {
          schema: z
            .object({ format: z.literal('csv'), content: z.string() })
            .openapi('PayoutListFile'),
        },
      },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

/**
 * Distribution runs (preview, commit, show), what-if, flows and payouts.
 *
 * @example app.route('/api', distributionRoutes(ctx))
 */
export function distributionRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.use(
    '/distribution/flows',
    conditionalGet(
      flowsRoute,
      (c) => {
        const period = c.req.query('period');
        return flowsVersion(ctx, c.var.actor, period === undefined ? {} : { period });
      },
      // The flows, kept per member and month asked for while the ledger holds still: what a
      // first visit to the dashboard asks for beside it.
      { keep: 64 },
    ),
  );
  app.openapi(previewRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await locatingFields({ period: 'body', parameters: 'body' }, () =>
        previewDistribution(ctx, c.var.actor, body as PreviewDistributionInput),
      ),
      200,
    );
  });
  app.openapi(commitRoute, async (c) => {
    const body = c.req.valid('json');
    const { events, ...run } = await locatingFields({ period: 'body' }, () =>
      commitDistribution(ctx, c.var.actor, body),
    );
    return c.json({ ...run, recorded: recorded({ events }).recorded }, 201);
  });
  app.openapi(runsRoute, async (c) => c.json(await listRuns(ctx, c.var.actor), 200));
  app.openapi(runRoute, async (c) =>
    c.json(await showRun(ctx, c.var.actor, c.req.valid('param')), 200),
  );
  app.openapi(whatIfRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await locatingFields({ parameters: 'body', periods: 'body' }, () =>
        whatIf(ctx, c.var.actor, body as WhatIfInput),
      ),
      200,
    );
  });
  app.openapi(flowsRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      await locatingFields({ period: 'query' }, () => distributionFlows(ctx, c.var.actor, query)),
      200,
    );
  });
  app.openapi(payoutRoute, async (c) => {
    const body = c.req.valid('json');
    const result = recorded(
      await locatingFields(inBody(Object.keys(recordPayoutInput.shape)), () =>
        recordPayout(ctx, c.var.actor, body),
      ),
    );
    return c.json({ id: result.payoutId, ...result }, 201);
  });
  app.openapi(payoutCsvRoute, async (c) => {
    const query = c.req.valid('query');
    const csv = await locatingFields({ runId: 'query' }, () =>
      payoutListCsv(ctx, c.var.actor, query),
    );
    if (c.req.header('accept') === 'application/json')
      return c.json({ format: 'csv' as const, content: csv }, 200);
    return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8' });
  });
  return app;
}
