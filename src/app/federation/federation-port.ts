import type { AppContext } from '../context.js';

/** An ActivityStreams activity as plain JSON-LD, e.g. `{ type: 'Offer', id, actor, object }`. */
export type ActivityJson = Record<string, unknown> & { type: string };

/**
 * What the domain asks of the federation layer. The protocol branch implements it over
 * ActivityPub (Fedify, durable job table); domain tests may implement it by handing activities
 * straight to another in-process node's inbound handlers.
 */
export interface FederationOutbox {
  /** Queue an activity for one federated DisCO, named by its actor id (a URL). */
  toPeer(ctx: AppContext, peerActorId: string, activity: ActivityJson): Promise<void>;
  /** Queue an activity for every DisCO that follows this one. */
  toFollowers(ctx: AppContext, activity: ActivityJson): Promise<void>;
}

/** An inbound activity whose HTTP signature and federation relation were already checked. */
export interface InboundActivity {
  peerActorId: string;
  activity: ActivityJson;
}

/** Returns 'ignored' when the activity is not this handler's; the first 'handled' wins. */
export type InboundHandler = (
  ctx: AppContext,
  inbound: InboundActivity,
) => Promise<'handled' | 'ignored'>;
