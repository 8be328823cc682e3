/**
 * How much JavaScript a member's browser downloads on a first visit to the dashboard, gzipped,
 * against the 200 KB target: the entry chunk and everything it imports statically, and the chunks
 * the dashboard's route imports dynamically as it starts (with what they import), the ledger
 * monitor that runs on every page included; the service worker is not counted. Each chunk loaded
 * lazily elsewhere is listed beside it. Reads the Vite manifest of `npm run build:web`; exits 1
 * above the target. Run with `npm run web:size`. web/e2e/charts.test.ts checks that a real first
 * visit loads exactly the chunks counted here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export const TARGET_BYTES = 200 * 1024;
export const DIST = fileURLToPath(new URL('../dist', import.meta.url));

/**
 * The modules that the dashboard's route imports dynamically on a first visit, by their source
 * path (the manifest's key). The manifest says which dynamic imports a chunk holds, not which of
 * them a route runs, so they are named here; a name missing from the build fails this script, and
 * the e2e test fails when a first visit loads a chunk this list leaves out.
 */
export const DASHBOARD_DYNAMIC_IMPORTS = [
  // The ledger monitor checks the node's checkpoint on every page, as the app starts.
  'src/monitor/check-ledger.ts',
  // The dashboard's latest activity, loaded after its figures.
  'src/activity/ActivityLines.tsx',
  // The Shell's ledger-alarm banner and the sender of work queued offline, on every page after
  // the page's own chunk (web/src/layout/Shell.tsx).
  'src/monitor/LedgerAlarmBanner.tsx',
  'src/offline/QueuedWork.tsx',
];

export function readManifest(dist = DIST): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** A chunk and every chunk it imports statically: what loads before it can run. */
export function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

/**
 * What a reader also loads on the dashboard in each language: the Deck's words in it
 * (i18n/index.ts imports them before the first render), and in another language than English the
 * server messages' outcome words, for the Sankey's node names and the latest activity
 * (words/render.ts loads them when a page first needs them; an English first visit shows the
 * server's English labels and never does).
 */
export const LANGUAGE_IMPORTS: Record<'en' | 'es', string[]> = {
  en: ['src/i18n/english.ts'],
  es: ['src/i18n/spanish.ts', 'src/words/outcome-catalogue.es.ts'],
};

/** The manifest keys of every chunk a first visit to the dashboard loads, in English or not. */
export function firstVisitChunks(
  manifest: Manifest,
  language = 'en',
): {
  initial: Set<string>;
  dynamic: Set<string>;
} {
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  if (entries.length === 0) throw new Error('The Vite manifest names no entry chunk.');
  const initial = new Set(entries.flatMap((key) => [...closure(manifest, key)]));
  const dynamic = new Set<string>();
  const sources = [
    ...DASHBOARD_DYNAMIC_IMPORTS,
    ...LANGUAGE_IMPORTS[language.startsWith('es') ? 'es' : 'en'],
  ];
  for (const source of sources) {
    if (!manifest[source])
      throw new Error(
        `${source} is not a chunk of this build: update DASHBOARD_DYNAMIC_IMPORTS in web/scripts/bundle-size.ts.`,
      );
    for (const key of closure(manifest, source)) if (!initial.has(key)) dynamic.add(key);
  }
  return { initial, dynamic };
}

const gzipped = (dist: string, chunk: ManifestChunk): number =>
  gzipSync(readFileSync(join(dist, chunk.file)), { level: 9 }).length;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function report(dist = DIST): number {
  if (!existsSync(join(dist, '.vite', 'manifest.json'))) {
    process.stderr.write('No build of the Deck: run `npm run build:web` first.\n');
    return 1;
  }
  const manifest = readManifest(dist);
  const { initial, dynamic } = firstVisitChunks(manifest, 'en');
  const size = (key: string) => gzipped(dist, manifest[key]!);
  const sum = (keys: Iterable<string>) => [...keys].reduce((total, key) => total + size(key), 0);
  const total = sum(initial) + sum(dynamic);
  const other = firstVisitChunks(manifest, 'es');
  const otherExtra = [...other.dynamic].filter((key) => !dynamic.has(key));
  const englishOnly = [...dynamic].filter((key) => !other.dynamic.has(key));
  const otherTotal = sum(other.initial) + sum(other.dynamic);
  const counted = new Set([...initial, ...dynamic, ...otherExtra]);
  const lazy = new Set(
    Object.values(manifest)
      .flatMap((chunk) => chunk.dynamicImports ?? [])
      .filter((key) => !counted.has(key)),
  );
  const lines = [
    `first visit to the dashboard in English (gzip -9): ${kb(total)} of the ${kb(TARGET_BYTES)} target`,
    `  the entry and its static imports: ${kb(sum(initial))}`,
    ...[...initial].map((key) => `    ${manifest[key]!.file}  ${kb(size(key))}`),
    `  imported dynamically as the dashboard starts: ${kb(sum(dynamic))}`,
    ...[...dynamic].map((key) => `    ${manifest[key]!.file}  ${kb(size(key))}`),
    `the same in Spanish: ${kb(otherTotal)}, without`,
    ...englishOnly.map((key) => `    ${manifest[key]!.file}  ${kb(size(key))}`),
    '  and with',
    ...otherExtra.map((key) => `    ${manifest[key]!.file}  ${kb(size(key))}`),
    'loaded lazily elsewhere:',
    ...[...lazy].map((key) => {
      const extra = [...closure(manifest, key)].filter((k) => !counted.has(k));
      return `  ${manifest[key]!.name ?? key}: ${kb(sum(extra))} (${extra.map((k) => manifest[k]!.file).join(', ')})`;
    }),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (Math.max(total, otherTotal) > TARGET_BYTES) {
    process.stderr.write(
      `A first visit to the dashboard downloads more than the ${kb(TARGET_BYTES)} target: split what it does not need into lazily loaded chunks.\n`,
    );
    return 1;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(report());
