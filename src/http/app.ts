import { OpenAPIHono } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import { pino, type Logger } from 'pino';
import type { AppContext } from '../app/context.js';
import type { HttpEnv } from './env.js';
import { OPENAPI_PATH, serveOpenApiDocument } from './openapi.js';
import { problem, problemOf, sendProblem } from './problem.js';
import { requestLog } from './request-log.js';
import { checkpointRoutes } from './routes/checkpoints.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { validationHook } from './validation.js';

export interface HttpAppOptions {
  /** Where request lines and unexpected errors go; a default pino logger to stdout otherwise. */
  logger?: Logger;
}

/**
 * The HTTP API of a node: JSON under `/api`, every route documented at `/api/openapi.json`, every
 * error an RFC 9457 problem. The routes only translate; the work is done by `src/app` and the store.
 *
 * @example
 * const app = createHttpApp(await openApp({ dataDir: './data' }));
 * const res = await app.request('/api/health'); // { status: 'ok', database: 'sqlite', ledger: {...} }
 */
export function createHttpApp(ctx: AppContext, options: HttpAppOptions = {}): OpenAPIHono<HttpEnv> {
  const logger = options.logger ?? pino({ name: 'disco-cat' });
  const app = new OpenAPIHono<HttpEnv>({ defaultHook: validationHook });

  app.use('*', requestId(), requestLog(logger));

  app.route('/api', healthRoutes(ctx));
  app.route('/api', eventRoutes(ctx));
  app.route('/api', checkpointRoutes(ctx));
  app.route('/api', exportRoutes(ctx));
  serveOpenApiDocument(app);

  app.notFound((c) =>
    sendProblem(
      c,
      problem(404, 'not-found', `There is no route ${c.req.method} ${c.req.path.slice(0, 200)}.`, {
        hint: `The routes are listed in ${OPENAPI_PATH}.`,
      }),
    ),
  );

  app.onError((error, c) => {
    const known = problemOf(error);
    if (known) return sendProblem(c, known);
    // The client learns only that it failed and how to find it in the log; the error stays here.
    (c.var.log ?? logger).error({ err: error, method: c.req.method, path: c.req.path }, 'unexpected error');
    return sendProblem(
      c,
      problem(500, 'internal-error', `The server failed to answer this request. It was logged with request id ${c.var.requestId}.`, {
        hint: 'Try again later; if it keeps failing, tell the node operator the request id.',
      }),
    );
  });

  return app;
}
