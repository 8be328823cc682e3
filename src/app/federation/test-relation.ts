import {
  FEDERATION_FOLLOW_DECIDED,
  FEDERATION_FOLLOW_RECEIVED,
} from '../../core/federation/federation-events.js';
import { ledgerOrigin } from '../../core/ledger/checkpoint-note.js';
import { formatVerifierKey } from '../../core/ledger/signed-note.js';
import type { AppContext } from '../context.js';
import { uuidv7 } from '../ids.js';
import { appendEvents } from '../ledger/append-events.js';
import { readLedgerInfo } from '../ledger/ledger-info.js';
import { draftOf } from '../use-case-steps.js';
import { ledgerVerifierKey } from '../witnessing/ledger-origin.js';

/**
 * Makes `ctx`'s DisCO federate with a peer the way production does, by the ledger: its decision
 * to follow the peer and the peer's Follow received, which the `federation` projector turns into
 * the relation every economy use case checks. No proposal and no delivery: tests that need those
 * go through `applyFederationDecision` over HTTP. `peerCtx` gives the peer's ledger key.
 *
 * @example await recordFederationRelation(a.gov, { actorId: b.actorId, handle: 'disco@b.disco.test' }, b.ctx);
 */
export async function recordFederationRelation(
  ctx: AppContext,
  peer: { actorId: string; handle: string },
  peerCtx?: AppContext,
): Promise<void> {
  const info = peerCtx && (await readLedgerInfo(peerCtx));
  const logKey =
    info && peerCtx.node
      ? formatVerifierKey(
          ledgerVerifierKey(
            ledgerOrigin(new URL(peer.actorId).host, info.ledgerId),
            peerCtx.node.publicKey,
          ),
        )
      : null;
  const described = {
    actorId: peer.actorId,
    handle: peer.handle,
    inbox: `${peer.actorId}/inbox`,
    witnessUrl: null,
    witnessKey: null,
    logKey,
  };
  await appendEvents(ctx, [
    draftOf(ctx, null, FEDERATION_FOLLOW_DECIDED, {
      peer: described,
      proposalId: uuidv7(ctx.clock),
    }),
    draftOf(ctx, null, FEDERATION_FOLLOW_RECEIVED, {
      peer: described,
      activityId: `${peer.actorId}/follows/${uuidv7(ctx.clock)}`,
    }),
  ]);
}
