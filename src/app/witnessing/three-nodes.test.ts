import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateEd25519KeyPair, signerFromPem } from '../../core/ledger/keys.js';
import {
  formatVerifierKey,
  makeVerifierKey,
  parseSignedNote,
  SIGNATURE_TYPE_COSIGNATURE_V1,
} from '../../core/ledger/signed-note.js';
import { serveHttp } from '../../http/serve.js';
import { serveWitness } from '../../http/serve-witness.js';
import { openApp, type AppContext } from '../context.js';
import { setGovernanceParameters } from '../governance/set-governance-parameters.js';
import { appendEvents } from '../ledger/append-events.js';
import { initLedger } from '../ledger/init-ledger.js';
import { loadActor } from '../members/load-actor.js';
import { rewriteTail } from '../../../test/support/rewrite-tail.js';
import { showCheckpointNote } from './checkpoint-note.js';
import { checkFileCosignatures, checkWitnesses } from './check-witnesses.js';
import { exportLedger } from '../ledger/export-ledger.js';
import { openLedgerFile } from '../ledger/ledger-file.js';
import { showWitnessStatus } from './witness-status.js';
import { trustLog } from './witness-logs.js';
import { witnessingTick } from './witnessing-tick.js';
import type { WitnessingContext } from './witnessing-settings.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let now = Date.UTC(2026, 10, 24, 10);
const clock = (): Date => new Date(now);

