#!/usr/bin/env node
// Runs the built CLI (dist/, made by `npm run build`; `npm install` makes it). A missing or
// stale build is refused rather than run: old code over a newer database is worse than no start.
import module from 'node:module';
import { serverStaleness } from '../scripts/stamp.mjs';

// Node 22.1+ keeps compiled code on disk between starts; Node 20 has no such cache and skips it.
module.enableCompileCache?.();

const state = serverStaleness();
if (state !== 'fresh') {
  process.stderr.write(
    state === 'missing'
      ? 'disco: this checkout has no build yet (dist/ is missing).\n  hint: run npm run build (npm install does it too), then run disco again.\n'
      : 'disco: the build in dist/ is older than the sources in src/.\n  hint: run npm run build, then run disco again.\n',
  );
  process.exitCode = 2;
} else {
  await import('../dist/disco.js');
}
