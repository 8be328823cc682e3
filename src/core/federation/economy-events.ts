import { z } from 'zod';
import type { EventDefinition } from '../ledger/event-catalog.js';
import { currencySchema } from '../finance/events.js';
import { idSchema, minorAmountSchema } from '../value/events.js';

/*
 * Money between federated DisCOs: solidarity transfers (one DisCO gives money to another, decided
 * by a passed proposal) and mutual credit (balances on a line between two DisCOs that always sum to
 * zero). A peer is named by its ActivityPub actor id. The receipts chain by event hashes, never in
 * a circle: the offer, then the acceptance holding the offer's hash, then the receipt holding the
 * acceptance's hash and its inclusion proof against the peer's signed checkpoint. A withdrawal
 * that crosses an acceptance adds two more: the accepting side's refund, holding its acceptance's
 * hash, then the offering side's receipt of the refund, holding the refund's hash and proof.
 */

export const ECONOMY_EVENT = {
  transferOffered: 'solidarity.transfer.offered',
  offerReceived: 'solidarity.offer.received',
  transferAccepted: 'solidarity.transfer.accepted',
  transferReceipted: 'solidarity.transfer.receipted',
  transferCancelled: 'solidarity.transfer.cancelled',
  transferRefunded: 'solidarity.transfer.refunded',
  refundReceipted: 'solidarity.refund.receipted',
  creditLineSet: 'credit.line.set',
  creditOffered: 'credit.transfer.offered',
  creditReceived: 'credit.transfer.received',
  creditSettled: 'credit.transfer.settled',
  creditRefused: 'credit.transfer.refused',
} as const;

/** A federated DisCO's ActivityPub actor id. */
export const peerSchema = z.url({ protocol: /^https?$/, error: 'an http(s) actor id' }).max(500);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256');
const positiveAmount = minorAmountSchema.refine((a) => a !== '0', 'must be above 0');
const reference = z
  .string()
  .trim()
  .min(1, 'give the bank or payment reference')
  .max(200, 'must be at most 200 characters');

/** A signed checkpoint of the peer's ledger, as `disco-cat/checkpoint@1` writes it. */
export const checkpointSchema = z.strictObject({
  format: z.literal('disco-cat/checkpoint@1'),
  ledgerId: sha256Hex,
  treeSize: z.number().int().positive(),
  root: sha256Hex,
  time: z.string().min(1).max(40),
  nodeKey: z.string().min(1).max(100),
  sig: z.string().min(1).max(200),
});

/** Proof that the peer's event is in its ledger: RFC 9162 inclusion against a signed checkpoint. */
export const peerEventProof = z.strictObject({
  /** The peer's event hash. */
  eventHash: sha256Hex,
  leafIndex: z.number().int().nonnegative(),
  path: z.array(sha256Hex).max(64),
  checkpoint: checkpointSchema,
  /**
   * The same checkpoint as a C2SP signed note with the cosignatures of the peer's witnesses, when
   * the proof waited for them (between DisCOs that witness each other it must).
   */
  cosigned: z.string().min(1).max(20_000).optional(),
});
export type PeerEventProof = z.infer<typeof peerEventProof>;

/** What every leg of a transfer names: which transfer, with which federated DisCO. */
const transferLeg = z.strictObject({ transferId: idSchema, peer: peerSchema });

export const transferOfferedPayload = transferLeg.extend({
  amount: positiveAmount,
  currency: currencySchema,
  reference,
  /** The passed proposal that decided the transfer. */
  proposalId: idSchema,
});
export const offerReceivedPayload = transferLeg.extend({
  amount: positiveAmount,
  currency: currencySchema,
  reference,
  /** The offer in the peer's ledger. */
  offer: peerEventProof,
});
export const transferAcceptedPayload = transferLeg.extend({
  /** The peer's offer event. */
  offerHash: sha256Hex,
  /** The income this acceptance records. */
  incomeId: idSchema,
});
export const transferReceiptedPayload = transferLeg.extend({
  /** The peer's acceptance, proved against its checkpoint. */
  acceptance: peerEventProof,
  /** The expense this receipt records. */
  expenseId: idSchema,
});
export const transferCancelledPayload = transferLeg.extend({
  /** 'us' when this DisCO withdrew its offer, 'peer' when the offering DisCO did. */
  by: z.enum(['us', 'peer']),
});
export const transferRefundedPayload = transferLeg.extend({
  /** This DisCO's acceptance that the peer's withdrawal crossed. */
  acceptanceHash: sha256Hex,
  /** The expense that returns the income the acceptance recorded. */
  expenseId: idSchema,
});
export const refundReceiptedPayload = transferLeg.extend({
  /** The peer's refund, proved against its checkpoint. */
  refund: peerEventProof,
});

