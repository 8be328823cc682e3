import { api, ApiError, unwrap } from '../api/client';
import type { CheckpointJson } from '../verify/ledger-types';
import { bestEd25519Verify } from '../verify/signatures';
import { monitorCheckpoint, type ConsistencyProofJson, type Evidence } from './monitor';
import type { PinStore } from './pin-store';

export type LedgerCheck =
  | { status: 'no-checkpoint' }
  | { status: 'pinned' | 'unchanged' | 'extended'; checkpoint: CheckpointJson }
  | { status: 'alarm'; evidence: Evidence };

/**
 * One visit's check, over the typed client: the latest checkpoint, and a consistency proof only
 * when the tree grew. The pin moves only on a proven extension; after an alarm it stays, so the
 * alarm shows on every visit.
 */
export async function checkLedger(
  pins: PinStore,
  source: string,
  now: string,
): Promise<LedgerCheck> {
  let latest: CheckpointJson;
  try {
    latest = await unwrap(api.GET('/api/ledger/checkpoints/latest'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { status: 'no-checkpoint' };
    throw error;
  }
  const verify = await bestEd25519Verify();
  const pinned = (await pins.get(source))?.checkpoint ?? null;
  let outcome = await monitorCheckpoint({ pinned, latest, source, now }, verify);
  if (outcome.status === 'needs-proof') {
    let proof: ConsistencyProofJson | null;
    try {
      proof = await unwrap(
        api.GET('/api/ledger/consistency', {
          params: { query: { from: outcome.from, to: outcome.to } },
        }),
      );
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      proof = null;
    }
    outcome = await monitorCheckpoint({ pinned, latest, source, now, proof }, verify);
  }
  switch (outcome.status) {
    case 'pin':
      await pins.set(source, { checkpoint: latest, pinnedAt: now });
      return {
        status: outcome.reason === 'first-sighting' ? 'pinned' : 'extended',
        checkpoint: latest,
      };
    case 'unchanged':
      return { status: 'unchanged', checkpoint: latest };
    case 'alarm':
      return { status: 'alarm', evidence: outcome.evidence };
    default:
      throw new Error('the monitor asked for a second consistency proof');
  }
}