async function node(name: string, witnessing: Partial<WitnessingContext>): Promise<AppContext> {
  const dataDir = mkdtempSync(join(tmpdir(), `disco-${name}-`));
  const ctx = await openApp({
    dataDir,
    clock,
    witnessing: {
      publicHost: `${name}.test`,
      checkpointIntervalMs: 3000,
      witness: null,
      fetch: globalThis.fetch,
      ...witnessing,
    },
  });
  cleanups.push(async () => {
    await ctx.store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return ctx;
}

function witnessIdentity(name: string) {
  const signer = signerFromPem(generateEd25519KeyPair().privateKeyPem);
  const keyName = `${name}.test/witness`;
  const vkey = formatVerifierKey(
    makeVerifierKey(
      keyName,
      SIGNATURE_TYPE_COSIGNATURE_V1,
      Buffer.from(signer.publicKey, 'base64url'),
    ),
  );
  return { identity: { signer, keyName }, vkey };
}

async function renames(ctx: AppContext, count: number, label: string): Promise<void> {
  for (let i = 0; i < count; i++) {
    now += 100;
    await appendEvents(ctx, [
      {
        type: 'disco.renamed',
        schema: 1,
        payload: { name: `${label} ${i}` },
        actor: null,
        time: clock().toISOString(),
      },
    ]);
  }
}

async function threeNodes() {
  const b = witnessIdentity('b');
  const c = witnessIdentity('c');
  const A = await node('a', {});
  const B = await node('b', { witness: b.identity, checkpointIntervalMs: 3_600_000 });
  const C = await node('c', { witness: c.identity });
  const serverB = await serveHttp(B, { port: 0, host: '127.0.0.1', deckDir: '/nonexistent' });
  cleanups.push(() => serverB.close());
  const serverC = await serveWitness(C, { port: 0, host: '127.0.0.1' });
  cleanups.push(() => serverC.close());
  const { founderId } = await initLedger(A, {
    name: 'Loopback DisCO',
    currency: 'EUR',
    timeZone: 'UTC',
    founderName: 'Ana',
  });
  const { logKey } = await showCheckpointNote(A);
  await trustLog(B, logKey);
  await trustLog(C, logKey);
  now += 100;
  await setGovernanceParameters(A, await loadActor(A, founderId), {
    witnesses: [
      { url: `${serverB.url}/witness`, key: b.vkey },
      { url: `${serverC.url}/witness`, key: c.vkey },
    ],
  });
  return { A, B, C, b, c, serverB, serverC };
}

describe('three nodes on loopback: A witnessed by B and C', () => {
  it('B and C cosign each new checkpoint, and A serves their cosignatures with it', async () => {
    const { A, b, c } = await threeNodes();
    now += 3000;
    const first = await witnessingTick(A);
    expect(first.checkpointed).not.toBeNull();
    expect(first.jobsRun).toBe(2);
    await renames(A, 7, 'Second');
    now += 3000;
    await witnessingTick(A);
    const status = await showWitnessStatus(A);
    const latest = status.latestCheckpoint!;
    expect(latest).toBe((await A.store.head()).size);
    expect(status.witnesses.map((w) => [w.cosignedSize, w.refusal])).toEqual([
      [latest, null],
      [latest, null],
    ]);
    const note = parseSignedNote((await showCheckpointNote(A)).note);
    expect(note.signatures.map((s) => s.keyName).sort()).toEqual(
      ['a.test/' + (await A.store.event(1))!.hash, 'b.test/witness', 'c.test/witness'].sort(),
    );
    const check = await checkWitnesses(A, { witnessKeys: [b.vkey, c.vkey], minWitnesses: 2 });
    expect(check).toMatchObject({ ok: true, treeSize: latest, splits: [] });
    expect(check.cosignedBy).toHaveLength(2);

    // The export carries the latest checkpoint's cosignatures, checked offline from the file.
    const dir = mkdtempSync(join(tmpdir(), 'disco-cosigned-export-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'ledger.jsonl');
    const out = createWriteStream(path);
    await exportLedger(A, out);
    await new Promise((resolve) => out.end(resolve));
    const file = await openLedgerFile(path);
    expect(file.cosignatures).toMatchObject({ treeSize: latest, lines: expect.any(Array) });
    expect(
      checkFileCosignatures(file, { witnessKeys: [b.vkey, c.vkey], minWitnesses: 2 }),
    ).toMatchObject({ ok: true, treeSize: latest, problems: [] });
    // A cosignature changed in the file, or moved onto another root, no longer counts.
    const [lineB, lineC] = file.cosignatures!.lines;
    const flipped = lineB!.replace(/[A-Za-z](?=[^ ]*$)/, (ch) => (ch === 'A' ? 'B' : 'A'));
    const tampered = {
      ...file,
      cosignatures: { ...file.cosignatures!, lines: [flipped, lineC!] },
    };
    const oneLeft = checkFileCosignatures(tampered, {
      witnessKeys: [b.vkey, c.vkey],
      minWitnesses: 2,
    });
    expect(oneLeft.ok).toBe(false);
    expect(oneLeft.cosignedBy).toHaveLength(1);
    const otherRoot = {
      ...file,
      checkpoints: file.checkpoints.map((cp) =>
        cp.treeSize === latest ? { ...cp, root: 'ab'.repeat(32) } : cp,
      ),
    };
    expect(
      checkFileCosignatures(otherRoot, { witnessKeys: [b.vkey, c.vkey], minWitnesses: 1 }).ok,
    ).toBe(false);
  });

  it('refuses a rewritten tail at B and C, and verification names where the histories split', async () => {
    const { A, b, c } = await threeNodes();
    now += 3000;
    await witnessingTick(A);
    const firstCosigned = (await showWitnessStatus(A)).latestCheckpoint!;
    await renames(A, 6, 'Honest');
    now += 3000;
    await witnessingTick(A);
    const cosigned = (await showWitnessStatus(A)).latestCheckpoint!;
    expect(cosigned).toBe(firstCosigned + 6);

    // A's operator rewrites A's tail in the database: everything after it is replaced unseen.
    await rewriteTail(A.store, A.node!, {
      keep: firstCosigned + 2,
      append: 5,
      now: new Date(now).toISOString(),
    });
    now += 3000;
    await witnessingTick(A);

    const status = await showWitnessStatus(A);
    for (const witness of status.witnesses) {
      expect(witness.cosignedSize).toBe(cosigned);
      expect(witness.refusal).toMatch(
        /^it answered 422: the consistency proof from size \d+ to \d+ does not verify/,
      );
      expect(witness.refusalSaid).toEqual({
        code: 'job.failure.witness-status',
        params: { status: 422 },
      });
      expect(witness.refusalAnswer).toMatch(
        /^the consistency proof from size \d+ to \d+ does not verify/,
      );
      expect(witness.submission?.state).toBe('failed');
      // The Deck words why from the code; the witness's own answer stays in the English text.
      expect(witness.submission?.lastErrorSaid).toEqual({
        code: 'job.failure.witness-refused',
        params: {
          witness: expect.any(String),
          reason: { code: 'job.failure.witness-status', params: { status: 422 } },
        },
      });
    }
    const check = await checkWitnesses(A, { witnessKeys: [b.vkey, c.vkey], minWitnesses: 2 });
    expect(check.ok).toBe(false);
    expect(check.cosignedBy).toEqual([]);
    expect(check.splits).toHaveLength(2);
    for (const split of check.splits) {
      expect(split).toMatchObject({
        witnessSize: cosigned,
        consistentSize: firstCosigned,
        range: [firstCosigned + 1, cosigned],
      });
    }
    expect(check.problems.join('\n')).toMatch(
      new RegExp(`the histories split after event ${firstCosigned}`),
    );
    // The refusal stands: the same checkpoint is not offered again on the next beat.
    now += 3000;
    expect((await witnessingTick(A)).jobsRun).toBe(0);
  });

  it('answers a replayed add-checkpoint with 409 and the size it holds, as text/x.tlog.size', async () => {
    const { A, serverB } = await threeNodes();
    now += 3000;
    const bodies: string[] = [];
    A.witnessing!.fetch = async (input, init) => {
      if (String(input).startsWith(serverB.url)) bodies.push(String(init?.body));
      return globalThis.fetch(input, init);
    };
    await witnessingTick(A);
    const size = (await showWitnessStatus(A)).latestCheckpoint!;
    const replay = await fetch(`${serverB.url}/witness/add-checkpoint`, {
      method: 'POST',
      body: bodies[0]!,
    });
    expect(replay.status).toBe(409);
    expect(replay.headers.get('content-type')).toBe('text/x.tlog.size');
    expect(await replay.text()).toBe(`${size}\n`);
  });

  it('ignores a forged cosignature and one by a witness key that is not configured', async () => {
    const { A, b, c, serverB } = await threeNodes();
    now += 3000;
    const stranger = witnessIdentity('d');
    A.witnessing!.fetch = async (input, init) => {
      const response = await globalThis.fetch(input, init);
      if (!String(input).startsWith(serverB.url) || response.status !== 200) return response;
      // A man in the middle flips one bit of B's cosignature.
      const line = await response.text();
      const [dash, name, sig] = line.trimEnd().split(' ');
      const bytes = Buffer.from(sig!, 'base64');
      bytes[20] = bytes[20]! ^ 1;
      return new Response(`${dash} ${name} ${bytes.toString('base64')}\n`, { status: 200 });
    };
    await witnessingTick(A);
    const [atB, atC] = (await showWitnessStatus(A)).witnesses;
    expect(atB).toMatchObject({
      cosignedSize: 0,
      refusal: 'the witness answered 200 without a valid cosignature by its key',
      refusalSaid: { code: 'job.failure.witness-no-cosignature', params: {} },
      refusalAnswer: null,
    });
    expect(atC!.refusal).toBeNull();
    const note = parseSignedNote((await showCheckpointNote(A)).note);
    expect(note.signatures.map((s) => s.keyName)).not.toContain('b.test/witness');
    const check = await checkWitnesses(A, {
      witnessKeys: [b.vkey, c.vkey, stranger.vkey],
      minWitnesses: 2,
    });
    expect(check.cosignedBy.map((w) => w.name)).toEqual(['c.test/witness']);
    expect(check.ok).toBe(false);
  });
});