export const creditLineSetPayload = z.strictObject({
  peer: peerSchema,
  /** How far either side's balance on the line may go, in minor units; 0 closes the line. */
  limit: minorAmountSchema,
  currency: currencySchema,
  proposalId: idSchema,
});
export const creditOfferedPayload = transferLeg.extend({
  amount: positiveAmount,
  currency: currencySchema,
  memo: z.string().trim().min(1, 'say what the credit is for').max(500),
});
export const creditReceivedPayload = creditOfferedPayload.extend({ offerHash: sha256Hex });
export const creditSettledPayload = transferLeg.extend({
  acceptance: peerEventProof,
});
export const creditRefusedPayload = transferLeg.extend({
  /** The peer's coded refusal, e.g. 'refusal.credit-line-over-limit'. */
  code: z.string().regex(/^refusal\.[a-z0-9-]+$/, 'a refusal code'),
});

export const economyEventDefinitions = [
  {
    type: ECONOMY_EVENT.transferOffered,
    schema: 1,
    payload: transferOfferedPayload,
    description:
      'This DisCO offers a solidarity transfer to a federated DisCO, as a passed proposal decided, with the bank or payment reference. No money is counted yet.',
  },
  {
    type: ECONOMY_EVENT.offerReceived,
    schema: 1,
    payload: offerReceivedPayload,
    description:
      "A federated DisCO offers this one a solidarity transfer: its offer event's hash and inclusion proof against its signed checkpoint.",
  },
  {
    type: ECONOMY_EVENT.transferAccepted,
    schema: 1,
    payload: transferAcceptedPayload,
    description:
      "This DisCO accepts a peer's solidarity offer, holding the offer's event hash; the income is recorded with it.",
  },
  {
    type: ECONOMY_EVENT.transferReceipted,
    schema: 1,
    payload: transferReceiptedPayload,
    description:
      "The peer accepted this DisCO's offer: the acceptance's event hash and inclusion proof against the peer's checkpoint; the expense is recorded with it.",
  },
  {
    type: ECONOMY_EVENT.transferCancelled,
    schema: 1,
    payload: transferCancelledPayload,
    description: 'A solidarity offer not yet accepted is withdrawn; no money is recorded.',
  },
  {
    type: ECONOMY_EVENT.transferRefunded,
    schema: 1,
    payload: transferRefundedPayload,
    description:
      "The offering DisCO withdrew a solidarity offer while this DisCO's acceptance was in flight: the acceptance's hash, and the expense that returns its income, recorded with it.",
  },
  {
    type: ECONOMY_EVENT.refundReceipted,
    schema: 1,
    payload: refundReceiptedPayload,
    description:
      "The peer returned a solidarity transfer this DisCO withdrew after the peer had accepted it: the refund's event hash and inclusion proof against the peer's checkpoint. No money is recorded: this DisCO never counted the transfer.",
  },
  {
    type: ECONOMY_EVENT.creditLineSet,
    schema: 1,
    payload: creditLineSetPayload,
    description:
      'A passed proposal sets the limit of the mutual-credit line with a federated DisCO.',
  },
  {
    type: ECONOMY_EVENT.creditOffered,
    schema: 1,
    payload: creditOfferedPayload,
    description:
      'This DisCO offers a mutual-credit transfer to a peer; balances move only once the peer accepts.',
  },
  {
    type: ECONOMY_EVENT.creditReceived,
    schema: 1,
    payload: creditReceivedPayload,
    description:
      "A peer's mutual-credit transfer, within this DisCO's limit, is accepted: this side's balance rises by the amount.",
  },
  {
    type: ECONOMY_EVENT.creditSettled,
    schema: 1,
    payload: creditSettledPayload,
    description:
      "The peer accepted this DisCO's mutual-credit transfer (proved against its checkpoint): this side's balance falls by the amount.",
  },
  {
    type: ECONOMY_EVENT.creditRefused,
    schema: 1,
    payload: creditRefusedPayload,
    description:
      "The peer refused this DisCO's mutual-credit transfer, with its coded reason; balances do not move.",
  },
] as const satisfies readonly EventDefinition[];
