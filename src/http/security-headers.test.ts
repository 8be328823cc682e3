import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './app.js';
import { openTestLedger, type TestLedger } from './test-ledger.js';

function expectProtected(res: Response, what: string): void {
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(res.headers.get('content-security-policy') ?? '', what).toContain(
    "frame-ancestors 'none'",
  );
}

describe('security headers on every response', () => {
  let ledger: TestLedger;
  let deckDir: string;
  let app: ReturnType<typeof createHttpApp>;
  beforeAll(async () => {
    ledger = await openTestLedger();
    deckDir = mkdtempSync(join(tmpdir(), 'disco-headers-'));
    mkdirSync(join(deckDir, 'assets'));
    writeFileSync(join(deckDir, 'index.html'), '<!doctype html><title>Deck</title>');
    writeFileSync(join(deckDir, 'assets', 'verify-worker-abc.js'), 'self.onmessage = () => {}');
    writeFileSync(join(deckDir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    app = createHttpApp(ledger.ctx, { logger: pino({ level: 'silent' }), deckDir });
  });
  afterAll(async () => {
    await ledger.close();
    rmSync(deckDir, { recursive: true, force: true });
  });

  it('on API JSON, problems of every kind and 404s, with a policy that allows nothing', async () => {
    const answers: [string, Response][] = [
      ['json', await app.request('/api/health')],
      ['400', await app.request('/api/ledger/events?limit=nope')],
      ['401', await app.request('/api/me')],
      ['404 api', await app.request('/api/no-such-route')],
      ['404 outside api', await app.request('/nowhere', { method: 'POST' })],
      ['404 missing asset', await app.request('/assets/gone-abc.js')],
      [
        '413',
        await app.request('/api/auth/sign-in', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(2 ** 30) },
          body: '{}',
        }),
      ],
    ];
    expect(answers.map(([, res]) => res.status)).toEqual([200, 400, 401, 404, 404, 404, 413]);
    for (const [what, res] of answers) {
      expectProtected(res, what);
      expect(res.headers.get('content-security-policy'), what).toContain("default-src 'none'");
    }
  });

  it("on the Deck's page and files, which keep the Deck's own policy", async () => {
    for (const path of ['/', '/proposals/abc', '/assets/verify-worker-abc.js', '/sw.js']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expectProtected(res, path);
      const policy = res.headers.get('content-security-policy') ?? '';
      expect(policy, path).toContain("script-src 'self'");
      expect(policy, path).toContain("worker-src 'self'");
    }
  });
});
