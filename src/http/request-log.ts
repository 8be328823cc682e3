import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { HttpEnv } from './env.js';
import { redactPath } from './redact-path.js';

/**
 * Gives each request a child logger named by its request id, and logs one line when it ends.
 * Only the path is logged, with token-shaped segments redacted, never the query or headers.
 *
 * @example app.use('*', requestId(), requestLog(logger))
 */
export function requestLog(logger: Logger): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const log = logger.child({ reqId: c.var.requestId });
    c.set('log', log);
    const start = performance.now();
    await next();
    log.info(
      {
        method: c.req.method,
        path: redactPath(c.req.path),
        status: c.res.status,
        ms: Math.round(performance.now() - start),
      },
      'request',
    );
  };
}
