import { z } from 'zod';
import { CIRCLE_CREATED } from '../../core/circles/circle-events.js';
import { DEFAULT_CIRCLES } from '../../core/circles/default-circles.js';
import { GENESIS_TYPE } from '../../core/ledger/ledger-events.js';
import type { EventDraft, LedgerEvent } from '../../core/ledger/event.js';
import { CONSTITUENCY_DEFINED, WORKER_MEMBERS } from '../../core/members/constituency-events.js';
import { DEFAULT_CONSTITUENCIES } from '../../core/members/default-constituencies.js';
import { MEMBER_ADDED } from '../../core/members/member-events.js';
import { displayName } from '../../core/members/vocabulary.js';
import type { AppContext } from '../context.js';
import { isoNow } from '../clock.js';
import { conflict, invalid, refusal } from '../errors.js';
import { newId } from '../ids.js';
import { createNodeKey } from './node-key.js';
import { problemsOf } from '../problems.js';

export const initLedgerInput = z.strictObject({
  name: z.string().trim().min(1, 'give the DisCO a name').max(200),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as EUR'),
  timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Madrid'),
  /** The name the founding member is shown by; they become a committed worker-member. */
  founderName: displayName,
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

export interface InitLedgerResult {
  genesis: LedgerEvent;
  /** Every event of the founding batch, genesis first. */
  events: LedgerEvent[];
  founderId: string;
}

/**
 * The founding batch: the genesis, the default constituencies and circles, and the founder as a
 * committed worker-member. Recorded by the node (actor null): nobody is a member before it.
 */
function foundingDrafts(
  ctx: AppContext,
  input: InitLedgerInput,
  nodeKey: string,
  founderId: string,
): EventDraft[] {
  const time = isoNow(ctx.clock);
  const { founderName, ...profile } = input;
  const byNode = (type: string, payload: EventDraft['payload']): EventDraft => ({
    type,
    schema: 1,
    payload,
    actor: null,
    time,
  });
  const constituencies = DEFAULT_CONSTITUENCIES.map((c) => ({
    constituencyId: newId(ctx),
    slug: c.slug,
    name: c.name,
    rights: { ...c.rights },
  }));
  const workers = constituencies.find((c) => c.slug === WORKER_MEMBERS)!;
  return [
    byNode(GENESIS_TYPE, { ...profile, nodeKey }),
    ...constituencies.map((c) => byNode(CONSTITUENCY_DEFINED, c)),
    ...DEFAULT_CIRCLES.map((c) =>
      byNode(CIRCLE_CREATED, { circleId: newId(ctx), ...c, open: true }),
    ),
    byNode(MEMBER_ADDED, {
      memberId: founderId,
      displayName: founderName,
      founder: true,
      level: { level: 'committed' },
      constituencyIds: [workers.constituencyId],
      decision: { kind: 'founder-action' },
    }),
  ];
}

/**
 * Starts a ledger: makes the node key (unless one exists) and records, in one atomic batch, the
 * genesis event that names the DisCO and that key, the default constituencies and working
 * circles, and the founder. Refuses a database that already holds a ledger.
 *
 * @example const { genesis, founderId } = await initLedger(ctx, { name: 'Guerrilla Media Collective', currency: 'EUR', timeZone: 'Europe/Madrid', founderName: 'Ana' });
 */
export async function initLedger(
  ctx: AppContext,
  input: InitLedgerInput,
): Promise<InitLedgerResult> {
  const parsed = initLedgerInput.safeParse(input);
  if (!parsed.success)
    throw invalid(refusal('refusal.disco-cannot-be-created'), problemsOf(parsed.error));
  const head = await ctx.store.head();
  if (head.size > 0) {
    throw conflict(
      refusal('refusal.database-already-holds-ledger'),
      refusal('hint.use-another-data-dir-database-url'),
    );
  }
  ctx.node ??= createNodeKey(ctx.dataDir);
  const founderId = newId(ctx);
  const events = await ctx.store.append(
    foundingDrafts(ctx, parsed.data, ctx.node.publicKey, founderId),
    {
      node: ctx.node,
      now: isoNow(ctx.clock),
      checkpointEvery: ctx.checkpointEvery,
      ...(ctx.witnessing ? { checkpointAfterMs: ctx.witnessing.checkpointIntervalMs } : {}),
    },
  );
  return { genesis: events[0]!, events, founderId };
}
