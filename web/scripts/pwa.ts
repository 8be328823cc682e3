/**
 * What makes the Deck an installable app, made at build time with nothing downloaded: the PNG
 * icons the web manifest lists (drawn here, the same picture as public/favicon.svg) and the
 * service worker, which caches the Deck's shell (index.html, the entry's chunks and styles, the
 * icons) when installed and every hashed asset the first time it is fetched, so the Deck opens
 * without a connection. For the member signed in, the page itself and the dashboard's two reads
 * are answered stale-while-revalidate; every other API request goes to the node, and a write that
 * appended events forgets the API answers kept.
 */
import { deflateSync } from 'node:zlib';
import type { Plugin } from 'vite';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA image (`size` × `size`, row by row) as a PNG file. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(
      rows,
      y * (size * 4 + 1) + 1,
    );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

type Rgb = [number, number, number];
const BLUE: Rgb = [0x1f, 0x5f, 0x8b];
const DOTS: Array<[x: number, y: number, colour: Rgb]> = [
  [22, 24, [0xff, 0xff, 0xff]],
  [42, 24, [0xf2, 0xc1, 0x4e]],
  [32, 42, [0x9f, 0xd3, 0xa8]],
];

/**
 * The Deck's icon at `size` pixels, drawn on favicon.svg's 64-unit grid with 4 × 4 samples a
 * pixel. A maskable icon fills the square (the system cuts its own shape) and keeps the three
 * dots inside the central safe zone.
 */
export function drawIcon(size: number, maskable = false): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const unit = 64 / size;
  // Maskable: the picture shrunk to 70 %, centred, so nothing is cut by a circular mask.
  const scale = maskable ? 0.7 : 1;
  const pixel = (gx: number, gy: number): [Rgb, number] => {
    if (!maskable) {
      const r = 14;
      const cx = Math.min(Math.max(gx, r), 64 - r);
      const cy = Math.min(Math.max(gy, r), 64 - r);
      if ((gx - cx) ** 2 + (gy - cy) ** 2 > r * r) return [BLUE, 0];
    }
    const px = 32 + (gx - 32) / scale;
    const py = 32 + (gy - 32) / scale;
    for (const [x, y, colour] of DOTS) if ((px - x) ** 2 + (py - y) ** 2 <= 64) return [colour, 1];
    return [BLUE, 1];
  };
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const [colour, alpha] = pixel((x + (sx + 0.5) / 4) * unit, (y + (sy + 0.5) / 4) * unit);
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]! * alpha;
          sum[3]! += alpha;
        }
      const i = (y * size + x) * 4;
      const a = sum[3]!;
      for (let c = 0; c < 3; c++) rgba[i + c] = a > 0 ? Math.round(sum[c]! / a) : 0;
      rgba[i + 3] = Math.round((a / 16) * 255);
    }
  return rgba;
}

export const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

/** The API reads the service worker answers stale-while-revalidate (their routes answer ETags). */
export const CACHED_API_READS = ['/api/dashboard', '/api/distribution/flows'];
/**
 * The cache where the Deck notes which member is signed in (web/src/sw-api-cache.ts writes it,
 * the worker reads it): the API cache is kept per member, and a read is answered from it only
 * for the member the Deck last saw signed in.
 */
export const MEMBER_CACHE = 'disco-member';
export const MEMBER_KEY = '/__disco/member';
/** Where the worker keeps the node's page for every path but `/` (whose page preloads more). */
export const PAGE_KEY = '/__disco/page';

/**
 * The service worker's source, for a build whose shell is `shell` and whose pages' chunks are
 * `routes` (paths from the root).
 */
