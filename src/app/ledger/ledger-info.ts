import {
  GENESIS_TYPE,
  genesisPayload,
  type GenesisPayload,
} from '../../core/ledger/ledger-events.js';
import type { AppContext } from '../context.js';

export interface LedgerInfo extends GenesisPayload {
  ledgerId: string;
  createdAt: string;
}

// The genesis never changes once written, so each open store reads it once.
const cache = new WeakMap<object, LedgerInfo>();

/** What the genesis event says: the ledger's id, the DisCO as founded, and the node key. */
export async function readLedgerInfo(ctx: AppContext): Promise<LedgerInfo | null> {
  const cached = cache.get(ctx.store);
  if (cached) return cached;
  const genesis = await ctx.store.event(1);
  if (!genesis || genesis.type !== GENESIS_TYPE) return null;
  const info = {
    ...genesisPayload.parse(genesis.payload),
    ledgerId: genesis.hash,
    createdAt: genesis.time,
  };
  cache.set(ctx.store, info);
  return info;
}
