import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { signerFromPem } from '../src/core/ledger/keys.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backUpNode } from '../src/app/ledger/back-up-node.js';
import { restoreNode } from '../src/app/ledger/restore-node.js';
import { systemClock } from '../src/app/clock.js';
import { createNodeKey } from '../src/app/ledger/node-key.js';
import { openStore } from '../src/store/open-store.js';
import { checkLedger } from './support/check-ledger.js';
import { startFixture } from './support/child-process.js';
import { genesisDraft, testTime } from './support/ledger.js';
import { ensureServerBuild } from './support/server-build.js';

const tmp = mkdtempSync(join(tmpdir(), 'disco-backup-kill-'));
beforeAll(ensureServerBuild, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A data directory with a node key and `events` events, written in large batches. */
async function node(name: string, events: number): Promise<string> {
  const dataDir = join(tmp, name);
  const key = createNodeKey(dataDir);
  const store = await openStore({ dataDir });
  await store.append([genesisDraft(key)], { node: key, now: testTime(0) });
  for (let done = 1; done < events; done += 500) {
    const drafts = Array.from({ length: Math.min(500, events - done) }, (_, i) => ({
      type: 'disco.renamed',
      schema: 1,
      payload: { name: `Cooperativa ${done + i} `.padEnd(200, 'x') },
      actor: null,
      time: testTime(done + i),
    }));
    await store.append(drafts, { node: key, now: testTime(done) });
  }
  await store.close();
  return dataDir;
}

function disco(args: string[]) {
  const child = spawn(process.execPath, ['bin/disco.js', ...args], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
    stderr,
  }));
  return { child, exited };
}

async function verifiedSize(dataDir: string): Promise<number> {
  const store = await openStore({ dataDir });
  try {
    const key = signerFromPem(readFileSync(join(dataDir, 'node-key.pem'), 'utf8'));
    const report = await checkLedger(store, key.publicKey);
    expect(report.problems).toEqual([]);
    return (await store.head()).size;
  } finally {
    await store.close();
  }
}

describe(
  'a backup killed halfway, or a server killed during a backup',
  { timeout: 240_000 },
  () => {
    it('leaves no backup file behind a killed backup, and the data as it was', async () => {
      const dataDir = await node('killed-backup', 8_000);
      const before = await verifiedSize(dataDir);
      const file = join(tmp, 'killed.backup');
      const partial = `${file}.partial`;
      const backup = disco(['backup', file, '--data-dir', dataDir]);
      // Killed as soon as the copy has started writing.
      while (!(existsSync(partial) && statSync(partial).size > 0)) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (backup.child.exitCode !== null) break;
      }
      backup.child.kill('SIGKILL');
      const ended = await backup.exited;
      expect(ended.signal, `the backup finished before it could be killed: ${ended.stderr}`).toBe(
        'SIGKILL',
      );
      expect(existsSync(file)).toBe(false);
      expect(await verifiedSize(dataDir)).toBe(before);

      // The next backup to the same name clears the leftover and is whole.
      const summary = await backUpNode({ dataDir, file, clock: systemClock });
      expect(summary.events).toBe(before);
      expect(existsSync(partial)).toBe(false);
      const restored = await restoreNode({
        dataDir: join(tmp, 'from-retry'),
        file,
        replace: false,
        clock: systemClock,
      });
      expect(restored.events).toBe(before);
    });

    it('makes a whole backup while the writing server is killed mid-write, and loses no acknowledged event', async () => {
      const dataDir = await node('killed-server', 4_000);
      const key = readFileSync(join(dataDir, 'node-key.pem'), 'utf8');
      const writer = startFixture('test/fixtures/append-loop.ts', {
        APPEND_LOOP: JSON.stringify({ store: { dataDir }, keyPem: key, actor: 'ana', count: null }),
      });
      await writer.waitForLine((line) => line === 'ready');
      writer.child.stdin.write('go\n');
      await writer.waitForLine((line) => line === 'ack 4100');

      const file = join(tmp, 'during-crash.backup');
      const backup = disco(['backup', file, '--data-dir', dataDir]);
      while (!existsSync(`${file}.partial`) && backup.child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      writer.child.kill('SIGKILL');
      expect((await writer.exited).signal).toBe('SIGKILL');
      const ended = await backup.exited;
      expect(ended.code, ended.stderr).toBe(0);
      const acked = Math.max(
        ...writer.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4))),
      );

      const live = await verifiedSize(dataDir);
      expect(live).toBeGreaterThanOrEqual(acked);
      const restored = await restoreNode({
        dataDir: join(tmp, 'from-crash'),
        file,
        replace: false,
        clock: systemClock,
      });
      expect(restored.events).toBeGreaterThanOrEqual(4_000);
      expect(restored.events).toBeLessThanOrEqual(live);
      expect(await verifiedSize(join(tmp, 'from-crash'))).toBe(restored.events);
    });
  },
);
