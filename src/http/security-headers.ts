import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { HttpEnv } from './env.js';

/**
 * Headers every response carries: no MIME sniffing, no framing (clickjacking), no Referer
 * leaking a path that may hold an invitation or reset token. A response that set its own
 * Content-Security-Policy (the Deck's pages and files) keeps it; any other (API JSON, problems,
 * 404s) gets one that allows nothing, since none of them is meant to render.
 *
 * Strict-Transport-Security is left to the TLS terminator: the node speaks plain HTTP behind it
 * and cannot know which host names it serves over HTTPS.
 *
 * @example app.use('*', securityHeaders())
 */
export function securityHeaders(): MiddlewareHandler<HttpEnv> {
  return secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: false,
    // Keep what a route set on purpose (the Deck's CSP); fill in the rest.
    overwrite: false,
  });
}