export function serviceWorker(version: string, shell: string[], routes: string[] = []): string {
  return `// Written by web/scripts/pwa.ts at build time.
const CACHE = ${JSON.stringify(`deck-${version}`)};
const API_CACHE = ${JSON.stringify(`deck-api-${version}`)};
const SHELL = ${JSON.stringify(['/', ...shell])};
const ROUTES = ${JSON.stringify(routes)};
const API_READS = ${JSON.stringify(CACHED_API_READS)};
const MEMBER_CACHE = ${JSON.stringify(MEMBER_CACHE)};
const MEMBER_KEY = ${JSON.stringify(MEMBER_KEY)};
const PAGE_KEY = ${JSON.stringify(PAGE_KEY)};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()),
  );
});

// The caches of older builds go, but for the previous build's files (caches.keys() lists the
// caches in the order they were made): a page it started may still be open, and the chunks it has
// yet to load are found there, where the node, deployed anew, no longer has them. Its API answers
// go: they may be of another shape.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => {
        const older = keys.filter((k) => k.startsWith('deck-') && k !== CACHE && k !== API_CACHE);
        const previous = older.filter((k) => !k.startsWith('deck-api-')).pop();
        return Promise.all(older.filter((k) => k !== previous).map((k) => caches.delete(k)));
      })
      .then(() => self.clients.claim()),
  );
});

// A returning member's page asks, once it is idle, for the other pages' code to be fetched ahead
// (web/src/main.tsx): one at a time, so it never competes with what the member does.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'prefetch-routes') return;
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      for (const url of ROUTES) {
        if (await cache.match(url)) continue;
        try {
          const response = await fetch(url);
          if (response.ok) await cache.put(url, response);
        } catch {
          return; // offline again: the rest waits for the next visit
        }
      }
    }),
  );
});

async function signedInMember() {
  const hit = await (await caches.open(MEMBER_CACHE)).match(MEMBER_KEY);
  return hit ? hit.text() : null;
}

async function tellPages(message) {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

/**
 * The dashboard's reads, stale-while-revalidate: the member's last answer at once, and the node
 * asked again behind it (a conditional GET: a 304 when nothing changed). When the node's answer
 * differs, the pages are told, and ask again (from the cache, now fresh). Only for the member the
 * Deck last saw signed in, keyed by them; never a read that must show the member's own write
 * (Disco-Min-Seq); a refusal forgets the answer kept.
 */
async function staleWhileRevalidate(event, request, url) {
  const member = await signedInMember();
  if (!member) return fetch(request);
  const cache = await caches.open(API_CACHE);
  const key = new URL(url);
  key.searchParams.set('disco-member', member);
  const kept = await cache.match(key.href);
  const before = writes;
  const fresh = fetch(request).then(async (response) => {
    if (response.status === 200) {
      if ((await signedInMember()) === member) {
        await cache.put(key.href, response.clone());
        // A write answered while this read was on its way: the answer may predate it. Whichever
        // of this put and the write's forgetting came last, the answer is not kept.
        if (writes !== before) await cache.delete(key.href);
      }
      if (kept && kept.headers.get('ETag') !== response.headers.get('ETag'))
        await tellPages({ type: 'api-updated', path: url.pathname });
    } else if (response.status === 401 || response.status === 403) {
      await cache.delete(key.href);
      if (kept) await tellPages({ type: 'api-updated', path: url.pathname });
    }
    return response;
  });
  if (!kept) return fresh;
  event.waitUntil(fresh.catch(() => {}));
  return kept;
}

/** Writes this worker has seen answered with \`Disco-Seq\` (they appended events). */
let writes = 0;

/** Forgets every API answer kept, for every member. */
async function forgetApiAnswers() {
  const cache = await caches.open(API_CACHE);
  await Promise.all((await cache.keys()).map((key) => cache.delete(key)));
}

/**
 * A write goes to the node as it is. One that appended events (it answers \`Disco-Seq\`) makes
 * every kept API answer stale: they are forgotten before the page hears of the write, so no read
 * the page makes after it (a navigation's preloads included, which carry no Disco-Min-Seq) is
 * answered with the ledger as it was before.
 */
async function write(request) {
  const response = await fetch(request);
  if (response.headers.has('Disco-Seq')) {
    writes++;
    await forgetApiAnswers();
  }
  return response;
}

/**
 * The Deck's page, stale-while-revalidate for a member signed in: the index.html the node last
 * sent at once, the node asked again behind it and its answer kept for the next navigation. So a
 * new deploy's page is shown from the navigation after the one that fetched it (its worker, found
 * by the browser's own update check, has its own cache by then). Kept apart for \`/\` and for the
 * other pages: the node's page carries the preloads of the page asked for (src/http/serve-deck.ts).
 * A visitor nobody is signed in for gets the node's page, or the kept one with no connection.
 */
async function navigate(event, request, url) {
  const cache = await caches.open(CACHE);
  const key = url.pathname === '/' ? '/' : PAGE_KEY;
  // Asked of the cache before the node is: a cache answers in the order it is asked, so this is
  // the page kept before this navigation, never the node's answer to it if that comes back first.
  // A cache that cannot answer counts as one that kept nothing: the node's page is shown.
  const keptPage = cache.match(key).catch(() => undefined);
  const fresh = fetch(request).then(async (response) => {
    const html = (response.headers.get('Content-Type') ?? '').startsWith('text/html');
    if (response.ok && html) await cache.put(key, response.clone());
    return response;
  });
  const kept = (await signedInMember()) ? await keptPage : undefined;
  if (!kept)
    return fresh.catch(async () => (await cache.match(key)) ?? (await cache.match('/')));
  event.waitUntil(fresh.catch(() => {}));
  return kept;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== 'GET') {
    if (url.pathname.startsWith('/api/')) event.respondWith(write(request));
    return;
  }
  if (url.pathname.startsWith('/api/')) {
    // Every other API request goes to the network as it is: never a stale answer.
    if (API_READS.includes(url.pathname) && !request.headers.has('Disco-Min-Seq'))
      event.respondWith(staleWhileRevalidate(event, request, url));
    return;
  }
  if (request.mode === 'navigate') {
    // Any page is the single-page app.
    event.respondWith(navigate(event, request, url));
    return;
  }
  // Hashed assets never change: from the cache, or fetched once and kept.
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ??
        fetch(request).then((response) => {
          if (response.ok && url.pathname.startsWith('/assets/')) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
`;
}

