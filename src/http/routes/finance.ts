import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { listExpenses } from '../../app/distribution/list-expenses.js';
import { listIncome } from '../../app/distribution/list-income.js';
import { recordExpense, recordExpenseInput } from '../../app/distribution/record-expense.js';
import { recordIncome, recordIncomeInput } from '../../app/distribution/record-income.js';
import { setFirstCatParameters } from '../../app/distribution/set-cat-parameters.js';
import { showBooks } from '../../app/distribution/show-books.js';
import { showCatParameters } from '../../app/distribution/show-cat-parameters.js';
import {
  booksSchema,
  expenseSchema,
  incomeSchema,
  paramVersionSchema,
} from '../distribution-schemas.js';
import type { HttpEnv } from '../env.js';
import { recordedSchema } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { inBody, json, recorded } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Distribution'];
const periodQuery = z.object({
  period: z.string().max(20).optional().openapi({ description: 'A calendar month YYYY-MM.' }),
});

const paramsRoute = createRoute({
  method: 'get',
  path: '/cat/parameters',
  tags: TAGS,
  summary: 'CAT parameter versions',
  description:
    'The parameter document in force today and every version, with its effective period and who decided it (the founder for the first, else a passed proposal). Members only.',
  responses: {
    200: {
      description: 'The versions.',
      content: {
        'application/json': {
          schema: z
            .object({
              // A union, not .nullable(): zod-openapi would mark the shared ParamVersion itself nullable.
              current: z.union([paramVersionSchema, z.null()]),
              history: z.array(paramVersionSchema),
            })
            .openapi('ParamVersions'),
        },
      },
    },
    ...problemResponses(401, 403),
  },
});

const bootstrapRoute = createRoute({
  method: 'post',
  path: '/cat/parameters',
  tags: TAGS,
  summary: 'Set the first CAT parameter document',
  description:
    'The founder bootstrap: the body is a `value-equation@1` document. Only when no version exists; every later change is a `cat-parameter-change` proposal that passed. Refused (422, with the field) for percentages over 100%, negative values, shares not summing to 100%, overlapping periods. Founders.',
  request: { body: json(z.record(z.string(), z.unknown()).openapi('ParameterDocument')) },
  responses: {
    201: {
      description: 'Recorded.',
      content: {
        'application/json': {
          schema: recordedSchema
            .extend({ version: z.number().int() })
            .openapi('ParametersRecorded'),
        },
      },
    },
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

const incomeListRoute = createRoute({
  method: 'get',
  path: '/income',
  tags: TAGS,
  summary: 'Income',
  description: 'Money received, of a month or of all time, in ledger order. Members only.',
  request: { query: periodQuery },
  responses: {
    200: {
      description: 'The income.',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(incomeSchema) }).openapi('IncomeList'),
        },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

const incomeRoute = createRoute({
  method: 'post',
  path: '/income',
  tags: TAGS,
  summary: 'Record income',
  description:
    'A client payment (for a livelihood project), a grant or a donation, with any fee as its own amount. Money in another currency needs `exchangeRate` (base currency per unit) and is refused without it. Dates in a closed month are refused. Founders and committed members.',
  request: { body: json(recordIncomeInput) },
  responses: {
    201: {
      description: 'Recorded.',
      content: {
        'application/json': {
          schema: recordedSchema
            .extend({
              id: z.string(),
              incomeId: z.string(),
              amount: z.string(),
              currency: z.string(),
            })
            .openapi('IncomeRecorded'),
        },
      },
    },
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

const expenseListRoute = createRoute({
  method: 'get',
  path: '/expenses',
  tags: TAGS,
  summary: 'Expenses',
  description: 'Money spent, of a month or of all time, in ledger order. Members only.',
  request: { query: periodQuery },
  responses: {
    200: {
      description: 'The expenses.',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(expenseSchema) }).openapi('ExpenseList'),
        },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

const expenseRoute = createRoute({
  method: 'post',
  path: '/expenses',
  tags: TAGS,
  summary: 'Record an expense',
  description:
    'Money the collective spent, in the base currency, with payee and reason. Dates in a closed month are refused. Founders and committed members.',
  request: { body: json(recordExpenseInput) },
  responses: {
    201: {
      description: 'Recorded.',
      content: {
        'application/json': {
          schema: recordedSchema
            .extend({ id: z.string(), expenseId: z.string() })
            .openapi('ExpenseRecorded'),
        },
      },
    },
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

const booksRoute = createRoute({
  method: 'get',
  path: '/books',
  tags: TAGS,
  summary: 'Double-entry books',
  description:
    'Accounts with debits, credits and balances, the journal entries, and the trial balance (always 0), of a month or of all time. Members only.',
  request: { query: periodQuery },
  responses: {
    200: { description: 'The books.', content: { 'application/json': { schema: booksSchema } } },
    ...problemResponses(400, 401, 403),
  },
});

/** The body is the parameter document itself, so each problem's field is a path inside the body. */
async function inDocument<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AppError) || error.problems.length === 0) throw error;
    throw new AppError(
      error.status,
      error.code,
      error.said,
      error.hintSaid,
      error.problems.map((p) => ({
        ...p,
        field: p.field.startsWith('(') ? 'body' : `body.${p.field}`,
      })),
    );
  }
}

/**
 * Income, expenses, the books and the CAT parameters.
 *
 * @example app.route('/api', financeRoutes(ctx))
 */
export function financeRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(paramsRoute, async (c) => c.json(await showCatParameters(ctx, c.var.actor), 200));
  app.openapi(bootstrapRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(await inDocument(() => setFirstCatParameters(ctx, c.var.actor, body))),
      201,
    );
  });
  app.openapi(incomeListRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      await locatingFields({ period: 'query' }, () => listIncome(ctx, c.var.actor, query)),
      200,
    );
  });
  app.openapi(incomeRoute, async (c) => {
    const body = c.req.valid('json');
    const result = recorded(
      await locatingFields(inBody(Object.keys(recordIncomeInput.shape)), () =>
        recordIncome(ctx, c.var.actor, body),
      ),
    );
    return c.json({ id: result.incomeId, ...result }, 201);
  });
  app.openapi(expenseListRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      await locatingFields({ period: 'query' }, () => listExpenses(ctx, c.var.actor, query)),
      200,
    );
  });
  app.openapi(expenseRoute, async (c) => {
    const body = c.req.valid('json');
    const result = recorded(
      await locatingFields(inBody(Object.keys(recordExpenseInput.shape)), () =>
        recordExpense(ctx, c.var.actor, body),
      ),
    );
    return c.json({ id: result.expenseId, ...result }, 201);
  });
  app.openapi(booksRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      await locatingFields({ period: 'query' }, () => showBooks(ctx, c.var.actor, query)),
      200,
    );
  });
  return app;
}
