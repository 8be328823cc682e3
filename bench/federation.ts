/*
 * Federation on loopback: one activity delivered to 100 followers, against 100 bare POSTs of the
 * same body; and the inbox's throughput (activities whose object proof and actor were verified
 * and whose id was recorded), against raw Ed25519 verification. `tsx bench/federation.ts` runs it
 * alone. Everything runs in this one process, so CPU time counts both ends.
 */
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signRequest, verifyRequest, type CryptographicKey, type Multikey } from '@fedify/fedify';
import { openApp } from '../src/app/context.js';
import type { AppContext } from '../src/app/context.js';
import { actorKeyPairs } from '../src/app/federation/actor-keys.js';
import { guardedDocumentLoader } from '../src/app/federation/federation-app.js';
import { ownActorId } from '../src/app/federation/federation-app-names.js';
import { federationContext } from '../src/app/federation/federation-settings.js';
import { proofKeyId, proveActivity } from '../src/app/federation/object-proofs.js';
import {
  completeActivity,
  deliverActivity,
  DELIVERY_JOB,
  federationOutbox,
} from '../src/app/federation/outbox.js';
import { runDueJobs } from '../src/app/jobs/job-queue.js';
import { appendEvents } from '../src/app/ledger/append-events.js';
import { draftOf } from '../src/app/use-case-steps.js';
import { recordFederationRelation } from '../src/app/federation/test-relation.js';
import { FEDERATION_FOLLOW_RECEIVED } from '../src/core/federation/federation-events.js';
import { initLedger } from '../src/app/ledger/init-ledger.js';
import { publicHostOf } from '../src/app/witnessing/witnessing-settings.js';
import { witnessingTick } from '../src/app/witnessing/witnessing-tick.js';
import { serveHttp, type RunningServer } from '../src/http/serve.js';
import { fmt, Report } from './report.js';

const FOLLOWERS = Number(process.env['BENCH_FOLLOWERS'] ?? 100);
const INBOX_ACTIVITIES = Number(process.env['BENCH_INBOX_ACTIVITIES'] ?? 300);

interface Node {
  ctx: AppContext;
  server: RunningServer;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function node(workDir: string, name: string): Promise<Node> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const ctx = await openApp({
    dataDir: mkdtempSync(join(workDir, `fed-${name}-`)),
    federation: federationContext(url, { allowHttp: true, allowPrivateAddresses: true }),
    witnessing: {
      publicHost: publicHostOf(url),
      checkpointIntervalMs: 3_600_000,
      witness: null,
      fetch,
    },
  });
  await initLedger(ctx, { name, currency: 'EUR', timeZone: 'UTC', founderName: 'F' });
  const server = await serveHttp(ctx, { port, host: '127.0.0.1', deckDir: '/nonexistent' });
  return { ctx, server };
}

/** Wall and CPU milliseconds of the work (CPU of the whole process: sender and receivers). */
async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

const bodyOf = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

