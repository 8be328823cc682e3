import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { screenshot, type DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import { expectAccessible, runFlows, signedInPage, withDeck, type FlowNode } from './flows-support';
import { accept, type MemberSession, type SeededDisco } from './seed';

const WORDS = {
  en: {
    locale: 'en-GB',
    form: 'What did you do?',
    submit: 'Log it',
    kept: 'No connection: your work is kept on this device',
    queue: 'Waiting to be sent',
    waiting: 'Waiting for a connection',
    sent: 'Sent',
    guide: 'Welcome to the Deck',
    dismiss: 'Got it, hide the guide',
    menu: 'Menu',
    guideLink: 'Guide',
    gini: 'Gini (what is this?)',
    more: 'More in the glossary',
    glossary: 'Glossary',
    gloss: 'one person does it all',
  },
  es: {
    locale: 'es',
    form: '¿Qué has hecho?',
    submit: 'Registrarlo',
    kept: 'Sin conexión: tu trabajo queda guardado en este dispositivo',
    queue: 'Pendiente de envío',
    waiting: 'Esperando conexión',
    sent: 'Enviado',
    guide: 'Te damos la bienvenida al Deck',
    dismiss: 'Entendido, ocultar la guía',
    menu: 'Menú',
    guideLink: 'Guía',
    gini: 'Gini (¿qué es esto?)',
    more: 'Más en el glosario',
    glossary: 'Glosario',
    gloss: 'una sola persona lo hace todo',
  },
} as const;

const SCREENS = [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 375, height: 812 }],
] as const;

/** axe finds nothing serious in the light scheme nor in the dark one. */
async function accessibleInBothSchemes(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'light' });
}

/*
 * Help and offline logging (issue 17) in Chromium: work logged without a connection is queued
 * on the device, shown as waiting, and sent exactly once when the connection is back; the
 * first-run guide shows once and stays in the menu; an inline term leads to the glossary.
 */
