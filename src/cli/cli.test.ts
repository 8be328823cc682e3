import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appendEvents } from '../app/ledger/append-events.js';
import { openApp } from '../app/context.js';
import { leafHash, verifyInclusion } from '../core/ledger/merkle.js';
import { runCli, type CliResult } from './test-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'disco-cli-'));
const dataDir = join(tmp, 'data');

function disco(...args: string[]): Promise<CliResult> {
  return runCli(dataDir, args);
}

function discoIn(dir: string, ...args: string[]) {
  return disco(...args, '--data-dir', dir);
}

beforeAll(async () => {
  // The founding batch is 11 events (genesis, 4 constituencies, 5 circles, the founder): 40 renames make 51.
  expect(
    (
      await disco(
        'init',
        '--name',
        'Cooperativa Prova',
        '--currency',
        'EUR',
        '--time-zone',
        'Europe/Rome',
      )
    ).code,
  ).toBe(0);
  const ctx = await openApp({ dataDir, checkpointEvery: 10 });
  try {
    for (let i = 0; i < 4; i++) {
      const drafts = Array.from({ length: 10 }, (_, j) => ({
        type: 'disco.renamed',
        schema: 1,
        payload: { name: `Name ${i * 10 + j}` },
        actor: `member-${j % 3}`,
        time: `2026-11-24T10:00:${String(j).padStart(2, '0')}.000Z`,
      }));
      await appendEvents(ctx, drafts);
    }
  } finally {
    await ctx.store.close();
  }
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(tmp, { recursive: true, force: true });
});

describe('disco ledger', () => {
  it('verifies an intact ledger, checkpoints included', async () => {
    const result = await disco('ledger', 'verify', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: true, size: 51, checkpointsChecked: 4 });
  });

  it('prints an inclusion proof that checks out against the signed checkpoint', async () => {
    const result = await disco('ledger', 'proof', '7', '--json');
    expect(result.code).toBe(0);
    const { event, proof } = JSON.parse(result.stdout);
    expect(proof.checkpoint.treeSize).toBe(proof.treeSize);
    const path = proof.path.map((h: string) => Buffer.from(h, 'hex'));
    expect(
      verifyInclusion(
        6,
        proof.treeSize,
        leafHash(Buffer.from(event.hash, 'hex')),
        path,
        Buffer.from(proof.checkpoint.root, 'hex'),
      ),
    ).toBe(true);
  });

  it('exports a file that verifies offline and imports into an empty data directory', async () => {
    const file = join(tmp, 'export.ndjson');
    expect((await disco('ledger', 'export', file)).code).toBe(0);
    const offline = await disco('ledger', 'verify', '--file', file, '--json');
    expect(offline.code).toBe(0);
    expect(JSON.parse(offline.stdout)).toMatchObject({ ok: true, size: 51 });
    const copy = join(tmp, 'copy');
    const imported = await discoIn(copy, 'ledger', 'import', file, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse((await discoIn(copy, 'ledger', 'verify', '--json')).stdout)).toMatchObject({
      ok: true,
      size: 51,
      checkpointsChecked: 4,
    });
  });

  it('refuses a corrupt export and leaves the target untouched', async () => {
    const file = join(tmp, 'export2.ndjson');
    await disco('ledger', 'export', file);
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('"seq":20,'));
    lines[at] = lines[at]!.replace('Name ', 'Nom ');
    writeFileSync(join(tmp, 'corrupt.ndjson'), lines.join('\n'));
    const target = join(tmp, 'target');
    const result = await discoIn(target, 'ledger', 'import', join(tmp, 'corrupt.ndjson'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /does not verify at event 20: an event's hash does not match its content/,
    );
    expect(result.stderr).toMatch(/Nothing was imported/);
    expect(JSON.parse((await discoIn(target, 'ledger', 'show', '--json')).stdout)).toEqual([]);
  });

  it('refuses a foreign file and an import over an existing ledger, changing nothing', async () => {
    writeFileSync(join(tmp, 'foreign.csv'), 'date,hours\n2026-01-01,3\n');
    const foreign = await discoIn(join(tmp, 'empty'), 'ledger', 'import', join(tmp, 'foreign.csv'));
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/not a disco-cat ledger export: line 1/);
    const file = join(tmp, 'export.ndjson');
    const over = await disco('ledger', 'import', file);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/already holds a ledger of 51 events/);
    expect(JSON.parse((await disco('ledger', 'verify', '--json')).stdout)).toMatchObject({
      ok: true,
      size: 51,
    });
  });

  it('names the first bad event when a row was changed by hand', async () => {
    const db = new Database(join(dataDir, 'disco.sqlite'));
    const original = db.prepare('select payload from events where seq = 23').get() as {
      payload: string;
    };
    db.prepare('update events set payload = ? where seq in (23, 30)').run(
      '{"name":"Changed by hand"}',
    );
    db.close();
    try {
      const result = await disco('ledger', 'verify');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/First bad: event 23: hash-mismatch/);
      const json = await disco('ledger', 'verify', '--json');
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout).result.fault).toMatchObject({
        seq: 23,
        kind: 'hash-mismatch',
      });
    } finally {
      const restore = new Database(join(dataDir, 'disco.sqlite'));
      restore.prepare('update events set payload = ? where seq = 23').run(original.payload);
      restore.prepare('update events set payload = \'{"name":"Name 18"}\' where seq = 30').run();
      restore.close();
    }
  });

  it('answers usage mistakes with exit code 2 and a message', async () => {
    const bad = await disco('ledger', 'proof', 'abc');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/seq must be a whole number/);
    expect((await disco('ledger', 'frobnicate')).code).toBe(2);
    const missing = await disco('ledger', 'proof', '999');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no event 999; the ledger has 51/);
  });

  it('refuses a second init and keeps the ledger', async () => {
    const again = await disco('init', '--name', 'Other');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds a ledger/);
  });

  it('rebuilds the read models with replay', async () => {
    const result = await disco('replay', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ events: 51 });
  });
});
