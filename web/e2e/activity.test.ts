import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { expectAccessible, runFlows, signedInPage, withDeck, type FlowNode } from './flows-support';

/*
 * Issue 17 in the Deck: the activity feed and search. The founder reads the feed on an English
 * desktop, filters it, follows a line to its event and sees the proof checked; Ana, on a Spanish
 * phone in dark mode, sees the latest activity on her dashboard and searches from the menu,
 * including a query made of nothing but search syntax; the feed and search also on an English phone
 * and a Spanish desktop. The ledger starts at its newest event. It reads the shared seeded node
 * and looks for the seed's own lines by their words, whatever other files add beside them.
 */
describe.skipIf(!runFlows)('the activity feed and search in the Deck', () => {
  let node: FlowNode;
  let server: FlowNode['server'];
  let browser: FlowNode['browser'];

  beforeAll(async () => {
    node = await withDeck();
    ({ server, browser } = node);
  }, 60_000);

  afterAll(() => node?.stop());

  it('shows the feed in words, filters it, and links a line to its event and proof (English, desktop, light and dark)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.context({ colorScheme });
      const page = await signedInPage(context, server.url, 'founder@example.org');
      await page.goto(`${server.url}/activity`);
      await page.getByRole('heading', { name: 'Activity', level: 1 }).waitFor();
      const line = page.getByText('Ben logged 2 h of care work in the Care circle');
      await line.waitFor();
      await page.getByText('The DisCO Manifesto in Spanish', { exact: false }).first().waitFor();
      await expectAccessible(page);
      await page.getByLabel('Kind').selectOption({ label: 'Decisions' });
      await page.getByText(/opened the proposal “Which day for the weekly care call\?”/).waitFor();
      await expect.poll(() => line.count()).toBe(0);
      await page.getByLabel('Kind').selectOption({ label: 'Work' });
      await page.getByLabel('Member').selectOption({ label: 'Ben' });
      await line.waitFor();
      if (colorScheme === 'light') await screenshot(page, 'activity-desktop-en');
      const item = page.getByRole('listitem').filter({ hasText: 'Ben logged 2 h' });
      await item.getByRole('link', { name: /^Event \d+ and its proof$/ }).click();
      await page.getByRole('heading', { name: /^Event \d+$/, level: 1 }).waitFor();
      await page
        .getByText(/^Checked in your browser: this event is leaf \d+ of the ledger/)
        .waitFor();
      await page.getByText('value.contribution.logged').waitFor();
      await expectAccessible(page);
      await context.close();
    }
  });

  it('starts the ledger at its newest event, with a way back to the oldest', async () => {
    const context = await browser.context();
    const page = await signedInPage(context, server.url, 'founder@example.org');
    await page.goto(`${server.url}/ledger`);
    const table = page.getByRole('region', { name: /events/i }).getByRole('table');
    const firstSeq = () => table.locator('tbody tr td.num').first().innerText();
    await expect.poll(firstSeq).not.toBe('1');
    await page.getByRole('button', { name: 'Start from the oldest' }).click();
    await expect.poll(firstSeq).toBe('1');
    await page.getByRole('button', { name: 'Start from the newest' }).click();
    await expect.poll(firstSeq).not.toBe('1');
    await context.close();
  });

  it('shows the latest activity and searches from the menu (Spanish, phone, dark)', async () => {
    const context = await browser.context({
      width: 375,
      height: 812,
      locale: 'es-ES',
      colorScheme: 'dark',
    });
    const page: Page = await signedInPage(context, server.url, 'ana@example.org');
    await page.goto(server.url);
    const latest = page.getByRole('region', { name: 'Actividad reciente' });
    await latest.waitFor();
    await latest.getByRole('link', { name: 'Toda la actividad' }).waitFor();
    await page.goto(`${server.url}/activity?kind=work`);
    await page
      .getByText('Ben registró 2 h de trabajo de cuidados en el círculo Care')
      .first()
      .waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Menú' }).click();
    const box = page.getByRole('search').getByRole('searchbox', { name: 'Buscar' });
    await box.fill('manifesto');
    await box.press('Enter');
    await page.getByRole('heading', { name: 'Resultados para «manifesto»' }).waitFor();
    const result = page.getByRole('link', { name: 'The DisCO Manifesto in Spanish' });
    await result.waitFor();
    await page.locator('#main').getByText('Procomún', { exact: true }).waitFor();
    await screenshot(page, 'search-phone-es');
    await expectAccessible(page);

    await page.goto(`${server.url}/search?q=${encodeURIComponent('"*:()')}`);
    await page.getByText('No se puede hacer la búsqueda.').waitFor();
    await page.goto(`${server.url}/search?q=weekly%20care`);
    await page.getByRole('link', { name: 'Which day for the weekly care call?' }).waitFor();
    await page.locator('#main').getByText('Propuesta', { exact: true }).first().waitFor();
    await expectAccessible(page);
    await context.close();
  });
  it('reads the feed and searches on an English phone and on a Spanish desktop', async () => {
    const ways = [
      {
        device: { width: 375, height: 812, locale: 'en-GB' },
        phone: true,
        words: {
          heading: 'Activity',
          kind: 'Kind',
          work: 'Work',
          line: 'Ben logged 2 h of care work in the Care circle',
          menu: 'Menu',
          search: 'Search',
          results: 'Results for “manifesto”',
          commons: 'Commons',
        },
      },
      {
        device: { width: 1280, height: 800, locale: 'es-ES' },
        phone: false,
        words: {
          heading: 'Actividad',
          kind: 'Tipo',
          work: 'Trabajo',
          line: 'Ben registró 2 h de trabajo de cuidados en el círculo Care',
          menu: 'Menú',
          search: 'Buscar',
          results: 'Resultados para «manifesto»',
          commons: 'Procomún',
        },
      },
    ];
    for (const { device, phone, words } of ways) {
      const context = await browser.context(device);
      const page = await signedInPage(context, server.url, 'ana@example.org');
      await page.goto(`${server.url}/activity`);
      await page.getByRole('heading', { name: words.heading, level: 1 }).waitFor();
      await page.getByLabel(words.kind).selectOption({ label: words.work });
      await page.getByText(words.line).first().waitFor();
      await expectAccessible(page);

      if (phone) await page.getByRole('button', { name: words.menu }).click();
      const box = page.getByRole('search').getByRole('searchbox', { name: words.search });
      await box.fill('manifesto');
      await box.press('Enter');
      await page.getByRole('heading', { name: words.results }).waitFor();
      await page.getByRole('link', { name: 'The DisCO Manifesto in Spanish' }).waitFor();
      await page.locator('#main').getByText(words.commons, { exact: true }).first().waitFor();
      await expectAccessible(page);
      await context.close();
    }
  });
});
