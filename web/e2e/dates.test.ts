import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import { expectAccessible, runFlows, signedInPage, withDeck, type FlowNode } from './flows-support';
import type { SeededDisco } from './seed';

/*
 * Chromium lays out <input type=date> in the browser's locale, not the page's: a Spanish Deck in
 * an American browser showed mm/dd/yyyy. Date fields now show and read the member's format
 * (dd/mm/aaaa in Spanish) whatever the browser's, and read each chosen date back in words, as
 * text and as the field's description.
 */

const WORDS = {
  en: {
    from: 'In force from',
    pattern: 'mm/dd/yyyy',
    typedFrom: '03/01/2026',
    typedDeadline: '04/15/2026 18:30',
    fromWords: 'Sunday, March 1, 2026',
    run: 'Run what-if',
    propose: 'Propose this change',
    deadline: 'Voting ends',
    deadlineWords: /^Wednesday, April 15, 2026(,| at) 6:30\sPM$/,
  },
  es: {
    from: 'En vigor desde',
    pattern: 'dd/mm/aaaa',
    typedFrom: '01/03/2026',
    typedDeadline: '15/04/2026 18:30',
    fromWords: 'domingo, 1 de marzo de 2026',
    run: 'Simular',
    propose: 'Proponer este cambio',
    deadline: 'La votación termina',
    deadlineWords: /^miércoles, 15 de abril de 2026, 18:30$/,
  },
} as const;

/** The text of the elements a field's aria-describedby names: what a screen reader reads. */
const description = (field: Locator) =>
  field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' | '),
  );

describe.skipIf(!runFlows)('date fields in the member’s language, whatever the browser’s', () => {
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
    ['es', 375],
    ['es', 1280],
    ['en', 375],
    ['en', 1280],
  ] as const) {
    const w = WORDS[language];
    const device = width === 375 ? 'phone' : 'desktop';
    it(`reads the dates of the parameter editor and the proposal form in ${language} (${device}, an en-US browser)`, async () => {
      const context = await browser.context({ width, height: 900, locale: 'en-US' });
      await context.addInitScript((lang) => {
        localStorage.setItem('disco-deck-language', lang);
      }, language);
      const page = await signedInPage(context, server.url, disco.ana.email);
      await page.goto(`${server.url}/distribution`);

      const from = page.getByLabel(w.from, { exact: true }).first();
      expect(await from.getAttribute('placeholder')).toBe(w.pattern);
      // The document's own date, written in the member's order: 01/02/2026 in Spanish for 1 February.
      expect(await from.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      await from.fill(w.typedFrom);
      await expect.poll(() => description(from)).toContain(w.fromWords);
      await expect.poll(() => page.getByText(w.fromWords).first().isVisible()).toBe(true);

      await page.getByRole('button', { name: w.run }).click();
      await page.getByRole('table').first().waitFor();
      await page.getByRole('button', { name: w.propose }).click();
      const form = page.getByRole('form', { name: w.propose });
      const deadline = form.getByLabel(w.deadline);
      expect(await deadline.getAttribute('placeholder')).toBe(`${w.pattern} hh:mm`);
      await deadline.fill(w.typedDeadline);
      await expect.poll(() => description(deadline)).toMatch(/\S/);
      const said = (await description(deadline)).split(' | ').at(-1)!;
      expect(said).toMatch(w.deadlineWords);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await screenshot(page, `dates-${language}-${device}`);
      await expectAccessible(page);
      await context.close();
    });
  }
});
