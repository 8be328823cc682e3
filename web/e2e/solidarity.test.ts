import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import { expectAccessible, runFlows, signedInPage, withDeck, type FlowNode } from './flows-support';
import type { SeededDisco } from './seed';

/*
 * Issue 19 in the Deck: the founder changes a commons resource's licence and withdraws it, and
 * tries a solidarity transfer on a node that is not federated, whose coded refusal the Deck says;
 * Ana reads the Solidarity page in Spanish on a phone.
 */
describe.skipIf(!runFlows)('solidarity and the federated commons in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let node: FlowNode | undefined;
  let founder: Page;

  beforeAll(async () => {
    node = await withDeck();
    ({ server, disco, browser } = node);
    founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
  }, 60_000);

  afterAll(() => node?.stop());

  it('changes a commons licence to its SPDX spelling and withdraws it, with the federated catalogue beside', async () => {
    await disco.founder.call('POST', '/api/commons', {
      title: 'Care handbook',
      kind: 'article',
      licence: 'ppl',
      link: 'https://example.org/care',
    });
    await founder.goto(`${server.url}/commons`);
    const card = founder.locator('li.card', { hasText: 'Care handbook' });
    await card.getByText(/Peer Production License/).waitFor();
    await founder.getByRole('region', { name: 'Commons of federated DisCOs' }).waitFor();
    await founder.getByText('No federated DisCO has shared commons yet.').waitFor();
    await card.getByText('Change').click();
    await card.getByLabel(/^Licence/).fill('cc-by-sa-4.0');
    await card.getByRole('button', { name: 'Save the licence' }).click();
    await card
      .getByText(/CC-BY-SA-4\.0/)
      .first()
      .waitFor();
    await card.getByText('Saved.').waitFor();
    await expectAccessible(founder);
    await card.getByRole('button', { name: 'Withdraw' }).click();
    await expect
      .poll(() => founder.locator('li.card', { hasText: 'Care handbook' }).count())
      .toBe(0);
  });

  it('says why a transfer cannot leave a node that is not federated', async () => {
    await founder.goto(`${server.url}/solidarity`);
    await founder.getByRole('heading', { name: 'Solidarity between DisCOs', level: 1 }).waitFor();
    await founder.getByText('No transfer yet.').waitFor();
    const form = founder.getByRole('region', { name: 'Send a solidarity transfer' });
    await form.getByLabel('Federated DisCO (its actor address)').fill('https://b.example/actor');
    await form.getByLabel(/^Amount/).fill('50000');
    await form.getByLabel('Bank or payment reference').fill('SEPA 42');
    await form.getByLabel('Passed proposal that decided it').fill('p1');
    await form.getByRole('button', { name: 'Offer the transfer' }).click();
    await form
      .getByRole('alert')
      .getByText(/not federated/)
      .waitFor();
    await expectAccessible(founder);
    const pay = founder.getByRole('region', { name: 'Pay in mutual credit' });
    await pay.getByRole('button', { name: 'Send the credit' }).click();
    await pay.getByRole('alert').waitFor();
    const line = founder.getByRole('region', { name: 'Set a credit limit' });
    await line.getByRole('button', { name: 'Set the limit' }).click();
    await line.getByRole('alert').waitFor();
    await expectAccessible(founder);
  });

  it('reads in Spanish on a phone without sideways scrolling', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/solidarity`);
    await ana.getByRole('heading', { name: 'Solidaridad entre DisCOs', level: 1 }).waitFor();
    await ana.getByText('Todavía no hay transferencias.').waitFor();
    await ana.getByText('Todavía no hay líneas de crédito.').waitFor();
    expect(await ana.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(ana);
  });
});
