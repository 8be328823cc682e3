import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openApp, type AppContext } from '../../src/app/context';
import { setGovernanceParameters } from '../../src/app/governance/set-governance-parameters';
import { appendEvents } from '../../src/app/ledger/append-events';
import { initLedger } from '../../src/app/ledger/init-ledger';
import { loadActor } from '../../src/app/members/load-actor';
import { showCheckpointNote } from '../../src/app/witnessing/checkpoint-note';
import { trustLog } from '../../src/app/witnessing/witness-logs';
import { showWitnessStatus } from '../../src/app/witnessing/witness-status';
import { witnessingTick } from '../../src/app/witnessing/witnessing-tick';
import { EXIT_ALARM } from '../../src/cli/ledger-alarm';
import { cliSandbox, runCli } from '../../src/cli/test-cli';
import { generateEd25519KeyPair, signerFromPem } from '../../src/core/ledger/keys';
import {
  formatVerifierKey,
  makeVerifierKey,
  SIGNATURE_TYPE_COSIGNATURE_V1,
} from '../../src/core/ledger/signed-note';
import { serveHttp, type RunningServer } from '../../src/http/serve';
import { serveWitness } from '../../src/http/serve-witness';
import { rewriteTail } from '../../test/support/rewrite-tail';
import { launchDeckBrowser, type DeckBrowser } from './browser';
import { CHROMIUM } from './chromium';
import { ROOT } from './deck-server';
import { pinnedSize } from './monitor-pin';

const haveChromium = existsSync(CHROMIUM);
const inCi = process.env['CI'] === 'true';

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

/**
 * Issue #13's one scenario, end to end: three nodes on loopback (A witnessed by B and C), a
 * member's CLI and a member's Deck that both saw A's ledger; then A's operator rewrites A's tail
 * in the database. Every party that kept something notices, and says so with proof.
 */
