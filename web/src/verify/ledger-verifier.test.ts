import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventHashes } from './ledger-verifier.js';

describe('event hashes, batched through WebCrypto', () => {
  it('are SHA-256 of the canonical envelope: without hash and nodeSig, with memberSig only when there is one', async () => {
    const event = fc.record(
      {
        format: fc.constant('disco-cat/event@1'),
        seq: fc.nat(),
        prev: fc.string(),
        type: fc.string(),
        schema: fc.nat(),
        payload: fc.dictionary(fc.string(), fc.jsonValue()),
        actor: fc.option(fc.string()),
        time: fc.string(),
        memberSig: fc.record({ publicKey: fc.string(), sig: fc.string() }),
        hash: fc.string(),
        nodeSig: fc.string(),
      },
      {
        requiredKeys: [
          'format',
          'seq',
          'prev',
          'type',
          'schema',
          'payload',
          'actor',
          'time',
          'hash',
          'nodeSig',
        ],
      },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 8 }), async (events) => {
        const expected = events.map(({ hash: _h, nodeSig: _s, ...envelope }) =>
          createHash('sha256').update(canonicalize(envelope)!).digest('hex'),
        );
        expect(await eventHashes(events)).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('are null for an event that has no canonical JSON form, and the others are still hashed', async () => {
    const cyclic: Record<string, unknown> = { format: 'disco-cat/event@1' };
    cyclic['payload'] = cyclic;
    const [none, some] = await eventHashes([cyclic, { seq: 1 }]);
    expect(none).toBeNull();
    expect(some).toBe(createHash('sha256').update('{"seq":1}').digest('hex'));
  });
});
