import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { listEvents } from '../../app/ledger/list-events.js';
import { getEventWithProof } from '../../app/ledger/ledger-proofs.js';
import type { HttpEnv } from '../env.js';
import { integerText } from '../integer-text.js';
import { DEFAULT_PAGE_SIZE, pageOf, pageQuerySchema, pageSchema } from '../pagination.js';
import { problemResponses } from '../problem.js';
import { eventWithProofSchema, ledgerEventSchema } from '../ledger-schemas.js';
import { locatingFields } from '../validation.js';

const listEventsRoute = createRoute({
  method: 'get',
  path: '/ledger/events',
  tags: ['Ledger'],
  summary: 'List events',
  description:
    'Every event of the ledger, a page at a time: in ascending order of seq by default, newest first with `order=desc`. Follow `nextCursor` (with the same `order`) until it is null to read the whole ledger. Ascending, events appended meanwhile show up on later pages; descending, the pages walk back to the genesis from the newest event of the first page. Either way none is skipped or repeated.',
  request: {
    query: pageQuerySchema.extend({
      order: z.enum(['asc', 'desc']).optional().openapi({
        description:
          '`asc` (the default) from the genesis on, as a verifier reads; `desc` from the newest event back, as a person looks for what just happened.',
        example: 'desc',
      }),
    }),
  },
  responses: {
    200: {
      description: 'A page of events.',
      content: {
        'application/json': {
          schema: pageSchema(
            ledgerEventSchema,
            'EventPage',
            'In the order asked: ascending seq by default, descending with `order=desc`.',
          ),
        },
      },
    },
    ...problemResponses(400),
  },
});

const eventRoute = createRoute({
  method: 'get',
  path: '/ledger/events/{seq}',
  tags: ['Ledger'],
  summary: 'One event, with proof that it is in the ledger',
  description:
    'The event and an RFC 9162 inclusion proof. Without `treeSize`, the proof is against the latest signed checkpoint that covers the event (returned in `proof.checkpoint`), or against the whole current ledger when no checkpoint covers it yet (`proof.checkpoint` is then null unless one exists for that size).',
  request: {
    params: z.object({
      seq: integerText({
        min: 1,
        description: 'The sequence number of the event, from 1.',
        example: 1,
      }).openapi({ param: { name: 'seq', in: 'path' } }),
    }),
    query: z.object({
      treeSize: integerText({
        min: 1,
        description:
          'Prove inclusion in the tree of this many events (at least seq, at most the ledger size), e.g. the size of a checkpoint you hold.',
      }).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The event and its inclusion proof.',
      content: { 'application/json': { schema: eventWithProofSchema } },
    },
    ...problemResponses(400, 404, 409),
  },
});

/**
 * `GET /ledger/events` and `GET /ledger/events/{seq}`.
 *
 * @example app.route('/api', eventRoutes(ctx))
 */
export function eventRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();

  app.openapi(listEventsRoute, async (c) => {
    const { cursor, limit = DEFAULT_PAGE_SIZE, order = 'asc' } = c.req.valid('query');
    const rows = await listEvents(ctx.store, {
      order,
      limit: limit + 1,
      ...(cursor === undefined ? {} : { after: cursor }),
    });
    return c.json(
      pageOf(rows, limit, (event) => event.seq),
      200,
    );
  });

  app.openapi(eventRoute, async (c) => {
    const { seq } = c.req.valid('param');
    const { treeSize } = c.req.valid('query');
    return c.json(
      await locatingFields({ treeSize: 'query' }, () =>
        getEventWithProof(ctx.store, seq, treeSize),
      ),
      200,
    );
  });

  return app;
}
