import { request } from 'node:http';
import { Readable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMITS } from '../config/config.js';
import { serveHttp, type RunningServer } from './serve.js';
import { openTestLedger, type TestLedger } from './test-ledger.js';

const KIB = 1024;
const MIB = 1024 * KIB;

interface Answer {
  status: number;
  contentType: string | undefined;
  body: string;
  /** How many bytes of the body had been handed to the socket when the answer came. */
  sent: number;
}

/**
 * POSTs `size` bytes of a JSON-looking body streamed in 64 KiB chunks (never held whole),
 * chunked unless `declare` sends a Content-Length, and resolves with the answer as soon as it
 * arrives, whether or not the server read the rest.
 */
function postStreamed(
  url: string,
  size: number,
  options: { declare?: boolean } = {},
): Promise<Answer> {
  const chunk = Buffer.alloc(64 * KIB, 'a');
  let sent = 0;
  const body = new Readable({
    read() {
      if (sent === 0) {
        sent += 2;
        this.push('{"');
        return;
      }
      if (sent >= size) return void this.push(null);
      const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
      sent += part.length;
      this.push(part);
    },
  });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        // A connection of its own: one the server cut after a refusal is never reused.
        agent: false,
        headers: {
          'content-type': 'application/json',
          ...(options.declare ? { 'content-length': String(size) } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (part: string) => (text += part));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'],
            body: text,
            sent,
          });
          body.destroy();
          req.destroy();
        });
      },
    );
    // The server may close the connection on a body it refused; the answer already came.
    req.on('error', (error) => (sent > 0 ? undefined : reject(error)));
    body.pipe(req);
  });
}

describe('request body limits over a real connection', () => {
  let ledger: TestLedger;
  let lowered: RunningServer;
  let defaults: RunningServer;
  beforeAll(async () => {
    ledger = await openTestLedger();
    const logger = pino({ level: 'silent' });
    lowered = await serveHttp(ledger.ctx, {
      port: 0,
      host: '127.0.0.1',
      logger,
      bodyLimits: { api: 64 * KIB, import: 1 * MIB, serverToServer: 4 * KIB },
    });
    defaults = await serveHttp(ledger.ctx, { port: 0, host: '127.0.0.1', logger });
  });
  afterAll(async () => {
    await lowered.close();
    await defaults.close();
    await ledger.close();
  });

  it('refuses an anonymous sign-in body over the default limit with a 413 problem, unread', async () => {
    expect(DEFAULT_BODY_LIMITS.api).toBe(1 * MIB);
    const answer = await postStreamed(`${defaults.url}/api/auth/sign-in`, 3 * MIB);
    expect(answer.status).toBe(413);
    expect(answer.contentType).toBe('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({
      type: 'urn:disco-cat:problem:body-too-large',
      status: 413,
      code: 'refusal.body-too-large',
      params: { size: '1 MiB', method: 'POST', path: '/api/auth/sign-in' },
      hintCode: 'hint.send-smaller-body',
      errors: [
        {
          field: '(body)',
          message: `must be at most ${1 * MIB} bytes`,
          code: 'field.body-at-most-bytes',
          params: { max: 1 * MIB },
        },
      ],
    });
    expect(JSON.parse(answer.body).hint).toContain('DISCO_BODY_LIMIT');
  });

  it('refuses at once when Content-Length announces too much, before any of it is read', async () => {
    // 200 MB announced; the answer must come long before the client could have sent it.
    const answer = await postStreamed(`${lowered.url}/api/auth/sign-in`, 200 * 1000 * 1000, {
      declare: true,
    });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(200 * 1000 * 1000);
    expect(JSON.parse(answer.body).detail).toContain('64 KiB');
  });

  it('cuts a chunked body as soon as it passes a lowered limit, on any write route', async () => {
    for (const path of ['/api/auth/sign-in', '/api/members', '/api/no-such-route']) {
      const answer = await postStreamed(`${lowered.url}${path}`, 3 * MIB);
      expect(answer.status, path).toBe(413);
      expect(JSON.parse(answer.body).type).toBe('urn:disco-cat:problem:body-too-large');
    }
  });

  it('lets a body under the limit through to the route, which answers for itself', async () => {
    const answer = await postStreamed(`${lowered.url}/api/auth/sign-in`, 32 * KIB);
    // Not JSON the route can use (and anonymous): refused by the route, not by size.
    expect(answer.status).not.toBe(413);
    expect(answer.status).toBeGreaterThanOrEqual(400);
  });

  it('gives the import route its own, larger limit', async () => {
    const underImport = await postStreamed(
      `${lowered.url}/api/interchange/contributions`,
      512 * KIB,
    );
    expect(underImport.status).not.toBe(413);
    const overImport = await postStreamed(`${lowered.url}/api/interchange/contributions`, 3 * MIB);
    expect(overImport.status).toBe(413);
    expect(JSON.parse(overImport.body).hint).toContain('DISCO_IMPORT_BODY_LIMIT');
  });

  it('gives server-to-server routes their own small limit', async () => {
    const over = await postStreamed(`${lowered.url}/witness/add-checkpoint`, 8 * KIB);
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body).hint).toContain('DISCO_SERVER_TO_SERVER_BODY_LIMIT');
    const under = await postStreamed(`${lowered.url}/witness/add-checkpoint`, 2 * KIB);
    expect(under.status).not.toBe(413);
  });
});