describe.skipIf(!runFlows)('Help and offline logging', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let node: FlowNode | undefined;
  // The shared node lives for one run; the suffix keeps this file's newcomers its own anyway.
  const run = randomUUID().slice(0, 8);

  // The shared node: each test works as a newcomer of its own, so nothing of the seed changes
  // and no other file's rows are counted.
  beforeAll(async () => {
    node = await withDeck();
    ({ server, disco, browser } = node);
  }, 60_000);

  const newWorkerMember = async (name: string): Promise<MemberSession & { email: string }> => {
    const email = `${name}-${run}@example.org`;
    const { items } = await disco.founder.call<{
      items: Array<{ constituencyId: string; slug: string }>;
    }>('GET', '/api/constituencies');
    const workers = items.find((c) => c.slug === 'worker-members')!.constituencyId;
    const { token } = await disco.founder.call<{ token: string }>('POST', '/api/invitations', {
      level: { level: 'committed' },
      constituencyIds: [workers],
    });
    const session = await accept(server.url, token, { displayName: name, email });
    return Object.assign(session, { email });
  };

  afterAll(() => node?.stop());

  const workOf = async (member: MemberSession) =>
    (
      await member.call<{ items: unknown[] }>(
        'GET',
        `/api/contributions?member=${member.memberId}&limit=500`,
      )
    ).items.length;

  for (const [screen, size] of SCREENS)
    for (const language of ['en', 'es'] as const) {
      const w = WORDS[language];

      it(`queues work logged offline and sends it once when back online, on a ${screen} in ${language}`, async () => {
        const member = await newWorkerMember(`offline-${screen}-${language}`);
        const context = await browser.context({ ...size, locale: w.locale });
        const page = await signedInPage(context, server.url, member.email);
        await page.goto(`${server.url}/log`);
        const form = page.getByRole('form', { name: w.form });
        await form.locator('select option').first().waitFor({ state: 'attached' });
        const before = await workOf(member);

        await context.setOffline(true);
        await form.locator('input[inputmode="decimal"]').fill('1');
        await form.getByRole('button', { name: w.submit }).click();
        await page.getByText(w.kept).waitFor();
        const queue = page.getByRole('region', { name: w.queue });
        await queue.getByText(w.waiting).waitFor();
        await accessibleInBothSchemes(page);
        await screenshot(page, `offline-queued-${screen}-${language}`);
        expect(await workOf(member)).toBe(before);

        await context.setOffline(false);
        await queue.getByText(w.sent, { exact: true }).waitFor({ timeout: 30_000 });
        expect(await workOf(member)).toBe(before + 1);
        // Another page load and another reconnection send nothing more. The queue sends on the
        // page's 'online' event, so once that has fired and the page has run one more task, a
        // send would have started: no request for work may have left by then.
        await page.reload();
        await page
          .getByRole('region', { name: w.queue })
          .getByText(w.sent, { exact: true })
          .waitFor();
        const posted: string[] = [];
        context.on('request', (r) => {
          if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/contributions')
            posted.push(r.url());
        });
        await page.evaluate(() => {
          (window as unknown as { backOnline: Promise<void> }).backOnline = new Promise((resolve) =>
            window.addEventListener('online', () => setTimeout(resolve, 0), { once: true }),
          );
        });
        await context.setOffline(true);
        await context.setOffline(false);
        await page.evaluate(() => (window as unknown as { backOnline: Promise<void> }).backOnline);
        expect(posted).toEqual([]);
        expect(await workOf(member)).toBe(before + 1);
        await context.close();
      });

      it(`shows the first-run guide once, keeps it in the menu and explains terms, on a ${screen} in ${language}`, async () => {
        // The guide is seen once per member on the node, so each variant signs in as a newcomer.
        const { email } = await newWorkerMember(`guide-${screen}-${language}`);
        const context = await browser.context({ ...size, locale: w.locale });
        const page = await signedInPage(context, server.url, email);
        await page.goto(`${server.url}/`);
        const guide = page.getByRole('region', { name: w.guide });
        await guide.waitFor();
        await page.locator('[data-ready="figures"]').waitFor();
        await accessibleInBothSchemes(page);
        await screenshot(page, `guide-${screen}-${language}`);
        await guide.getByRole('button', { name: w.dismiss }).click();
        await expect.poll(() => guide.count()).toBe(0);
        await page.reload();
        await page.locator('[data-ready="figures"]').waitFor();
        expect(await page.getByRole('region', { name: w.guide }).count()).toBe(0);

        // Nor on the member's other device.
        const other = await browser.context({ ...size, locale: w.locale });
        const elsewhere = await signedInPage(other, server.url, email);
        await elsewhere.goto(`${server.url}/`);
        await elsewhere.locator('[data-ready="figures"]').waitFor();
        expect(await elsewhere.getByRole('region', { name: w.guide }).count()).toBe(0);
        await other.close();

        // Reachable again from the menu (behind the menu button on a phone).
        if (screen === 'phone') await page.getByRole('button', { name: w.menu }).click();
        await page
          .getByRole('navigation')
          .getByRole('link', { name: w.guideLink, exact: true })
          .click();
        await page.getByRole('heading', { level: 1, name: w.guide }).waitFor();

        // A term on the dashboard opens in place and leads to its glossary entry.
        await page.goto(`${server.url}/`);
        const gini = page.getByRole('button', { name: w.gini });
        await gini.click();
        expect(await gini.getAttribute('aria-expanded')).toBe('true');
        const note = page.locator(`[id="${(await gini.getAttribute('aria-controls'))!}"]`);
        expect(await note.textContent()).toContain(w.gloss);
        await accessibleInBothSchemes(page);
        await note.getByRole('link', { name: w.more }).click();
        await page.getByRole('heading', { level: 1, name: w.glossary }).waitFor();
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('gini');
        await accessibleInBothSchemes(page);
        await screenshot(page, `glossary-${screen}-${language}`);
        await context.close();
        // Two sign-ins, three pages and six axe checks: past the default minute on a loaded machine.
      }, 120_000);
    }
});
