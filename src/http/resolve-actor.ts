import type { MiddlewareHandler } from 'hono';
import type { AuthContext } from '../app/auth/auth-context.js';
import { resolveApiToken } from '../app/auth/resolve-api-token.js';
import { currentSession } from '../app/auth/sessions.js';
import { AppError, refusal } from '../app/errors.js';
import { loadActor } from '../app/members/load-actor.js';
import type { HttpEnv } from './env.js';
import { logCredentialRefusal } from './log-refusal.js';
import { clearSessionCookie, overHttps, sessionCookieOf } from './session-cookie.js';

// The scheme is case-insensitive (RFC 9110 §11.1): `bearer` and `BEARER` are the same scheme.
const BEARER = /^bearer +([^\s]+)$/i;

/**
 * Finds who a request acts for: an `Authorization: Bearer <api token>` header, else the session
 * cookie, else nobody. A bad bearer token is refused outright (a program should stop and say so);
 * a bad cookie is dropped, logged and cleared, and the request goes on as anonymous, so an old
 * cookie never locks a browser out of the public pages.
 *
 * @example app.use('/api/*', resolveActor(actx, { trustProxy: false }))
 */
export function resolveActor(
  ctx: AuthContext,
  options: { trustProxy: boolean; localOperator?: string },
): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    c.set('actor', null);
    c.set('credential', null);
    c.set('cookieRefusal', null);
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const token = BEARER.exec(authorization)?.[1];
      if (!token) {
        throw new AppError(
          401,
          'token-unknown',
          refusal('refusal.authorization-not-bearer-token'),
          refusal('hint.create-token-post-api-tokens'),
        );
      }
      const { memberId, tokenId } = await resolveApiToken(ctx, token);
      c.set('actor', await loadActor(ctx, memberId));
      c.set('credential', { kind: 'api-token', tokenId });
      return next();
    }
    if (options.localOperator !== undefined) {
      c.set('actor', await loadActor(ctx, options.localOperator));
      c.set('credential', { kind: 'local-operator' });
      return next();
    }
    const cookie = sessionCookieOf(c);
    if (cookie !== undefined) {
      try {
        const session = await currentSession(ctx, cookie);
        c.set('actor', await loadActor(ctx, session.memberId));
        c.set('credential', {
          kind: 'session',
          token: cookie,
          expiresAt: session.expiresAt,
          csrfToken: session.csrfToken,
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        logCredentialRefusal(c, error);
        c.set('cookieRefusal', error);
        clearSessionCookie(c, overHttps(c, options.trustProxy));
      }
    }
    return next();
  };
}
