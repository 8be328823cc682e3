import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it, onTestFinished } from 'vitest';
import { dialects, skipping, testStore } from '../../../test/support/stores.js';
import { sealEvent, signIntent, type EventDraft } from '../../core/ledger/event.js';
import { generateEd25519KeyPair, signerFromPem, type Signer } from '../../core/ledger/keys.js';
import type { Actor } from '../../core/access/actor.js';
import { openTestDisco, type TestDisco } from '../members/test-disco.js';
import { registerMemberKey } from '../members/register-member-key.js';
import { revokeMemberKey } from '../members/revoke-member-key.js';
import type { AppContext } from '../context.js';
import { appendEvents } from './append-events.js';
import { exportLedger } from './export-ledger.js';
import { importLedger } from './import-ledger.js';
import { getConsistencyProof, getEventWithProof } from './ledger-proofs.js';
import { makeCheckpoint } from './make-checkpoint.js';
import { verifyStoredLedger } from './verify-stored-ledger.js';

const newSigner = (): Signer => signerFromPem(generateEd25519KeyPair().privateKeyPem);

function renamed(ctx: AppContext, actor: Actor, name: string): EventDraft {
  return {
    type: 'disco.renamed',
    schema: 1,
    payload: { name },
    actor: actor.memberId,
    time: ctx.clock().toISOString(),
  };
}

/** A DisCO of a few dozen events: keys registered by two members, signed renames, checkpoints. */
async function signedDisco(d = dialects[0]!) {
  const disco = await openTestDisco(d);
  const { ctx, founder } = disco;
  const bo = await disco.add({ displayName: 'Bo', constituencyIds: ['supporters'] });
  const founderKey = newSigner();
  const boKey = newSigner();
  await registerMemberKey(ctx, founder, {
    memberId: founder.memberId,
    publicKey: founderKey.publicKey,
  });
  await registerMemberKey(ctx, bo, { memberId: bo.memberId, publicKey: boKey.publicKey });
  for (let i = 0; i < 12; i++)
    await appendEvents(ctx, [signIntent(renamed(ctx, founder, `Name ${i}`), founderKey)]);
  await makeCheckpoint(ctx);
  for (let i = 12; i < 16; i++) await appendEvents(ctx, [renamed(ctx, founder, `Name ${i}`)]);
  return { ...disco, bo, founderKey, boKey };
}

async function exportText(ctx: AppContext): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportLedger(ctx, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'disco-verify-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function freshContext(disco: TestDisco): Promise<AppContext> {
  return { ...disco.ctx, store: await testStore(dialects[0]!) };
}

for (const d of dialects) {
  describe.skipIf(skipping(d, 'stored ledger verification'))(
    `verifying the stored ledger and what is derived from it (${d.dialect})`,
    () => {
      it('passes an intact ledger with signed events, its nodes and its chain head', async () => {
        const { ctx } = await signedDisco(d);
        const report = await verifyStoredLedger(ctx, { workers: 0 });
        expect(report).toMatchObject({
          ok: true,
          fault: null,
          size: (await ctx.store.head()).size,
        });
      });

      it('names a corrupted Merkle node by the event that completes it, and serves no proof through it', async () => {
        const { ctx } = await signedDisco(d);
        await ctx.store.db
          .updateTable('merkle_nodes')
          .set({ hash: Buffer.alloc(32, 0xee) })
          .where('level', '=', 2)
          .where('idx', '=', 1)
          .execute();
        const report = await verifyStoredLedger(ctx, { workers: 0 });
        expect(report.fault).toMatchObject({
          seq: 8,
          kind: 'merkle-node-mismatch',
          message: expect.stringContaining('level 2, index 1'),
        });
        const size = (await ctx.store.head()).size;
        // Event 1's audit path, and the proof from size 4, hold node (2, 1): they would fail RFC 9162 verification.
        await expect(getEventWithProof(ctx.store, 1, size)).rejects.toMatchObject({
          status: 409,
          code: 'ledger-damaged',
        });
        await expect(getConsistencyProof(ctx.store, 4, size)).rejects.toMatchObject({
          code: 'ledger-damaged',
        });
      });

      it('names a missing Merkle node', async () => {
        const { ctx } = await signedDisco(d);
        await ctx.store.db
          .deleteFrom('merkle_nodes')
          .where('level', '=', 1)
          .where('idx', '=', 5)
          .execute();
        expect((await verifyStoredLedger(ctx, { workers: 0 })).fault).toMatchObject({
          seq: 12,
          kind: 'merkle-node-mismatch',
          message: expect.stringContaining('is missing'),
        });
      });

      it('names a chain head whose hash is not the last event’s, and events stored past it', async () => {
        const { ctx } = await signedDisco(d);
        const head = await ctx.store.head();
        const before = (await ctx.store.event(head.size - 1))!;
        await ctx.store.db.updateTable('chain_head').set({ hash: before.hash }).execute();
        expect((await verifyStoredLedger(ctx, { workers: 0 })).fault).toMatchObject({
          seq: head.size,
          kind: 'chain-head-mismatch',
        });
        await ctx.store.db
          .updateTable('chain_head')
          .set({ size: head.size - 1, hash: before.hash })
          .execute();
        expect((await verifyStoredLedger(ctx, { workers: 0 })).fault).toMatchObject({
          seq: head.size,
          kind: 'chain-head-mismatch',
          message: expect.stringContaining(`holds event ${head.size}`),
        });
      });

      it('names the first missing event after a tail deletion, and exports nothing that promises more', async () => {
        const { ctx } = await signedDisco(d);
        const { size } = await ctx.store.head();
        await ctx.store.db
          .deleteFrom('events')
          .where('seq', '>', size - 3)
          .execute();
        expect((await verifyStoredLedger(ctx, { workers: 0 })).fault).toMatchObject({
          seq: size - 2,
          kind: 'size-mismatch',
        });
        const out = new PassThrough();
        const written: Buffer[] = [];
        out.on('data', (c: Buffer) => written.push(c));
        await expect(exportLedger(ctx, out)).rejects.toMatchObject({
          status: 409,
          code: 'ledger-damaged',
          message: expect.stringContaining(`event ${size - 2} is missing`),
        });
        expect(written).toEqual([]);
      });
    },
  );
}

