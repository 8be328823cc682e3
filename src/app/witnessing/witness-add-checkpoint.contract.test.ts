import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, skipping, testLocation } from '../../../test/support/stores.js';
import { generateEd25519KeyPair, signerFromPem } from '../../core/ledger/keys.js';
import { parseSignedNote } from '../../core/ledger/signed-note.js';
import { formatAddCheckpointRequest } from '../../core/ledger/witness-protocol.js';
import { openApp, type AppContext } from '../context.js';
import { eventCatalog } from '../event-catalog.js';
import { appendEvents } from '../ledger/append-events.js';
import { initLedger } from '../ledger/init-ledger.js';
import { getConsistencyProof } from '../ledger/ledger-proofs.js';
import { makeCheckpoint } from '../ledger/make-checkpoint.js';
import { showCheckpointNote } from './checkpoint-note.js';
import { witnessAddCheckpoint } from './witness-add-checkpoint.js';
import { trustLog } from './witness-logs.js';

/** The log being witnessed: a node of its own on SQLite, with two checkpoints. */
let log: AppContext;
let logDir: string;
let first: { size: number; note: string };
let second: { size: number; note: string; proof: Buffer[] };
let logKey = '';

beforeAll(async () => {
  logDir = mkdtempSync(join(tmpdir(), 'disco-witnessed-log-'));
  log = await openApp({
    dataDir: logDir,
    witnessing: { publicHost: 'log.test', checkpointIntervalMs: 3000, witness: null, fetch },
  });
  await initLedger(log, { name: 'Log', currency: 'EUR', timeZone: 'UTC', founderName: 'Ana' });
  const a = await showCheckpointNote(log, (await makeCheckpoint(log)).treeSize);
  logKey = a.logKey;
  first = { size: a.checkpoint.treeSize, note: a.signedByNode };
  for (let i = 0; i < 5; i++)
    await appendEvents(log, [
      {
        type: 'disco.renamed',
        schema: 1,
        payload: { name: `Log ${i}` },
        actor: null,
        time: new Date().toISOString(),
      },
    ]);
  const b = await showCheckpointNote(log, (await makeCheckpoint(log)).treeSize);
  const proof = await getConsistencyProof(log.store, first.size, b.checkpoint.treeSize);
  second = {
    size: b.checkpoint.treeSize,
    note: b.signedByNode,
    proof: proof.path.map((h) => Buffer.from(h, 'hex')),
  };
});

afterAll(async () => {
  await log.store.close();
  rmSync(logDir, { recursive: true, force: true });
});

for (const d of dialects) {
  describe.skipIf(skipping(d, 'witness compare-and-set'))(
    `the witness's compare-and-set (${d.dialect})`,
    () => {
      it('lets exactly one of many parallel add-checkpoint requests for one origin win', async () => {
        const place = await testLocation(d);
        const identity = {
          signer: signerFromPem(generateEd25519KeyPair().privateKeyPem),
          keyName: 'w.test/witness',
        };
        // Two servers sharing one PostgreSQL database; SQLite allows one process per file.
        const witnesses: AppContext[] = [];
        for (let i = 0; i < (d.dialect === 'postgres' ? 2 : 1); i++) {
          witnesses.push({
            store: await place.open(),
            node: null,
            clock: () => new Date(),
            catalog: eventCatalog,
            checkpointEvery: 1000,
            dataDir: '',
            witnessing: {
              publicHost: 'w.test',
              checkpointIntervalMs: 3000,
              witness: identity,
              fetch,
            },
          });
        }
        const w = witnesses[0]!;
        await trustLog(w, logKey);
        const opening = await witnessAddCheckpoint(
          w,
          formatAddCheckpointRequest({ oldSize: 0, proof: [], note: first.note }),
        );
        expect(opening.status).toBe(200);

        const body = formatAddCheckpointRequest({
          oldSize: first.size,
          proof: second.proof,
          note: second.note,
        });
        const answers = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            witnessAddCheckpoint(witnesses[i % witnesses.length]!, body),
          ),
        );
        const statuses = answers.map((a) => a.status);
        expect(statuses.filter((s) => s === 200)).toHaveLength(1);
        // Every loser learns the size the winner stored, as tlog-witness says.
        for (const answer of answers.filter((a) => a.status !== 200))
          expect(answer).toEqual({
            status: 409,
            body: `${second.size}\n`,
            contentType: 'text/x.tlog.size',
          });
        const stored = await w.store.db
          .selectFrom('witnessed_logs')
          .select(['size', 'checkpoint'])
          .executeTakeFirstOrThrow();
        expect(Number(stored.size)).toBe(second.size);
        const winner = answers.find((a) => a.status === 200)!;
        expect(parseSignedNote(stored.checkpoint!).signatures.at(-1)!.keyName).toBe(
          'w.test/witness',
        );
        expect(stored.checkpoint!.endsWith(winner.body)).toBe(true);
      });
    },
  );
}
