import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { listRates } from '../../app/value/list-rates.js';
import { valueSettingsInForce } from '../../app/value/value-settings-in-force.js';
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

import { problemResponses } from '../problem.js';
import { created, inBody, json, recorded } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Value'];
// Settings replace what was in force, so there is nothing to find (404) or to be in the wrong state for (422).
const settingProblems = problemResponses(400, 401, 403, 409);

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
  responses: { ...created, ...settingProblems },
});

const streamBasisPoints = z.object({ livelihood: z.number(), love: z.number(), care: z.number() });
const streamValidation = z.object({ acknowledgements: z.number(), stewardRequired: z.boolean() });
const sinceSchema = z
  .string()
  .nullable()
  .openapi({ description: 'The day it took effect; null when never set (the default applies).' });

const valueSettingsSchema = z
  .object({
    asOf: z
      .string()
      .openapi({ description: "The day (in the DisCO's time zone) they are in force on." }),
    stageMultipliers: z.object({
      effectiveFrom: sinceSchema,
      stages: z
        .object({ '1': streamBasisPoints, '2': streamBasisPoints, '3': streamBasisPoints })
        .openapi({
          description:
            'Basis points (10000 = 100%) of credit value daters earn per stage and stream.',
        }),
    }),
    validationRules: z.object({
      set: z.boolean().openapi({
        description: 'False while the default (one acknowledgement, no steward) applies.',
      }),
      streams: z.object({
        livelihood: streamValidation,
        love: streamValidation,
        care: streamValidation,
      }),
    }),
    dutyRules: z.object({
      effectiveFrom: sinceSchema,
      duties: z.array(
        z.object({
          level: z.string(),
          stream: z.string(),
          period: z.string(),
          amount: z
            .string()
            .openapi({ description: 'Credits owed per period, in minor units, as digits.' }),
        }),
      ),
    }),
    casualRule: z.object({ effectiveFrom: sinceSchema, payable: z.boolean() }),
    careRelease: z.object({
      effectiveFrom: sinceSchema,
      onCommitment: z.union([
        z.object({ kind: z.literal('release-all') }),
        z.object({ kind: z.literal('release-over-months'), months: z.number() }),
      ]),
      onLeaving: z.enum(['forfeit', 'release-all']),
    }),
  })
  .openapi('ValueSettings');

const valueSettingsRoute = createRoute({
  method: 'get',
  path: '/value-settings',
  tags: TAGS,
  summary: 'The value settings in force',
  description:
    'The stage multipliers, validation rules, duties, casual rule and care release rule in force today, each with the day it took effect (or null for the default). Members only.',
  responses: {
    200: {
      description: 'The settings in force.',
      content: { 'application/json': { schema: valueSettingsSchema } },
    },
    ...problemResponses(401, 403),
  },
});

const multipliersRoute = createRoute({
  method: 'put',
  path: '/value-settings/stage-multipliers',
  tags: TAGS,
  summary: 'Set the dater stage multipliers',
  description:
    'Basis points of credit value daters earn per stage and stream, from a date on. Founders.',
  request: { body: json(stageMultipliersSetPayload) },
  responses: { ...created, ...settingProblems },
});

const validationRulesRoute = createRoute({
  method: 'put',
  path: '/value-settings/validation-rules',
  tags: TAGS,
  summary: 'Set the validation rules',
  description:
    'How many acknowledgements each stream needs and whether a circle steward must give one; applies to contributions logged afterwards. Founders.',
  request: { body: json(validationRulesSetPayload) },
  responses: { ...created, ...settingProblems },
});

const dutyRulesRoute = createRoute({
  method: 'put',
  path: '/value-settings/duty-rules',
  tags: TAGS,
  summary: 'Set the duties',
  description:
    'The credits each membership level owes per period (month or quarter) and stream, from a date on; a duty applies for a whole period when in force on its first day. Founders.',
  request: { body: json(dutyRulesSetPayload) },
  responses: { ...created, ...settingProblems },
});

const casualRuleRoute = createRoute({
  method: 'put',
  path: '/value-settings/casual-rule',
  tags: TAGS,
  summary: 'Set the casual rule',
  description:
    "Whether casual contributors' work dated from `effectiveFrom` on earns payable credits (by default it is recorded, never a claim); frozen into each contribution when logged. Founders.",
  request: { body: json(casualRuleSetPayload) },
  responses: { ...created, ...settingProblems },
});

const careReleaseRoute = createRoute({
  method: 'put',
  path: '/value-settings/care-release',
  tags: TAGS,
  summary: 'Set the dater care release rule',
  description:
    'What becomes of care credits earned while dating once dating ends: on commitment released at once (`release-all`) or in monthly tranches (`release-over-months`); on leaving or going back to casual, `forfeit` or `release-all`. The rule in force on the day a dating spell ends applies to it. Founders.',
  request: { body: json(daterCareReleaseSetPayload) },
  responses: { ...created, ...settingProblems },
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
  app.openapi(valueSettingsRoute, async (c) =>
    c.json(await valueSettingsInForce(ctx, c.var.actor), 200),
  );
  app.openapi(setRateRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(inBody(Object.keys(rateSetPayload.shape)), () =>
          setRate(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  app.openapi(multipliersRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(inBody(Object.keys(stageMultipliersSetPayload.shape)), () =>
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
        await locatingFields(inBody(Object.keys(validationRulesSetPayload.shape)), () =>
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
        await locatingFields(inBody(Object.keys(dutyRulesSetPayload.shape)), () =>
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
        await locatingFields(inBody(Object.keys(casualRuleSetPayload.shape)), () =>
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
        await locatingFields(inBody(Object.keys(daterCareReleaseSetPayload.shape)), () =>
          setCareReleaseRule(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  return app;
}
