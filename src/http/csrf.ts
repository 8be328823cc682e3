import type { MiddlewareHandler } from 'hono';
import { csrfTokenMatches } from '../app/auth/csrf-token.js';
import { AppError, refusal } from '../app/errors.js';
import type { HttpEnv } from './env.js';
import { isServerToServer } from './server-to-server.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * Cross-site request forgery protection, two layers for writes, on every path (so a write route
 * added outside `/api` is covered too):
 *
 * - a request whose `Origin` names another site is refused (this also stops a forged sign-in
 *   that would log a member into someone else's account);
 * - a write authenticated by the session cookie must repeat the session's CSRF token in
 *   `X-CSRF-Token`; a cross-site page cannot read it. Writes that prove who they are with their
 *   own secret (`ownSecret`: signing in with a password, accepting an invitation) need no token,
 *   since a leftover cookie gives them no authority.
 *
 * Bearer-token requests are exempt from both: a browser never attaches the token by itself, so a
 * page on another site cannot make a member's browser send one. So are the server-to-server routes
 * (`server-to-server.ts`), which browsers do not call.
 *
 * @example app.use('*', csrfProtection((path) => path === '/api/auth/sign-in')) // after resolveActor
 */
export function csrfProtection(ownSecret: (path: string) => boolean): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || isServerToServer(c.req.path)) return next();
    const credential = c.var.credential;
    if (credential?.kind === 'api-token' || credential?.kind === 'local-operator') return next();
    const origin = c.req.header('origin');
    if (
      origin !== undefined &&
      origin !== new URL(c.req.url).origin &&
      !sameHost(origin, c.req.header('host'))
    ) {
      throw new AppError(
        403,
        'csrf-token-mismatch',
        refusal('refusal.csrf-other-site', { origin: origin.slice(0, 100) }),
        refusal('hint.use-deck-served-node-api-token'),
      );
    }
    if (credential?.kind === 'session' && !ownSecret(c.req.path)) {
      const presented = c.req.header(CSRF_HEADER);
      if (presented === undefined) {
        throw new AppError(
          403,
          'csrf-token-missing',
          refusal('refusal.csrf-token-missing', { CSRF_HEADER }),
          refusal('hint.read-csrftoken-from-get-api-auth'),
        );
      }
      if (!csrfTokenMatches(credential.token, presented)) {
        throw new AppError(
          403,
          'csrf-token-mismatch',
          refusal('refusal.csrf-token-not-this-session', { CSRF_HEADER }),
          refusal('hint.read-csrftoken-from-get-api-auth-2'),
        );
      }
    }
    return next();
  };
}

/** Behind a proxy the request URL may say http://internal while the browser's origin is https://public. */
function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
