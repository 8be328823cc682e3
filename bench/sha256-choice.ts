// Which SHA-256 the browser verifier should use, measured where it runs (Node here, Chromium from
// browser-verifier-page.ts): @noble/hashes in JavaScript, or WebCrypto's native digest.
import { sha256 } from '@noble/hashes/sha2.js';
import { envelopeBytes } from '../web/src/verify/ledger-verifier.js';
import type { LedgerEventJson } from '../web/src/verify/ledger-types.js';

export interface HashingFigures {
  /** Microseconds per message, for canonical event envelopes and for 65-byte Merkle node inputs. */
  envelopes: { noble: number; subtle: number };
  nodes: { noble: number; subtle: number };
}

/** Fastest of three runs after a warm-up (so JavaScript is compiled as in a long verification), in microseconds per message. */
async function perMessage(
  messages: Uint8Array<ArrayBuffer>[],
  hash: (all: Uint8Array<ArrayBuffer>[]) => unknown,
): Promise<number> {
  let best = Infinity;
  await hash(messages);
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    await hash(messages);
    best = Math.min(best, performance.now() - started);
  }
  return (best * 1000) / messages.length;
}

/** @noble/hashes one message after another, against `crypto.subtle.digest` for all at once (`Promise.all`). */
export async function compareHashing(events: LedgerEventJson[]): Promise<HashingFigures> {
  const envelopes = events.map((e) => new Uint8Array(envelopeBytes(e)));
  const nodes = events.map((_, i) => new Uint8Array(65).fill(i % 251));
  const noble = (all: Uint8Array[]) => all.forEach((m) => sha256(m));
  const subtle = (all: Uint8Array<ArrayBuffer>[]) =>
    Promise.all(all.map((m) => crypto.subtle.digest('SHA-256', m)));
  return {
    envelopes: {
      noble: await perMessage(envelopes, noble),
      subtle: await perMessage(envelopes, subtle),
    },
    nodes: { noble: await perMessage(nodes, noble), subtle: await perMessage(nodes, subtle) },
  };
}
