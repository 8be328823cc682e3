import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './app.js';
import { deckLanguage } from './serve-deck.js';
import { openTestLedger, type TestLedger } from './test-ledger.js';

const BIG = 'console.log("a chunk worth compressing");\n'.repeat(100);

describe('serveDeck', () => {
  let ledger: TestLedger;
  let deckDir: string;
  let app: ReturnType<typeof createHttpApp>;
  const logged: string[] = [];
  beforeAll(async () => {
    ledger = await openTestLedger();
    deckDir = mkdtempSync(join(tmpdir(), 'disco-deck-'));
    mkdirSync(join(deckDir, 'assets'));
    writeFileSync(
      join(deckDir, 'index.html'),
      '<!doctype html><head><title>Deck</title></head><div id="root"></div>',
    );
    writeFileSync(join(deckDir, 'assets', 'main-abc123.js'), 'console.log("deck")');
    // What the build's manifest says of the words' chunks (web/src/i18n/index.ts imports them).
    mkdirSync(join(deckDir, '.vite'));
    writeFileSync(
      join(deckDir, '.vite', 'manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/main-abc123.js', isEntry: true },
        'src/i18n/english.ts': {
          file: 'assets/english-abc123.js',
          imports: ['_messages.en-abc123.js'],
          isDynamicEntry: true,
        },
        '_messages.en-abc123.js': { file: 'assets/messages.en-abc123.js' },
        'src/i18n/spanish.ts': { file: 'assets/spanish-abc123.js', isDynamicEntry: true },
      }),
    );
    writeFileSync(join(deckDir, 'assets', 'big-abc123.js'), BIG);
    writeFileSync(join(deckDir, 'assets', 'big-abc123.js.gz'), gzipSync(BIG));
    app = createHttpApp(ledger.ctx, {
      logger: pino({ level: 'info' }, { write: (line: string) => void logged.push(line) }),
      deckDir,
    });
  });
  afterAll(async () => {
    await ledger.close();
    rmSync(deckDir, { recursive: true, force: true });
  });

  it('answers / and any deep link with the Deck, under a strict content security policy', async () => {
    for (const path of ['/', '/proposals/0190-abc', '/ledger?cursor=2']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const policy = res.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self'");
      // The ledger verifier's Web Worker, a same-origin file: nothing wider.
      expect(policy.split('; ')).toContain("worker-src 'self'");
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('has a browser with a session cookie ask for what its first page needs while the scripts load', async () => {
    const signedIn = { headers: { cookie: 'disco_session=abc' } };
    const dashboard = await (await app.request('/', signedIn)).text();
    for (const url of ['/api/auth/session', '/api/dashboard', '/api/distribution/flows'])
      expect(dashboard).toContain(`<link rel="preload" as="fetch" crossorigin href="${url}">`);
    const deepLink = await app.request('/proposals/0190-abc', signedIn);
    expect(deepLink.headers.get('vary')).toContain('Cookie');
    const page = await deepLink.text();
    expect(page).toContain('href="/api/auth/session"');
    expect(page).not.toContain('/api/dashboard');
    // A visitor without a session would be refused: nothing is asked for.
    expect(await (await app.request('/')).text()).not.toContain('rel="preload"');
  });

  it('has every page preload the words of the language the browser asks for, before the app asks', async () => {
    const preloads = async (acceptLanguage?: string) => {
      const res = await app.request(
        '/proposals/0190-abc',
        acceptLanguage ? { headers: { 'accept-language': acceptLanguage } } : {},
      );
      expect(res.headers.get('vary')).toContain('Accept-Language');
      return [
        ...(await res.text()).matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g),
      ].map((m) => m[1]);
    };
    const english = ['/assets/english-abc123.js', '/assets/messages.en-abc123.js'];
    expect(await preloads('en-GB,en;q=0.9')).toEqual(english);
    expect(await preloads('es-ES,es;q=0.9,en;q=0.8')).toEqual(['/assets/spanish-abc123.js']);
    expect(await preloads('fr-FR, es;q=0.7, en;q=0.5')).toEqual(['/assets/spanish-abc123.js']);
    // A language the Deck lacks, or none: English, as the Deck falls back to.
    expect(await preloads('fr')).toEqual(english);
    expect(await preloads()).toEqual(english);
  });

  it('reads a browser’s language as the Deck picks it: by weight, then order, English by default', () => {
    expect(deckLanguage('es')).toBe('es');
    expect(deckLanguage('en-US,en;q=0.9,es;q=0.8')).toBe('en');
    expect(deckLanguage('es;q=0.5, en;q=0.9')).toBe('en');
    expect(deckLanguage('de, ES-mx;q=0.4')).toBe('es');
    expect(deckLanguage('es;q=0, en')).toBe('en');
    expect(deckLanguage('*')).toBe('en');
    expect(deckLanguage('')).toBe('en');
    expect(deckLanguage(undefined)).toBe('en');
  });

  it('serves hashed assets as cacheable forever', async () => {
    const res = await app.request('/assets/main-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe('console.log("deck")');
  });

  it('sends the compressed copy the build left to a browser that takes it, and the file to others', async () => {
    const zipped = await app.request('/assets/big-abc123.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toContain('Accept-Encoding');
    expect(zipped.headers.get('content-type')).toMatch(/javascript/);
    expect(zipped.headers.get('cache-control')).toContain('immutable');
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(BIG);
    const plain = await app.request('/assets/big-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(BIG);
  });

  it('leaves /api to the API: an unknown route is still a 404 problem, not the Deck', async () => {
    const missing = await app.request('/api/no-such-route');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect((await app.request('/api/health')).status).toBe(200);
  });

  it('answers a missing asset with a coded 404, never with the page in its place', async () => {
    for (const path of ['/assets/gone-abc123.js', '/assets/nested/gone.css']) {
      const res = await app.request(path, { headers: { 'accept-language': 'es' } });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.headers.get('cache-control')).toBeNull();
      const problem = (await res.json()) as { code: string; detail: string };
      expect(problem.code).toBe('refusal.no-such-deck-file');
      expect(problem.detail).toContain(path);
    }
    // A page's path, or a name that is no asset, is still the Deck's page.
    for (const path of ['/proposals/0190-abc', '/no-such-icon.png'])
      expect(await (await app.request(path)).text(), path).toContain('<div id="root">');
  });

  it('serves its files before the API’s middleware: no request log line, no credential look-up', async () => {
    logged.length = 0;
    const asset = await app.request('/assets/main-abc123.js', {
      headers: { cookie: 'disco_session=not-a-session' },
    });
    expect(asset.status).toBe(200);
    expect(logged).toEqual([]);
    // The API's requests are logged as before.
    await app.request('/api/me');
    expect(logged.length).toBeGreaterThan(0);
  });

  it('serves only the API when no Deck was built', async () => {
    const bare = createHttpApp(ledger.ctx, {
      logger: pino({ level: 'silent' }),
      deckDir: join(deckDir, 'missing'),
    });
    const res = await bare.request('/');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
