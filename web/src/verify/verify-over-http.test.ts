import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIntent } from '../../../src/core/ledger/event.js';
import { generateEd25519KeyPair, signerFromPem } from '../../../src/core/ledger/keys.js';
import { openServedLedger, type ServedLedger } from './test-server-ledger.js';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Another spelling of a 64-byte signature: its last character carries 4 unused bits. */
function aliasOf(sig: string): string {
  return sig.slice(0, -1) + BASE64URL[BASE64URL.indexOf(sig.at(-1)!) ^ 1]!;
}
import { sampleSeqs, verifyLedgerOverHttp, type VerifyProgress } from './verify-over-http.js';

const seeded = (seed: number) => () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

function verifyServed(
  ledger: ServedLedger,
  extra: Partial<Parameters<typeof verifyLedgerOverHttp>[0]> = {},
) {
  return verifyLedgerOverHttp({ fetch: ledger.fetch, pageSize: 40, random: seeded(7), ...extra });
}

describe('verifying the ledger over HTTP in the browser', () => {
  describe('an intact ledger', () => {
    let ledger: ServedLedger;
    beforeAll(async () => {
      ledger = await openServedLedger({ renames: 230, checkpointEvery: 50 });
    });
    afterAll(() => ledger.close());

    it('passes, with every checkpoint, signature and the sampled proofs checked, and agrees with the server', async () => {
      const progress: VerifyProgress[] = [];
      const report = await verifyServed(ledger, {
        onProgress: (p) => progress.push(p),
        proofSamples: 5,
      });
      const server = await ledger.serverVerdict();
      expect(report).toMatchObject({
        ok: true,
        fault: null,
        size: ledger.size,
        root: server.root,
        ledgerId: server.ledgerId,
        nodeKey: server.nodeKey,
      });
      expect(report.checkpointsChecked).toBe(Math.floor(ledger.size / 50));
      expect(report.signaturesChecked).toBe(ledger.size);
      expect(report.memberSignaturesChecked).toBe(Math.floor(230 / 5));
      expect(report.proofsChecked).toBe(7);
      const events = progress.filter((p) => p.phase === 'events');
      expect(events.at(-1)).toEqual({ phase: 'events', done: ledger.size, total: ledger.size });
      expect(events.map((p) => p.done)).toEqual(
        [...events.map((p) => p.done)].sort((a, b) => a - b),
      );
      expect(progress.at(-1)).toEqual({ phase: 'proofs', done: 7, total: 7 });
    });

    it('refuses a ledger whose genesis names another node key than the one the member expects', async () => {
      const report = await verifyServed(ledger, { nodeKey: 'A'.repeat(43) });
      expect(report.fault).toMatchObject({ seq: 1, kind: 'bad-genesis' });
    });

    it('checks signatures with @noble/ed25519 where WebCrypto has no Ed25519', async () => {
      const { nobleVerify } = await import('./signatures.js');
      expect(await verifyServed(ledger, { ed25519: nobleVerify, proofSamples: 1 })).toMatchObject({
        ok: true,
        size: ledger.size,
      });
    });
  });

  describe('a tampered ledger', () => {
    let ledger: ServedLedger;
    beforeAll(async () => {
      ledger = await openServedLedger({ renames: 120, checkpointEvery: 40 });
    });
    afterAll(() => ledger.close());

    const sql =
      (statement: string, seq: number, ...params: unknown[]) =>
      async (l: ServedLedger) => {
        l.tamper(statement, ...params);
        return seq;
      };
    const cases: Array<{
      what: string;
      kind: string;
      damage: (l: ServedLedger) => Promise<number>;
    }> = [
      {
        what: 'an event changed by hand',
        kind: 'hash-mismatch',
        damage: sql(
          'update events set payload = ? where seq = 57',
          57,
          '{"name":"Changed by hand"}',
        ),
      },
      {
        what: 'a broken link',
        kind: 'broken-link',
        damage: sql('update events set prev = ? where seq = 33', 33, 'ab'.repeat(32)),
      },
      {
        what: 'a node signature moved from another event',
        kind: 'bad-signature',
        damage: sql(
          'update events set node_sig = (select node_sig from events where seq = 90) where seq = 89',
          89,
        ),
      },
      {
        what: 'a member signature copied onto another event',
        kind: 'hash-mismatch',
        damage: async (l) => {
          const from = (await l.memberSignedSeqs())[0]!;
          l.tamper(
            'update events set (member_key, member_sig) = (select member_key, member_sig from events where seq = ?) where seq = ?',
            from,
            from + 1,
          );
          return from + 1;
        },
      },
      {
        what: 'a member signature that is not over what the event says',
        kind: 'bad-member-signature',
        damage: async (l) => {
          const seq = (await l.memberSignedSeqs())[3]!;
          await l.resealWithPayload(seq, { name: 'Not what the member signed' });
          return seq;
        },
      },
      {
        what: 'a checkpoint with a wrong root',
        kind: 'checkpoint-mismatch',
        damage: sql('update checkpoints set root = ? where tree_size = 80', 80, 'ff'.repeat(32)),
      },
      {
        what: 'a checkpoint whose signature is not the node’s',
        kind: 'bad-checkpoint-signature',
        damage: sql(
          'update checkpoints set sig = (select sig from checkpoints where tree_size = 40) where tree_size = 120',
          120,
        ),
      },
      {
        what: 'a missing event',
        kind: 'gap',
        damage: sql('delete from events where seq = 101', 101),
      },
      {
        what: 'events deleted from the end, behind a chain head that still counts them',
        kind: 'size-mismatch',
        damage: async (l) => {
          const size = l.size;
          l.tamper('delete from events where seq > ?', size - 5);
          return size - 4;
        },
      },
      {
        what: 'a node signature spelled in non-canonical base64url',
        kind: 'bad-signature',
        damage: async (l) => {
          const [row] = l.query('select node_sig from events where seq = 44') as Array<{
            node_sig: string;
          }>;
          l.tamper('update events set node_sig = ? where seq = 44', aliasOf(row!.node_sig));
          return 44;
        },
      },
      {
        what: 'a member signature by a key never registered',
        kind: 'bad-member-key',
        damage: async (l) => {
          const stray = signerFromPem(generateEd25519KeyPair().privateKeyPem);
          await l.appendUnchecked([signIntent(l.renameBy(l.founderId, 'Stray key'), stray)]);
          return l.size;
        },
      },
      {
        what: 'a member signature by another member’s key',
        kind: 'bad-member-key',
        damage: async (l) => {
          const other = await l.addMemberWithKey();
          await l.appendUnchecked([signIntent(l.renameBy(l.founderId, 'Borrowed key'), other.key)]);
          return l.size;
        },
      },
      {
        what: 'a member signature by a key after its revocation',
        kind: 'bad-member-key',
        damage: async (l) => {
          await l.revokeFounderKey(l.founderKey.publicKey);
          await l.appendUnchecked([
            signIntent(l.renameBy(l.founderId, 'Revoked key'), l.founderKey),
          ]);
          return l.size;
        },
      },
    ];

    for (const c of cases) {
      it(`names ${c.what} with its seq and kind, as the server's verifier does`, async () => {
        const fresh = await openServedLedger({ renames: 120, checkpointEvery: 40 });
        try {
          const seq = await c.damage(fresh);
          const report = await verifyServed(fresh);
          expect(report.ok).toBe(false);
          expect(report.fault).toMatchObject({ seq, kind: c.kind });
          const server = (await fresh.serverVerdict()).fault;
          expect(server).toMatchObject({ seq, kind: c.kind });
          // Which key, and why it speaks for no one, is the same code the server words.
          if (c.kind === 'bad-member-key') {
            expect(report.fault?.reason).toBeDefined();
            expect(report.fault?.reason).toEqual((server as { reason?: unknown }).reason);
          }
        } finally {
          await fresh.close();
        }
      });
    }

    it('names the earlier of two faults when the later one is found while the earlier page’s signatures are still being checked', async () => {
      const fresh = await openServedLedger({ renames: 120, checkpointEvery: 40 });
      try {
        fresh.tamper(
          'update events set node_sig = (select node_sig from events where seq = 11) where seq = 10',
        );
        fresh.tamper('update events set payload = ? where seq = 30', '{"name":"Changed by hand"}');
        const report = await verifyServed(fresh, { pageSize: 20 });
        expect(report.fault).toMatchObject({ seq: 10, kind: 'bad-signature' });
        expect((await fresh.serverVerdict()).fault).toMatchObject({
          seq: 10,
          kind: 'bad-signature',
        });
      } finally {
        await fresh.close();
      }
    });

    it('names an event whose proof the node serves with different content than its listing', async () => {
      // The listing is intact; only the proof route is made to lie, by a server in between.
      const lying = async (url: string) => {
        const res = await ledger.fetch(url);
        if (!/\/ledger\/events\/\d+/.test(url)) return res;
        const body = (await res.json()) as { proof: { path: string[] } };
        body.proof.path = body.proof.path.map((h, i) => (i === 0 ? 'ee'.repeat(32) : h));
        return new Response(JSON.stringify(body), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      };
      const report = await verifyLedgerOverHttp({
        fetch: lying,
        random: seeded(3),
        proofSamples: 0,
      });
      expect(report.fault).toMatchObject({ seq: 1, kind: 'bad-inclusion-proof' });
    });
  });

  it('agrees with the server verifier on random ledgers with random damage', async () => {
    const damage = fc.oneof(
      fc.constant(null),
      fc.record({
        kind: fc.constantFrom(
          'payload',
          'prev',
          'node_sig',
          'member_sig',
          'delete',
          'checkpoint-root',
          'checkpoint-sig',
          'truncate',
          'alias-sig',
          'stray-key',
          'revoked-key',
        ),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 5, max: 25 }),
        fc.integer({ min: 2, max: 6 }),
        damage,
        async (renames, every, signedEvery, hurt) => {
          const ledger = await openServedLedger({ renames, checkpointEvery: every, signedEvery });
          try {
            if (hurt) await applyDamage(ledger, hurt.kind, hurt.at);
            const browser = await verifyLedgerOverHttp({
              fetch: ledger.fetch,
              pageSize: 17,
              random: seeded(11),
              proofSamples: 2,
            });
            const server = await ledger.serverVerdict();
            expect({ ok: browser.ok, seq: browser.fault?.seq, kind: browser.fault?.kind }).toEqual({
              ok: server.ok,
              seq: server.fault?.seq,
              kind: server.fault?.kind,
            });
            if (server.ok)
              expect({
                size: browser.size,
                root: browser.root,
                checkpoints: browser.checkpointsChecked,
              }).toEqual({
                size: server.size,
                root: server.root,
                checkpoints: server.checkpointsChecked,
              });
          } finally {
            await ledger.close();
          }
        },
      ),
      { numRuns: 8 },
    );
  });

  it('samples the first and last events and distinct others, within the ledger', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 1e9 }),
        (size, count, seed) => {
          const seqs = sampleSeqs(size, count, seeded(seed));
          expect(seqs[0]).toBe(1);
          expect(seqs.at(-1)).toBe(size);
          expect(new Set(seqs).size).toBe(seqs.length);
          expect(seqs.length).toBe(Math.min(size, count + 2));
          expect(seqs.every((s) => Number.isInteger(s) && s >= 1 && s <= size)).toBe(true);
        },
      ),
    );
  });
});

