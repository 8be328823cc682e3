import { describe, expect, it } from 'vitest';
import { signCheckpoint } from '../../core/ledger/checkpoint.js';
import { EventCatalog } from '../../core/ledger/event-catalog.js';
import {
  sealEvent,
  signIntent,
  type EventDraft,
  type LedgerEvent,
} from '../../core/ledger/event.js';
import { generateEd25519KeyPair, signerFromPem } from '../../core/ledger/keys.js';
import { ledgerEventDefinitions } from '../../core/ledger/ledger-events.js';
import { buildChain, extendChain } from '../../core/ledger/test-chain.js';
import { MEMBER_KEY_REGISTERED, memberEventDefinitions } from '../../core/members/member-events.js';
import type { Checkpoint } from '../../core/ledger/checkpoint.js';
import { verifyLedger, type VerifySource } from './verify-ledger.js';

const node = signerFromPem(generateEd25519KeyPair().privateKeyPem);
const catalog = new EventCatalog(ledgerEventDefinitions);
const memberCatalog = new EventCatalog([...ledgerEventDefinitions, ...memberEventDefinitions]);

async function* each(events: readonly LedgerEvent[]) {
  yield* events;
}

async function* pagesOf(events: readonly LedgerEvent[], size: number) {
  for (let i = 0; i < events.length; i += size) yield events.slice(i, i + size);
}

/** The same ledger verified inline, on worker threads, and as pages on worker threads. */
async function everyWay(events: LedgerEvent[], checkpoints: Checkpoint[], with_ = catalog) {
  const source = (): VerifySource => ({ events: each(events), checkpoints });
  return Promise.all([
    verifyLedger(source(), { catalog: with_, workers: 0 }),
    verifyLedger(source(), { catalog: with_, workers: 2, batch: 64 }),
    verifyLedger(
      { pages: pagesOf(events, 70), checkpoints },
      { catalog: with_, workers: 2, batch: 64 },
    ),
  ]);
}

// The last of 86 characters carries 2 bits of the signature and 4 unused ones: changing the
// unused bits gives another spelling of the same 64 bytes.
const alias = (sig: string) => sig.slice(0, -1) + String.fromCharCode(sig.charCodeAt(85) + 1);

describe('verifyLedger on worker threads', () => {
  it('accepts an intact ledger of several batches, checkpoints included, whichever way it runs', async () => {
    const { events, checkpoints } = buildChain(node, 500, 100);
    for (const report of await everyWay(events, checkpoints))
      expect(report).toMatchObject({ ok: true, size: 500, checkpointsChecked: 5, fault: null });
  });

  it('names a signature in any but the canonical base64url spelling, as inline verification does', async () => {
    const { events, checkpoints } = buildChain(node, 300);
    expect(Buffer.from(alias(events[250]!.nodeSig), 'base64url')).toEqual(
      Buffer.from(events[250]!.nodeSig, 'base64url'),
    );
    events[250] = { ...events[250]!, nodeSig: alias(events[250]!.nodeSig) };
    for (const report of await everyWay(events, checkpoints))
      expect(report.fault).toMatchObject({ seq: 251, kind: 'bad-signature' });
  });

  it('names a checkpoint signature in another spelling', async () => {
    const { events, checkpoints } = buildChain(node, 300, 100);
    checkpoints[1] = { ...checkpoints[1]!, sig: alias(checkpoints[1]!.sig) };
    for (const report of await everyWay(events, checkpoints))
      expect(report.fault).toMatchObject({ seq: 200, kind: 'bad-checkpoint-signature' });
  });

  it('names the first changed event by its seq, before later faults, whichever way it runs', async () => {
    const { events, checkpoints } = buildChain(node, 600, 100);
    // A payload changed by hand (its hash no longer matches) and, later, a stranger's signature.
    events[410] = { ...events[410]!, payload: { name: 'changed' } };
    const stranger = signerFromPem(generateEd25519KeyPair().privateKeyPem);
    events[500] = sealEvent(events[500]!, 501, events[499]!.hash, stranger);
    for (const report of await everyWay(events, checkpoints))
      expect(report.fault).toMatchObject({ seq: 411, kind: 'hash-mismatch' });
  });

  it('names a member signature that does not verify by its seq, and passes the ones that do', async () => {
    const { events } = buildChain(node, 2);
    const member = signerFromPem(generateEd25519KeyPair().privateKeyPem);
    const memberId = '00000000-0000-4000-8000-000000000001';
    extendChain(
      events,
      [
        {
          type: MEMBER_KEY_REGISTERED,
          schema: 1,
          payload: { memberId, publicKey: member.publicKey },
          actor: memberId,
          time: 't',
        },
      ],
      node,
    );
    const rename = (name: string): EventDraft => ({
      type: 'disco.renamed',
      schema: 1,
      payload: { name },
      actor: memberId,
      time: 't',
    });
    extendChain(
      events,
      Array.from({ length: 250 }, (_, i) => signIntent(rename(`Name ${i}`), member)),
      node,
    );
    for (const report of await everyWay(events, [], memberCatalog))
      expect(report).toMatchObject({ ok: true, size: 253 });
    // What the member signed and what the event says differ, the node's own signature is good.
    const lying = { ...signIntent(rename('Signed'), member), payload: { name: 'Not signed' } };
    events.length = 220;
    extendChain(events, [lying], node);
    for (const report of await everyWay(events, [], memberCatalog))
      expect(report.fault).toMatchObject({ seq: 221, kind: 'bad-member-signature' });
  });

  it('names a checkpoint whose root the events do not give', async () => {
    const { events, checkpoints } = buildChain(node, 300, 100);
    checkpoints[2] = signCheckpoint({ ...checkpoints[2]!, root: 'ab'.repeat(32) }, node);
    for (const report of await everyWay(events, checkpoints))
      expect(report.fault).toMatchObject({ seq: 300, kind: 'checkpoint-mismatch' });
  });
});
