import { z } from 'zod';
import type { EventDefinition } from '../ledger/event-catalog.js';
import { entityId } from '../members/vocabulary.js';

export const FEDERATION_FOLLOW_DECIDED = 'federation.follow-decided';
export const FEDERATION_UNFOLLOW_DECIDED = 'federation.unfollow-decided';
export const FEDERATION_FOLLOW_RECEIVED = 'federation.follow-received';
export const FEDERATION_FOLLOW_ACCEPTED = 'federation.follow-accepted';
export const FEDERATION_UNFOLLOW_RECEIVED = 'federation.unfollow-received';

/** An ActivityPub id or endpoint: an http(s) URL. */
export const actorUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(500);

/**
 * Another DisCO as its actor document describes it, captured when a `federation` proposal is
 * opened, so that what members vote on is exactly the DisCO that will be followed.
 */
export const federationPeer = z.strictObject({
  actorId: actorUrl,
  /** `disco@coop.example`, when the actor has a WebFinger handle. */
  handle: z.string().max(300).nullable(),
  inbox: actorUrl,
  /** Its C2SP witness endpoint (the prefix before /add-checkpoint) and cosignature/v1 key. */
  witnessUrl: actorUrl.nullable(),
  witnessKey: z.string().max(300).nullable(),
  /** Its checkpoint log's verifier key (name+keyid+base64), which our witness trusts. */
  logKey: z.string().max(300).nullable(),
  /**
   * How many witnesses it trusts must have cosigned the checkpoint a proof of our events is made
   * against (its `--federation-receipt-cosignatures`); absent when its actor publishes none (1).
   */
  receiptCosignatures: z.number().int().min(1).max(20).optional(),
});
export type FederationPeer = z.infer<typeof federationPeer>;

/** What a `federation` proposal changes: follow (federate with) or unfollow another DisCO. */
export const federationChange = z.strictObject({
  action: z.enum(['follow', 'unfollow']),
  peer: federationPeer,
});
export type FederationChange = z.infer<typeof federationChange>;

export const followDecidedPayload = z.strictObject({
  peer: federationPeer,
  proposalId: entityId,
});
export const unfollowDecidedPayload = z.strictObject({
  peerActorId: actorUrl,
  proposalId: entityId,
});
export const followReceivedPayload = z.strictObject({
  peer: federationPeer,
  /** The Follow's id, which our Accept names. */
  activityId: actorUrl,
});
export const followAcceptedPayload = z.strictObject({
  peerActorId: actorUrl,
  activityId: actorUrl,
});
export const unfollowReceivedPayload = z.strictObject({
  peerActorId: actorUrl,
  activityId: actorUrl,
});

export const federationEventDefinitions = [
  {
    type: FEDERATION_FOLLOW_DECIDED,
    schema: 1,
    payload: followDecidedPayload,
    description:
      "A passed `federation` proposal decided to federate with another DisCO: a Follow goes to its inbox. With its own Follow received too, each witnesses the other's checkpoints.",
  },
  {
    type: FEDERATION_UNFOLLOW_DECIDED,
    schema: 1,
    payload: unfollowDecidedPayload,
    description:
      'A passed `federation` proposal decided to stop federating with a DisCO: an Undo of the Follow goes to it, and it is no longer a witness.',
  },
  {
    type: FEDERATION_FOLLOW_RECEIVED,
    schema: 1,
    payload: followReceivedPayload,
    description:
      "Another DisCO's signed Follow arrived. It waits for this DisCO's own decision to follow it back, which accepts it.",
  },
  {
    type: FEDERATION_FOLLOW_ACCEPTED,
    schema: 1,
    payload: followAcceptedPayload,
    description: "The other DisCO's signed Accept of this DisCO's Follow arrived.",
  },
  {
    type: FEDERATION_UNFOLLOW_RECEIVED,
    schema: 1,
    payload: unfollowReceivedPayload,
    description: 'The other DisCO undid its Follow: it no longer federates with this one.',
  },
] as const satisfies readonly EventDefinition[];
