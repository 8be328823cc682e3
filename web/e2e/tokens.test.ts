import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import { expectAccessible, runFlows, signedInPage, withDeck, type FlowNode } from './flows-support';
import type { SeededDisco } from './seed';

/*
 * API tokens in the Deck: Ana makes one on a desktop, the secret works once against the API,
 * and revoking it from a Spanish phone stops it working.
 */
describe.skipIf(!runFlows)('API tokens in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let secret = '';
  const asBearer = (token: string) =>
    fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });

  let node: FlowNode | undefined;

  // The shared node: the token is Ana's own, found by its name.
  beforeAll(async () => {
    node = await withDeck();
    ({ server, disco, browser } = node);
  }, 180_000);

  afterAll(() => node?.stop());

  it('creates a token whose secret is shown once and works', async () => {
    const page = await signedInPage(await browser.context(), server.url, disco.ana.email);
    await page.goto(`${server.url}/tokens`);
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
    const form = page.getByRole('region', { name: 'Create a token' });
    await form.getByLabel(/^Expires after/).fill('0');
    await form.getByRole('button', { name: 'Create the token' }).click();
    await form.getByText('Write a whole number of days').waitFor();
    await expectAccessible(page);
    await form.getByLabel(/^Expires after/).fill('30');
    await form.getByLabel(/^Name/).fill('laptop CLI');
    await form.getByRole('button', { name: 'Create the token' }).click();
    const shown = form.getByRole('textbox', { name: 'The token' });
    await shown.waitFor();
    secret = await shown.inputValue();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'The token',
    );
    await page
      .getByRole('region', { name: 'Your tokens' })
      .getByText('laptop CLI', { exact: true })
      .waitFor();
    expect((await asBearer(secret)).status).toBe(200);
    await screenshot(page, 'tokens-desktop');
    await expectAccessible(page);
  });

  it('revokes it from a Spanish phone', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const page = await signedInPage(context, server.url, disco.ana.email);
    await page.goto(`${server.url}/tokens`);
    await page.getByRole('heading', { name: 'Tokens de API', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Revocar laptop CLI' }).click();
    await page.getByText('Token «laptop CLI» revocado: ya no funciona.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/revocado/);
    expect((await asBearer(secret)).status).toBe(401);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await screenshot(page, 'tokens-phone-es');
    await expectAccessible(page);
  });
});
