import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../../app/context.js';
import { initLedger } from '../../app/ledger/init-ledger.js';
import { trustLog } from '../../app/witnessing/witness-logs.js';
import { generateEd25519KeyPair, signerFromPem } from '../../core/ledger/keys.js';
import { sha256 } from '../../core/ledger/hash.js';
import { emptyRoot } from '../../core/ledger/merkle.js';
import { checkpointNoteText } from '../../core/ledger/checkpoint-note.js';
import { formatSignedNote, parseSignedNote, signNoteText } from '../../core/ledger/signed-note.js';
import { formatAddCheckpointRequest } from '../../core/ledger/witness-protocol.js';
import { createHttpApp } from '../app.js';
import { WITNESS_BODY_LIMIT } from './witness.js';

let ctx: AppContext;
let dataDir: string;
let app: ReturnType<typeof createHttpApp>;
let note = '';
let origin = '';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'disco-witness-http-'));
  ctx = await openApp({
    dataDir,
    clock: () => new Date(Date.UTC(2026, 10, 24, 10)),
    witnessing: {
      publicHost: 'coop.test',
      checkpointIntervalMs: 3000,
      witness: {
        signer: signerFromPem(generateEd25519KeyPair().privateKeyPem),
        keyName: 'coop.test/witness',
      },
      fetch,
    },
  });
  await initLedger(ctx, { name: 'Self', currency: 'EUR', timeZone: 'UTC', founderName: 'Ana' });
  app = createHttpApp(ctx, { logger: (await import('pino')).pino({ level: 'silent' }) });
  const response = await app.request('/api/ledger/checkpoint');
  expect(response.status).toBe(200);
  // The node witnesses its own log here, which is enough to drive every answer of the route.
  await trustLog(ctx, response.headers.get('x-log-key')!);
  note = await response.text();
  origin = note.split('\n')[0]!;
});
afterAll(async () => {
  await ctx.store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const post = (body: string) => app.request('/witness/add-checkpoint', { method: 'POST', body });

describe('GET /api/ledger/checkpoint', () => {
  it('serves the latest checkpoint as a signed note whose origin is <public host>/<ledger id>', async () => {
    const parsed = parseSignedNote(note);
    expect(origin).toBe(`coop.test/${(await ctx.store.event(1))!.hash}`);
    expect(parsed.text.split('\n')[1]).toBe(String((await ctx.store.latestCheckpoint())!.treeSize));
    expect(parsed.signatures[0]!.keyName).toBe(origin);
  });
});

describe('POST /witness/add-checkpoint', () => {
  it('answers 400 to a malformed body, 404 to an unknown origin, 403 to a forged signature', async () => {
    expect((await post('old x\n\n')).status).toBe(400);
    const stranger = signerFromPem(generateEd25519KeyPair().privateKeyPem);
    const text = checkpointNoteText({
      origin: 'elsewhere.test/x',
      treeSize: 0,
      root: emptyRoot().toString('hex'),
    });
    const unknown = formatSignedNote({
      text,
      signatures: [signNoteText(text, 'elsewhere.test/x', stranger)],
    });
    expect((await post(`old 0\n\n${unknown}`)).status).toBe(404);
    const forgedText = note.split('\n\n')[0]! + '\n';
    const forged = formatSignedNote({
      text: forgedText,
      signatures: [signNoteText(forgedText, origin, stranger)],
    });
    const refused = await post(`old 0\n\n${forged}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/no signature by a key trusted/);
  });

  it('cosigns from size 0, answers the replay with 409 and its size, and 422 to a bad proof', async () => {
    const first = await post(formatAddCheckpointRequest({ oldSize: 0, proof: [], note }));
    expect(first.status).toBe(200);
    expect(await first.text()).toMatch(/^\u2014 coop\.test\/witness \S+\n$/);
    const replay = await post(formatAddCheckpointRequest({ oldSize: 0, proof: [], note }));
    expect(replay.status).toBe(409);
    expect(replay.headers.get('content-type')).toBe('text/x.tlog.size');
    const size = Number((await replay.text()).trim());
    expect(size).toBe((await ctx.store.latestCheckpoint())!.treeSize);
    const lie = formatAddCheckpointRequest({ oldSize: size, proof: [sha256()], note });
    expect((await post(lie)).status).toBe(200); // same size, same root: proof lines are not read
    const other = note.replace(
      /\n([A-Za-z0-9+/=]{44})\n\n/,
      `\n${sha256(Buffer.from('x')).toString('base64')}\n\n`,
    );
    expect(
      (await post(formatAddCheckpointRequest({ oldSize: size, proof: [], note: other }))).status,
    ).toBe(403);
  });

  it('serves what it cosigned at <sha256(origin)>/checkpoint, and refuses bodies over its limit', async () => {
    const hash = sha256(Buffer.from(origin)).toString('hex');
    const held = await app.request(`/witness/${hash}/checkpoint`);
    expect(held.status).toBe(200);
    expect(parseSignedNote(await held.text()).signatures.map((s) => s.keyName)).toEqual([
      origin,
      'coop.test/witness',
    ]);
    expect((await app.request(`/witness/${'0'.repeat(64)}/checkpoint`)).status).toBe(404);
    expect((await post('x'.repeat(WITNESS_BODY_LIMIT + 1))).status).toBe(413);
  });
});
