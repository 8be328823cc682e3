import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteTail } from '../../test/support/rewrite-tail.js';
import { openApp, type AppContext } from '../app/context.js';
import { serveHttp } from '../http/serve.js';
import { EXIT_ALARM } from './ledger-alarm.js';
import { cliSandbox } from './test-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const runFile = promisify(execFile);

/** `disco` in a process of its own, with no server running and no state of this test's. */
async function discoOffline(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await runFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: '',
          DISCO_SERVER: '',
          DISCO_CONFIG_DIR: '/nonexistent',
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('every member a monitor: a rewritten tail', () => {
  const { tmp, dataDir, disco, json } = cliSandbox('monitor');
  let ctx: AppContext;
  let server: { url: string; close(): Promise<void> };
  const remote = (args: string[]) => disco(['--server', server.url, ...args]);
  const remoteJson = (args: string[]) => json(['--server', server.url, ...args]);

  beforeAll(async () => {
    await json(['init', '--name', 'Cooperativa Vigía', '--founder-name', 'Ana']);
    for (const name of ['Bo', 'Cy', 'Di'])
      await json(['member', 'add', '--name', name, '--level', 'dating', '--timeline', 'agile']);
    ctx = await openApp({ dataDir });
    server = await serveHttp(ctx, {
      port: 0,
      host: '127.0.0.1',
      logger: pino({ level: 'silent' }),
    });
  });

  afterAll(async () => {
    await server?.close();
    await ctx?.store.close();
  });

  it('trusts the first checkpoint, follows honest growth, and alarms with proof when the operator rewrites history', async () => {
    expect((await remoteJson(['ledger', 'monitor'])).status).toBe('no-checkpoint');
    const first = await json(['ledger', 'checkpoint']);
    const pinned = await remoteJson(['ledger', 'monitor']);
    expect(pinned).toMatchObject({ status: 'pinned', checkpoint: first });
    expect((await remoteJson(['ledger', 'monitor'])).status).toBe('unchanged');

    // Honest growth: an ordinary command checks the consistency proof and moves the pin forward.
    await json(['member', 'add', '--name', 'Eli', '--level', 'dating', '--timeline', 'agile']);
    const grown = await json(['ledger', 'checkpoint']);
    expect((await remote(['commons', 'list'])).code).toBe(0);
    expect((await remoteJson(['ledger', 'monitor'])).pin.checkpoint).toEqual(grown);
    expect((await json(['ledger', 'monitor'])).pin.checkpoint).toEqual(grown);

    // The operator deletes the last three events, appends five others and signs the new head.
    const { checkpoint: forged } = await rewriteTail(ctx.store, ctx.node!, {
      keep: grown.treeSize - 3,
      append: 5,
    });
    expect(forged.treeSize).toBe(grown.treeSize + 2);

    const alarmed = await remote(['commons', 'list']);
    expect(alarmed.code).toBe(EXIT_ALARM);
    expect(alarmed.stdout).toBe('');
    expect(alarmed.stderr).toContain('LEDGER ALARM (inconsistent)');
    expect(alarmed.stderr).toContain(`size ${grown.treeSize}`);
    expect(alarmed.stderr).toContain(grown.root.slice(0, 16));
    expect(alarmed.stderr).toMatch(/hint: .*disco ledger evidence/);
    const evidenceFile = /Evidence written to (\S+)/.exec(alarmed.stderr)![1]!;
    expect(evidenceFile.startsWith(join(tmp, 'config', 'evidence'))).toBe(true);
    const evidence = JSON.parse(readFileSync(evidenceFile, 'utf8'));
    expect(evidence).toMatchObject({
      format: 'disco-cat/evidence@1',
      kind: 'inconsistent',
      source: server.url,
      earlier: grown,
      later: forged,
      proof: { from: grown.treeSize, to: forged.treeSize },
    });

    // The alarm stays until someone investigates, and a write is refused before it is made.
    const sizeBefore = (await ctx.store.head()).size;
    const again = await remote(['commons', 'list', '--json']);
    expect(again.code).toBe(EXIT_ALARM);
    expect(JSON.parse(again.stdout)).toMatchObject({
      error: 'ledger-alarm',
      kind: 'inconsistent',
      evidence: evidenceFile,
    });
    // The operator's own CLI kept a pin of its database too, and raises the same alarm.
    const local = await disco([
      'member',
      'add',
      '--name',
      'Fay',
      '--level',
      'dating',
      '--timeline',
      'agile',
    ]);
    expect(local.code).toBe(EXIT_ALARM);
    expect(local.stderr).toContain('LEDGER ALARM (inconsistent)');
    expect((await ctx.store.head()).size).toBe(sizeBefore);

    // Anyone can check the evidence offline, in a fresh process, without the node.
    const proven = await discoOffline(['ledger', 'evidence', evidenceFile]);
    expect(proven).toMatchObject({ code: 0 });
    expect(proven.stdout).toMatch(/^Proven: .*rewrote its history/);

    // Tampered evidence proves nothing, and a file that is no evidence is refused with its fields.
    const tampered = join(tmp, 'tampered.json');
    writeFileSync(
      tampered,
      JSON.stringify({ ...evidence, later: { ...evidence.later, root: 'ab'.repeat(32) } }),
    );
    const unproven = await disco(['ledger', 'evidence', tampered]);
    expect(unproven.code).toBe(1);
    expect(unproven.stderr).toMatch(/signature does not verify/);
    const notEvidence = join(tmp, 'not-evidence.json');
    writeFileSync(notEvidence, JSON.stringify({ format: 'disco-cat/evidence@1', earlier: 5 }));
    const refused = await disco(['ledger', 'evidence', notEvidence]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/earlier:/);
    expect(refused.stderr).toMatch(/hint: /);
    const missing = await disco(['ledger', 'evidence', join(tmp, 'missing.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/there is no such file/);

    // After investigating, the member forgets the pin and trusts the node's present checkpoint.
    const forgotten = await remoteJson(['ledger', 'monitor', '--forget']);
    expect(forgotten).toMatchObject({ forgotten: true, status: 'pinned', checkpoint: forged });
    expect((await remote(['commons', 'list'])).code).toBe(0);
    expect(existsSync(evidenceFile)).toBe(true);
  }, 180_000);

  it('alarms "fork" when the node signs another root for the size the member saw', async () => {
    const seen = (await remoteJson(['ledger', 'monitor'])).pin.checkpoint;
    await rewriteTail(ctx.store, ctx.node!, { keep: seen.treeSize - 2, append: 2 });
    const alarmed = await remote(['ledger', 'monitor']);
    expect(alarmed.code).toBe(EXIT_ALARM);
    expect(alarmed.stderr).toContain('LEDGER ALARM (fork)');
    const evidenceFile = /Evidence written to (\S+)/.exec(alarmed.stderr)![1]!;
    const proven = await disco(['ledger', 'evidence', evidenceFile, '--json']);
    expect(proven.code).toBe(0);
    expect(JSON.parse(proven.stdout)).toMatchObject({ verdict: 'proven', kind: 'fork' });
  });

  it('refuses to run over a kept-checkpoint file it cannot read, saying what to do', async () => {
    const file = join(tmp, 'config', 'monitor.json');
    const kept = readFileSync(file, 'utf8');
    writeFileSync(file, '{ "sources": ');
    try {
      const refused = await remote(['commons', 'list']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`${file} is not the monitor's file`);
      expect(refused.stderr).toMatch(/hint: Move it aside/);
    } finally {
      writeFileSync(file, kept);
    }
  });
});
