import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { amendProposal } from '../../app/governance/amend-proposal.js';
import { castBallot } from '../../app/governance/cast-ballot.js';
import { listProposals } from '../../app/governance/list-proposals.js';
import { openProposal, type OpenProposalInput } from '../../app/governance/open-proposal.js';
import { showProposal } from '../../app/governance/show-proposal.js';
import { stateOutcome } from '../../app/governance/state-outcome.js';
import { withdrawProposal } from '../../app/governance/withdraw-proposal.js';
import type { HttpEnv } from '../env.js';
import {
  amendProposalBody,
  ballotBody,
  openProposalBody,
  outcomeBody,
  proposalDetailSchema,
  proposalPageSchema,
} from '../governance-schemas.js';
import { integerText } from '../integer-text.js';
import { recordedSchema } from '../member-schemas.js';
import { MAX_PAGE_SIZE } from '../pagination.js';
import { problemResponses } from '../problem.js';
import {
  changed,
  created,
  json,
  located,
  recorded,
  recordedAs,
  writeProblems,
} from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Proposals'];
const proposalPath = z.object({
  proposalId: z
    .string()
    .max(100)
    .openapi({
      param: { name: 'proposalId', in: 'path' },
      description: 'The proposal’s id (a UUID).',
    }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/proposals',
  tags: TAGS,
  summary: 'List proposals',
  description: 'Proposals, newest first, a page at a time. Members only.',
  request: {
    query: z.object({
      cursor: z
        .string()
        .max(200)
        .optional()
        .openapi({ description: 'The `nextCursor` of the previous page.' }),
      limit: integerText({
        min: 1,
        max: MAX_PAGE_SIZE,
        description: 'How many per page (default 100).',
      }).optional(),
      status: z.enum(['open', 'withdrawn', 'closed']).optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of proposals.',
      content: { 'application/json': { schema: proposalPageSchema } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const openRoute = createRoute({
  method: 'post',
  path: '/proposals',
  tags: TAGS,
  summary: 'Open a proposal',
  description:
    'A proposal for a decision by its deadline, with a decision method whose settings are checked against the method. The node closes and tallies it at the deadline, and carries out a passed membership change.',
  request: { body: json(openProposalBody) },
  responses: {
    201: recordedAs(recordedSchema.extend({ proposalId: z.string() })),
    ...writeProblems,
  },
});

const showRoute = createRoute({
  method: 'get',
  path: '/proposals/{proposalId}',
  tags: TAGS,
  summary: 'One proposal',
  description:
    "A proposal with every version, every member's current ballot and, once closed, the tally's result. Members only.",
  request: { params: proposalPath },
  responses: {
    200: {
      description: 'The proposal.',
      content: { 'application/json': { schema: proposalDetailSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const amendRoute = createRoute({
  method: 'post',
  path: '/proposals/{proposalId}/amendments',
  tags: TAGS,
  summary: 'Amend your open proposal',
  description:
    'A new version of the title, body or change (of the same kind); earlier versions are kept and ballots remember the version they were cast on.',
  request: { params: proposalPath, body: json(amendProposalBody) },
  responses: {
    201: recordedAs(recordedSchema.extend({ version: z.number().int() })),
    ...writeProblems,
  },
});

const withdrawRoute = createRoute({
  method: 'post',
  path: '/proposals/{proposalId}/withdrawal',
  tags: TAGS,
  summary: 'Withdraw your open proposal',
  description: 'It is never tallied and changes nothing.',
  request: { params: proposalPath },
  responses: { ...created, ...writeProblems },
});

const ballotRoute = createRoute({
  method: 'put',
  path: '/proposals/{proposalId}/ballot',
  tags: TAGS,
  summary: 'Cast or change your ballot',
  description:
    'Your ballot replaces any earlier one of yours (all stay on the ledger) until the deadline. A ballot the method would not count is refused with 400 naming each problem; at or after the deadline, 409.',
  request: { params: proposalPath, body: json(ballotBody) },
  responses: { ...changed, ...writeProblems },
});

const outcomeRoute = createRoute({
  method: 'put',
  path: '/proposals/{proposalId}/outcome',
  tags: TAGS,
  summary: "State a closed proposal's outcome",
  description:
    'What was decided, in words, and when to review it. By its author or a facilitator (a steward of its circle, a founder); stating again replaces it.',
  request: { params: proposalPath, body: json(outcomeBody) },
  responses: { ...changed, ...writeProblems },
});

/**
 * The proposals routes: list, open, show, amend, withdraw, cast a ballot, state the outcome.
 *
 * @example app.route('/api', proposalRoutes(actx))
 */
export function proposalRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      await locatingFields({ cursor: 'query', limit: 'query', status: 'query' }, () =>
        listProposals(ctx, c.var.actor, query),
      ),
      200,
    );
  });
  app.openapi(openRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(body), ['proposalId']), () =>
          openProposal(ctx, c.var.actor, body as OpenProposalInput),
        ),
      ),
      201,
    );
  });
  app.openapi(showRoute, async (c) =>
    c.json(
      await locatingFields(located([], ['proposalId']), () =>
        showProposal(ctx, c.var.actor, c.req.valid('param')),
      ),
      200,
    ),
  );
  app.openapi(amendRoute, async (c) => {
    const body = c.req.valid('json');
    const input = { ...body, ...c.req.valid('param') } as Parameters<typeof amendProposal>[2];
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(body), ['proposalId']), () =>
          amendProposal(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(withdrawRoute, async (c) =>
    c.json(
      recorded(
        await locatingFields(located([], ['proposalId']), () =>
          withdrawProposal(ctx, c.var.actor, c.req.valid('param')),
        ),
      ),
      201,
    ),
  );
  app.openapi(ballotRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') } as Parameters<
      typeof castBallot
    >[2];
    return c.json(
      recorded(
        await locatingFields(located(['ballot'], ['proposalId']), () =>
          castBallot(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  app.openapi(outcomeRoute, async (c) => {
    const body = c.req.valid('json');
    const input = { ...body, ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(body), ['proposalId']), () =>
          stateOutcome(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  return app;
}
