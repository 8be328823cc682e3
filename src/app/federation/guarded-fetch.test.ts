import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { federationContext } from './federation-settings.js';
import { checkRemoteUrl, guardedFetch, isPrivateAddress } from './guarded-fetch.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A misbehaving peer on loopback. */
async function peer(answer: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(answer);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const testMode = federationContext('http://127.0.0.1:1', {
  allowHttp: true,
  allowPrivateAddresses: true,
  timeoutMs: 500,
  maxResponseBytes: 64 * 1024,
});

describe('remote fetches of federation peers', () => {
  it('refuses private, loopback and link-local addresses and plain http unless the test settings allow them', async () => {
    const production = federationContext('https://coop.example');
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '169.254.169.254',
      '192.168.0.9',
      '::1',
      'fd00::1',
      '::ffff:127.0.0.1',
    ])
      expect(isPrivateAddress(address)).toBe(true);
    expect(isPrivateAddress('93.184.216.34')).toBe(false);
    await expect(checkRemoteUrl(production, 'https://127.0.0.1/actor')).rejects.toThrow(
      /private address 127\.0\.0\.1/,
    );
    await expect(checkRemoteUrl(production, 'https://[::1]/actor')).rejects.toThrow(
      /private address/,
    );
    await expect(checkRemoteUrl(production, 'https://localhost/actor')).rejects.toThrow(
      /private address/,
    );
    await expect(checkRemoteUrl(production, 'http://93.184.216.34/actor')).rejects.toThrow(
      /only https/,
    );
    await expect(checkRemoteUrl(production, 'file:///etc/passwd')).rejects.toThrow(/only https/);
    expect((await checkRemoteUrl(testMode, 'http://127.0.0.1:9/actor')).href).toBe(
      'http://127.0.0.1:9/actor',
    );
  });

  it('follows no redirect to a private address', async () => {
    // A public peer (an address literal, so no DNS) that redirects to the cloud metadata service.
    const redirecting = federationContext('https://coop.example', {
      fetch: async () =>
        new Response(null, { status: 302, headers: { location: 'https://169.254.169.254/' } }),
    });
    await expect(guardedFetch(redirecting, 'https://93.184.216.34/actor')).rejects.toThrow(
      /private address 169\.254\.169\.254/,
    );
  });

  it('bounds a peer that hangs, one that sends 10 MB, and one that breaks off', async () => {
    const hangs = await peer(() => undefined);
    await expect(guardedFetch(testMode, hangs)).rejects.toThrow(/did not answer within 500 ms/);
    const huge = await peer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/activity+json' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const more = () => {
        while (sent < 10 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', more);
        }
        res.end();
      };
      more();
    });
    await expect(guardedFetch(testMode, huge)).rejects.toThrow(/more than the 65536 bytes read/);
    const declared = await peer((_req, res) => {
      res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
      res.write('x');
    });
    await expect(guardedFetch(testMode, declared)).rejects.toThrow(/answered 10485760 bytes/);
    const slowBody = await peer((_req, res) => {
      res.writeHead(200);
      res.write('{"partial":');
    });
    await expect(guardedFetch(testMode, slowBody)).rejects.toThrow(/did not finish answering/);
  });
});
