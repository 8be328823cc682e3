import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDeckBrowser, screenshot, type DeckBrowser } from './browser';
import { startDeckServer, type DeckServer } from './deck-server';
import {
  expectAccessible,
  lastMonth,
  requireChromium,
  runFlows,
  signedInPage,
} from './flows-support';
import { seedDisco, type SeededDisco } from './seed';

/*
 * The collective's money in the Deck: the founder records last month's income from a desktop,
 * closes the month and pays Ana what the run owes her; Ana, a committed member, records an
 * expense on a Spanish phone and reads the books with members named.
 */
describe.skipIf(!runFlows)('money in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let founder: Page;
  const { period, firstDay } = lastMonth();
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

  beforeAll(async () => {
    requireChromium();
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    // Ana's counted care work last month: what last month's run will owe her.
    const work = await disco.ana.call<{ contributionId: string }>('POST', '/api/contributions', {
      stream: 'care',
      taskKind: 'meeting',
      quantity: '3',
      date: firstDay,
      circle: 'care',
      description: 'Onboarding call',
    });
    await disco.ben.call('POST', `/api/contributions/${work.contributionId}/acknowledgements`, {});
    browser = await launchDeckBrowser();
    founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('records income, refusing a typo beside the amount', async () => {
    await founder.goto(`${server.url}/money`);
    await founder.getByRole('heading', { name: 'Money', level: 1 }).waitFor();
    const form = founder.getByRole('region', { name: 'Record income' });
    await form.getByLabel('What kind of money').selectOption({ label: 'A client payment' });
    await form.getByLabel('Amount in EUR').fill('1.250,50');
    await form.getByRole('button', { name: 'Record the income' }).click();
    await form.getByText('Write an amount such as 1250.50').waitFor();
    expect(await form.getByLabel('Amount in EUR').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(founder);
    await form.getByLabel('Amount in EUR').fill('120');
    await form.getByLabel('Date').fill(firstDay);
    await form.getByLabel('Who paid (optional)').fill('Client Co');
    await form.getByLabel('What it is for').fill('Website redesign');
    await form.getByRole('button', { name: 'Record the income' }).click();
    await form.getByText('Recorded €120.00 of income.').waitFor();
    expect(await focusedText(founder)).toBe('Recorded €120.00 of income.');
    const { items } = await disco.founder.call<{ items: Array<{ amount: string; payer: string }> }>(
      'GET',
      `/api/income?period=${period}`,
    );
    expect(items).toMatchObject([{ amount: '12000', payer: 'Client Co' }]);
  });

  it('closes last month and pays Ana what its run owes her', async () => {
    const close = founder.getByRole('region', { name: 'Close a month' });
    // The month is named in the Deck's language (a native month input spoke the browser's).
    await close.getByLabel('Month', { exact: true }).selectOption(period.slice(5));
    await close.getByLabel('Year of: Month').fill(period.slice(0, 4));
    await close.getByRole('button', { name: 'Close the month' }).click();
    await close.getByText(new RegExp(`^${period} is closed`)).waitFor();
    const pay = founder.getByRole('region', { name: 'Record a payout' });
    const member = pay.getByLabel('Member');
    await member.locator('option', { hasText: 'Ana' }).waitFor({ state: 'attached' });
    await member.selectOption({ label: (await member.locator('option').first().textContent())! });
    await pay.getByLabel('Amount in EUR').fill('10');
    await pay.getByLabel(/Payment reference/).fill('TRANSFER-1');
    await pay.getByRole('button', { name: 'Record the payout' }).click();
    await pay.getByText('Recorded a payout of €10.00 to Ana.').waitFor();
    await screenshot(founder, 'money-desktop');
    await expectAccessible(founder);
    // The books show the payout against Ana by name.
    const books = founder.getByRole('region', { name: 'The books' });
    await books.getByRole('rowheader', { name: 'Owed to Ana' }).waitFor();
  });

  it('lets Ana record an expense on a Spanish phone, with the node’s refusal beside the field', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/money`);
    await ana.getByRole('heading', { name: 'Dinero', level: 1 }).waitFor();
    const form = ana.getByRole('region', { name: 'Registrar un gasto' });
    await form.getByLabel('Importe en EUR').fill('45,5');
    await form.getByLabel('Por qué').fill('Servidores');
    await form.getByRole('button', { name: 'Registrar el gasto' }).click();
    // The node names the missing payee; the Deck puts it under that field.
    const payee = form.getByLabel('Pagado a');
    await expect.poll(() => payee.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(ana);
    await payee.fill('Hosting Coop');
    await form.getByRole('button', { name: 'Registrar el gasto' }).click();
    await form.getByText(/Registrado un gasto de 45,50/).waitFor();
    // Founder-only forms are not offered to a committed member.
    expect(await ana.getByRole('region', { name: 'Registrar un pago' }).count()).toBe(0);
    await ana.getByRole('region', { name: 'Los libros' }).getByText('Banco').waitFor();
    // The books' last column is off a phone's screen: the Deck says the table scrolls.
    const cue = 'Desplázate de lado para ver todas las columnas.';
    await ana.getByText(cue).waitFor();
    await ana.getByRole('region', { name: 'Los libros', description: cue }).waitFor();
    // The month field is named by the Deck's catalogue, not by the browser.
    const month = ana.getByLabel('Mes (vacío para todo el tiempo)', { exact: true });
    expect(await month.locator('option').allTextContents()).toContain('diciembre');
    const width = await ana.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await screenshot(ana, 'money-phone-es');
    await expectAccessible(ana);
  });
});
