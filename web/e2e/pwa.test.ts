import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import { expectAccessible, runFlows, signedInPage, withDeck, type FlowNode } from './flows-support';
import type { SeededDisco } from './seed';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** The width and height a PNG file says it has (its IHDR chunk), or null if it is no PNG. */
function pngSize(bytes: Buffer): [number, number] | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR')
    return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const serviceWorker = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { script: registration.active?.scriptURL ?? null, scope: registration.scope };
  });

/*
 * The Deck as an installable app: a valid web manifest with PNG icons made at build time, and a
 * service worker that registers and keeps the Deck's shell, so it opens without a connection.
 */
describe.skipIf(!runFlows)('The Deck as an installable app', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;

  let node: FlowNode | undefined;

  beforeAll(async () => {
    node = await withDeck();
    ({ server, disco, browser } = node);
  }, 60_000);

  afterAll(() => node?.stop());

  for (const [screen, size] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 375, height: 812 }],
  ] as const)
    for (const [language, locale, title] of [
      ['en', 'en-GB', 'Dashboard'],
      ['es', 'es', 'Panel'],
    ] as const)
      it(`is installable and opens offline on a ${screen} in ${language}`, async () => {
        const context = await browser.context({ ...size, locale, persistent: true });
        const page = await signedInPage(context, server.url, disco.ana.email);
        await page.goto(`${server.url}/`);
        await page.getByRole('heading', { name: title, level: 1 }).waitFor();

        // The manifest: linked, served, and complete enough for a system to install the app.
        const href = await page.locator('link[rel=manifest]').getAttribute('href');
        expect(href).toBe('/manifest.webmanifest');
        const manifest = (await (await page.request.get(`${server.url}${href}`)).json()) as {
          name: string;
          short_name: string;
          start_url: string;
          display: string;
          icons: ManifestIcon[];
        };
        expect(manifest).toMatchObject({
          name: 'DisCO Deck',
          short_name: 'Deck',
          start_url: '/',
          display: 'standalone',
        });
        const pngs = manifest.icons.filter((i) => i.type === 'image/png');
        expect(pngs.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
          '192x192 any',
          '512x512 any',
          '512x512 maskable',
        ]);
        for (const icon of pngs) {
          const response = await page.request.get(`${server.url}${icon.src}`);
          expect(response.status(), icon.src).toBe(200);
          const [w, h] = icon.sizes.split('x').map(Number);
          expect(pngSize(await response.body()), icon.src).toEqual([w, h]);
        }
        // Chromium's own reading of the manifest and of whether the page can be installed.
        const cdp = await context.newCDPSession(page);
        const parsed = (await cdp.send('Page.getAppManifest')) as {
          errors: Array<{ message: string }>;
        };
        expect(parsed.errors).toEqual([]);

        // The service worker registers for the whole Deck and takes the page over.
        expect(await serviceWorker(page)).toEqual({
          script: `${server.url}/sw.js`,
          scope: `${server.url}/`,
        });
        const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
          installabilityErrors: Array<{ errorId: string }>;
        };
        expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
        await page.reload();
        await page.getByRole('heading', { name: title, level: 1 }).waitFor();
        expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
        await expectAccessible(page);

        // Without a connection the Deck's shell still opens from the cache (its data cannot).
        await context.setOffline(true);
        await page.reload();
        await page.locator('header .brand').waitFor();
        expect(
          await page.locator('#root').evaluate((root) => root.childElementCount),
        ).toBeGreaterThan(0);
        await screenshot(page, `offline-${screen}-${language}`);
        await context.setOffline(false);
      });
});
