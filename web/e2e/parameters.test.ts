import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDeckBrowser, screenshot, seriousViolations, type DeckBrowser } from './browser';
import { CHROMIUM } from './chromium';
import { startDeckServer, type DeckServer } from './deck-server';
import { PASSWORD, seedDisco, type SeededDisco } from './seed';

const haveChromium = existsSync(CHROMIUM);
const inCi = process.env['CI'] === 'true';

/** What the member reads and clicks, in each language. */
const WORDS = {
  en: {
    locale: 'en-GB',
    bucket2: 'Bucket 2',
    percent: 'Percent (%)',
    version: 'Version name',
    summaryField: 'Summary',
    addFloor: 'Add a floor for one member',
    member: 'Member',
    amount: 'Amount (EUR)',
    summary: 'In words',
    cut: /then 12% of what remains to running costs/,
    diff: 'What changes from the version in force',
    percentChange: /Bucket "running costs": percent:\s*15%\s*→\s*12%/,
    floorChange: /Floor for Ben:\s*none\s*→\s*€25\.00/,
    run: 'Run what-if',
    table: /What each member would get/,
    propose: 'Propose this change',
    title: 'Title',
    open: 'Open the proposal',
  },
  es: {
    locale: 'es-ES',
    bucket2: 'Fondo 2',
    percent: 'Porcentaje (%)',
    version: 'Nombre de la versión',
    summaryField: 'Resumen',
    addFloor: 'Añadir un mínimo para una persona',
    member: 'Persona socia',
    amount: 'Importe (EUR)',
    summary: 'En palabras',
    cut: /luego el 12\s%\sde lo que queda a running costs/,
    diff: 'Qué cambia respecto a la versión en vigor',
    percentChange: /Fondo «running costs»: porcentaje:\s*15\s%\s*→\s*12\s%/,
    floorChange: /Mínimo de Ben:\s*ninguno\s*→\s*25,00\s€/,
    run: 'Simular',
    table: /Lo que recibiría cada persona|2\d{3}-\d{2}/,
    propose: 'Proponer este cambio',
    title: 'Título',
    open: 'Abrir la propuesta',
  },
} as const;

describe.skipIf(!haveChromium && !inCi)('CAT parameters as a form, in a real browser', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;

  beforeAll(async () => {
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    browser = await launchDeckBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [language, width] of [
    ['en', 1280],
    ['es', 375],
    ['en', 375],
    ['es', 1280],
  ] as const) {
    const w = WORDS[language];
    const device = width === 375 ? 'phone' : 'desktop';
    it(`edits a percentage and a floor, reads the summary and the diff, runs the what-if and proposes it (${language}, ${device})`, async () => {
      expect(disco.distribution, 'the node has no distribution API').toBe(true);
      const context = await browser.context({ width, height: 900, locale: w.locale });
      const signedIn = await context.request.post(`${server.url}/api/auth/sign-in`, {
        data: { email: disco.ana.email, password: PASSWORD },
        headers: { origin: server.url },
      });
      expect(signedIn.status()).toBe(200);
      const page = await context.newPage();
      await page.goto(`${server.url}/distribution`);
      const bucket = page.getByRole('group', { name: w.bucket2 });
      const percent = bucket.getByLabel(w.percent);
      await expect.poll(() => percent.inputValue()).toBe('15');
      await percent.fill('12');
      await page.getByLabel(w.version).fill(`running costs 12% (${language}, ${device})`);
      await page.getByRole('button', { name: w.addFloor }).click();
      await page.getByLabel(w.member, { exact: true }).last().selectOption({ label: 'Ben' });
      await page.getByLabel(w.amount).last().fill('25');

      const summary = page.getByRole('region', { name: w.summary });
      await expect.poll(() => summary.innerText()).toMatch(w.cut);
      const diff = page.getByRole('region', { name: w.diff });
      await expect.poll(() => diff.innerText()).toMatch(w.percentChange);
      expect(await diff.innerText()).toMatch(w.floorChange);
      // The page never scrolls sideways, even on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );

      await page.getByRole('button', { name: w.run }).click();
      await page.getByRole('table').first().waitFor();
      expect(await page.getByRole('status').first().innerText()).not.toBe('');
      await screenshot(page, `parameters-what-if-${language}-${device}`);
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: w.propose }).click();
      const form = page.getByRole('form', { name: w.propose });
      await form.getByLabel(w.title).fill(`12% for running costs (${language}, ${device})`);
      await form.getByLabel(w.summaryField).fill('Running costs fell; Ben needs a floor.');
      await form.getByRole('button', { name: w.open }).click();
      const refused = form.getByRole('alert').filter({ hasText: /\S/ });
      await Promise.race([
        page.waitForURL(/\/proposals\/[^/]+$/),
        refused.waitFor().then(async () => {
          throw new Error(`the node refused the proposal: ${await refused.innerText()}`);
        }),
      ]);
      const proposalId = page.url().split('/').pop()!;
      const proposal = await disco.founder.call<{
        change: { parameters: { buckets: { percent: number }[]; floors: unknown } };
      }>('GET', `/api/proposals/${proposalId}`);
      expect(proposal.change.parameters.buckets[1]!.percent).toBe(1200);
      // Members read the proposed rules in words and what they change before voting.
      await expect
        .poll(() => page.getByRole('region', { name: w.diff }).innerText())
        .toMatch(w.percentChange);
      await page.getByRole('region', { name: w.summary }).waitFor();
      expect(proposal.change.parameters.floors).toEqual({
        members: { [disco.ben.memberId]: '2500' },
      });
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('shows the rules in force in words on Settings, the JSON only on request', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    await context.request.post(`${server.url}/api/auth/sign-in`, {
      data: { email: disco.ana.email, password: PASSWORD },
      headers: { origin: server.url },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/settings`);
    const summary = page.getByRole('region', { name: 'En palabras' });
    await expect
      .poll(() => summary.innerText())
      .toMatch(/El 10\s% de los ingresos a commons, luego el 15\s% de lo que queda/);
    expect(await page.locator('details pre').isVisible()).toBe(false);
    await page.getByText('Ver el documento').click();
    expect(await page.locator('details pre').isVisible()).toBe(true);
    await screenshot(page, 'parameters-settings-es-phone');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