describe.skipIf(!haveChromium && !inCi)('a trust that needs no trusted operator', () => {
  const { tmp, disco } = cliSandbox('trust-scenario');
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function node(name: string, witness: ReturnType<typeof witnessIdentity> | null) {
    const dataDir = mkdtempSync(join(tmpdir(), `disco-scenario-${name}-`));
    const ctx = await openApp({
      dataDir,
      witnessing: {
        publicHost: `${name}.test`,
        // The test beats A's witnessing itself; no timer may beat it in between.
        checkpointIntervalMs: 3_600_000,
        witness: witness?.identity ?? null,
        fetch: globalThis.fetch,
      },
    });
    cleanups.push(async () => {
      await ctx.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    return { ctx, dataDir };
  }

  async function serve(ctx: AppContext, deck: boolean): Promise<RunningServer> {
    const server = await serveHttp(ctx, {
      port: 0,
      host: '127.0.0.1',
      logger: pino({ level: 'silent' }),
      deckDir: deck ? join(ROOT, 'web', 'dist') : '/nonexistent',
    });
    cleanups.push(() => server.close());
    return server;
  }

  async function renames(ctx: AppContext, count: number, label: string): Promise<void> {
    for (let i = 0; i < count; i++)
      await appendEvents(ctx, [
        {
          type: 'disco.renamed',
          schema: 1,
          payload: { name: `${label} ${i}` },
          actor: null,
          time: new Date().toISOString(),
        },
      ]);
  }

  it('a rewritten tail is refused by B and C, fails verify --min-witnesses 2, alarms the member CLI with evidence, and alarms the Deck', async () => {
    const b = witnessIdentity('b');
    const c = witnessIdentity('c');
    const { ctx: A, dataDir: dataA } = await node('a', null);
    const { ctx: B } = await node('b', b);
    const { ctx: C } = await node('c', c);
    const serverB = await serve(B, false);
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
    await setGovernanceParameters(A, await loadActor(A, founderId), {
      witnesses: [
        { url: `${serverB.url}/witness`, key: b.vkey },
        { url: `${serverC.url}/witness`, key: c.vkey },
      ],
    });
    const serverA = await serve(A, true);

    // Honest history, cosigned by both witnesses twice over.
    await witnessingTick(A);
    await renames(A, 6, 'Honest');
    await witnessingTick(A);
    const cosigned = (await showWitnessStatus(A)).latestCheckpoint!;
    expect((await showWitnessStatus(A)).witnesses.map((w) => w.cosignedSize)).toEqual([
      cosigned,
      cosigned,
    ]);

    // An export carries those cosignatures: anyone checks them offline from the file alone.
    const exported = join(tmp, 'honest.jsonl');
    writeFileSync(exported, await (await fetch(`${serverA.url}/api/ledger/export`)).text());
    const witnessed = await disco([
      'ledger',
      'verify',
      '--file',
      exported,
      '--witness',
      b.vkey,
      '--witness',
      c.vkey,
      '--min-witnesses',
      '2',
    ]);
    expect(witnessed.code, witnessed.stderr).toBe(0);
    expect(witnessed.stdout).toContain(`Witnessed: the latest checkpoint (${cosigned} events)`);

    // A member's CLI and a member's Deck each keep the checkpoint they verified.
    const member = (args: string[]) => disco(['--server', serverA.url, ...args]);
    const pinned = await member(['ledger', 'monitor', '--json']);
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(JSON.parse(pinned.stdout).pin.checkpoint.treeSize).toBe(cosigned);
    const browser: DeckBrowser = await launchDeckBrowser();
    cleanups.push(() => browser.close());
    const page = await (await browser.context()).newPage();
    await page.goto(`${serverA.url}/ledger`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect.poll(() => pinnedSize(page), { timeout: 20_000 }).toBe(cosigned);

    // A's operator rewrites A's tail in the database: every signature on A is valid again.
    const keep = cosigned - 3;
    const { checkpoint: forged } = await rewriteTail(A.store, A.node!, { keep, append: 5 });
    await witnessingTick(A);

    // B and C refuse A's next checkpoint: its proof from what they cosigned does not verify.
    for (const witness of (await showWitnessStatus(A)).witnesses) {
      expect(witness.cosignedSize).toBe(cosigned);
      expect(witness.refusal).toMatch(
        /^it answered 422: the consistency proof from size \d+ to \d+/,
      );
      expect(witness.refusalSaid).toEqual({
        code: 'job.failure.witness-status',
        params: { status: 422 },
      });
    }

    // verify --min-witnesses 2 fails, naming where the histories split.
    vi.stubEnv('DISCO_PUBLIC_URL', 'http://a.test');
    const verified = await runCli(dataA, [
      'ledger',
      'verify',
      '--witness',
      b.vkey,
      '--witness',
      c.vkey,
      '--min-witnesses',
      '2',
    ]);
    expect(verified.code).toBe(1);
    const said = verified.stdout + verified.stderr;
    expect(said).toMatch(/NOT witnessed as required: .* has 0 of the 2/);
    expect(said).toMatch(
      new RegExp(`cosigned ${cosigned} events with a root this ledger contradicts`),
    );
    expect(said).toMatch(/the histories split after event \d+/);

    // The member's CLI exits 3 with an evidence file that anyone can check offline.
    const alarmed = await member(['ledger', 'monitor']);
    expect(alarmed.code).toBe(EXIT_ALARM);
    expect(alarmed.stderr).toContain('LEDGER ALARM (inconsistent)');
    const evidenceFile = /Evidence written to (\S+)/.exec(alarmed.stderr)![1]!;
    expect(evidenceFile.startsWith(join(tmp, 'config', 'evidence'))).toBe(true);
    const proven = await disco(['ledger', 'evidence', evidenceFile, '--json']);
    expect(proven.code, proven.stderr).toBe(0);
    expect(JSON.parse(proven.stdout)).toMatchObject({ verdict: 'proven', kind: 'inconsistent' });

    // The member's Deck shows the alarm.
    await page.reload();
    const alarm = page.getByRole('alert').filter({ hasText: 'Ledger alarm' });
    await alarm.waitFor();
    expect(await alarm.textContent()).toContain(`a ledger of ${forged.treeSize} events`);
    expect(await pinnedSize(page)).toBe(cosigned);
  }, 55_000);
});