async function applyDamage(ledger: ServedLedger, kind: string, at: number): Promise<void> {
  const seq = 1 + Math.floor(at * (ledger.size - 1));
  switch (kind) {
    case 'truncate':
      return ledger.tamper('delete from events where seq > ?', Math.max(seq, 1));
    case 'alias-sig': {
      const [row] = ledger.query('select node_sig from events where seq = ?', seq) as Array<{
        node_sig: string;
      }>;
      return ledger.tamper(
        'update events set node_sig = ? where seq = ?',
        aliasOf(row!.node_sig),
        seq,
      );
    }
    case 'stray-key': {
      const stray = signerFromPem(generateEd25519KeyPair().privateKeyPem);
      return ledger.appendUnchecked([signIntent(ledger.renameBy(ledger.founderId, 'x'), stray)]);
    }
    case 'revoked-key':
      await ledger.revokeFounderKey(ledger.founderKey.publicKey);
      return ledger.appendUnchecked([
        signIntent(ledger.renameBy(ledger.founderId, 'late'), ledger.founderKey),
      ]);
    case 'payload':
      return ledger.tamper(
        "update events set payload = json_set(payload, '$.extra', 1) where seq = ?",
        seq,
      );
    case 'prev':
      return ledger.tamper('update events set prev = ? where seq = ?', 'cd'.repeat(32), seq);
    case 'node_sig':
      return ledger.tamper(
        'update events set node_sig = (select node_sig from events where seq = 1) where seq = ?',
        seq === 1 ? ledger.size : seq,
      );
    case 'member_sig':
      return ledger.tamper(
        'update events set member_sig = (select member_sig from events where member_sig is not null order by seq limit 1) where seq = ?',
        seq,
      );
    case 'delete':
      return ledger.tamper('delete from events where seq = ?', seq);
    case 'checkpoint-root':
      return ledger.tamper(
        'update checkpoints set root = ? where tree_size = (select min(tree_size) from checkpoints where tree_size >= ?)',
        '12'.repeat(32),
        seq,
      );
    default:
      return ledger.tamper(
        'update checkpoints set sig = (select sig from checkpoints order by tree_size limit 1) where tree_size = (select max(tree_size) from checkpoints)',
      );
  }
}
