import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import {
  listFederationRelations,
  showFederationRelation,
} from '../../app/federation/list-federation-relations.js';
import {
  proposeFederation,
  proposeFederationInput,
} from '../../app/federation/propose-federation.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { json, located, writeProblems } from '../route-kit.js';
import { locatingFields } from '../validation.js';
import { failureSaid } from '../message-schemas.js';

const TAGS = ['Federation'];

const witnessSchema = z
  .object({
    url: z.string(),
    key: z.string(),
    name: z.string(),
    cosignedSize: z.number().int(),
    cosignedAt: z.string().nullable(),
    refusal: z.string().nullable(),
    refusedAt: z.string().nullable(),
    submission: z
      .object({
        state: z.enum(['pending', 'done', 'failed']),
        attempts: z.number().int(),
        lastError: z.string().nullable(),
        lastErrorSaid: failureSaid,
      })
      .nullable(),
  })
  .openapi('FederationWitness');

export const federationRelationSchema = z
  .object({
    peerActorId: z.string(),
    handle: z.string().nullable(),
    status: z.enum(['federated', 'we-asked', 'asked-us', 'ended']).openapi({
      description:
        'federated: both DisCOs decided to follow each other; we-asked: our Follow waits for their decision; asked-us: theirs waits for ours (a `federation` proposal accepts it); ended: neither follows now.',
    }),
    weFollow: z.boolean(),
    theyFollow: z.boolean(),
    theyAccepted: z.boolean(),
    decidedBy: z.string().nullable(),
    witness: witnessSchema.nullable().openapi({
      description: 'The peer as our witness: how far it cosigned our ledger; null when it is not.',
    }),
    announced: z
      .object({ treeSize: z.number().int(), cosignatures: z.number().int(), at: z.string() })
      .nullable(),
    equivocation: z
      .object({
        announced: z.string(),
        witnessedRoot: z.string(),
        treeSize: z.number().int(),
        at: z.string(),
      })
      .nullable()
      .openapi({
        description:
          'Evidence that the peer announced a checkpoint our witness cosigned with another root at the same size: two histories.',
      }),
    updatedAt: z.string(),
  })
  .openapi('FederationRelation');

const listRoute = createRoute({
  method: 'get',
  path: '/federation/relations',
  tags: TAGS,
  summary: 'List federated DisCOs with their witness status',
  description:
    'Every DisCO this one federates with or was asked to, each with how far it cosigned our ledger as our witness, its latest announced checkpoint, and any evidence of two histories. Public, like the ledger.',
  responses: {
    200: {
      description: 'The relations.',
      content: {
        'application/json': { schema: z.object({ items: z.array(federationRelationSchema) }) },
      },
    },
    ...problemResponses(),
  },
});

const showRoute = createRoute({
  method: 'get',
  path: '/federation/relations/{peer}',
  tags: TAGS,
  summary: 'Show one federation relation',
  description: 'By the peer’s handle (`disco@coop.example`) or URL-encoded actor id.',
  request: { params: z.object({ peer: z.string().min(1).max(500) }) },
  responses: {
    200: {
      description: 'The relation.',
      content: { 'application/json': { schema: federationRelationSchema } },
    },
    ...problemResponses(404),
  },
});

const proposeRoute = createRoute({
  method: 'post',
  path: '/federation/proposals',
  tags: TAGS,
  summary: 'Propose following (or unfollowing) another DisCO',
  description:
    'Reads the DisCO’s actor (WebFinger for a handle), then opens a majority `federation` proposal carrying it. Nothing is sent until the proposal passes. An unreachable or malformed peer answers 422. Members who may open proposals.',
  request: { body: json(proposeFederationInput) },
  responses: {
    201: {
      description: 'The proposal was opened.',
      content: {
        'application/json': {
          schema: z.object({
            proposalId: z.string(),
            peer: z.object({ actorId: z.string(), handle: z.string().nullable() }),
          }),
        },
      },
    },
    ...writeProblems,
  },
});

/**
 * Federation routes: the relations with their witness status, and proposing to follow a DisCO.
 *
 * @example app.route('/api', federationRoutes(actx))
 */
export function federationRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => c.json({ items: await listFederationRelations(ctx) }, 200));
  app.openapi(showRoute, async (c) =>
    c.json(await showFederationRelation(ctx, c.req.valid('param').peer), 200),
  );
  app.openapi(proposeRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await locatingFields(located(Object.keys(body)), () =>
        proposeFederation(ctx, c.var.actor, body),
      ),
      201,
    );
  });
  return app;
}
