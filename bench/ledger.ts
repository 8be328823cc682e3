import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { appendEvents } from '../src/app/ledger/append-events.js';
import { openApp, type AppContext } from '../src/app/context.js';
import { initLedger } from '../src/app/ledger/init-ledger.js';
import { getEventWithProof } from '../src/app/ledger/ledger-proofs.js';
import { SignaturePool } from '../src/app/ledger/signature-pool.js';
import type { EventDraft } from '../src/core/ledger/event.js';
import { leafHash, verifyInclusion } from '../src/core/ledger/merkle.js';
import { fmt, rate, type Report } from './report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LARGE = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);

function draft(i: number): EventDraft {
  return {
    type: 'disco.renamed',
    schema: 1,
    payload: { name: `Cooperative name ${i}` },
    actor: `member-${i % 97}`,
    time: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  };
}

/**
 * Something that appends the bench's events `from` to `to` (exclusive) in transactions of
 * `batch`, a slice at a time, so that a comparison can alternate two of them slice by slice.
 */
export interface Appender {
  append(from: number, to: number, batch: number): Promise<void>;
  close(): Promise<void>;
}

const RAW_ROW_PARTS = ['ab'.repeat(32), 'cd'.repeat(32)] as const;

/** Raw better-sqlite3 inserts of rows shaped like ours, with our pragmas, plus one raw Ed25519 signature per row. */
export function rawSqliteAppender(workDir: string): Appender {
  const dir = mkdtempSync(join(workDir, 'raw-'));
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'create table events (seq integer primary key, type text, schema integer, actor text, time text, prev text, hash text, node_sig text, payload text)',
  );
  const insert = db.prepare('insert into events values (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const { privateKey } = generateKeyPairSync('ed25519');
  const message = randomBytes(60);
  return {
    async append(from, to, batch) {
      for (let done = from; done < to; done += batch) {
        db.exec('begin immediate');
        for (let i = done; i < Math.min(to, done + batch); i++) {
          const d = draft(i);
          const sig = sign(null, message, privateKey).toString('base64url');
          insert.run(
            i + 1,
            d.type,
            1,
            d.actor,
            d.time,
            ...RAW_ROW_PARTS,
            sig,
            JSON.stringify(d.payload),
          );
        }
        db.exec('commit');
      }
    },
    async close() {
      db.close();
    },
  };
}

/** `rawSqliteAppender`'s rate over `count` events on its own (its setup untimed). */
export async function baselineAppends(
  workDir: string,
  count: number,
  batch: number,
): Promise<number> {
  const raw = rawSqliteAppender(workDir);
  const started = performance.now();
  await raw.append(0, count, batch);
  const ms = performance.now() - started;
  await raw.close();
  return rate(count, ms);
}

/**
 * The PostgreSQL side of the same baseline: rows shaped like ours, one raw Ed25519 signature each;
 * one insert statement per event, or one multi-row insert per batch (what a hand-written appender
 * would send), each batch in its own transaction.
 */
export async function rawPostgresAppender(databaseUrl: string): Promise<Appender> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      'create table events (seq bigint primary key, type text, schema integer, actor text, time text, prev text, hash text, node_sig text, payload text)',
    );
  } catch (error) {
    await client.end();
    throw error;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const message = randomBytes(60);
  return {
    async append(from, to, batch) {
      for (let done = from; done < to; done += batch) {
        const values: unknown[] = [];
        for (let i = done; i < Math.min(to, done + batch); i++) {
          const d = draft(i);
          const sig = sign(null, message, privateKey).toString('base64url');
          values.push(i + 1, d.type, 1, d.actor, d.time, ...RAW_ROW_PARTS, sig);
          values.push(JSON.stringify(d.payload));
        }
        const rows = values.length / 9;
        const placeholders = Array.from(
          { length: rows },
          (_, r) => `(${Array.from({ length: 9 }, (_, c) => `$${r * 9 + c + 1}`).join(', ')})`,
        ).join(', ');
        await client.query('begin');
        await client.query(`insert into events values ${placeholders}`, values);
        await client.query('commit');
      }
    },
    close: () => client.end(),
  };
}

async function freshLedger(dataDir: string): Promise<AppContext> {
  const ctx = await openApp({ dataDir });
  await initLedger(ctx, {
    name: 'Bench DisCO',
    currency: 'EUR',
    timeZone: 'UTC',
    founderName: 'Founder',
  });
  return ctx;
}

/** Raw Ed25519 verifies on all cores, per second of wall and per CPU microsecond (every thread). */
async function rawVerifyRate(count: number): Promise<{ rate: number; cpuUs: number }> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('base64url');
  const jobs = Array.from({ length: 2048 }, () => {
    const message = randomBytes(60);
    return {
      publicKey: raw,
      message,
      signature: sign(null, message, privateKey).toString('base64url'),
    };
  });
  const pool = new SignaturePool();
  await pool.check(jobs.slice(0, 64));
  const cpu = process.cpuUsage();
  const started = performance.now();
  const pending: Promise<number[]>[] = [];
  for (let done = 0; done < count; done += jobs.length) pending.push(pool.check(jobs));
  await Promise.all(pending);
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  await pool.close();
  const checked = Math.ceil(count / jobs.length) * jobs.length;
  return { rate: rate(checked, ms), cpuUs: (user + system) / checked };
}

