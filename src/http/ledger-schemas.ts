import { z } from '@hono/zod-openapi';
import { CHECKPOINT_FORMAT } from '../core/ledger/checkpoint.js';
import { EVENT_FORMAT } from '../core/ledger/event.js';

/*
 * The ledger's shapes as the API documents them. Responses are not validated against these at run
 * time (the core builds them); they exist so outsiders can write verifiers and clients.
 */

const hexHash = z.string().regex(/^[0-9a-f]{64}$/);
const base64urlKey = z
  .string()
  .openapi({ description: 'An Ed25519 public key, 32 bytes in base64url.' });

export const ledgerEventSchema = z
  .object({
    format: z.literal(EVENT_FORMAT),
    seq: z
      .number()
      .int()
      .min(1)
      .openapi({ description: 'Position in the chain, from 1; the Merkle leaf index is seq - 1.' }),
    prev: hexHash.openapi({ description: 'Hash of event seq - 1 (64 zeros for event 1).' }),
    type: z.string().openapi({ example: 'disco.renamed' }),
    schema: z
      .number()
      .int()
      .openapi({ description: 'Version of the payload schema of this type.' }),
    payload: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'The event data, as defined by its type and schema.' }),
    actor: z
      .string()
      .nullable()
      .openapi({ description: 'The acting member, or null when the node itself acts.' }),
    time: z.string().openapi({ description: 'ISO 8601 UTC.', example: '2025-01-31T12:00:00.000Z' }),
    memberSig: z.object({ publicKey: base64urlKey, sig: z.string() }).optional().openapi({
      description:
        "The acting member's Ed25519 signature over the event's intent, when they signed it.",
    }),
    hash: hexHash.openapi({
      description: 'SHA-256 of the RFC 8785 canonical JSON of the event without hash and nodeSig.',
    }),
    nodeSig: z.string().openapi({ description: "The node's Ed25519 signature of the hash." }),
  })
  .openapi('LedgerEvent', { description: 'One signed event of the tamper-evident ledger.' });

export const checkpointSchema = z
  .object({
    format: z.literal(CHECKPOINT_FORMAT),
    ledgerId: hexHash.openapi({
      description: "The hash of the ledger's first event; names the ledger.",
    }),
    treeSize: z
      .number()
      .int()
      .min(0)
      .openapi({ description: 'How many events the signed tree holds.' }),
    root: hexHash.openapi({
      description: 'RFC 9162 Merkle tree hash over the first treeSize events.',
    }),
    time: z.string().openapi({ description: 'When the node signed it, ISO 8601 UTC.' }),
    nodeKey: base64urlKey,
    sig: z.string().openapi({
      description: "The node's Ed25519 signature over the canonical JSON of the other fields.",
    }),
  })
  .openapi('Checkpoint', {
    description:
      'A signed tree head: the node vouches that the ledger had treeSize events with this Merkle root.',
  });

export const inclusionProofSchema = z
  .object({
    leafIndex: z.number().int().min(0).openapi({ description: 'seq - 1.' }),
    treeSize: z.number().int().min(1),
    leafHash: hexHash.openapi({ description: 'SHA-256(0x00 || event hash bytes).' }),
    path: z.array(hexHash).openapi({ description: 'RFC 9162 inclusion path, leaf to root.' }),
    root: hexHash.openapi({ description: 'The Merkle root of the first treeSize events.' }),
    // Not `.nullable()`: on a named schema, zod-to-openapi 9 marks the Checkpoint component itself
    // nullable instead of this field (asteasolutions/zod-to-openapi#387); a union gives anyOf [ref, null].
    checkpoint: z.union([checkpointSchema, z.null()]).openapi({
      description:
        'The signed checkpoint for treeSize when there is one; check its signature to trust the root.',
    }),
  })
  .openapi('InclusionProof', {
    description: 'RFC 9162 proof that an event is a leaf of the tree of treeSize events.',
  });

export const eventWithProofSchema = z
  .object({ event: ledgerEventSchema, proof: inclusionProofSchema })
  .openapi('EventWithProof');

export const consistencyProofSchema = z
  .object({
    from: z.number().int().min(1),
    to: z.number().int().min(1),
    fromRoot: hexHash,
    toRoot: hexHash,
    path: z.array(hexHash).openapi({ description: 'RFC 9162 consistency proof.' }),
  })
  .openapi('ConsistencyProof', {
    description:
      'RFC 9162 proof that the ledger at size `from` is a prefix of the ledger at size `to`: nothing was rewritten.',
  });
