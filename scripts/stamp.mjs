// What a build depends on, and whether dist/ and web/dist still match it. Plain JavaScript with
// no dependencies: bin/disco.js reads it at every start, where no build tool may be installed.
import { createHash } from 'node:crypto';
import {
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const STAMP_FILE = join(ROOT, 'dist', 'stamps.json');

const SHARED = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.mjs',
  'scripts/stamp.mjs',
];

/** The inputs of each part: the server and CLI bundle, and the Deck (which imports src/core too). */
export const PARTS = {
  server: { inputs: ['src', ...SHARED], output: join(ROOT, 'dist', 'disco.js') },
  deck: {
    inputs: [
      'src',
      'web/src',
      'web/index.html',
      'web/vite.config.ts',
      'web/tsconfig.json',
      ...SHARED,
    ],
    output: join(ROOT, 'web', 'dist', 'index.html'),
  },
};

// Tests are never bundled, so editing one leaves the build fresh.
const isInput = (name) => !/\.test\.tsx?$/.test(name) && !name.startsWith('.');

function files(path) {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => isInput(entry.name))
    .flatMap((entry) => files(join(path, entry.name)))
    .sort();
}

/** The files a part is built from. */
export function inputFiles(part) {
  return PARTS[part].inputs.flatMap(files);
}

/** SHA-256 over the paths and contents of a part's inputs. */
export function hashPart(part) {
  const hash = createHash('sha256');
  for (const file of inputFiles(part)) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

export function readStamps() {
  try {
    return JSON.parse(readFileSync(STAMP_FILE, 'utf8'));
  } catch {
    return {};
  }
}

export function writeStamp(part, hash, extra = {}) {
  writeFileSync(
    STAMP_FILE,
    JSON.stringify({ ...readStamps(), [part]: hash, ...extra }, null, 2) + '\n',
  );
}

/** Whether a part must be built: its output is missing, or its inputs changed since its stamp. */
export function isStale(part) {
  if (!existsSync(PARTS[part].output)) return true;
  return readStamps()[part] !== hashPart(part);
}

/**
 * The cheap check for every CLI start: hashing the sources costs more than the whole `--help`
 * budget, so it runs only when one of the files the build read (listed in the stamp) is gone or
 * newer than the stamp; a stamp whose hash still matches is touched, so the next start is cheap
 * again. A new file matters only once another file imports it, and that import is an edit.
 */
export function serverStaleness() {
  if (!existsSync(PARTS.server.output) || !existsSync(STAMP_FILE)) return 'missing';
  const stampTime = statSync(STAMP_FILE).mtimeMs;
  const read = readStamps().serverFiles ?? [];
  const changed =
    read.length === 0 ||
    read.some((file) => {
      const stat = statSync(join(ROOT, file), { throwIfNoEntry: false });
      return !stat || stat.mtimeMs > stampTime;
    });
  if (!changed) return 'fresh';
  if (readStamps().server !== hashPart('server')) return 'stale';
  const now = new Date();
  utimesSync(STAMP_FILE, now, now);
  return 'fresh';
}
