import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../src/app/context.js';
import { eventCatalog } from '../src/app/event-catalog.js';
import { initLedger } from '../src/app/ledger/init-ledger.js';
import { createNodeKey } from '../src/app/ledger/node-key.js';
import { addMember } from '../src/app/members/add-member.js';
import { loadActor } from '../src/app/members/load-actor.js';
import { setRate } from '../src/app/value/set-value-settings.js';
import { signerFromPem } from '../src/core/ledger/keys.js';
import type { Store } from '../src/store/store.js';
import { checkLedger } from './support/check-ledger.js';
import { startFixture } from './support/child-process.js';
import { testNode } from './support/ledger.js';
import { ensureServerBuild } from './support/server-build.js';
import { dialects, skipping, testLocation } from './support/stores.js';

const tmp = mkdtempSync(join(tmpdir(), 'disco-import-kill-'));
beforeAll(ensureServerBuild, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Three pages of the import (IMPORT_PAGE is 2,000 rows): a kill after the first page, and one
// halfway (after the second), each leave a whole page and the commit still to do.
const ROWS = 6_000;
const MEMBERS = 30;

/** A DisCO with rates and members, and a clean CSV of ROWS contributions for it. */
async function disco(store: Store, keyPem: string, name: string) {
  let tick = 0;
  const ctx: AppContext = {
    store,
    node: signerFromPem(keyPem),
    clock: () => new Date(Date.UTC(2027, 0, 1, 9) + 1000 * tick++),
    catalog: eventCatalog,
    checkpointEvery: 1000,
    dataDir: '',
  };
  const { founderId } = await initLedger(ctx, {
    name: 'Import DisCO',
    currency: 'EUR',
    timeZone: 'UTC',
    founderName: 'Founder',
  });
  const founder = (await loadActor(ctx, founderId))!;
  await setRate(ctx, founder, {
    stream: 'care',
    taskKind: 'meeting',
    per: 'hour',
    amount: '1500',
    effectiveFrom: '2025-01-01',
  });
  const members: string[] = [];
  for (let i = 0; i < MEMBERS; i++)
    members.push(
      (
        await addMember(ctx, founder, {
          displayName: `Member ${i}`,
          constituencyIds: ['worker-members'],
          level: { level: 'committed' },
        })
      ).memberId,
    );
  const lines = ['date,member,stream,quantity,unit,task_kind,circle,project,description,evidence'];
  for (let i = 0; i < ROWS; i++) {
    const day = new Date(Date.UTC(2026, 0, 1) + (Math.floor(i / MEMBERS) % 365) * 86_400_000);
    lines.push(
      `${day.toISOString().slice(0, 10)},${members[i % MEMBERS]},care,0.5,hour,meeting,care,,Row ${i},`,
    );
  }
  const path = join(tmp, `${name}.csv`);
  writeFileSync(path, lines.join('\r\n') + '\r\n');
  return { founderId, path };
}

/** What must not change when an import dies: the chain head, the contributions, a sound ledger. */
async function state(store: Store, publicKey: string) {
  const head = await store.head();
  const { n } = await store.db
    .selectFrom('value_contributions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  expect((await checkLedger(store, publicKey)).problems).toEqual([]);
  return { head, contributions: Number(n) };
}

/** `disco ledger verify` on a SQLite data directory, as an operator would run it after a crash. */
async function discoVerify(dataDir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    ['bin/disco.js', 'ledger', 'verify', '--data-dir', dataDir],
    {
      stdio: 'pipe',
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}

/** Moments to kill the import at: while checking, after the first page, halfway through. */
const MOMENTS: Array<{ name: string; at: (line: string) => boolean }> = [
  {
    name: 'while the file is read, before a page is written',
    at: (line) => line.startsWith('checking '),
  },
  { name: 'after the first page is written', at: (line) => line.startsWith('recorded ') },
  {
    name: 'halfway through the pages',
    at: (line) => line.startsWith('recorded ') && Number(line.slice(9)) >= ROWS / 2,
  },
];

for (const d of dialects) {
  describe.skipIf(skipping(d, 'import killed with SIGKILL'))(
    `a contribution import killed with SIGKILL (${d.dialect})`,
    { timeout: 300_000 },
    () => {
      it('leaves the ledger as it was at every moment, and a later import lands whole', async () => {
        const place = await testLocation(d);
        const dataDir = 'dataDir' in place.options ? place.options.dataDir : undefined;
        const keyPem =
          d.dialect === 'sqlite' && dataDir
            ? (createNodeKey(dataDir), readFileSync(join(dataDir, 'node-key.pem'), 'utf8'))
            : testNode().privateKeyPem;
        const publicKey = signerFromPem(keyPem).publicKey;
        let store = await place.open();
        const { founderId, path } = await disco(store, keyPem, d.dialect);
        const before = await state(store, publicKey);
        await store.close();
        const env = {
          IMPORT_FILE: JSON.stringify({ store: place.options, keyPem, founderId, path }),
        };

        for (const moment of MOMENTS) {
          const importer = startFixture('test/fixtures/import-file.ts', env);
          await importer.waitForLine(moment.at);
          importer.child.kill('SIGKILL');
          const ended = await importer.exited;
          expect(ended.signal, `${moment.name}: the import ended first: ${ended.stderr}`).toBe(
            'SIGKILL',
          );
          expect(importer.lines.some((l) => l.startsWith('done '))).toBe(false);
          store = await place.open();
          expect(await state(store, publicKey), moment.name).toEqual(before);
          await store.close();
          if (d.dialect === 'sqlite' && dataDir) {
            const verified = await discoVerify(dataDir);
            expect(verified.code, verified.output).toBe(0);
          }
        }

        const importer = startFixture('test/fixtures/import-file.ts', env);
        await importer.waitForLine((line) => line === `done ${ROWS}`);
        expect((await importer.exited).code).toBe(0);
        store = await place.open();
        const after = await state(store, publicKey);
        expect(after.contributions).toBe(before.contributions + ROWS);
        expect(after.head.size).toBe(before.head.size + ROWS);
        if (d.dialect === 'sqlite' && dataDir) {
          const verified = await discoVerify(dataDir);
          expect(verified.code, verified.output).toBe(0);
        }
      });
    },
  );
}
