import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the server and CLI bundle (dist/) when its sources changed since the last build, for
 * tests that run `bin/disco.js` as an operator would: `npm test` after an edit must test the edit,
 * not refuse a stale build.
 *
 * @example beforeAll(ensureServerBuild, 120_000);
 */
export function ensureServerBuild(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--if-stale', '--server'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
}
