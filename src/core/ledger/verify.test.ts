import { describe, expect, it } from 'vitest';
import { signCheckpoint } from './checkpoint.js';
import { EventCatalog } from './event-catalog.js';
import { sealEvent, signIntent, type LedgerEvent } from './event.js';
import { generateEd25519KeyPair, signerFromPem } from './keys.js';
import { ledgerEventDefinitions } from './ledger-events.js';
import { buildChain, extendChain } from './test-chain.js';
import { faultSaid, LedgerVerifier, type LedgerPromise, type SignatureCheck } from './verify.js';
import type { Checkpoint } from './checkpoint.js';
import type { EventDraft } from './event.js';
import { decodeCanonicalBase64url } from './keys.js';
import {
  MEMBER_KEY_REGISTERED,
  MEMBER_KEY_REVOKED,
  memberEventDefinitions,
} from '../members/member-events.js';

const node = signerFromPem(generateEd25519KeyPair().privateKeyPem);
const stranger = signerFromPem(generateEd25519KeyPair().privateKeyPem);
const catalog = new EventCatalog([...ledgerEventDefinitions, ...memberEventDefinitions]);

const at = (seq: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString();
const renamedBy = (actor: string, name: string): EventDraft => ({
  type: 'disco.renamed',
  schema: 1,
  payload: { name },
  actor: ids[actor]!,
  time: at(0),
});
const keyEvent =
  (type: string) =>
  (member: string, publicKey: string, seq: number): EventDraft => ({
    type,
    schema: 1,
    payload: { memberId: ids[member]!, publicKey },
    actor: ids[member]!,
    time: at(seq),
  });
const registerKey = keyEvent(MEMBER_KEY_REGISTERED);
const ids: Record<string, string> = {
  m1: '00000000-0000-4000-8000-000000000001',
  alice: '00000000-0000-4000-8000-00000000a11c',
  bob: '00000000-0000-4000-8000-000000000b0b',
  carol: '00000000-0000-4000-8000-00000000ca01',
};
const revokeKey = keyEvent(MEMBER_KEY_REVOKED);

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
    extendChain(events, [registerKey('m1', member.publicKey, 4)], node);
    const signed = signIntent(renamedBy('m1', 'Signed'), member);
    const good = sealEvent(signed, 5, events[3]!.hash, node);
    expect(verify([...events, good]).ok).toBe(true);
    const lying = sealEvent(
      { ...signed, payload: { name: 'Not what I signed' } },
      5,
      events[3]!.hash,
      node,
    );
    expect(verify([...events, lying]).fault).toMatchObject({
      seq: 5,
      kind: 'bad-member-signature',
    });
    const unknown = sealEvent(
      { type: 'disco.renamed', schema: 1, payload: { name: '' }, actor: null, time: 't' },
      5,
      events[3]!.hash,
      node,
    );
    expect(verify([...events, unknown]).fault).toMatchObject({ seq: 5, kind: 'bad-payload' });
  });

  describe('ties every member signature to a key of its actor, from the ledger’s own key events', () => {
    const alice = signerFromPem(generateEd25519KeyPair().privateKeyPem);
    const bob = signerFromPem(generateEd25519KeyPair().privateKeyPem);
    const base = () =>
      extendChain(
        buildChain(node, 3).events,
        [registerKey('alice', alice.publicKey, 4), registerKey('bob', bob.publicKey, 5)],
        node,
      );

    it('accepts a signature by a registered key of the actor, and one made before its revocation', () => {
      const events = extendChain(
        base(),
        [signIntent(renamedBy('alice', 'Mine'), alice), revokeKey('alice', alice.publicKey, 7)],
        node,
      );
      expect(verify(events)).toMatchObject({ ok: true, size: 7 });
    });

    it('names a signature by a key no earlier event registers, with its seq', () => {
      const stray = signerFromPem(generateEd25519KeyPair().privateKeyPem);
      const events = extendChain(base(), [signIntent(renamedBy('alice', 'Stray'), stray)], node);
      const fault = verify(events).fault!;
      expect(fault).toMatchObject({
        seq: 6,
        kind: 'bad-member-key',
        reason: { code: 'ledger.member-key.unregistered', params: { key: stray.publicKey } },
      });
      expect(faultSaid(fault)).toEqual({
        code: 'ledger.fault.bad-member-key',
        params: { reason: fault.reason },
      });
    });

    it('names a signature by another member’s key', () => {
      const events = extendChain(base(), [signIntent(renamedBy('alice', 'As Bob'), bob)], node);
      expect(verify(events).fault).toMatchObject({
        seq: 6,
        kind: 'bad-member-key',
        message: expect.stringContaining(`member ${ids['bob']}`),
        reason: {
          code: 'ledger.member-key.of-another-member',
          params: { key: bob.publicKey, owner: ids['bob'], actor: ids['alice'] },
        },
      });
    });

    it('names a signature by a key after its revocation, and the revocation signed by the key it revokes', () => {
      const after = extendChain(
        base(),
        [revokeKey('alice', alice.publicKey, 6), signIntent(renamedBy('alice', 'Late'), alice)],
        node,
      );
      expect(verify(after).fault).toMatchObject({
        seq: 7,
        kind: 'bad-member-key',
        message: expect.stringContaining('revoked at event 6'),
        reason: { code: 'ledger.member-key.revoked', params: { key: alice.publicKey, seq: 6 } },
      });
      const itself = extendChain(
        base(),
        [signIntent(revokeKey('alice', alice.publicKey, 6), alice)],
        node,
      );
      expect(verify(itself).fault).toMatchObject({
        seq: 6,
        kind: 'bad-member-key',
        reason: { code: 'ledger.member-key.revokes-itself', params: { key: alice.publicKey } },
      });
    });

    it('names a key registered only after the event it signed', () => {
      const carol = signerFromPem(generateEd25519KeyPair().privateKeyPem);
      const events = extendChain(
        base(),
        [signIntent(renamedBy('carol', 'Early'), carol), registerKey('carol', carol.publicKey, 7)],
        node,
      );
      expect(verify(events).fault).toMatchObject({ seq: 6, kind: 'bad-member-key' });
    });
  });

  it('refuses a signature or key in any but the canonical base64url spelling', () => {
    const { events } = buildChain(node, 4);
    const sig = events[2]!.nodeSig;
    // The last of 86 characters carries 2 bits of the signature and 4 unused ones.
    const alias = sig.slice(0, -1) + String.fromCharCode(sig.charCodeAt(85) + 1);
    expect(Buffer.from(alias, 'base64url').equals(Buffer.from(sig, 'base64url'))).toBe(true);
    events[2] = { ...events[2]!, nodeSig: alias };
    expect(verify(events).fault).toMatchObject({ seq: 3, kind: 'bad-signature' });
    expect(decodeCanonicalBase64url(sig, 64)).not.toBeNull();
    expect(decodeCanonicalBase64url(alias, 64)).toBeNull();
    expect(decodeCanonicalBase64url(sig.slice(0, 40) + '*' + sig.slice(41), 64)).toBeNull();
  });

  describe('holds the events to what the header or chain head promises', () => {
    const promise = (size: number, more: object = {}) => ({ source: 'the header', size, ...more });
    function verifyPromised(events: LedgerEvent[], checkpoints: Checkpoint[], promised: object) {
      const v = new LedgerVerifier({
        catalog,
        promised: promised as LedgerPromise,
      });
      for (const cp of checkpoints) v.pushCheckpoint(cp);
      for (const e of events) if (!v.pushEvent(e)) break;
      return v.finish();
    }

    it('names the first missing event of a cut ledger, not the checkpoint past its end', () => {
      const { events, checkpoints } = buildChain(node, 30, 10);
      expect(verifyPromised(events.slice(0, 25), checkpoints, promise(30)).fault).toMatchObject({
        seq: 26,
        kind: 'size-mismatch',
      });
    });

    it('names the first event past the promised size', () => {
      const { events } = buildChain(node, 12);
      expect(verifyPromised(events, [], promise(10)).fault).toMatchObject({
        seq: 11,
        kind: 'size-mismatch',
      });
    });

    it('still names an earlier fault first', () => {
      const { events } = buildChain(node, 12);
      events[4] = { ...events[4]!, payload: { name: 'Changed' } };
      expect(verifyPromised(events.slice(0, 8), [], promise(12)).fault).toMatchObject({
        seq: 5,
        kind: 'hash-mismatch',
      });
    });

    it('names a header whose ledger id or node key is not the genesis’s', () => {
      const { events } = buildChain(node, 5);
      expect(
        verifyPromised(events, [], promise(5, { ledgerId: 'ab'.repeat(32) })).fault,
      ).toMatchObject({ seq: 1, kind: 'header-mismatch' });
      expect(
        verifyPromised(events, [], promise(5, { nodeKey: stranger.publicKey })).fault,
      ).toMatchObject({ seq: 1, kind: 'header-mismatch' });
      expect(
        verifyPromised(
          events,
          [],
          promise(5, { ledgerId: events[0]!.hash, nodeKey: node.publicKey }),
        ).ok,
      ).toBe(true);
    });

    it('names a chain head whose hash is not the last event’s', () => {
      const { events } = buildChain(node, 5);
      expect(
        verifyPromised(events, [], promise(5, { lastHash: events[3]!.hash })).fault,
      ).toMatchObject({ seq: 5, kind: 'chain-head-mismatch' });
      expect(verifyPromised(events, [], promise(5, { lastHash: events[4]!.hash })).ok).toBe(true);
    });
  });

  it('hands out every Merkle node above the leaves as the event completing it arrives', () => {
    const { events } = buildChain(node, 8);
    const v = new LedgerVerifier({ collectNodes: true });
    for (const e of events) v.pushEvent(e);
    const nodes = v.takeCompletedNodes();
    expect(nodes.map(({ level, index, seq }) => [level, index, seq])).toEqual([
      [1, 0, 2],
      [1, 1, 4],
      [2, 0, 4],
      [1, 2, 6],
      [1, 3, 8],
      [2, 1, 8],
      [3, 0, 8],
    ]);
    expect(nodes.at(-1)!.hash.toString('hex')).toBe(v.finish().root);
    expect(v.takeCompletedNodes()).toEqual([]);
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
