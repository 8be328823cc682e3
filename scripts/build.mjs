// `npm run build`: the server and CLI bundled by esbuild into dist/, the Deck by Vite into
// web/dist, and dist/commands.json, the index that lets the CLI load only the command it runs.
// `--if-stale` (npm start) builds only the parts whose inputs changed since their stamp.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hashPart, inputFiles, isStale, PARTS, ROOT, STAMP_FILE, writeStamp } from './stamp.mjs';

// The stamp is dated when the build began, so a file edited while it ran still counts as newer.
const began = new Date();
const ifStale = process.argv.includes('--if-stale');
const only = process.argv.find((arg) => arg === '--server' || arg === '--deck')?.slice(2);
const DIST = join(ROOT, 'dist');

/*
 * Native modules and packages that load files or threads by path at run time stay in
 * node_modules; every other package is inlined, so `dependencies` lists only these.
 */
// Fedify's Deno shims read __dirname, which an ES bundle lacks; it stays a runtime dependency,
// loaded only when a node federates.
export const EXTERNAL = ['better-sqlite3', 'pg', '@node-rs/argon2', 'pino', '@fedify/fedify'];

const sourceFiles = (dir, keep) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => keep.test(name) && !name.endsWith('.test.ts'))
    .map((name) => join(dir, name));

/** Every `*-worker.ts` under src/, wherever a helper adds one: each becomes dist/NAME.js. */
function workers(dir = 'src') {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? workers(join(dir, entry.name))
      : entry.name.endsWith('-worker.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

async function buildServer() {
  const { build } = await import('esbuild');
  const hash = hashPart('server');
  const commands = sourceFiles('src/cli/commands', /\.ts$/);
  // The old bundle goes (its chunks are named by hash); the Deck's stamp stays.
  for (const name of existsSync(DIST) ? readdirSync(DIST) : []) {
    if (name !== basename(STAMP_FILE)) rmSync(join(DIST, name), { recursive: true });
  }
  // One flat directory: a module finds its worker at ./NAME-worker.js from any chunk.
  await build({
    absWorkingDir: ROOT,
    entryPoints: [
      'src/cli/disco.ts',
      'src/cli/program.ts',
      'src/cli/command-index.ts',
      ...commands,
      ...workers(),
    ],
    outdir: DIST,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // Inlined CommonJS packages call require(); ES modules have none of their own.
    banner: {
      js: "import { createRequire as __discoRequire } from 'node:module'; const require = __discoRequire(import.meta.url);",
    },
    // A smaller file parses faster at every start; names stay, for error output and stack traces.
    minify: true,
    keepNames: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  const url = (file) => pathToFileURL(join(DIST, file)).href;
  const { indexCommands } = await import(url('command-index.js'));
  const { buildProgram } = await import(url('program.js'));
  const modules = await Promise.all(
    commands.map(async (file) => {
      const module = basename(file).replace(/\.ts$/, '.js');
      return { module, exports: await import(url(module)) };
    }),
  );
  const index = indexCommands(buildProgram(), modules);
  writeFileSync(join(DIST, 'commands.json'), JSON.stringify(index, null, 1) + '\n');
  writeStamp('server', hash, { serverFiles: inputFiles('server') });
}

async function buildDeck() {
  const { build } = await import('vite');
  const hash = hashPart('deck');
  await build({ root: join(ROOT, 'web'), logLevel: 'warn' });
  writeStamp('deck', hash);
}

/*
 * Two builds at once (test files in parallel workers each finding dist/ stale, or two `npm start`)
 * would delete each other's output half-way: the second waits for the first to finish, then finds
 * nothing stale. A lock older than ten minutes is a build that died, and is taken over.
 */
const LOCK = join(ROOT, 'node_modules', '.disco-build-lock');
function takeLock() {
  const waitUntil = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if (error?.code !== 'EEXIST') throw error;
    }
    let age = 0;
    try {
      age = Date.now() - statSync(LOCK).mtimeMs;
    } catch {
      continue;
    }
    if (age > 10 * 60_000 || Date.now() > waitUntil) rmSync(LOCK, { recursive: true, force: true });
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}
takeLock();
process.on('exit', () => rmSync(LOCK, { recursive: true, force: true }));

for (const [part, run] of [
  ['server', buildServer],
  ['deck', buildDeck],
]) {
  if (only && only !== part) continue;
  if (ifStale && !isStale(part)) continue;
  const started = performance.now();
  try {
    await run();
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    process.stderr.write(
      `disco-cat: cannot build the ${part}: ${error.message}\n  hint: the build needs the dev dependencies: run npm install (not --omit=dev), or copy dist/ and web/dist from a machine that built this same checkout.\n`,
    );
    process.exit(1);
  }
  process.stderr.write(
    `built ${part} (${PARTS[part].output.slice(ROOT.length)}) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
if (existsSync(STAMP_FILE)) utimesSync(STAMP_FILE, began, began);
