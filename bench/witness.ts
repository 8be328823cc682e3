/*
 * Checkpoint cadence and witnessing: appends under the cadence against the raw baseline, and a
 * witness cosigning a checkpoint of a 1,000,000-event log. `tsx bench/witness.ts` runs it alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from '../src/app/context.js';
import { appendEvents } from '../src/app/ledger/append-events.js';
import { initLedger } from '../src/app/ledger/init-ledger.js';
import { witnessAddCheckpoint } from '../src/app/witnessing/witness-add-checkpoint.js';
import { trustLog } from '../src/app/witnessing/witness-logs.js';
import { checkpointNoteText } from '../src/core/ledger/checkpoint-note.js';
import { cosign } from '../src/core/ledger/cosignature.js';
import { sha256 } from '../src/core/ledger/hash.js';
import { generateEd25519KeyPair, signerFromPem } from '../src/core/ledger/keys.js';
import {
  buildProof,
  consistencyPlan,
  leafHash,
  MerkleFrontier,
  nodeKey,
} from '../src/core/ledger/merkle.js';
import {
  formatSignatureLine,
  formatSignedNote,
  formatVerifierKey,
  makeVerifierKey,
  signNoteText,
  SIGNATURE_TYPE_ED25519,
} from '../src/core/ledger/signed-note.js';
import {
  decideAddCheckpoint,
  formatAddCheckpointRequest,
  parseAddCheckpointRequest,
} from '../src/core/ledger/witness-protocol.js';
import { baselineAppends } from './ledger.js';
import { fmt, rate, Report } from './report.js';

const LARGE = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function appendRate(
  dir: string,
  count: number,
  intervalMs: number | null,
  batch = 1,
): Promise<{ rate: number; checkpoints: number }> {
  const ctx = await openApp({
    dataDir: dir,
    ...(intervalMs === null
      ? {}
      : {
          witnessing: { publicHost: null, checkpointIntervalMs: intervalMs, witness: null, fetch },
        }),
  });
  await initLedger(ctx, { name: 'Bench', currency: 'EUR', timeZone: 'UTC', founderName: 'F' });
  const before = (await ctx.store.checkpoints(0, 1_000_000)).length;
  const started = performance.now();
  for (let done = 0; done < count; done += batch) {
    const drafts = [];
    for (let i = done; i < Math.min(count, done + batch); i++)
      drafts.push({
        type: 'disco.renamed',
        schema: 1,
        payload: { name: `Cooperative name ${i}` },
        actor: null,
        time: new Date().toISOString(),
      });
    await appendEvents(ctx, drafts);
  }
  const ms = performance.now() - started;
  const checkpoints = (await ctx.store.checkpoints(0, 1_000_000)).length - before;
  const sample = (await ctx.store.checkpoints(0, 1))[0]!;
  const event = (await ctx.store.event(2))!;
  sizes.checkpointLine = JSON.stringify({ checkpoint: sample }).length + 1;
  sizes.eventLine = JSON.stringify({ event }).length + 1;
  await ctx.store.close();
  return { rate: rate(count, ms), checkpoints };
}

const sizes = { checkpointLine: 0, eventLine: 0 };

export async function benchWitness(report: Report, workDir: string): Promise<void> {
  const say = report.say.bind(report);
  say('## Checkpoint cadence and witnessing');
  say();
  const count = Number(process.env['BENCH_CADENCE_EVENTS'] ?? 3000);
  const raw = await baselineAppends(workDir, count, 1);
  const without = await appendRate(mkdtempSync(join(workDir, 'every-1000-')), count, null);
  const cadence = await appendRate(mkdtempSync(join(workDir, 'cadence-')), count, 3000);
  const busy = await appendRate(mkdtempSync(join(workDir, 'cadence-100ms-')), count, 100);
  say('| appends, one event per transaction | events/s | ratio to raw | checkpoints signed |');
  say('| --- | --- | --- | --- |');
  say(`| baseline: raw insert + raw Ed25519 sign | ${fmt(raw)} | 1 | — |`);
  say(
    `| every 1,000 events only | ${fmt(without.rate)} | ${fmt(without.rate / raw, 2)} | ${without.checkpoints} |`,
  );
  say(
    `| cadence 3 s (default) | ${fmt(cadence.rate)} | ${fmt(cadence.rate / raw, 2)} | ${cadence.checkpoints} |`,
  );
  say(
    `| cadence 0.1 s (stress) | ${fmt(busy.rate)} | ${fmt(busy.rate / raw, 2)} | ${busy.checkpoints} |`,
  );
  const batchCount = Number(process.env['BENCH_CADENCE_BATCH_EVENTS'] ?? 50_000);
  const rawBatch = await baselineAppends(workDir, batchCount, 500);
  const cadenceBatch = await appendRate(
    mkdtempSync(join(workDir, 'cadence-batch-')),
    batchCount,
    3000,
    500,
  );
  say(
    `| batches of 500 (${fmt(batchCount)} events): raw insert + raw Ed25519 sign | ${fmt(rawBatch)} | 1 | — |`,
  );
  say(
    `| batches of 500, cadence 3 s (default) | ${fmt(cadenceBatch.rate)} | ${fmt(cadenceBatch.rate / rawBatch, 2)} | ${cadenceBatch.checkpoints} |`,
  );
  say();
  say(
    `Export: a checkpoint line is ${sizes.checkpointLine} bytes beside ${sizes.eventLine} for a small event; at the 3 s cadence that is at most ${fmt(((86400 / 3) * sizes.checkpointLine) / 2 ** 20, 1)} MiB a day of continuous writing. Verification checks one Ed25519 signature per checkpoint, i.e. one per 3 s of writes instead of one per event.`,
  );
  say();

  // A witness holding size LARGE - 1000 cosigns LARGE: parse, log signature, proof, cosignature.
  const frontier = MerkleFrontier.empty();
  const nodes = new Map<string, Buffer>();
  const old = LARGE - 1000;
  let oldRoot = '';
  for (let i = 0; i < LARGE; i++) {
    for (const n of frontier.append(leafHash(sha256(Buffer.from(String(i)))))) {
      nodes.set(nodeKey(n), n.hash);
    }
    if (i + 1 === old) oldRoot = frontier.root().toString('hex');
  }
  const root = frontier.root().toString('hex');
  const proof = buildProof(consistencyPlan(old, LARGE), (ref) => nodes.get(nodeKey(ref))!);
  nodes.clear();
  const log = signerFromPem(generateEd25519KeyPair().privateKeyPem);
  const witness = signerFromPem(generateEd25519KeyPair().privateKeyPem);
  const origin = 'bench.example/log';
  const logKey = makeVerifierKey(
    origin,
    SIGNATURE_TYPE_ED25519,
    Buffer.from(log.publicKey, 'base64url'),
  );
  const text = checkpointNoteText({ origin, treeSize: LARGE, root });
  const note = formatSignedNote({ text, signatures: [signNoteText(text, origin, log)] });
  const body = formatAddCheckpointRequest({ oldSize: old, proof, note });
  const pure: number[] = [];
  for (let i = 0; i < 300; i++) {
    const started = performance.now();
    const decision = decideAddCheckpoint(parseAddCheckpointRequest(body), () => ({
      origin,
      logKeys: [logKey],
      size: old,
      root: oldRoot,
    }));
    if (decision.status !== 200)
      throw new Error(`the witness refused: ${JSON.stringify(decision)}`);
    formatSignatureLine(cosign(decision.text, 1_800_000_000 + i, 'w.example/w', witness));
    pure.push(performance.now() - started);
  }
  // The whole route's work on a real SQLite witness (synchronous=FULL): decide, cosign, persist.
  const dir = mkdtempSync(join(workDir, 'witness-'));
  const ctx = await openApp({
    dataDir: dir,
    witnessing: {
      publicHost: 'w.example',
      checkpointIntervalMs: 3000,
      witness: { signer: witness, keyName: 'w.example/w' },
      fetch,
    },
  });
  await trustLog(ctx, formatVerifierKey(logKey));
  await ctx.store.db.updateTable('witnessed_logs').set({ size: old, root: oldRoot }).execute();
  const full: number[] = [];
  for (let i = 0; i < 50; i++) {
    const started = performance.now();
    const answer = await witnessAddCheckpoint(ctx, body);
    full.push(performance.now() - started);
    if (answer.status !== 200)
      throw new Error(`the witness answered ${answer.status} ${answer.body}`);
    await ctx.store.db.updateTable('witnessed_logs').set({ size: old, root: oldRoot }).execute();
  }
  await ctx.store.close();
  say(
    `| a witness cosigning a checkpoint of a ${fmt(LARGE)}-event log (${proof.length} proof lines) | median | target |`,
  );
  say('| --- | --- | --- |');
  say(
    `| parse, log signature, consistency proof, cosignature | ${fmt(median(pure), 2)} ms | < 5 ms |`,
  );
  say(
    `| the same with the compare-and-set on SQLite (fsync) | ${fmt(median(full), 2)} ms | < 5 ms |`,
  );
  say();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = new Report();
  const workDir = mkdtempSync(join(tmpdir(), 'disco-bench-witness-'));
  try {
    await benchWitness(report, workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
