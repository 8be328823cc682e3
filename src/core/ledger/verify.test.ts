import { describe, expect, it } from 'vitest';
import { signCheckpoint } from './checkpoint.js';
import { EventCatalog } from './event-catalog.js';
import { sealEvent, signIntent, type LedgerEvent } from './event.js';
import { generateEd25519KeyPair, signerFromPem } from './keys.js';
import { ledgerEventDefinitions } from './ledger-events.js';
import { buildChain } from './test-chain.js';
import { LedgerVerifier, type SignatureCheck } from './verify.js';

const node = signerFromPem(generateEd25519KeyPair().privateKeyPem);
const stranger = signerFromPem(generateEd25519KeyPair().privateKeyPem);
const catalog = new EventCatalog(ledgerEventDefinitions);

function verify(
  events: LedgerEvent[],
  checkpoints = buildChain(node, 0).checkpoints,
  nodeKey?: string,
) {
  const v = new LedgerVerifier({ catalog, ...(nodeKey ? { nodeKey } : {}) });
  for (const cp of checkpoints) v.pushCheckpoint(cp);
  for (const e of events) if (!v.pushEvent(e)) break;
  return v.finish();
}

describe('LedgerVerifier', () => {
  it('accepts an intact ledger with its checkpoints', () => {
    const { events, checkpoints } = buildChain(node, 50, 10);
    const report = verify(events, checkpoints, node.publicKey);
    expect(report).toMatchObject({
      ok: true,
      size: 50,
      checkpointsChecked: 5,
      fault: null,
      ledgerId: events[0]!.hash,
    });
    expect(report.root).toBe(checkpoints[4]!.root);
  });

  it('names the first event whose content was changed by hand', () => {
    const { events } = buildChain(node, 20);
    events[11] = { ...events[11]!, payload: { name: 'Changed by hand' } };
    expect(verify(events).fault).toMatchObject({ seq: 12, kind: 'hash-mismatch' });
  });

  it('names a broken link when an event was rehashed to hide a change', () => {
    const { events } = buildChain(node, 20);
    const forged = sealEvent(
      { ...events[5]!, payload: { name: 'Forged' } },
      6,
      events[4]!.hash,
      node,
    );
    events[5] = forged;
    expect(verify(events).fault).toMatchObject({ seq: 7, kind: 'broken-link' });
  });

  it('names a bad signature when a stranger re-signs the chain', () => {
    const { events } = buildChain(node, 5);
    events[2] = sealEvent(events[2]!, 3, events[1]!.hash, stranger);
    expect(verify(events).fault).toMatchObject({ seq: 3, kind: 'bad-signature' });
  });

  it('names a gap when an event is missing', () => {
    const { events } = buildChain(node, 10);
    events.splice(4, 1);
    expect(verify(events).fault).toMatchObject({ seq: 5, kind: 'gap' });
  });

  it('names a checkpoint whose root the events do not give', () => {
    const { events, checkpoints } = buildChain(node, 30, 10);
    checkpoints[1] = signCheckpoint(
      {
        ledgerId: events[0]!.hash,
        treeSize: 20,
        root: 'ff'.repeat(32),
        time: checkpoints[1]!.time,
      },
      node,
    );
    expect(verify(events, checkpoints).fault).toMatchObject({
      seq: 20,
      kind: 'checkpoint-mismatch',
    });
  });

  it('names a checkpoint signed by another key, or for more events than there are', () => {
    const { events, checkpoints } = buildChain(node, 20, 10);
    const bySomeoneElse = signCheckpoint(
      { ledgerId: events[0]!.hash, treeSize: 10, root: checkpoints[0]!.root, time: 't' },
      stranger,
    );
    expect(verify(events, [bySomeoneElse]).fault).toMatchObject({
      seq: 10,
      kind: 'bad-checkpoint-signature',
    });
    expect(verify(events.slice(0, 15), checkpoints).fault).toMatchObject({
      seq: 20,
      kind: 'checkpoint-mismatch',
    });
  });

  it('refuses a ledger signed by a node other than the one the auditor pinned', () => {
    const { events } = buildChain(node, 3);
    expect(verify(events, [], stranger.publicKey).fault).toMatchObject({
      seq: 1,
      kind: 'bad-genesis',
    });
  });

  it('checks member signatures and payload schemas', () => {
    const { events } = buildChain(node, 3);
    const member = signerFromPem(generateEd25519KeyPair().privateKeyPem);
    const signed = signIntent(
      { type: 'disco.renamed', schema: 1, payload: { name: 'Signed' }, actor: 'm1', time: 't' },
      member,
    );
    const good = sealEvent(signed, 4, events[2]!.hash, node);
    expect(verify([...events, good]).ok).toBe(true);
    const lying = sealEvent(
      { ...signed, payload: { name: 'Not what I signed' } },
      4,
      events[2]!.hash,
      node,
    );
    expect(verify([...events, lying]).fault).toMatchObject({
      seq: 4,
      kind: 'bad-member-signature',
    });
    const unknown = sealEvent(
      { type: 'disco.renamed', schema: 1, payload: { name: '' }, actor: null, time: 't' },
      4,
      events[2]!.hash,
      node,
    );
    expect(verify([...events, unknown]).fault).toMatchObject({ seq: 4, kind: 'bad-payload' });
  });

  it('lets signature checks run elsewhere and still reports the earliest fault', () => {
    const { events } = buildChain(node, 10);
    events[7] = sealEvent(events[7]!, 8, events[6]!.hash, stranger);
    const checks: SignatureCheck[] = [];
    const v = new LedgerVerifier({ onSignature: (c) => checks.push(c) });
    for (const e of events) v.pushEvent(e);
    expect(checks).toHaveLength(10);
    for (const c of checks.reverse())
      if (c.publicKey !== node.publicKey || c.seq === 8) v.signatureFailed(c);
    expect(v.finish().fault).toMatchObject({ seq: 8, kind: 'bad-signature' });
  });
});
