import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { showCheckpointNote } from '../../app/witnessing/checkpoint-note.js';
import { showWitnessStatus } from '../../app/witnessing/witness-status.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { failureSaid } from '../message-schemas.js';

const checkpointNoteRoute = createRoute({
  method: 'get',
  path: '/ledger/checkpoint',
  tags: ['Checkpoints'],
  summary: 'The latest checkpoint as a C2SP signed note, with its cosignatures',
  description: [
    "The latest signed checkpoint in the C2SP tlog-checkpoint format: the origin `<public host>/<ledgerId>`, the tree size and the base64 root, a blank line, the node's Ed25519 note signature (key name = the origin), then every witness cosignature (cosignature/v1) the node holds for it.",
    "The `X-Log-Key` header carries the verifier key (vkey) under which the node's signature verifies, for a witness to trust. See docs/ledger.md.",
  ].join('\n\n'),
  responses: {
    200: {
      description: 'The signed note.',
      content: {
        'text/plain': { schema: z.string().openapi({ description: 'A C2SP signed note.' }) },
      },
    },
    ...problemResponses(404, 409),
  },
});

const witnessSchema = z
  .object({
    url: z.string(),
    key: z.string().openapi({ description: "The witness's cosignature/v1 verifier key." }),
    name: z.string(),
    cosignedSize: z.number().int(),
    cosignedAt: z.string().nullable(),
    refusal: z.string().nullable().openapi({
      description: 'Why the witness last refused a checkpoint of this node; null when it cosigns.',
    }),
    refusalSaid: failureSaid.openapi({
      description:
        "`refusal` as a message code and its parameters, for the reader's language; null when the witness has not refused since it cosigned, or refused before codes were kept (then show `refusal` as it is).",
    }),
    refusalAnswer: z.string().nullable().openapi({
      description:
        'What the witness itself answered with its refusal, in its own words; null when it gave nothing.',
    }),
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
  .openapi('WitnessStatus');

const witnessStatusRoute = createRoute({
  method: 'get',
  path: '/ledger/witnesses',
  tags: ['Checkpoints'],
  summary: "The DisCO's witnesses and how far each cosigned the ledger",
  description:
    'Each witness the governed parameter `witnesses` names, the largest checkpoint it cosigned, and its last refusal, if any: a refusal means the witness saw a checkpoint it could not reconcile with what it cosigned before.',
  responses: {
    200: {
      description: 'The witnesses.',
      content: {
        'application/json': {
          schema: z
            .object({
              latestCheckpoint: z.number().int().nullable(),
              witnesses: z.array(witnessSchema),
            })
            .openapi('WitnessingStatus'),
        },
      },
    },
    ...problemResponses(),
  },
});

/**
 * `GET /ledger/checkpoint` (signed note) and `GET /ledger/witnesses`.
 *
 * @example app.route('/api', witnessingRoutes(ctx))
 */
export function witnessingRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(checkpointNoteRoute, async (c) => {
    const view = await showCheckpointNote(ctx);
    return c.text(view.note, 200, { 'x-log-key': view.logKey });
  });
  app.openapi(witnessStatusRoute, async (c) => c.json(await showWitnessStatus(ctx), 200));
  return app;
}
