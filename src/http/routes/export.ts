import { Transform } from 'node:stream';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { exportLedger } from '../../app/ledger/export-ledger.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';

const NDJSON = 'application/x-ndjson';

const exportRoute = createRoute({
  method: 'get',
  path: '/ledger/export',
  tags: ['Ledger'],
  summary: 'Download the whole ledger',
  description: [
    'The portable ledger file (newline-delimited JSON, streamed) that any node or auditor can verify offline, e.g. with `disco ledger verify FILE`.',
    'Line 1 is the header `{"format":"disco-cat/export@1","ledgerId","nodeKey","size","exportedAt"}`; then one `{"checkpoint": Checkpoint}` line per signed checkpoint, then (when witnesses cosigned the latest) one `{"cosignatures": {origin, treeSize, lines}}` line, then one `{"event": LedgerEvent}` line per event in order of seq.',
    'A connection that ends before `size` events arrived is a failed download, not a smaller ledger.',
  ].join('\n\n'),
  responses: {
    200: {
      description: 'The ledger file.',
      content: {
        [NDJSON]: {
          schema: z
            .string()
            .openapi({ description: 'One JSON value per line, as described above.' }),
        },
      },
    },
    ...problemResponses(409),
  },
});

/** Thrown into the export when the client stops reading, so it stops instead of waiting for a drain. */
class ClientGone extends Error {
  override readonly name = 'ClientGone';
}

/**
 * `GET /ledger/export`: streams `exportLedger` to the client with backpressure, so a large
 * ledger never sits in memory. Errors before the first byte (no ledger yet) are problems like
 * any other; after it, the only honest signal left is to break the connection.
 *
 * @example app.route('/api', exportRoutes(ctx))
 */
export function exportRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  // Documented, but served by a plain handler: zod-openapi's response typing knows JSON and text,
  // not a stream of NDJSON, and there is no input to validate.
  app.openAPIRegistry.registerPath(exportRoute);
  app.get(exportRoute.getRoutingPath(), async (c) => {
    const log = c.var.log;
    let markStarted = (): void => undefined;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const lines = new Transform({
      transform(chunk, _encoding, callback) {
        markStarted();
        callback(null, chunk);
      },
    });
    // Without a listener an 'error' on the stream would crash the process; the export reports it.
    lines.on('error', () => undefined);
    const done = exportLedger(ctx, lines).then(
      () => {
        lines.end();
      },
      (error: unknown) => {
        if (error instanceof ClientGone || lines.destroyed)
          log.info('export stopped: the client went away');
        else log.error({ err: error }, 'export failed part way');
        lines.destroy(error instanceof Error ? error : new Error(String(error)));
        throw error;
      },
    );
    await Promise.race([started, done]);
    // From here on a failure can only break the stream; keep it from becoming an unhandled rejection.
    done.catch(() => undefined);

    const chunks = lines[Symbol.asyncIterator]();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = (await chunks.next()) as IteratorResult<Buffer>;
        if (next.done) controller.close();
        else
          controller.enqueue(
            new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength),
          );
      },
      cancel() {
        lines.destroy(new ClientGone());
      },
    });
    return c.body(body, 200, {
      'Content-Type': NDJSON,
      'Content-Disposition': 'attachment; filename="disco-ledger.ndjson"',
      'Cache-Control': 'no-store',
    });
  });
  return app;
}
