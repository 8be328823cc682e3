import { z } from 'zod';
import { GENESIS_TYPE } from '../core/ledger/ledger-events.js';
import type { LedgerEvent } from '../core/ledger/event.js';
import type { AppContext } from './context.js';
import { isoNow } from './clock.js';
import { conflict, invalid } from './errors.js';
import { createNodeKey } from './node-key.js';
import { problemsOf } from './problems.js';

export const initLedgerInput = z.strictObject({
  name: z.string().trim().min(1, 'give the DisCO a name').max(200),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as EUR'),
  timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Madrid'),
});
export type InitLedgerInput = z.infer<typeof initLedgerInput>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a ledger: makes the node key (unless one exists) and records the genesis event that names
 * the DisCO and that key. Refuses a database that already holds a ledger.
 */
export async function initLedger(ctx: AppContext, input: InitLedgerInput): Promise<LedgerEvent> {
  const parsed = initLedgerInput.safeParse(input);
  if (!parsed.success) throw invalid('The DisCO cannot be created with these settings.', problemsOf(parsed.error));
  const head = await ctx.store.head();
  if (head.size > 0) {
    throw conflict('This database already holds a ledger.', 'Use another --data-dir or DATABASE_URL to start a new one.');
  }
  ctx.node ??= createNodeKey(ctx.dataDir);
  const [genesis] = await ctx.store.append(
    [
      {
        type: GENESIS_TYPE,
        schema: 1,
        payload: { ...parsed.data, nodeKey: ctx.node.publicKey },
        actor: null,
        time: isoNow(ctx.clock),
      },
    ],
    { node: ctx.node, now: isoNow(ctx.clock), checkpointEvery: ctx.checkpointEvery },
  );
  return genesis!;
}
