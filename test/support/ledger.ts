import { generateEd25519KeyPair, signerFromPem, type Signer } from '../../src/core/ledger/keys.js';
import type { EventDraft } from '../../src/core/ledger/event.js';
import { GENESIS_TYPE } from '../../src/core/ledger/ledger-events.js';

/** A node signer with a fresh key, and its PEM so a child process can sign as the same node. */
export function testNode(): { signer: Signer; privateKeyPem: string } {
  const { privateKeyPem } = generateEd25519KeyPair();
  return { signer: signerFromPem(privateKeyPem), privateKeyPem };
}

/** Deterministic clock for tests: the n-th second after a fixed instant, ISO 8601 UTC. */
export function testTime(n: number): string {
  return new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString();
}

export function genesisDraft(node: Signer, name = 'Guerrilla Media Collective'): EventDraft {
  return {
    type: GENESIS_TYPE,
    schema: 1,
    payload: { name, currency: 'EUR', timeZone: 'Europe/Madrid', nodeKey: node.publicKey },
    actor: null,
    time: testTime(0),
  };
}

export function renameDraft(name: string, actor: string | null, n = 1): EventDraft {
  return { type: 'disco.renamed', schema: 1, payload: { name }, actor, time: testTime(n) };
}
