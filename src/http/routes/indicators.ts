import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { careIndicators } from '../../app/value/care-indicators.js';
import { dutiesProgress } from '../../app/value/duties-progress.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Value'];
const dateParam = (description: string) => z.string().max(20).optional().openapi({ description });

export const dutySchema = z
  .object({
    memberId: z.string(),
    displayName: z.string(),
    stream: z.string(),
    period: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    owed: z.string(),
    done: z.string(),
    pending: z.string(),
    remaining: z.string(),
    met: z.boolean(),
    behind: z.boolean(),
    expected: z.string(),
  })
  .openapi('Duty', { description: 'Credits in minor units, as digit strings.' });

const fractionSchema = z.object({ numerator: z.string(), denominator: z.string() });
const concentrationSchema = z
  .object({
    measure: z.enum(['hours', 'credits']),
    total: z.string(),
    shares: z.array(z.object({ memberId: z.string(), amount: z.string(), share: fractionSchema })),
    gini: fractionSchema.extend({ value: z.number() }),
  })
  .openapi('CareConcentration');

const dutiesRoute = createRoute({
  method: 'get',
  path: '/duties',
  tags: TAGS,
  summary: 'Duties progress',
  description:
    'Each active worker-member’s duties for the month and quarter of `date` (today by default): owed, done, pending, and whether they are behind an even pace. Members only.',
  request: {
    query: z.object({ member: z.string().max(128).optional(), date: dateParam('YYYY-MM-DD.') }),
  },
  responses: {
    200: {
      description: 'The duties.',
      content: {
        'application/json': {
          schema: z.object({ date: z.string(), items: z.array(dutySchema) }).openapi('Duties'),
        },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

const careRoute = createRoute({
  method: 'get',
  path: '/care-indicators',
  tags: TAGS,
  summary: 'Care indicators',
  description:
    'Signals for the quarterly evaluation, never inputs to money: each active worker-member’s share of care work (by hours and by credits) with the Gini coefficient as an exact fraction, weeks over 40 logged hours, duties behind an even pace, and thanks received and given. From the quarter’s start to today by default. Members only.',
  request: {
    query: z.object({
      from: dateParam('First day, YYYY-MM-DD.'),
      to: dateParam('Last day, YYYY-MM-DD.'),
    }),
  },
  responses: {
    200: {
      description: 'The indicators.',
      content: {
        'application/json': {
          schema: z
            .object({
              from: z.string(),
              to: z.string(),
              careHours: concentrationSchema,
              careCredits: concentrationSchema,
              overloaded: z.array(
                z.object({ memberId: z.string(), week: z.string(), hours: z.string() }),
              ),
              behindOnDuties: z.array(dutySchema),
              appreciations: z
                .array(z.object({ memberId: z.string(), received: z.number(), given: z.number() }))
                .openapi({
                  description:
                    'Thanks each member received and gave in the window (members with none left out).',
                }),
            })
            .openapi('CareIndicators'),
        },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

/**
 * The duties and care indicators routes.
 *
 * @example app.route('/api', indicatorRoutes(ctx))
 */
export function indicatorRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(dutiesRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      await locatingFields({ member: 'query', date: 'query' }, () =>
        dutiesProgress(ctx, c.var.actor, query),
      ),
      200,
    );
  });
  app.openapi(careRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      await locatingFields({ from: 'query', to: 'query' }, () =>
        careIndicators(ctx, c.var.actor, query),
      ),
      200,
    );
  });
  return app;
}
