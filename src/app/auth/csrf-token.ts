import { createHmac } from 'node:crypto';
import { sameSecret } from './secret-token.js';

/**
 * The CSRF token of a session is derived from the session's own secret, so nothing more is
 * stored and any server can recompute it. A cross-site page can neither read the HttpOnly cookie
 * nor our responses, so it cannot know this value; and the value does not reveal the cookie.
 *
 * @example res.json({ csrfToken: csrfTokenFor(sessionToken) })
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('disco-cat/csrf@1').digest('base64url');
}

/**
 * Whether a request's `X-CSRF-Token` is the one of its session, compared in constant time.
 *
 * @example if (!csrfTokenMatches(cookie, c.req.header('x-csrf-token'))) refuse();
 */
export function csrfTokenMatches(sessionToken: string, presented: string | undefined): boolean {
  return presented !== undefined && sameSecret(presented, csrfTokenFor(sessionToken));
}
