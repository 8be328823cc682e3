import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { acceptSolidarityTransfer } from '../../app/federation/accept-solidarity-transfer.js';
import { cancelSolidarityTransfer } from '../../app/federation/cancel-solidarity-transfer.js';
import { listEconomy } from '../../app/federation/list-economy.js';
import { sendCredit, sendCreditInput } from '../../app/federation/send-credit.js';
import {
  sendSolidarityTransfer,
  sendTransferInput,
} from '../../app/federation/send-solidarity-transfer.js';
import { setCreditLine, setCreditLineInput } from '../../app/federation/set-credit-line.js';
import { showTransfer } from '../../app/federation/show-transfer.js';
import type { HttpEnv } from '../env.js';
import { recordedSchema } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { json, recorded } from '../route-kit.js';

const TAGS = ['Economy'];

const transferSchema = z
  .object({
    kind: z.enum(['solidarity', 'credit']),
    transferId: z.string(),
    peer: z.string(),
    peerName: z.string().nullable(),
    direction: z.enum(['out', 'in']),
    amount: z.string(),
    currency: z.string(),
    note: z.string(),
    proposalId: z.string().nullable(),
    status: z.enum(['offered', 'accepted', 'cancelled', 'refunded', 'settled', 'refused']),
    refusalCode: z.string().nullable(),
    offeredAt: z.string(),
    endedAt: z.string().nullable(),
  })
  .openapi('EconomyTransfer');

const lineSchema = z
  .object({
    peer: z.string(),
    peerName: z.string().nullable(),
    limit: z.string(),
    currency: z.string(),
    balance: z.string(),
    pending: z.string(),
    proposalId: z.string(),
  })
  .openapi('CreditLine');

const listRoute = createRoute({
  method: 'get',
  path: '/economy',
  tags: TAGS,
  summary: 'Solidarity transfers and credit lines',
  description:
    'Solidarity and mutual-credit transfers with federated DisCOs, newest first, and each credit line with its limit, balance (positive: this DisCO is owed) and unanswered amount. Members.',
  responses: {
    200: {
      description: 'The transfers and lines.',
      content: {
        'application/json': {
          schema: z
            .object({ transfers: z.array(transferSchema), lines: z.array(lineSchema) })
            .openapi('Economy'),
        },
      },
    },
    ...problemResponses(401, 403),
  },
});

const writeResponses = (extra: z.ZodObject = z.object({})) => ({
  201: {
    description: 'Recorded.',
    content: { 'application/json': { schema: recordedSchema.extend(extra.shape) } },
  },
  ...problemResponses(400, 401, 403, 404, 409, 422),
});

const proofSchema = z
  .object({
    eventHash: z.string(),
    leafIndex: z.number().int(),
    path: z.array(z.string()),
    checkpoint: z.object({
      format: z.string(),
      ledgerId: z.string(),
      treeSize: z.number().int(),
      root: z.string(),
      time: z.string(),
      nodeKey: z.string(),
      sig: z.string(),
    }),
    cosigned: z.string().optional(),
  })
  .openapi('PeerEventProof');

const receiptSchema = z
  .object({
    seq: z.number().int(),
    type: z.string(),
    time: z.string(),
    hash: z.string(),
    peerProof: proofSchema.nullable().openapi({
      description:
        "The peer's event this one answers (its offer, acceptance or refund), with its inclusion proof against the peer's checkpoint.",
    }),
  })
  .openapi('TransferReceipt');