describe('importing an export that carries a member signature the ledger does not back', () => {
  /** The DisCO's export with one more event sealed by the node (as a dishonest node could). */
  async function exportWith(disco: TestDisco, draft: (ctx: AppContext) => EventDraft) {
    const lines = (await exportText(disco.ctx)).trim().split('\n');
    const header = JSON.parse(lines[0]!);
    const last = JSON.parse(lines.at(-1)!).event;
    const forged = sealEvent(draft(disco.ctx), last.seq + 1, last.hash, disco.ctx.node!);
    lines[0] = JSON.stringify({ ...header, size: forged.seq });
    lines.push(JSON.stringify({ event: forged }));
    return { path: tempFile('forged.ndjson', lines.join('\n') + '\n'), seq: forged.seq };
  }

  it('refuses a key never registered, another member’s key and a revoked key, naming the seq and importing nothing', async () => {
    const disco = await signedDisco();
    const { ctx, founder, bo, boKey, founderKey } = disco;
    const cases = [
      {
        what: 'unregistered',
        sign: newSigner(),
        actor: founder,
        reason: 'no earlier event registers key',
      },
      {
        what: 'another member’s',
        sign: boKey,
        actor: founder,
        reason: `belongs to member ${bo.memberId}, but the actor is ${founder.memberId}`,
      },
    ];
    for (const c of cases) {
      const { path, seq } = await exportWith(disco, (x) =>
        signIntent(renamed(x, c.actor, `Forged ${c.what}`), c.sign),
      );
      const target = await freshContext(disco);
      await expect(importLedger(target, path)).rejects.toMatchObject({
        status: 422,
        message: expect.stringContaining(
          `at event ${seq}: an event's member signature uses a key that does not speak for its actor: `,
        ),
      });
      await expect(importLedger(target, path)).rejects.toMatchObject({
        message: expect.stringContaining(c.reason),
      });
      expect((await target.store.head()).size).toBe(0);
    }
    await revokeMemberKey(ctx, founder, {
      memberId: founder.memberId,
      publicKey: founderKey.publicKey,
    });
    const { path, seq } = await exportWith(disco, (x) =>
      signIntent(renamed(x, founder, 'After revocation'), founderKey),
    );
    await expect(importLedger(await freshContext(disco), path)).rejects.toMatchObject({
      // The refusal names the key and when it was revoked, coded for any language.
      message: expect.stringContaining(
        `at event ${seq}: an event's member signature uses a key that does not speak for its actor: key ${founderKey.publicKey} was revoked at event `,
      ),
      said: {
        params: {
          reason: {
            code: 'ledger.fault.bad-member-key',
            params: {
              reason: {
                code: 'ledger.member-key.revoked',
                params: { key: founderKey.publicKey, seq: expect.any(Number) },
              },
            },
          },
        },
      },
    });
    expect(bo.memberId).not.toBe(founder.memberId);
  });

  it('refuses a file cut short by its first missing event, and a header naming another ledger', async () => {
    const disco = await signedDisco();
    const lines = (await exportText(disco.ctx)).trim().split('\n');
    const cut = tempFile('cut.ndjson', lines.slice(0, -4).join('\n') + '\n');
    const size = JSON.parse(lines[0]!).size as number;
    await expect(importLedger(await freshContext(disco), cut)).rejects.toMatchObject({
      message: expect.stringContaining(
        `at event ${size - 3}: it holds another number of events than it says`,
      ),
    });
    const header = JSON.parse(lines[0]!);
    const foreign = tempFile(
      'foreign.ndjson',
      [JSON.stringify({ ...header, ledgerId: 'ab'.repeat(32) }), ...lines.slice(1)].join('\n'),
    );
    await expect(importLedger(await freshContext(disco), foreign)).rejects.toMatchObject({
      message: expect.stringContaining("at event 1: the file's header does not match its events"),
    });
  });
});

describe('appending a signed event', () => {
  it('refuses a revocation signed by the key it revokes, as the verifier would', async () => {
    const { ctx, founder, founderKey } = await signedDisco();
    const draft: EventDraft = {
      type: 'member.key-revoked',
      schema: 1,
      payload: { memberId: founder.memberId, publicKey: founderKey.publicKey },
      actor: founder.memberId,
      time: ctx.clock().toISOString(),
    };
    const { size } = await ctx.store.head();
    await expect(appendEvents(ctx, [signIntent(draft, founderKey)])).rejects.toMatchObject({
      status: 403,
      code: 'unknown-member-key',
      hint: expect.stringContaining('cannot sign its own revocation'),
    });
    expect((await ctx.store.head()).size).toBe(size);
  });
});
