import { Agent, request } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveHttp, type RunningServer } from './serve.js';
import { openTestLedger, type TestLedger } from './test-ledger.js';

describe('serveHttp', () => {
  let ledger: TestLedger;
  let server: RunningServer;
  beforeAll(async () => {
    ledger = await openTestLedger({ renames: 240, checkpointEvery: 100 });
    server = await serveHttp(ledger.ctx, {
      port: 0,
      host: '127.0.0.1',
      logger: pino({ level: 'silent' }),
    });
  });
  afterAll(async () => {
    await server.close();
    await ledger.close();
  });

  it('reports the port it really listens on', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });

  it('keeps an idle keep-alive connection open past a minute’s gap in a client or proxy', async () => {
    // Node closes idle connections after 5 s by default: a client (a proxy, a test's request
    // context) that reuses one as it closes gets ECONNRESET, which a POST is never retried on.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
        const req = request(`${server.url}/api/health`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket }));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      const first = await get();
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      const second = await get();
      expect([first.status, second.status]).toEqual([200, 200]);
      // The same connection, not a new one after the server closed the first.
      expect(second.socket).toBe(first.socket);
    } finally {
      agent.destroy();
    }
  }, 20_000);

  it('answers over a real connection, problems included', async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      database: 'sqlite',
      ledger: { size: 251 },
    });
    const missing = await fetch(`${server.url}/api/ledger/events/999`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
  });

  it('streams the export over a real connection', async () => {
    const res = await fetch(`${server.url}/api/ledger/export`);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson');
    const lines = (await res.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ format: 'disco-cat/export@1', size: 251 });
    expect(lines.filter((line) => 'checkpoint' in line)).toHaveLength(2);
    expect(lines.filter((line) => 'event' in line)).toHaveLength(251);
  });

  it('closes promptly with a client that keeps its connection alive', async () => {
    const other = await serveHttp(ledger.ctx, {
      port: 0,
      host: '127.0.0.1',
      logger: pino({ level: 'silent' }),
    });
    await (await fetch(`${other.url}/api/health`)).json();
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(fetch(`${other.url}/api/health`)).rejects.toThrow();
  });
});
