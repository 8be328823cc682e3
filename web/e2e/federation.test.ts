import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDeckBuilt, launchDeckBrowser, type DeckBrowser } from './browser';
import { startDeckServer, type DeckServer } from './deck-server';
import { expectAccessible, requireChromium, runFlows, signedInPage } from './flows-support';
import { seedDisco, type SeededDisco } from './seed';

/*
 * Issue 19's Federation and Solidarity pages in Chromium: desktop and a 375 px phone, English and
 * Spanish, axe clean. The node runs without a public URL, so what a member can do there is what
 * the node refuses and says why; the money of a real exchange between two nodes is tested
 * in process (src/app/federation/economy.test.ts, src/app/distribution/solidarity-flows.test.ts).
 */
describe.skipIf(!runFlows)('the Federation and Solidarity pages in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;

  beforeAll(async () => {
    requireChromium();
    await ensureDeckBuilt();
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    browser = await launchDeckBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const fitsThePhone = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );

  it('lists no federated DisCO yet and says why a follow cannot be proposed here, on a desktop in English', async () => {
    const founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
    await founder.goto(`${server.url}/federated`);
    await founder.getByRole('heading', { name: 'Federation', level: 1 }).waitFor();
    const list = founder.getByRole('region', { name: 'Federated DisCOs' });
    await list.getByText('No federated DisCO yet.').waitFor();
    const form = founder.getByRole('region', { name: 'Propose following a DisCO' });
    await form.getByLabel('Handle or actor URL').fill('disco@coop.example');
    await form.getByLabel('Days to vote').fill('3');
    await form.getByRole('button', { name: 'Open the proposal' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('status').textContent()).not.toMatch(/Proposal opened/);
    await expectAccessible(founder);
  });

  it('reads the Federation page in Spanish on a phone without sideways scrolling', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/federated`);
    await ana.getByRole('heading', { name: 'Federación', level: 1 }).waitFor();
    await ana.getByText('Todavía no hay ninguna DisCO federada.').waitFor();
    await ana
      .getByRole('region', { name: 'Proponer seguir a una DisCO' })
      .getByLabel('Identificador o URL del actor')
      .waitFor();
    await fitsThePhone(ana);
    await expectAccessible(ana);
  });

  it('pays in mutual credit from its own form, naming the DisCO there, and hears the refusal on an English phone', async () => {
    const context = await browser.context({ width: 375, height: 812 });
    const founder = await signedInPage(context, server.url, 'founder@example.org');
    await founder.goto(`${server.url}/solidarity`);
    await founder.getByRole('heading', { name: 'Solidarity between DisCOs', level: 1 }).waitFor();
    const pay = founder.getByRole('region', { name: 'Pay in mutual credit' });
    await pay.getByLabel('Federated DisCO (its actor address)').fill('https://b.example/actor');
    await pay.getByLabel(/^Amount/).fill('2500');
    await pay.getByLabel('What it is for').fill('Translation');
    await pay.getByRole('button', { name: 'Send the credit' }).click();
    await pay
      .getByRole('alert')
      .getByText(/not federated/)
      .waitFor();
    // The other forms keep their own fields: nothing typed here leaks into them.
    const line = founder.getByRole('region', { name: 'Set a credit limit' });
    expect(await line.getByLabel('Federated DisCO (its actor address)').inputValue()).toBe('');
    await fitsThePhone(founder);
    await expectAccessible(founder);
  });

  it('reads the Solidarity page in Spanish on a desktop, its three forms each labelled', async () => {
    const context = await browser.context({ locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/solidarity`);
    await ana.getByRole('heading', { name: 'Solidaridad entre DisCOs', level: 1 }).waitFor();
    await ana.getByText('Todavía no hay transferencias.').waitFor();
    for (const name of [
      'Enviar una transferencia solidaria',
      'Fijar un límite de crédito',
      'Pagar con crédito mutuo',
    ])
      await ana
        .getByRole('region', { name })
        .getByLabel('DisCO federada (la dirección de su actor)')
        .waitFor();
    await expectAccessible(ana);
  });
});
