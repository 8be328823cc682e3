import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { HttpEnv } from './env.js';

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
    isApi(c.req.path) || c.req.path === '/' ? next() : serveStatic<HttpEnv>({ root })(c, next),
  );
  app.get('*', (c, next) => {
    if (isApi(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Security-Policy', DECK_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    // Read on each request: a rebuilt Deck is served without restarting the node.
    return c.html(readFileSync(indexFile, 'utf8'));
  });
  return true;
}
