import { signCheckpoint, type Checkpoint } from './checkpoint.js';
import { sealEvent, type EventDraft, type LedgerEvent } from './event.js';
import { ZERO_HASH } from './hash.js';
import type { Signer } from './keys.js';
import { GENESIS_TYPE } from './ledger-events.js';
import { leafHash, MerkleFrontier } from './merkle.js';

/** Builds a valid ledger in memory (genesis, then renames by the given actors), with a checkpoint every `every` events. */
export function buildChain(
  node: Signer,
  count: number,
  every = 0,
): { events: LedgerEvent[]; checkpoints: Checkpoint[] } {
  const events: LedgerEvent[] = [];
  const checkpoints: Checkpoint[] = [];
  const frontier = MerkleFrontier.empty();
  let prev = ZERO_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const time = new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString();
    const draft: EventDraft =
      seq === 1
        ? {
            type: GENESIS_TYPE,
            schema: 1,
            payload: {
              name: 'Test DisCO',
              currency: 'EUR',
              timeZone: 'Europe/Madrid',
              nodeKey: node.publicKey,
            },
            actor: null,
            time,
          }
        : {
            type: 'disco.renamed',
            schema: 1,
            payload: { name: `Name ${seq}` },
            actor: `member-${seq % 3}`,
            time,
          };
    const event = sealEvent(draft, seq, prev, node);
    events.push(event);
    prev = event.hash;
    frontier.append(leafHash(Buffer.from(event.hash, 'hex')));
    if (every > 0 && seq % every === 0) {
      checkpoints.push(
        signCheckpoint(
          { ledgerId: events[0]!.hash, treeSize: seq, root: frontier.root().toString('hex'), time },
          node,
        ),
      );
    }
  }
  return { events, checkpoints };
}

/** Seals more drafts after `events` (in place), as a node appending them would. */
export function extendChain(
  events: LedgerEvent[],
  drafts: EventDraft[],
  node: Signer,
): LedgerEvent[] {
  for (const draft of drafts) {
    const last = events[events.length - 1];
    events.push(sealEvent(draft, events.length + 1, last ? last.hash : ZERO_HASH, node));
  }
  return events;
}
