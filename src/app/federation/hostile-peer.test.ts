import { webcrypto } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signRequest } from '@fedify/fedify';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createLogger } from '../../config/logger.js';
import { listJobs } from '../jobs/job-queue.js';
import { witnessingTick } from '../witnessing/witnessing-tick.js';
import { ownActorId } from './federation-app-names.js';
import { DELIVERY_JOB, federationOutbox } from './outbox.js';
import { advance, federatedNode, settle } from './test-federation.js';

const TEN_MB = 10 * 1024 * 1024;

/** Streams ten megabytes without declaring a length, so only a bounded reader stops it. */
function tenMegabytes(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/activity+json' });
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  const pump = (): void => {
    while (sent < TEN_MB) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
}

/**
 * A peer that misbehaves by path: `/good/<mode>` is a well-formed actor whose inbox misbehaves as
 * `<mode>` says; `/<mode>/actor` is an actor document that does. Modes: `hang` never answers,
 * `huge` sends ten megabytes, `garbage` answers 500 with HTML.
 */
async function hostilePeer() {
  const misbehave = (mode: string, res: ServerResponse) => {
    if (mode === 'hang') return;
    if (mode === 'huge') return tenMegabytes(res);
    res.writeHead(500, { 'content-type': 'text/html' }).end('<html>oops</html>');
  };
  const server = createServer((req, res) => {
    req.resume();
    const [, first, second, third] = (req.url ?? '').split('/');
    if (first === 'good' && third === 'inbox') return misbehave(second!, res);
    if (first === 'good')
      return res.writeHead(200, { 'content-type': 'application/activity+json' }).end(
        JSON.stringify({
          '@context': 'https://www.w3.org/ns/activitystreams',
          id: `${base}/good/${second}`,
          type: 'Group',
          inbox: `${base}/good/${second}/inbox`,
        }),
      );
    misbehave(first!, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return base;
}

describe('a peer that answers garbage, hangs, or sends ten megabytes', () => {
  it('bounds each delivery and fetch, keeps the deliveries to retry with their reasons, and stays healthy', async () => {
    const a = await federatedNode('a');
    a.ctx.federation!.timeoutMs = 1000;
    const base = await hostilePeer();
    const inbox = `${ownActorId(a.ctx.federation!)}/inbox`;

    // Delivery: to inboxes that hang, send ten megabytes or answer 500, and to an actor that is ten megabytes.
    for (const target of ['good/hang', 'good/huge', 'good/garbage', 'huge/actor'])
      await federationOutbox.toPeer(a.ctx, `${base}/${target}`, { type: 'Announce', object: 'x' });
    // The server's job runner logs each failed try (see serveHttp); here with its log captured.
    const lines: string[] = [];
    const log = createLogger(
      { logLevel: 'info' },
      { write: (line: string) => void lines.push(line) },
    );
    await witnessingTick({ ...a.ctx, log });
    const reasons = async () =>
      Object.fromEntries(
        (await listJobs(a.ctx, { kind: DELIVERY_JOB })).map((j) => [
          (j.lastError ?? '').replaceAll(base, 'PEER'),
          { state: j.state, attempts: j.attempts },
        ]),
      );
    expect(await reasons()).toEqual({
      'PEER did not answer within 1000 ms': {
        state: 'pending',
        attempts: 1,
      },
      [`PEER sent more than the ${a.ctx.federation!.maxResponseBytes} bytes read`]: {
        state: 'pending',
        attempts: 1,
      },
      [`PEER/good/garbage/inbox answered 500: <html>oops</html>`]: {
        state: 'pending',
        attempts: 1,
      },
      [`Could not read the DisCO PEER/huge/actor: PEER sent more than the ${a.ctx.federation!.maxResponseBytes} bytes read.`]:
        { state: 'pending', attempts: 1 },
    });

    const logged = lines
      .map((line) => JSON.parse(line) as { msg: string; reason: string; job: { kind: string } })
      .filter((line) => line.job?.kind === DELIVERY_JOB);
    expect(logged.map((line) => [line.msg, line.reason.replaceAll(base, 'PEER')]).sort()).toEqual(
      [
        [
          `job failed, will retry`,
          `Could not read the DisCO PEER/huge/actor: PEER sent more than the ${a.ctx.federation!.maxResponseBytes} bytes read.`,
        ],
        ['job failed, will retry', 'PEER did not answer within 1000 ms'],
        [
          'job failed, will retry',
          `PEER sent more than the ${a.ctx.federation!.maxResponseBytes} bytes read`,
        ],
        ['job failed, will retry', 'PEER/good/garbage/inbox answered 500'],
      ].sort(),
    );
    expect(lines.join('')).not.toContain('oops');

    // Retried after the backoff, and again kept with its reason.
    advance(2_000);
    await witnessingTick(a.ctx);
    for (const job of await listJobs(a.ctx, { kind: DELIVERY_JOB }))
      expect(job).toMatchObject({ state: 'pending', attempts: 2 });

    // Fetch: an activity signed under a key id at the peer, whose key document hangs or is huge.
    const key = await webcrypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      true,
      ['sign', 'verify'],
    );
    for (const mode of ['hang', 'huge', 'garbage']) {
      const actor = `${base}/${mode}/actor`;
      const signed = await signRequest(
        new Request(inbox, {
          method: 'POST',
          headers: { 'content-type': 'application/activity+json' },
          body: JSON.stringify({
            '@context': 'https://www.w3.org/ns/activitystreams',
            id: `${actor}/follows/1`,
            type: 'Follow',
            actor,
            object: ownActorId(a.ctx.federation!),
          }),
        }),
        key.privateKey,
        new URL(`${actor}#main-key`),
      );
      const answer = await fetch(signed);
      expect(answer.status).toBe(401);
    }
    await settle([a]);
    expect(await a.ctx.store.db.selectFrom('federation_relations').selectAll().execute()).toEqual(
      [],
    );
    expect((await fetch(`${a.server.url}/api/health`)).status).toBe(200);
  });
});
