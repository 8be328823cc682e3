import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { message } from '../core/messages/codes.js';
import type { HttpEnv } from './env.js';
import { codedProblem, sendProblem } from './problem.js';
import { securityHeaders } from './security-headers.js';
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

/** The languages the Deck speaks, and the module of each one's words (web/src/i18n/index.ts). */
const WORDS_MODULES = { en: 'src/i18n/english.ts', es: 'src/i18n/spanish.ts' } as const;
type DeckLanguage = keyof typeof WORDS_MODULES;

/**
 * The language the Deck will most likely speak to this browser: the first of its
 * `Accept-Language` (by weight, then order) that the Deck speaks, English otherwise. The Deck
 * picks from `navigator.languages`, which browsers send as that header; a member who chose another
 * language in the Deck (kept in their localStorage, out of the node's sight) costs one chunk
 * preloaded for nothing.
 */
export function deckLanguage(acceptLanguage: string | undefined): DeckLanguage {
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number(q ?? 1), order };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  const spoken = ranges.find((r) => r.language in WORDS_MODULES)?.language;
  return (spoken as DeckLanguage | undefined) ?? 'en';
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}
let manifestRead: { path: string; mtimeMs: number; chunks: Record<string, ManifestChunk> } | null =
  null;

/**
 * The files of the Deck's words in `language` (its chunk and what it imports), as paths from the
 * root, read from the build's manifest (`web/dist/.vite/manifest.json`, read again when it
 * changes); none when the build has no manifest or no such chunk.
 */
export function wordsFiles(root: string, language: DeckLanguage): string[] {
  const path = join(root, '.vite', 'manifest.json');
  try {
    const { mtimeMs } = statSync(path);
    if (manifestRead?.path !== path || manifestRead.mtimeMs !== mtimeMs)
      manifestRead = {
        path,
        mtimeMs,
        chunks: JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>,
      };
  } catch {
    return [];
  }
  const { chunks } = manifestRead;
  const files: string[] = [];
  const visit = (key: string) => {
    const chunk = chunks[key];
    if (!chunk || files.includes(`/${chunk.file}`)) return;
    files.push(`/${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(WORDS_MODULES[language]);
  return files;
}

/**
 * `index.html` with `<link rel="preload">` for `urls`, ahead of the scripts so that a browser
 * limited to six connections asks for them first. `crossorigin` (anonymous) is what matches the
 * Deck's own `fetch` (CORS mode, same-origin credentials): without it the browser would fetch
 * twice. Then `<link rel="modulepreload">` for `modules`: the words the first render waits for,
 * which the app would otherwise ask for only once its own chunk has run.
 */
export function withEarlyRequests(html: string, urls: string[], modules: string[] = []): string {
  if (urls.length === 0 && modules.length === 0) return html;
  const links = [
    ...urls.map((url) => `<link rel="preload" as="fetch" crossorigin href="${url}">`),
    ...modules.map((file) => `<link rel="modulepreload" crossorigin href="${file}">`),
  ];
  return html.replace('</title>', `</title>\n    ${links.join('\n    ')}`);
}

/** Whether `root` holds a built Deck. */
export function deckIsBuilt(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}

const isApi = (path: string): boolean => path === '/api' || path.startsWith('/api/');

/**
 * A path that names one of the Deck's files rather than one of its pages: its hashed assets, and
 * names with an extension (`/sw.js`, `/favicon.svg`, `/manifest.webmanifest`). A page's path
 * (`/proposals/…`) has none.
 */
const namesAFile = (path: string): boolean =>
  path.startsWith('/assets/') || /\/[^/]*\.[A-Za-z0-9]+$/.test(path);

/**
 * Serves the Deck's files, registered before the API's middleware so that a script or a style
 * costs a file read and nothing else (no request log line, no credential look-up, no body checks):
 * the first visit asks for several at once and waits on the slowest. They carry the security
 * headers every response does, with the Deck's policy; hashed assets are cacheable forever. A
 * missing `/assets/*` file is a coded 404 (a page of an older build asking for a chunk that is
 * gone), never the Deck's page in its place, which the browser would try to run as a script. Any
 * other missing name goes on to the API and the pages (serveDeckPages).
 *
 * @example serveDeckFiles(app, DECK_DIR); // first, before app.use(...) of the API
 */
export function serveDeckFiles(app: Hono<HttpEnv>, root: string = DECK_DIR): void {
  // The build leaves .br and .gz copies beside the text files (web/scripts/precompress.ts).
  const files = serveStatic<HttpEnv>({ root, precompressed: true });
  const protect = securityHeaders();
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (isApi(path) || !namesAFile(path)) return next();
    const served = await files(c, async () => {});
    if (served) {
      served.headers.set('Content-Security-Policy', DECK_CSP);
      // Vite puts a content hash in every asset's name, so a cached copy is never stale.
      if (path.startsWith('/assets/') && served.ok)
        served.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
      c.res = served;
    } else if (path.startsWith('/assets/')) {
      c.res = sendProblem(
        c,
        codedProblem(
          404,
          'not-found',
          message('refusal.no-such-deck-file', { path: path.slice(0, 200) }),
          { hint: message('hint.reload-for-newer-deck') },
        ),
      );
    } else return next();
    await protect(c, async () => {});
    return c.res;
  });
}

/**
 * Answers the Deck's `index.html` for any other GET outside `/api`, so a reloaded deep link
 * (`/proposals/…`) reaches the single-page app's router; registered after the API's routes.
 *
 * @example serveDeckPages(app, DECK_DIR); // last: GET / answers the Deck's index.html
 */
export function serveDeckPages(app: Hono<HttpEnv>, root: string = DECK_DIR): void {
  const indexFile = join(root, 'index.html');
  app.get('*', (c, next) => {
    if (isApi(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Security-Policy', DECK_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    // The page differs by whether the request carries a session cookie (earlyRequests) and by
    // the language its words are preloaded in.
    c.header('Vary', 'Cookie, Accept-Language');
    // Read on each request: a rebuilt Deck is served without restarting the node.
    const html = readFileSync(indexFile, 'utf8');
    return c.html(
      withEarlyRequests(
        html,
        earlyRequests(c.req.path, sessionCookieOf(c) !== undefined),
        wordsFiles(root, deckLanguage(c.req.header('Accept-Language'))),
      ),
    );
  });
}
