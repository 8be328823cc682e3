import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { exportContributions } from '../../app/value/contribution-interchange.js';
import { importContributions } from '../../app/value/import-contributions.js';
import type { HttpEnv } from '../env.js';
import { recordedSchema } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Value'];
const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
} as const;
const baseParam = z.string().max(2000).optional().openapi({
  description:
    'Base IRI of members, circles and projects (ends with /); this node’s address by default.',
});

/** The node's own address, so an export imports back here unchanged. */
const nodeBase = (url: string): string => `${new URL(url).origin}/`;

const exportRoute = createRoute({
  method: 'get',
  path: '/interchange/contributions',
  tags: TAGS,
  summary: 'Export contributions',
  description:
    'Live contributions (pending, counted, disputed) in ledger order, as CSV or as a JSON-LD array of Valueflows vf:EconomicEvent. A client that accepts only `application/json` (the CLI) gets the file wrapped as `{ format, content }`. Members only.',
  request: {
    query: z.object({
      format: z.enum(['csv', 'jsonld']),
      member: z.string().max(128).optional(),
      base: baseParam,
    }),
  },
  responses: {
    200: {
      description: 'The file.',
      content: {
        'text/csv': { schema: z.string() },
        'application/ld+json': { schema: z.string() },
        'application/json': {
          schema: z
            .object({ format: z.enum(['csv', 'jsonld']), content: z.string() })
            .openapi('ExportedFile'),
        },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/interchange/contributions',
  tags: TAGS,
  summary: 'Import contributions',
  description:
    'All or nothing: every row of the CSV or entry of the JSON-LD is checked first and every problem is reported (`line.N.field` or `entry.N.property`, with why); only a clean file is priced and appended in one batch. `dryRun` checks without recording. Founders.',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z
            .object({
              format: z.enum(['csv', 'jsonld']),
              content: z.string(),
              dryRun: z.boolean().optional(),
              base: baseParam,
            })
            .strict(),
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      description: 'Imported (or, with dryRun, checked).',
      content: {
        'application/json': {
          schema: recordedSchema
            .extend({ imported: z.number().int(), contributionIds: z.array(z.string()) })
            .openapi('ImportResult'),
        },
      },
    },
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

/**
 * Contribution interchange: CSV and Valueflows JSON-LD export and all-or-nothing import.
 *
 * @example app.route('/api', interchangeRoutes(ctx))
 */
export function interchangeRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(exportRoute, async (c) => {
    const { base, ...query } = c.req.valid('query');
    const input = { ...query, base: base ?? nodeBase(c.req.url) };
    const file = await locatingFields({ format: 'query', member: 'query', base: 'query' }, () =>
      exportContributions(ctx, c.var.actor, input),
    );
    if (c.req.header('accept') === 'application/json')
      return c.json({ format: query.format, content: file }, 200);
    return c.body(file, 200, { 'content-type': CONTENT_TYPES[query.format] });
  });
  app.openapi(importRoute, async (c) => {
    const { base, ...body } = c.req.valid('json');
    const input = { ...body, base: base ?? nodeBase(c.req.url) };
    const result = await locatingFields(
      { format: 'body', content: 'body', dryRun: 'body', base: 'body' },
      () => importContributions(ctx, c.var.actor, input),
    );
    return c.json(result, 201);
  });
  return app;
}
