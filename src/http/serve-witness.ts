import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { AppContext } from '../app/context.js';
import type { HttpEnv } from './env.js';
import type { RunningServer } from './serve.js';
import { witnessRoutes } from './routes/witness.js';

/**
 * A witness alone (`disco witness serve`): only the tlog-witness routes under `/witness`, on a
 * data directory of its own that needs no ledger.
 *
 * @example const server = await serveWitness(ctx, { port: 0, host: '127.0.0.1' });
 */
export async function serveWitness(
  ctx: AppContext,
  options: { port: number; host: string },
): Promise<RunningServer> {
  const app = new Hono<HttpEnv>();
  app.route('/witness', witnessRoutes(ctx));
  app.notFound((c) => c.text('not found: this is a witness; POST /witness/add-checkpoint\n', 404));
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
