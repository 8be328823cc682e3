/** Names the actor document uses, shared by the Fedify wiring and the code that reads peers. */
export const WITNESS_PROPERTY = 'disco:witness';
export const LOG_KEY_PROPERTY = 'disco:log-key';
/** How many trusted witnesses this DisCO requires on a peer's checkpoint behind a receipt. */
export const RECEIPT_COSIGNATURES_PROPERTY = 'disco:receipt-cosignatures';
export const ACTOR_PATH_PREFIX = '/federation/actor/';

/** The actor id of this DisCO, e.g. `https://coop.example/federation/actor/disco`. */
export function ownActorId(fed: { publicUrl: string | null; handle: string }): string {
  return new URL(`${ACTOR_PATH_PREFIX}${fed.handle}`, new URL(fed.publicUrl!).origin).href;
}
