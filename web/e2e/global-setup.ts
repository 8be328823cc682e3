import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_LAUNCH } from './chromium';
import { ROOT, startDeckServer, type DeckServer } from './deck-server';
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
  // A test clock, so that a file waits for no deadline in real time (tallies.test.ts).
  const server = await startDeckServer({ testClock: true });
  let clock: Server | undefined;
  try {
    const disco = await seedDisco(server.url, server.founderInvitation);
    clock = await clockControl(server);
    project.provide('deckBrowserWs', browser.wsEndpoint());
    project.provide('sharedDeck', {
      url: server.url,
      dataDir: server.dataDir,
      clockUrl: `http://127.0.0.1:${(clock.address() as AddressInfo).port}`,
      disco: {
        ...disco,
        founder: disco.founder.parts(),
        ana: { ...disco.ana.parts(), email: disco.ana.email },
        ben: disco.ben.parts(),
      },
    });
  } catch (error) {
    clock?.close();
    await Promise.all([server.stop(), browser.close()]);
    throw error;
  }
  return async () => {
    clock?.close();
    await Promise.all([server.stop(), browser.close()]);
  };
}

/**
 * The shared node's test clock reads its steps on the standard input this process holds; the
 * test files run in workers, so they ask for a step over loopback (`POST /advance?seconds=N`,
 * answered once the node has done what fell due). See `withDeck().server.advance`.
 */
async function clockControl(server: DeckServer): Promise<Server> {
  const control = createServer((request, response) => {
    const seconds = Number(new URL(request.url ?? '', 'http://x').searchParams.get('seconds'));
    if (request.method !== 'POST' || !(seconds > 0) || !server.advance) {
      response.writeHead(400).end('POST /advance?seconds=<a positive number>');
      return;
    }
    server.advance(seconds).then(
      () => response.writeHead(204).end(),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  return control;
}