/** Issue 2: verification, proofs and memory of the ledger (appends are bench/appends.ts). */
export async function benchLedger(report: Report, workDir: string): Promise<void> {
  const say = (line?: string): void => report.say(line);

  // (a) appends: bench/appends.ts, run before this section by bench/run.ts.

  // A large ledger for (b), (c) and (d), written in batches as an importing or busy node would.
  const big = await freshLedger(join(workDir, 'large'));
  const buildStarted = performance.now();
  const page = 5000;
  for (let done = 1; done < LARGE; done += page) {
    const drafts: EventDraft[] = [];
    for (let i = done; i < Math.min(LARGE, done + page); i++) drafts.push(draft(i));
    await appendEvents(big, drafts);
    if ((done - 1) % 100_000 === 0) process.stderr.write(`  built ${fmt(done - 1)} events\r`);
  }
  const buildMs = performance.now() - buildStarted;
  const size = (await big.store.head()).size;

  // (c) inclusion proofs on the large ledger
  const samples = 2000;
  let proveMs = 0;
  let checkMs = 0;
  let allValid = true;
  for (let i = 0; i < samples; i++) {
    const seq = 1 + Math.floor((i * 7919) % size);
    let t = performance.now();
    const { event, proof } = await getEventWithProof(big.store, seq);
    proveMs += performance.now() - t;
    t = performance.now();
    const ok = verifyInclusion(
      proof.leafIndex,
      proof.treeSize,
      leafHash(Buffer.from(event.hash, 'hex')),
      proof.path.map((h) => Buffer.from(h, 'hex')),
      Buffer.from(proof.root, 'hex'),
    );
    checkMs += performance.now() - t;
    allValid &&= ok;
  }
  await big.store.close();

  // (b) and (d): verification in its own process
  const child = JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'bench/verify-child.ts', join(workDir, 'large')],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
    ),
  ) as {
    ok: boolean;
    size: number;
    seconds: number;
    cpuSeconds: number;
    peakRss: number;
    checkpoints: number;
  };
  const rawVerify = await rawVerifyRate(200_000);
  // Every signature a full verification checks: one per event and one per checkpoint (the bench
  // ledger has no member signatures; witness cosignatures are checked by `--witness`, apart).
  const signatures = child.size + child.checkpoints;
  const verifyRate = signatures / child.seconds;
  const cpuUs = (child.cpuSeconds * 1e6) / signatures;

  say(
    `## (b) Verifying the whole ledger (${fmt(size)} events and ${fmt(child.checkpoints)} checkpoints, signatures on ${availableParallelism()} worker threads)`,
  );
  say();
  say(
    '| baseline: raw Ed25519 verify on all cores | disco-cat full verification, signatures checked | ratio | CPU per signature, raw / ours | CPU ratio | target |',
  );
  say('| ---: | ---: | ---: | ---: | ---: | ---: |');
  say(
    `| ${fmt(rawVerify.rate)} /s | ${fmt(verifyRate)} /s (${fmt(child.seconds, 1)} s, ${child.ok ? 'verified' : 'FAILED'}) | ${fmt(verifyRate / rawVerify.rate, 2)} | ${fmt(rawVerify.cpuUs, 1)} µs / ${fmt(cpuUs, 1)} µs | ${fmt(rawVerify.cpuUs / cpuUs, 2)} | ≥ 0.8 |`,
  );
  say();
  say(`## (c) Inclusion proofs on a ${fmt(size)}-event ledger (${fmt(samples)} random events)`);
  say();
  say('| operation | mean per proof | target |');
  say('| --- | ---: | ---: |');
  say(
    `| generate (read nodes from SQLite, build path and root) | ${fmt(proveMs / samples, 3)} ms | < 1 ms |`,
  );
  say(`| check (RFC 9162 verification) | ${fmt(checkMs / samples, 3)} ms | < 1 ms |`);
  say(`All ${fmt(samples)} proofs ${allValid ? 'verified' : 'did NOT all verify'}.`);
  say();
  say('## (d) Memory while verifying');
  say();
  say(
    `Peak RSS of the verifying process over ${fmt(child.size)} events: **${fmt(child.peakRss / 2 ** 20, 0)} MB** (target < 300 MB).`,
  );
  say();
  say(
    `Building the ${fmt(size)}-event ledger in batches of ${fmt(page)} took ${fmt(buildMs / 1000, 1)} s (${fmt(rate(size, buildMs))} events/s).`,
  );
}
