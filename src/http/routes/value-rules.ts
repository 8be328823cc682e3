import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { listRates } from '../../app/value/list-rates.js';
import { setDutyRules, setRate, setStageMultipliers, setValidationRules } from '../../app/value/set-value-settings.js';
import { dutyRulesSetPayload, rateSetPayload, stageMultipliersSetPayload, validationRulesSetPayload } from '../../core/value/index.js';
import type { HttpEnv } from '../env.js';
import { recorded, recordedSchema } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { locatingFields, type InputLocation } from '../validation.js';

const TAGS = ['Value'];
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const created = { 201: { description: 'Recorded.', content: { 'application/json': { schema: recordedSchema } } } };
const writeProblems = problemResponses(400, 401, 403, 409);
const inBody = (schema: { shape: object }): Record<string, InputLocation> => Object.fromEntries(Object.keys(schema.shape).map((k) => [k, 'body'] as const));

const rateSchema = z
  .object({ stream: z.string(), taskKind: z.string(), per: z.string(), amount: z.string().openapi({ description: 'Minor units per `per`, as digits.' }), effectiveFrom: z.string(), setBy: z.string().nullable() })
  .openapi('Rate');

const listRatesRoute = createRoute({
  method: 'get',
  path: '/rates',
  tags: TAGS,
  summary: 'List credit rates',
  description: 'Every rate ever set, in ledger order; a rate is replaced by a later effective date, never erased. Members only.',
  responses: { 200: { description: 'The rates.', content: { 'application/json': { schema: z.object({ items: z.array(rateSchema) }).openapi('RateList') } } }, ...problemResponses(401, 403) },
});

const setRateRoute = createRoute({
  method: 'post',
  path: '/rates',
  tags: TAGS,
  summary: 'Set a credit rate',
  description: 'The rate of a task kind in a stream, per hour or per unit, in minor units, from a date on. Credits already logged keep the rate frozen in them. Founders, until governance decides rates.',
  request: { body: json(rateSetPayload) },
  responses: { ...created, ...writeProblems },
});

const multipliersRoute = createRoute({
  method: 'put',
  path: '/value-settings/stage-multipliers',
  tags: TAGS,
  summary: 'Set the dater stage multipliers',
  description: 'Basis points of credit value daters earn per stage and stream, from a date on. Founders.',
  request: { body: json(stageMultipliersSetPayload) },
  responses: { ...created, ...writeProblems },
});

const validationRulesRoute = createRoute({
  method: 'put',
  path: '/value-settings/validation-rules',
  tags: TAGS,
  summary: 'Set the validation rules',
  description: 'How many acknowledgements each stream needs and whether a circle steward must give one; applies to contributions logged afterwards. Founders.',
  request: { body: json(validationRulesSetPayload) },
  responses: { ...created, ...writeProblems },
});

const dutyRulesRoute = createRoute({
  method: 'put',
  path: '/value-settings/duty-rules',
  tags: TAGS,
  summary: 'Set the duties',
  description: 'The credits each membership level owes per period (month or quarter) and stream, from a date on; a duty applies for a whole period when in force on its first day. Founders.',
  request: { body: json(dutyRulesSetPayload) },
  responses: { ...created, ...writeProblems },
});

/**
 * The value settings routes: rates, stage multipliers, validation rules and duties.
 *
 * @example app.route('/api', valueRuleRoutes(ctx))
 */
export function valueRuleRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRatesRoute, async (c) => c.json({ items: await listRates(ctx, c.var.actor) }, 200));
  app.openapi(setRateRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(recorded(await locatingFields(inBody(rateSetPayload), () => setRate(ctx, c.var.actor, body))), 201);
  });
  app.openapi(multipliersRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(recorded(await locatingFields(inBody(stageMultipliersSetPayload), () => setStageMultipliers(ctx, c.var.actor, body))), 201);
  });
  app.openapi(validationRulesRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(recorded(await locatingFields(inBody(validationRulesSetPayload), () => setValidationRules(ctx, c.var.actor, body))), 201);
  });
  app.openapi(dutyRulesRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(recorded(await locatingFields(inBody(dutyRulesSetPayload), () => setDutyRules(ctx, c.var.actor, body))), 201);
  });
  return app;
}
