/**
 * How much JavaScript a member's browser downloads before the Deck is usable (the entry chunk
 * and everything it imports statically), gzipped, against the 300 KB target; and each lazily
 * loaded chunk (echarts, the verifier) beside it. Reads the Vite manifest of `npm run build:web`;
 * exits 1 above the target. Run with `npm run web:size`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const TARGET_BYTES = 300 * 1024;
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;

const gzipped = (chunk: ManifestChunk): number =>
  gzipSync(readFileSync(join(dist, chunk.file)), { level: 9 }).length;

/** A chunk and every chunk it imports statically: what loads before it can run. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
}

const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
const initial = new Set(entries.flatMap((key) => [...closure(key)]));
const lazy = new Set(
  Object.values(manifest)
    .flatMap((chunk) => chunk.dynamicImports ?? [])
    .filter((key) => !initial.has(key)),
);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const initialBytes = [...initial].reduce((sum, key) => sum + gzipped(manifest[key]!), 0);
const lines = [
  `initial JavaScript (gzip -9): ${kb(initialBytes)} of the ${kb(TARGET_BYTES)} target`,
  ...[...initial].map((key) => `  ${manifest[key]!.file}  ${kb(gzipped(manifest[key]!))}`),
  'loaded lazily:',
  ...[...lazy].map((key) => {
    const extra = [...closure(key)].filter((k) => !initial.has(k));
    return `  ${manifest[key]!.name ?? key}: ${kb(extra.reduce((sum, k) => sum + gzipped(manifest[k]!), 0))} (${extra.map((k) => manifest[k]!.file).join(', ')})`;
  }),
];
process.stdout.write(`${lines.join('\n')}\n`);
if (initialBytes > TARGET_BYTES) {
  process.stderr.write(
    `The initial JavaScript is over the ${kb(TARGET_BYTES)} target: split what the first page does not need into a lazily loaded chunk.\n`,
  );
  process.exit(1);
}
