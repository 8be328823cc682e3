import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_LAUNCH } from './chromium';
import { ROOT, startDeckServer } from './deck-server';
import { seedDisco } from './seed';

/**
 * Once per `vitest run` of the e2e files: the build brought up to date (so each node starts from
 * dist/ like an installed one, and still runs the current source), one Chromium every file
 * connects to, and one seeded node for the files that only read it or make their own
 * uniquely-named data. Files that need a fresh node still start their own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['NODE_ENV'];
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
  if (!existsSync(CHROMIUM)) {
    // flows-support.ts says why each file cannot run, or skips it outside CI.
    project.provide('deckBrowserWs', '');
    project.provide('sharedDeck', null);
    return async () => {};
  }
  const browser = await chromium.launchServer(CHROMIUM_LAUNCH);
  const server = await startDeckServer();
  try {
    const disco = await seedDisco(server.url, server.founderInvitation);
    project.provide('deckBrowserWs', browser.wsEndpoint());
    project.provide('sharedDeck', {
      url: server.url,
      dataDir: server.dataDir,
      disco: {
        ...disco,
        founder: disco.founder.parts(),
        ana: { ...disco.ana.parts(), email: disco.ana.email },
        ben: disco.ben.parts(),
      },
    });
  } catch (error) {
    await Promise.all([server.stop(), browser.close()]);
    throw error;
  }
  return async () => {
    await Promise.all([server.stop(), browser.close()]);
  };
}