const showRoute = createRoute({
  method: 'get',
  path: '/transfers/{transferId}',
  tags: TAGS,
  summary: 'One transfer with its receipts and proofs',
  description:
    "The transfer (solidarity or mutual credit) and every event of this ledger about it, oldest first, each with the peer's event it holds proved against the peer's checkpoint; 404 `refusal.transfer-unknown` when there is none. Members.",
  request: { params: z.object({ transferId: z.string().min(1).max(128) }) },
  responses: {
    200: {
      description: 'The transfer and its receipts.',
      content: {
        'application/json': {
          schema: z
            .object({ transfer: transferSchema, receipts: z.array(receiptSchema) })
            .openapi('TransferWithReceipts'),
        },
      },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const sendRoute = createRoute({
  method: 'post',
  path: '/transfers',
  tags: TAGS,
  summary: 'Offer a solidarity transfer',
  description:
    'Offers a federated DisCO (its actor id) an amount in the base currency with the bank or payment reference, as a passed proposal decided (422 `refusal.decision-not-passed` otherwise; 409 when that proposal already sent one). No money is recorded until the peer accepts. Founders and committed members.',
  request: { body: json(sendTransferInput) },
  responses: writeResponses(z.object({ transferId: z.string() })),
});

const peerBody = z.strictObject({ peer: z.string().max(500) });
const transferParam = z.object({ transferId: z.string().min(1).max(128) });

const acceptRoute = createRoute({
  method: 'post',
  path: '/transfers/{transferId}/accept',
  tags: TAGS,
  summary: "Accept a peer's solidarity transfer",
  description:
    'Records the acceptance (holding the offer’s event hash) and the income together, and answers the peer with its proof. 409 once it was accepted or cancelled. Founders and committed members.',
  request: { params: transferParam, body: json(peerBody) },
  responses: writeResponses(),
});

const cancelRoute = createRoute({
  method: 'post',
  path: '/transfers/{transferId}/cancel',
  tags: TAGS,
  summary: 'Withdraw or decline a solidarity transfer',
  description:
    'Withdraws this DisCO’s offer or declines a peer’s while it waits for an answer; no money is recorded. Founders and committed members.',
  request: { params: transferParam, body: json(peerBody) },
  responses: writeResponses(),
});

const lineRoute = createRoute({
  method: 'post',
  path: '/credit-lines',
  tags: TAGS,
  summary: 'Set a mutual-credit limit',
  description:
    'Sets this DisCO’s limit on its line with a federated DisCO, as a passed proposal decided; 0 closes the line. Founders and committed members.',
  request: { body: json(setCreditLineInput) },
  responses: writeResponses(),
});

const creditRoute = createRoute({
  method: 'post',
  path: '/credit-transfers',
  tags: TAGS,
  summary: 'Pay a federated DisCO in mutual credit',
  description:
    'Refused (422 `refusal.credit-line-over-limit`, with the room left) when it would pass this side’s limit; otherwise offered, and balances move once the peer accepts within its own limit. Founders and committed members.',
  request: { body: json(sendCreditInput) },
  responses: writeResponses(z.object({ transferId: z.string() })),
});

/**
 * Money between federated DisCOs: solidarity transfers and mutual credit.
 *
 * @example app.route('/api', economyRoutes(ctx))
 */
export function economyRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => c.json(await listEconomy(ctx, c.var.actor), 200));
  app.openapi(showRoute, async (c) =>
    c.json(await showTransfer(ctx, c.var.actor, c.req.valid('param')), 200),
  );
  app.openapi(sendRoute, async (c) =>
    c.json(recorded(await sendSolidarityTransfer(ctx, c.var.actor, c.req.valid('json'))), 201),
  );
  app.openapi(acceptRoute, async (c) => {
    const { transferId } = c.req.valid('param');
    const { peer } = c.req.valid('json');
    return c.json(
      recorded(await acceptSolidarityTransfer(ctx, c.var.actor, { peer, transferId })),
      201,
    );
  });
  app.openapi(cancelRoute, async (c) => {
    const { transferId } = c.req.valid('param');
    const { peer } = c.req.valid('json');
    return c.json(
      recorded(await cancelSolidarityTransfer(ctx, c.var.actor, { peer, transferId })),
      201,
    );
  });
  app.openapi(lineRoute, async (c) =>
    c.json(recorded(await setCreditLine(ctx, c.var.actor, c.req.valid('json'))), 201),
  );
  app.openapi(creditRoute, async (c) =>
    c.json(recorded(await sendCredit(ctx, c.var.actor, c.req.valid('json'))), 201),
  );
  return app;
}