export async function benchFederation(report: Report, workDir: string): Promise<void> {
  const say = report.say.bind(report);
  say('## Federation');
  say();
  const a = await node(workDir, 'A');
  const b = await node(workDir, 'B');
  try {
    // 100 lightweight followers on one loopback server: each verifies the HTTP signature with
    // the sender's key, fetched once per follower from the sender's actor, then answers 202.
    const loader = guardedDocumentLoader(a.ctx.federation!);
    const caches = Array.from(
      { length: FOLLOWERS },
      () => new Map<string, CryptographicKey | Multikey | null>(),
    );
    let refused = 0;
    const followers = createServer((req, res) => {
      void (async () => {
        const body = await bodyOf(req);
        const [, kind, index] = (req.url ?? '').split('/');
        if (kind === 'f') {
          const cache = caches[Number(index)]!;
          const request = new Request(`http://127.0.0.1${req.url}`, {
            method: 'POST',
            headers: req.headers as Record<string, string>,
            body,
          });
          const key = await verifyRequest(request, {
            documentLoader: loader,
            contextLoader: loader,
            keyCache: {
              get: async (id) => cache.get(id.href),
              set: async (id, k) => void (k ? cache.set(id.href, k) : cache.delete(id.href)),
            },
          });
          if (!key) refused++;
          res.writeHead(key ? 202 : 401).end();
        } else res.writeHead(202).end();
      })();
    });
    await new Promise<void>((resolve) => followers.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(followers.address() as AddressInfo).port}`;
    // The followers' Follows, recorded through A's ledger as the inbox would record them.
    await appendEvents(
      a.ctx,
      Array.from({ length: FOLLOWERS }, (_, i) =>
        draftOf(a.ctx, null, FEDERATION_FOLLOW_RECEIVED, {
          peer: {
            actorId: `${base}/f/${i}/actor`,
            handle: `f${i}@${new URL(base).host}`,
            inbox: `${base}/f/${i}/inbox`,
            witnessUrl: null,
            witnessKey: null,
            logKey: null,
          },
          activityId: `${base}/f/${i}/follows/1`,
        }),
      ),
    );
    await actorKeyPairs(a.ctx);
    const activity = {
      type: 'Create',
      object: { type: 'Note', content: 'A commons entry for every follower.' },
    };
    const bare = JSON.stringify(completeActivity(a.ctx, activity));
    const baseline = await timed(async () => {
      for (let i = 0; i < FOLLOWERS; i++)
        await fetch(`${base}/raw/${i}`, { method: 'POST', body: bare });
    });
    const deliver = () =>
      timed(async () => {
        await federationOutbox.toFollowers(a.ctx, activity);
        while ((await runDueJobs(a.ctx, { [DELIVERY_JOB]: deliverActivity })) > 0);
      });
    const first = await deliver();
    const second = await deliver();
    say(
      `| one activity to ${FOLLOWERS} followers on loopback | wall ms | CPU ms | ratio to baseline (wall) |`,
    );
    say('| --- | --- | --- | --- |');
    say(
      `| baseline: ${FOLLOWERS} bare POSTs of the same body, one after another | ${fmt(baseline.wall)} | ${fmt(baseline.cpu)} | 1 |`,
    );
    for (const [label, t] of [
      ['proved, queued, HTTP-signed and delivered; followers fetch the key first', first],
      ['the same again, followers holding the key', second],
    ] as const)
      say(`| ${label} | ${fmt(t.wall)} | ${fmt(t.cpu)} | ${fmt(t.wall / baseline.wall, 1)} |`);
    say();
    say(
      `Deliveries refused by a follower: ${refused}. Each delivery is one job in the job table; the proof is made once per activity, the HTTP signature once per follower.`,
    );
    say();
    followers.close();

    // Inbox throughput: A's activities, proved and HTTP-signed beforehand, posted to B's inbox
    // and handled through B's job table; B federates with A, recorded through B's ledger.
    const aId = ownActorId(a.ctx.federation!);
    await recordFederationRelation(b.ctx, { actorId: aId, handle: `disco@${new URL(aId).host}` });
    const inbox = `${ownActorId(b.ctx.federation!)}/inbox`;
    const [rsa] = await actorKeyPairs(a.ctx);
    const requests: Request[] = [];
    let sample = '';
    for (let i = 0; i < INBOX_ACTIVITIES + 1; i++) {
      const proved = await proveActivity(a.ctx, completeActivity(a.ctx, activity));
      const body = JSON.stringify(proved);
      sample = body;
      requests.push(
        await signRequest(
          new Request(inbox, {
            method: 'POST',
            headers: { 'content-type': 'application/activity+json' },
            body,
          }),
          rsa!.privateKey,
          new URL(`${aId}#main-key`),
        ),
      );
    }
    // One first activity fetches A's key into B's caches; the rest are timed.
    const warm = await fetch(requests.shift()!);
    if (warm.status >= 300)
      throw new Error(`B inbox answered ${warm.status}: ${await warm.text()}`);
    while ((await witnessingTick(b.ctx)).jobsRun > 0);
    const seen = async () =>
      (await b.ctx.store.db.selectFrom('federation_seen').select('activity_id').execute()).length;
    const seenBefore = await seen();
    const replays = requests.map((r) => r.clone());
    const inboxRun = await timed(async () => {
      for (const request of requests) {
        const answer = await fetch(request);
        if (answer.status >= 300) throw new Error(`B's inbox answered ${answer.status}`);
      }
      while ((await witnessingTick(b.ctx)).jobsRun > 0);
    });
    const recorded = (await seen()) - seenBefore;
    // The same activities again: answered from the seen ids, no proof verified, nothing queued.
    const replayRun = await timed(async () => {
      for (const request of replays) {
        const answer = await fetch(request);
        if (answer.status !== 202) throw new Error(`B's inbox answered a replay ${answer.status}`);
      }
      while ((await witnessingTick(b.ctx)).jobsRun > 0);
    });
    if ((await seen()) - seenBefore !== recorded) throw new Error('a replay was recorded');
    const replayRate = (replays.length / replayRun.wall) * 1000;
    // Raw Ed25519: verifying one signature over a message the size of one activity.
    const keys = generateKeyPairSync('ed25519');
    const message = Buffer.from(sample);
    const signature = sign(null, message, keys.privateKey);
    const rawCount = 20_000;
    const raw = await timed(async () => {
      for (let i = 0; i < rawCount; i++) verify(null, message, keys.publicKey, signature);
    });
    const rawRate = (rawCount / raw.wall) * 1000;
    const inboxRate = (recorded / inboxRun.wall) * 1000;
    say(
      `| inbox, ${fmt(recorded)} activities of ${message.length} bytes | per second (wall) | CPU ms per activity | ratio to raw |`,
    );
    say('| --- | --- | --- | --- |');
    say(
      `| baseline: raw Ed25519 verification | ${fmt(rawRate)} | ${fmt(raw.cpu / rawCount, 3)} | 1 |`,
    );
    say(
      `| posted, proof and actor verified once, queued, handled, id recorded | ${fmt(inboxRate, 1)} | ${fmt(inboxRun.cpu / recorded, 1)} | ${fmt(inboxRate / rawRate, 4)} |`,
    );
    say(
      `| the same ${fmt(replays.length)} posted again: replays answered from the seen ids | ${fmt(replayRate, 1)} | ${fmt(replayRun.cpu / replays.length, 1)} | ${fmt(replayRate / rawRate, 4)} |`,
    );
    say();
    say(
      `Proof key used: \`${proofKeyId(a.ctx.federation!).replace(/^http:\/\/[^/]+/, '')}\`. Load average at the end: ${loadavg()
        .map((l) => fmt(l, 2))
        .join(', ')} (1, 5, 15 min).`,
    );
    say();
  } finally {
    await a.server.close();
    await b.server.close();
    await a.ctx.store.close();
    await b.ctx.store.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = new Report();
  const workDir = mkdtempSync(join(tmpdir(), 'disco-bench-federation-'));
  try {
    report.say(
      `Load average at the start: ${loadavg()
        .map((l) => fmt(l, 2))
        .join(', ')}.`,
    );
    await benchFederation(report, workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
