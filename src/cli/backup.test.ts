import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startFixture } from '../../test/support/child-process.js';
import { cliSandbox } from './test-cli.js';

const { tmp, dataDir, disco, json } = cliSandbox('backup');

describe('disco backup and restore', () => {
  it('backs a node up into one private file and restores it, verified, elsewhere', async () => {
    await json(['init', '--name', 'Cooperativa Copia', '--founder-name', 'Ana']);
    await json(['member', 'add', '--name', 'Bo', '--level', 'committed']);
    const file = join(tmp, 'copy.backup');

    const made = await json(['backup', file]);
    expect(made).toMatchObject({ file, withNodeKey: true });
    expect(made.events).toBeGreaterThanOrEqual(2);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.partial`)).toBe(false);

    const again = await disco(['backup', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists[\s\S]*hint: Choose a new file name/);

    const elsewhere = join(tmp, 'restored');
    const restored = await json(['restore', file, '--data-dir', elsewhere]);
    expect(restored).toMatchObject({ events: made.events, setAside: null });
    expect(readFileSync(join(elsewhere, 'node-key.pem'), 'utf8')).toBe(
      readFileSync(join(dataDir, 'node-key.pem'), 'utf8'),
    );
    expect(statSync(join(elsewhere, 'node-key.pem')).mode & 0o777).toBe(0o600);
    const verified = await json(['ledger', 'verify', '--data-dir', elsewhere]);
    expect(verified).toMatchObject({ ok: true, size: made.events });
    const members = await json(['member', 'list', '--data-dir', elsewhere]);
    expect(JSON.stringify(members)).toContain('Bo');
    // The restored node writes on, signing with the restored key.
    await json(['member', 'add', '--name', 'Cai', '--level', 'committed', '--data-dir', elsewhere]);
    expect(await json(['ledger', 'verify', '--data-dir', elsewhere])).toMatchObject({ ok: true });
  });

  it('refuses to restore over a ledger unless asked, and then keeps the old one aside', async () => {
    const file = join(tmp, 'replace.backup');
    await json(['backup', file]);
    const target = join(tmp, 'restored');
    const before = (await json(['ledger', 'verify', '--data-dir', target])).size;

    const refused = await disco(['restore', file, '--data-dir', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds a ledger[\s\S]*hint: Pass --replace/);
    expect((await json(['ledger', 'verify', '--data-dir', target])).size).toBe(before);

    const replaced = await json(['restore', file, '--replace', '--data-dir', target]);
    expect(replaced.setAside).toMatch(/replaced-/);
    expect(readdirSync(replaced.setAside)).toEqual(expect.arrayContaining(['disco.sqlite']));
    const kept = await json(['ledger', 'verify', '--data-dir', replaced.setAside]);
    expect(kept.size).toBe(before);
    expect((await json(['ledger', 'verify', '--data-dir', target])).size).toBe(replaced.events);
  });

  it('refuses a backup whose ledger does not verify, and one that is not a backup, replacing nothing', async () => {
    const file = join(tmp, 'tampered.backup');
    await json(['backup', file]);
    const database = new SqliteDatabase(file);
    database
      .prepare(
        "UPDATE events SET payload = replace(payload, 'Bo', 'Bob') WHERE payload LIKE '%\"Bo\"%'",
      )
      .run();
    database.close();
    const target = join(tmp, 'untouched');
    const refused = await disco(['restore', file, '--data-dir', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /does not verify at event \d+: an event's hash does not match its content/,
    );
    expect(existsSync(join(target, 'disco.sqlite'))).toBe(false);
    expect(readdirSync(target)).toEqual([]);

    const notBackup = join(tmp, 'notes.txt');
    writeFileSync(notBackup, 'not a database at all');
    const garbage = await disco(['restore', notBackup, '--data-dir', target]);
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toMatch(
      /cannot be restored: it is not a SQLite database\.[\s\S]*hint: Pass a file made by disco backup/,
    );

    const plainDatabase = await disco([
      'restore',
      join(dataDir, 'disco.sqlite'),
      '--data-dir',
      target,
    ]);
    expect(plainDatabase.code).toBe(1);
    expect(plainDatabase.stderr).toMatch(/not one written by disco backup/);
    expect(readdirSync(target)).toEqual([]);
  });

  it('refuses to replace the data under a running process, and works only locally', async () => {
    const file = join(tmp, 'busy.backup');
    await json(['backup', file]);
    const holder = startFixture('test/fixtures/hold-store.ts', {
      HOLD_STORE: JSON.stringify({ dataDir }),
    });
    try {
      await holder.waitForLine((line) => line === 'ready');
      const head = (await json(['ledger', 'verify'])).size;
      const refused = await disco(['restore', file, '--replace']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/has this data directory open[\s\S]*hint: Stop the server/);
      expect((await json(['ledger', 'verify'])).size).toBe(head);
      expect(readdirSync(dataDir).filter((name) => name.startsWith('replaced-'))).toEqual([]);
    } finally {
      holder.child.kill();
      await holder.exited;
    }
    const remote = await disco(['backup', join(tmp, 'x'), '--server', 'http://127.0.0.1:9']);
    expect(remote.code).toBe(2);
    expect(remote.stderr).toMatch(/not through --server/);
  });
});
