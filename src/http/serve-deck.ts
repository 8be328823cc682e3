import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { HttpEnv } from './env.js';
import { sessionCookieOf } from './session-cookie.js';

/** Where `npm run build:web` leaves the Deck: from src/http/ in the sources, from dist/ built. */
export const DECK_DIR = fileURLToPath(
  new URL(import.meta.url.endsWith('.ts') ? '../../web/dist' : '../web/dist', import.meta.url),
);

/**
 * The Deck fetches only its own origin; React sets inline styles, nothing runs inline.
 * The ledger verifier runs in a Web Worker built as its own same-origin file, and `/sw.js` is the
 * Deck's service worker: `worker-src` says so rather than leaning on the fallback to
 * `script-src`, and allows no `blob:` worker.
 */
const DECK_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * What a signed-in browser's page will ask for first, so it asks while the Deck's scripts are
 * still loading instead of after they ran: every page asks who is signed in, the dashboard (`/`,
 * where members land) its figures and the last run's flows. Only a hint: a session cookie that
 * is no longer valid gets the same refusal the page would, and the page then uses none of it.
 */
export function earlyRequests(path: string, signedIn: boolean): string[] {
  if (!signedIn) return [];
  return path === '/'
    ? ['/api/auth/session', '/api/dashboard', '/api/distribution/flows']
    : ['/api/auth/session'];
}

/**
 * `index.html` with `<link rel="preload">` for `urls`, ahead of the scripts so that a browser
 * limited to six connections asks for them first. `crossorigin` (anonymous) is what matches the
 * Deck's own `fetch` (CORS mode, same-origin credentials): without it the browser would fetch
 * twice.
 */
export function withEarlyRequests(html: string, urls: string[]): string {
  if (urls.length === 0) return html;
  const links = urls.map((url) => `<link rel="preload" as="fetch" crossorigin href="${url}">`);
  return html.replace('</title>', `</title>\n    ${links.join('\n    ')}`);
}

/**
 * Serves the built Deck beside the API, on the same origin so the session cookie and CSRF token
 * need no CORS: files from `root`, and `index.html` for any other GET outside `/api`, so a
 * reloaded deep link (`/proposals/…`) reaches the single-page app's router. A node without a
 * built Deck serves only the API.
 *
 * @example serveDeck(app); // after createHttpApp(ctx): GET / answers the Deck's index.html
 */
export function serveDeck(app: Hono<HttpEnv>, root: string = DECK_DIR): boolean {
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const isApi = (path: string): boolean => path === '/api' || path.startsWith('/api/');
  app.use('*', async (c, next) => {
    await next();
    // The Deck's files (its worker script above all) answer with the Deck's policy, not the API's.
    if (!isApi(c.req.path) && (c.req.method === 'GET' || c.req.method === 'HEAD') && c.res.ok)
      c.header('Content-Security-Policy', DECK_CSP);
  });
  app.use('/assets/*', async (c, next) => {
    await next();
    // Vite puts a content hash in every asset's name, so a cached copy is never stale.
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.get('*', async (c, next) =>
    isApi(c.req.path) || c.req.path === '/'
      ? next()
      : // The build leaves .br and .gz copies beside the text files (web/scripts/precompress.ts).
        serveStatic<HttpEnv>({ root, precompressed: true })(c, next),
  );
  app.get('*', (c, next) => {
    if (isApi(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Security-Policy', DECK_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    // The page differs by whether the request carries a session cookie (earlyRequests).
    c.header('Vary', 'Cookie');
    // Read on each request: a rebuilt Deck is served without restarting the node.
    const html = readFileSync(indexFile, 'utf8');
    return c.html(
      withEarlyRequests(html, earlyRequests(c.req.path, sessionCookieOf(c) !== undefined)),
    );
  });
  return true;
}
