import { createPublicKey, verify as nodeVerify, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { appendEvents } from '../src/app/ledger/append-events.js';
import { openApp } from '../src/app/context.js';
import { initLedger } from '../src/app/ledger/init-ledger.js';
import { loadActor } from '../src/app/members/load-actor.js';
import { registerMemberKey } from '../src/app/members/register-member-key.js';
import { signIntent, type EventDraft } from '../src/core/ledger/event.js';
import { generateEd25519KeyPair, signerFromPem } from '../src/core/ledger/keys.js';
import { createHttpApp } from '../src/http/app.js';
import { intentBytes } from '../web/src/verify/ledger-verifier.js';
import type { LedgerEventJson } from '../web/src/verify/ledger-types.js';
import { quickCheckOverHttp } from '../web/src/verify/quick-check.js';
import { verifyLedgerOverHttp } from '../web/src/verify/verify-over-http.js';
import { CHROMIUM, CHROMIUM_LAUNCH } from '../web/e2e/chromium.js';
import { compareHashing, type HashingFigures } from './sha256-choice.js';
import { bestOfAsync, fmt, rate, type Report } from './report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The browser verifier reads the whole ledger over HTTP: 100,000 events keep a run to minutes. */
const EVENTS = Math.min(Number(process.env['BENCH_EVENTS'] ?? 100_000), 100_000);
const MEMBER_SIGNED_EVERY = 10;
const QUICK_SAMPLES = 32;
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const seeded = (seed: number) => () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

/**
 * A ledger written by the real append path in batches of 5,000, one event in ten signed by a
 * member on their own device, served by the real HTTP app. Every answer is kept after its first
 * read, so the timed runs measure the verifier and not SQLite.
 */
async function servedLedger(dataDir: string): Promise<{
  fetch: (url: string) => Promise<Response>;
  size: number;
  close: () => Promise<void>;
}> {
  const ctx = await openApp({ dataDir });
  const { founderId } = await initLedger(ctx, {
    name: 'Bench DisCO',
    currency: 'EUR',
    timeZone: 'UTC',
    founderName: 'Founder',
  });
  const founder = (await loadActor(ctx, founderId))!;
  const key = signerFromPem(generateEd25519KeyPair().privateKeyPem);
  await registerMemberKey(ctx, founder, { memberId: founderId, publicKey: key.publicKey });
  for (let done = (await ctx.store.head()).size; done < EVENTS;) {
    const drafts: EventDraft[] = [];
    for (let i = done; i < Math.min(EVENTS, done + 5000); i++) {
      const draft: EventDraft = {
        type: 'disco.renamed',
        schema: 1,
        payload: { name: `Cooperative name ${i}` },
        actor: founderId,
        time: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
      };
      drafts.push(i % MEMBER_SIGNED_EVERY === 0 ? signIntent(draft, key) : draft);
    }
    await appendEvents(ctx, drafts);
    done += drafts.length;
  }
  const app = createHttpApp(ctx, { logger: pino({ level: 'silent' }) });
  const answers = new Map<string, string>();
  return {
    fetch: async (url) => {
      let text = answers.get(url);
      if (text === undefined) {
        const res = await app.request(url);
        if (!res.ok) return res;
        text = await res.text();
        answers.set(url, text);
      }
      return new Response(text, { headers: { 'content-type': 'application/json' } });
    },
    size: (await ctx.store.head()).size,
    close: () => ctx.store.close(),
  };
}

async function allEvents(fetchFn: (url: string) => Promise<Response>): Promise<LedgerEventJson[]> {
  const events: LedgerEventJson[] = [];
  for (let cursor: string | null = null; ;) {
    const page = (await (
      await fetchFn(
        `/api/ledger/events?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
    ).json()) as { items: LedgerEventJson[]; nextCursor: string | null };
    events.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return events;
  }
}

/** The least a verifier must do: every node and member signature of the ledger, node:crypto, one thread. */
function rawSignatureChecks(events: LedgerEventJson[]): { ms: number; count: number } {
  const keys = new Map<string, KeyObject>();
  const keyOf = (raw: string) => {
    let key = keys.get(raw);
    if (!key)
      keys.set(
        raw,
        (key = createPublicKey({
          key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(raw, 'base64url')]),
          format: 'der',
          type: 'spki',
        })),
      );
    return key;
  };
  const nodeKey = keyOf(String(events[0]!.payload['nodeKey']));
  const context = Buffer.from('disco-cat/event-signature@1\n');
  const started = performance.now();
  let count = 0;
  for (const e of events) {
    if (
      !nodeVerify(
        null,
        Buffer.concat([context, Buffer.from(e.hash, 'hex')]),
        nodeKey,
        Buffer.from(e.nodeSig, 'base64url'),
      )
    )
      throw new Error(`event ${e.seq}: node signature`);
    count += 1;
    if (e.memberSig) {
      if (
        !nodeVerify(
          null,
          intentBytes(e),
          keyOf(e.memberSig.publicKey),
          Buffer.from(e.memberSig.sig, 'base64url'),
        )
      )
        throw new Error(`event ${e.seq}: member signature`);
      count += 1;
    }
  }
  return { ms: performance.now() - started, count };
}

interface BrowserFigures {
  fullMs: number;
  fullOk: boolean;
  quickMs: number;
  quickOk: boolean;
  hashing: HashingFigures;
  version: string;
}

/**
 * The Deck's own verifier worker, built by Vite, in Debian's chromium: the page starts it as the
 * Ledger page does and waits for its report; the node's answers come from memory over loopback.
 */
async function inChromium(fetchFn: (url: string) => Promise<Response>): Promise<BrowserFigures> {
  const bundle = async (entry: string): Promise<string> => {
    const out = (await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'entry' } },
    })) as Array<{ output: Array<{ type: string; code?: string }> }>;
    return out[0]!.output.find((o) => o.type === 'chunk')!.code!;
  };
  const files = new Map<string, string>([
    ['/verify-worker.js', await bundle(join(ROOT, 'web/src/verify/verify-worker.ts'))],
    ['/page.js', await bundle(join(ROOT, 'bench/browser-verifier-page.ts'))],
  ]);
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const file = files.get(url);
    if (file !== undefined) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(file);
    } else if (url.startsWith('/api/')) {
      void fetchFn(url).then(async (answer) =>
        res
          .writeHead(answer.status, { 'content-type': 'application/json' })
          .end(await answer.text()),
      );
    } else {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>bench</title><script type="module" src="/page.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'benchVerifier' in globalThis);
    const run = (kind: 'full' | 'quick') =>
      page.evaluate(
        (k) =>
          (
            globalThis as unknown as {
              benchVerifier: (k: string) => Promise<{ ms: number; ok: boolean }>;
            }
          ).benchVerifier(k),
        kind,
      );
    await run('full');
    const full = await run('full');
    const quick = await run('quick');
    const hashing = await page.evaluate(() =>
      (globalThis as unknown as { benchHashing: () => Promise<HashingFigures> }).benchHashing(),
    );
    return {
      fullMs: full.ms,
      fullOk: full.ok,
      quickMs: quick.ms,
      quickOk: quick.ok,
      hashing,
      version: browser.version(),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Issue 7: the Deck's in-browser verifier, in Node and in Chromium, against raw signature checks. */
export async function benchBrowserVerifier(report: Report, workDir: string): Promise<void> {
  const say = (line?: string): void => report.say(line);
  const ledger = await servedLedger(join(workDir, 'browser-verifier'));
  try {
    const events = await allEvents(ledger.fetch);
    const raw = rawSignatureChecks(events);
    const rawRate = rate(events.length, raw.ms);
    const options = { fetch: ledger.fetch, random: seeded(7) };
    const first = await verifyLedgerOverHttp(options);
    if (!first.ok) throw new Error(`the bench ledger does not verify: ${first.fault?.message}`);
    const fullMs = await bestOfAsync(2, () => verifyLedgerOverHttp(options));
    await quickCheckOverHttp({ ...options, samples: QUICK_SAMPLES });
    const quickMs = await bestOfAsync(3, () =>
      quickCheckOverHttp({ ...options, samples: QUICK_SAMPLES }),
    );
    const browser = existsSync(CHROMIUM) ? await inChromium(ledger.fetch) : null;

    say(
      `## Verifying the ledger in the browser (${fmt(ledger.size)} events, one in ${MEMBER_SIGNED_EVERY} also signed by a member)`,
    );
    say();
    say(
      '| where | baseline: node:crypto Ed25519 verify of every signature, one thread | the Deck’s verifier, whole ledger | ratio (higher is faster) |',
    );
    say('| --- | ---: | ---: | ---: |');
    say(
      `| Node ${process.version} (WebCrypto) | ${fmt(rawRate)} events/s (${fmt(raw.count)} signatures in ${fmt(raw.ms / 1000, 1)} s) | ${fmt(rate(ledger.size, fullMs))} events/s (${fmt(fullMs / 1000, 1)} s) | ${fmt(raw.ms / fullMs, 2)} |`,
    );
    if (browser) {
      say(
        `| Chromium ${browser.version}, in the Deck’s Web Worker | same | ${fmt(rate(ledger.size, browser.fullMs))} events/s (${fmt(browser.fullMs / 1000, 1)} s, ${browser.fullOk ? 'verified' : 'FAILED'}) | ${fmt(raw.ms / browser.fullMs, 2)} |`,
      );
    }
    say();
    say(
      `Quick check (latest checkpoint, the genesis and ${QUICK_SAMPLES} random events with the event before each, by inclusion proofs): ${fmt(quickMs)} ms in Node${browser ? `, ${fmt(browser.quickMs)} ms in Chromium (${browser.quickOk ? 'passed' : 'FAILED'})` : ''}, whatever the ledger's size.`,
    );
    say();
    const node = await compareHashing(events.slice(0, 2000));
    say(
      'SHA-256 for the verifier, per message (lower is faster; `crypto.subtle.digest` batched with `Promise.all`):',
    );
    say();
    say(
      '| where | event envelopes: @noble/hashes | event envelopes: subtle.digest | Merkle nodes: @noble/hashes | Merkle nodes: subtle.digest |',
    );
    say('| --- | ---: | ---: | ---: | ---: |');
    const row = (where: string, h: HashingFigures) =>
      say(
        `| ${where} | ${fmt(h.envelopes.noble, 2)} µs | ${fmt(h.envelopes.subtle, 2)} µs | ${fmt(h.nodes.noble, 2)} µs | ${fmt(h.nodes.subtle, 2)} µs |`,
      );
    row('Node', node);
    if (browser) row('Chromium', browser.hashing);
    say();
  } finally {
    await ledger.close();
  }
}
