import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { BodyLimits } from '../config/config.js';
import type { HttpEnv } from './env.js';
import { message } from '../core/messages/codes.js';
import { codedProblem, sendProblem } from './problem.js';
import { isServerToServer } from './server-to-server.js';

/** The routes that take whole files, and so the generous import limit. */
const IMPORT_ROUTES = [{ method: 'POST', path: '/api/interchange/contributions' }] as const;

function isImport(method: string, path: string): boolean {
  return IMPORT_ROUTES.some((route) => route.method === method && route.path === path);
}

function describeSize(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

function limited(maxSize: number, setting: string): MiddlewareHandler<HttpEnv> {
  return bodyLimit({
    maxSize,
    onError: (c) =>
      sendProblem(
        c,
        codedProblem(
          413,
          'body-too-large',
          message('refusal.body-too-large', {
            size: describeSize(maxSize),
            method: c.req.method,
            path: c.req.path.slice(0, 200),
          }),
          {
            hint: message('hint.send-smaller-body', { setting }),
            errors: [
              {
                field: '(body)',
                message: `must be at most ${maxSize} bytes`,
                ...message('field.body-at-most-bytes', { max: maxSize }),
              },
            ],
          },
        ),
      ),
  });
}

/**
 * Refuses a request body over its route's limit with a 413 problem: at once when
 * Content-Length says so, otherwise as soon as the streamed body passes the limit, so an
 * oversized body is never read whole nor parsed, whoever sends it.
 *
 * @example app.use('*', bodyLimits(config.bodyLimits))
 */
export function bodyLimits(limits: BodyLimits): MiddlewareHandler<HttpEnv> {
  const api = limited(limits.api, '--body-limit (DISCO_BODY_LIMIT)');
  const imports = limited(limits.import, '--import-body-limit (DISCO_IMPORT_BODY_LIMIT)');
  const serverToServer = limited(
    limits.serverToServer,
    '--server-to-server-body-limit (DISCO_SERVER_TO_SERVER_BODY_LIMIT)',
  );
  return (c, next) => {
    const path = c.req.path;
    if (isServerToServer(path)) return serverToServer(c, next);
    if (isImport(c.req.method, path)) return imports(c, next);
    return api(c, next);
  };
}