/** The Vite plugin: emits the icons and `sw.js` beside the build. */
export function pwa(): Plugin {
  return {
    name: 'disco-deck-pwa',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const icon of ICONS)
        this.emitFile({
          type: 'asset',
          fileName: icon.file,
          source: encodePng(icon.size, drawIcon(icon.size, icon.maskable)),
        });
      // The shell: the entry chunk, what it imports statically, and their styles.
      const shell = new Set<string>();
      const visit = (fileName: string) => {
        const item = bundle[fileName];
        if (!item || item.type !== 'chunk' || shell.has(fileName)) return;
        shell.add(fileName);
        for (const css of item.viteMetadata?.importedCss ?? []) shell.add(css);
        for (const imported of item.imports) visit(imported);
      };
      for (const item of Object.values(bundle))
        if (item.type === 'chunk' && item.isEntry) visit(item.fileName);
      const files = [...shell].sort();
      // The pages' chunks (and what they import), prefetched for a returning member; not the
      // words of the other language, which a reader never loads.
      const routes = new Set<string>();
      const visitRoute = (fileName: string) => {
        const item = bundle[fileName];
        if (!item || item.type !== 'chunk' || shell.has(fileName) || routes.has(fileName)) return;
        if (/[\\/](i18n|words)[\\/]/.test(item.facadeModuleId ?? '')) return;
        routes.add(fileName);
        for (const css of item.viteMetadata?.importedCss ?? []) routes.add(css);
        for (const imported of item.imports) visitRoute(imported);
      };
      for (const fileName of shell) {
        const item = bundle[fileName];
        if (item?.type === 'chunk') for (const lazy of item.dynamicImports) visitRoute(lazy);
      }
      const lazy = [...routes].sort();
      const version = crc32(Buffer.from([...files, ...lazy].join('\n'))).toString(16);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorker(
          version,
          [
            ...files.map((f) => `/${f}`),
            '/favicon.svg',
            '/manifest.webmanifest',
            ...ICONS.map((i) => `/${i.file}`),
          ],
          lazy.map((f) => `/${f}`),
        ),
      });
    },
  };
}
