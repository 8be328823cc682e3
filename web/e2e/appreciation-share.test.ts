import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import { expectAccessible, runFlows, signedInPage, withDeck, type FlowNode } from './flows-support';
import type { SeededDisco } from './seed';

/** What the founder reads and clicks, in each language. */
const WORDS = {
  en: {
    locale: 'en-GB',
    share: 'Share part of a pot by the thanks members received in the period',
    pot: 'From the pot',
    percent: 'Percent of the pot',
    version: 'Version name',
    summary: 'In words',
    line: /20% of the love\+care pot is shared by the thanks each member received in the period/,
    run: 'Run what-if',
    propose: 'Propose this change',
    title: 'Title',
    summaryField: 'Summary',
    open: 'Open the proposal',
  },
  es: {
    locale: 'es-ES',
    share:
      'Repartir parte de una bolsa según los agradecimientos que cada persona recibió en el periodo',
    pot: 'De la bolsa',
    percent: 'Porcentaje de la bolsa',
    version: 'Nombre de la versión',
    summary: 'En palabras',
    line: /[Ee]l 20\s% de la bolsa love\+care se reparte según los agradecimientos que cada persona recibió en el periodo/,
    run: 'Simular',
    propose: 'Proponer este cambio',
    title: 'Título',
    summaryField: 'Resumen',
    open: 'Abrir la propuesta',
  },
} as const;

/*
 * The appreciation share from the parameter form: the founder gives 20 % of the love+care pot to
 * the thanks members received, reads it in words, runs the what-if and proposes it, on a phone
 * and a desktop, in English and Spanish; the proposal carries the share in basis points.
 */
describe.skipIf(!runFlows)('a proposal carrying the appreciation share', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let node: FlowNode | undefined;

  beforeAll(async () => {
    node = await withDeck();
    ({ server, disco, browser } = node);
  }, 60_000);

  afterAll(() => node?.stop());

  for (const [language, width] of [
    ['en', 1280],
    ['es', 375],
    ['en', 375],
    ['es', 1280],
  ] as const) {
    const w = WORDS[language];
    const device = width === 375 ? 'phone' : 'desktop';
    it(`sets the share, reads it in words, runs the what-if and proposes it (${language}, ${device})`, async () => {
      expect(disco.distribution, 'the node has no distribution API').toBe(true);
      const context = await browser.context({ width, height: 900, locale: w.locale });
      const page = await signedInPage(context, server.url, 'founder@example.org');
      await page.goto(`${server.url}/distribution`);
      await page.getByRole('checkbox', { name: w.share }).check();
      await page.getByLabel(w.pot, { exact: true }).selectOption('love+care');
      await page.getByLabel(w.percent, { exact: true }).fill('20');
      await page.getByLabel(w.version).fill(`appreciation 20% (${language}, ${device})`);
      const summary = page.getByRole('region', { name: w.summary });
      await expect.poll(() => summary.innerText()).toMatch(w.line);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );

      await page.getByRole('button', { name: w.run }).click();
      await page.getByRole('table').first().waitFor();
      expect(await page.getByRole('status').first().innerText()).not.toBe('');
      await screenshot(page, `appreciation-what-if-${language}-${device}`);
      await expectAccessible(page);

      await page.getByRole('button', { name: w.propose }).click();
      const form = page.getByRole('form', { name: w.propose });
      await form.getByLabel(w.title).fill(`Thanks share a pot (${language}, ${device})`);
      await form.getByLabel(w.summaryField).fill('A fifth of love+care follows the thanks.');
      await form.getByRole('button', { name: w.open }).click();
      const refused = form.getByRole('alert').filter({ hasText: /\S/ });
      await Promise.race([
        page.waitForURL(/\/proposals\/[^/]+$/),
        refused.waitFor().then(async () => {
          throw new Error(`the node refused the proposal: ${await refused.innerText()}`);
        }),
      ]);
      const proposal = await disco.founder.call<{
        change: { parameters: { appreciation?: unknown } };
      }>('GET', `/api/proposals/${page.url().split('/').pop()!}`);
      expect(proposal.change.parameters.appreciation).toEqual({ pot: 'love+care', percent: 2000 });
      // Members read the share in words on the proposal before voting.
      await expect
        .poll(() => page.getByRole('region', { name: w.summary }).innerText())
        .toMatch(w.line);
      await expectAccessible(page);
      await context.close();
    });
  }
});
