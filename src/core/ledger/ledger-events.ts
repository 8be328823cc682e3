import { z } from 'zod';
import type { EventDefinition } from './event-catalog.js';

/** ISO 4217 code: credits and money are denominated in it. */
const currency = z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as EUR');
const base64urlKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'an Ed25519 public key, 32 bytes in base64url');

export const genesisPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  currency,
  timeZone: z.string().min(1).max(64),
  nodeKey: base64urlKey,
});
export type GenesisPayload = z.infer<typeof genesisPayload>;

export const discoRenamedPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
});

export const GENESIS_TYPE = 'ledger.genesis';

/** The ledger's own events; every other domain adds its definitions beside its code. */
export const ledgerEventDefinitions = [
  {
    type: GENESIS_TYPE,
    schema: 1,
    payload: genesisPayload,
    description:
      'The first event: names the DisCO, its currency and time zone, and the node key that signs the ledger.',
  },
  {
    type: 'disco.renamed',
    schema: 1,
    payload: discoRenamedPayload,
    description: 'The DisCO takes a new name.',
  },
] as const satisfies readonly EventDefinition[];
