import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { listRates } from '../../app/value/list-rates.js';
import {
  setCareReleaseRule,
  setCasualRule,
  setDutyRules,
  setRate,
  setStageMultipliers,
  setValidationRules,
} from '../../app/value/set-value-settings.js';
import {
  casualRuleSetPayload,
  daterCareReleaseSetPayload,
  dutyRulesSetPayload,
  rateSetPayload,
  stageMultipliersSetPayload,
  validationRulesSetPayload,
} from '../../core/value/index.js';
import type { HttpEnv } from '../env.js';
import { recorded, recordedSchema } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { locatingFields, type InputLocation } from '../validation.js';

const TAGS = ['Value'];
const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});
const created = {
  201: { description: 'Recorded.', content: { 'application/json': { schema: recordedSchema } } },
};
const writeProblems = problemResponses(400, 401, 403, 409);
const inBody = (schema: { shape: object }): Record<string, InputLocation> =>
  Object.fromEntries(Object.keys(schema.shape).map((k) => [k, 'body'] as const));

const rateSchema = z
  .object({
    stream: z.string(),
    taskKind: z.string(),
    per: z.string(),
    amount: z.string().openapi({ description: 'Minor units per `per`, as digits.' }),
    effectiveFrom: z.string(),
    setBy: z.string().nullable(),
  })
  .openapi('Rate');

const listRatesRoute = createRoute({
  method: 'get',
  path: '/rates',
  tags: TAGS,
  summary: 'List credit rates',
  description:
    'Every rate ever set, in ledger order; a rate is replaced by a later effective date, never erased. Members only.',
  responses: {
    200: {
      description: 'The rates.',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(rateSchema) }).openapi('RateList'),
        },
      },
    },
    ...problemResponses(401, 403),
  },
});

const setRateRoute = createRoute({
  method: 'post',
  path: '/rates',
  tags: TAGS,
  summary: 'Set a credit rate',
  description:
    'The rate of a task kind in a stream, per hour or per unit, in minor units, from a date on. Credits already logged keep the rate frozen in them. Founders, until governance decides rates.',
  request: { body: json(rateSetPayload) },
  responses: { ...created, ...writeProblems },
});

const multipliersRoute = createRoute({
  method: 'put',
  path: '/value-settings/stage-multipliers',
  tags: TAGS,
  summary: 'Set the dater stage multipliers',
  description:
    'Basis points of credit value daters earn per stage and stream, from a date on. Founders.',
  request: { body: json(stageMultipliersSetPayload) },
  responses: { ...created, ...writeProblems },
});

const validationRulesRoute = createRoute({
  method: 'put',
  path: '/value-settings/validation-rules',
  tags: TAGS,
  summary: 'Set the validation rules',
  description:
    'How many acknowledgements each stream needs and whether a circle steward must give one; applies to contributions logged afterwards. Founders.',
  request: { body: json(validationRulesSetPayload) },
  responses: { ...created, ...writeProblems },
});

const dutyRulesRoute = createRoute({
  method: 'put',
  path: '/value-settings/duty-rules',
  tags: TAGS,
  summary: 'Set the duties',
  description:
    'The credits each membership level owes per period (month or quarter) and stream, from a date on; a duty applies for a whole period when in force on its first day. Founders.',
  request: { body: json(dutyRulesSetPayload) },
  responses: { ...created, ...writeProblems },
});

const casualRuleRoute = createRoute({
  method: 'put',
  path: '/value-settings/casual-rule',
  tags: TAGS,
  summary: 'Set the casual rule',
  description:
    "Whether casual contributors' work dated from `effectiveFrom` on earns payable credits (by default it is recorded, never a claim); frozen into each contribution when logged. Founders.",
  request: { body: json(casualRuleSetPayload) },
  responses: { ...created, ...writeProblems },
});

const careReleaseRoute = createRoute({
  method: 'put',
  path: '/value-settings/care-release',
  tags: TAGS,
  summary: 'Set the dater care release rule',
  description:
    'What becomes of care credits earned while dating once dating ends: on commitment released at once (`release-all`) or in monthly tranches (`release-over-months`); on leaving or going back to casual, `forfeit` or `release-all`. The rule in force on the day a dating spell ends applies to it. Founders.',
  request: { body: json(daterCareReleaseSetPayload) },
  responses: { ...created, ...writeProblems },
});

/**
 * The value settings routes: rates, stage multipliers, validation rules, duties, the casual rule
 * and the care release rule.
 *
 * @example app.route('/api', valueRuleRoutes(ctx))
 */
export function valueRuleRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRatesRoute, async (c) =>
    c.json({ items: await listRates(ctx, c.var.actor) }, 200),
  );
  app.openapi(setRateRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(await locatingFields(inBody(rateSetPayload), () => setRate(ctx, c.var.actor, body))),
      201,
    );
  });
  app.openapi(multipliersRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(inBody(stageMultipliersSetPayload), () =>
          setStageMultipliers(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  app.openapi(validationRulesRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(inBody(validationRulesSetPayload), () =>
          setValidationRules(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  app.openapi(dutyRulesRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(inBody(dutyRulesSetPayload), () =>
          setDutyRules(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  app.openapi(casualRuleRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(inBody(casualRuleSetPayload), () =>
          setCasualRule(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  app.openapi(careReleaseRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(inBody(daterCareReleaseSetPayload), () =>
          setCareReleaseRule(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  return app;
}
