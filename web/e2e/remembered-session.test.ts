import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import {
  dashboardUnderWorker,
  expectAccessible,
  runFlows,
  signedInPage,
  withDeck,
  type FlowNode,
} from './flows-support';
import { PASSWORD, type SeededDisco } from './seed';

const FIGURES = '[data-ready="figures"]';
const REMEMBERED = 'disco-deck-session';

const WORDS = {
  en: {
    locale: 'en-GB',
    menu: 'Menu',
    signOut: 'Sign out',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    title: 'Sign in',
  },
  es: {
    locale: 'es',
    menu: 'Menú',
    signOut: 'Salir',
    email: 'Correo electrónico',
    password: 'Contraseña',
    submit: 'Entrar',
    title: 'Entrar',
  },
} as const;

/**
 * Every name the Shell showed as signed in, and whether figures were ever drawn, over all the
 * page's loads in this context: read by an observer each page starts with, so a render that lasts
 * one frame is seen too.
 */
async function watchWhoIsShown(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const store = window.localStorage;
    const seen = (): string[] => JSON.parse(store.getItem('test-seen') ?? '[]') as string[];
    new MutationObserver(() => {
      const who = document.querySelector('.who .muted')?.textContent ?? '';
      const figures = document.querySelector('[data-ready="figures"]') !== null;
      const note = `${who}${figures ? ' with figures' : ''}`;
      if (who && !seen().includes(note))
        store.setItem('test-seen', JSON.stringify([...seen(), note]));
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
}

const shownSoFar = (page: Page): Promise<string[]> =>
  page.evaluate(() => JSON.parse(localStorage.getItem('test-seen') ?? '[]') as string[]);

const forgetShown = (page: Page): Promise<void> =>
  page.evaluate(() => localStorage.removeItem('test-seen'));

/** The dashboard's answers the service worker keeps, as `path member`. */
const keptAnswers = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const kept: string[] = [];
    for (const name of await caches.keys())
      if (name.startsWith('deck-api-'))
        for (const request of await (await caches.open(name)).keys()) {
          const url = new URL(request.url);
          kept.push(`${url.pathname} ${url.searchParams.get('disco-member')}`);
        }
    return kept.sort();
  });

const rememberedMember = (page: Page): Promise<string | null> =>
  page.evaluate((key) => {
    const stored = localStorage.getItem(key);
    return stored ? (JSON.parse(stored) as { member: { memberId: string } }).member.memberId : null;
  }, REMEMBERED);

/** Signed in, the dashboard drawn once under the service worker, its answers kept for the member. */
async function returningTo(page: Page, url: string, memberId: string): Promise<void> {
  await dashboardUnderWorker(page, url);
  await expect
    .poll(() => keptAnswers(page), { timeout: 20_000 })
    .toEqual([`/api/dashboard ${memberId}`, `/api/distribution/flows ${memberId}`]);
  expect(await rememberedMember(page)).toBe(memberId);
}

/*
 * A returning member's dashboard is drawn from the session this device remembers before the node
 * confirms it (web/src/session.ts; the reasoning is docs/architecture.md, *A remembered session*).
 * What must never follow from that on a shared device: one member's figures shown to another, or
 * shown after the node said the session ended.
 */
describe.skipIf(!runFlows)('A remembered session on a shared device', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let node: FlowNode | undefined;

  beforeAll(async () => {
    node = await withDeck();
    ({ server, disco, browser } = node);
  }, 60_000);

  afterAll(() => node?.stop());

  it('gives way at once when the node says the session ended, and forgets what it kept', async () => {
    const context = await browser.context({ persistent: true });
    const page = await signedInPage(context, server.url, disco.ana.email);
    // Not returningTo: reading the worker's caches from the page before the session ends held
    // the page's next load up in Chromium (handles the test opened), which a member never does.
    await dashboardUnderWorker(page, server.url);
    // The worker fetches the other pages' code behind a returning member's page: let it finish.
    await page.waitForLoadState('networkidle');

    // The session ends on the node behind the device's back (as when it expires, or is ended
    // from another device); the browser still holds its cookie.
    const [cookie] = (await context.cookies(server.url)).filter((c) => c.name === 'disco_session');
    const { csrfToken } = (await (
      await context.request.get(`${server.url}/api/auth/session`)
    ).json()) as {
      csrfToken: string;
    };
    const out = await context.request.post(`${server.url}/api/auth/sign-out`, {
      headers: { origin: server.url, 'x-csrf-token': csrfToken },
    });
    expect(out.ok()).toBe(true);
    await context.addCookies([cookie!]);

    await page.goto(`${server.url}/`);
    // Read in the page rather than by a locator's polling.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('h1')?.textContent), {
        timeout: 30_000,
      })
      .toBe('Sign in');
    expect(await page.evaluate(() => location.pathname)).toBe('/sign-in');
    expect(await page.locator(FIGURES).count()).toBe(0);
    await expect.poll(() => keptAnswers(page)).toEqual([]);
    expect(await rememberedMember(page)).toBeNull();

    // Nothing is left to show before the node answers on the next visit either.
    await watchWhoIsShown(context);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await shownSoFar(page)).toEqual([]);
    await context.close();
  });

  for (const [screen, size, language] of [
    ['desktop', { width: 1280, height: 900 }, 'en'],
    ['phone', { width: 375, height: 812 }, 'es'],
  ] as const)
    it(`never shows the member who signed out to the next one, even offline, on a ${screen} in ${language}`, async () => {
      const w = WORDS[language];
      const context = await browser.context({ ...size, locale: w.locale, persistent: true });
      await watchWhoIsShown(context);
      const page = await signedInPage(context, server.url, disco.ana.email);
      await returningTo(page, server.url, disco.ana.memberId);
      expect(await shownSoFar(page)).toContain('Ana with figures');

      // Ana signs out from the Deck: what this device kept for her goes with her.
      if (screen === 'phone') await page.getByRole('button', { name: w.menu }).click();
      await page.getByRole('button', { name: w.signOut }).click();
      await page.getByRole('heading', { name: w.title, level: 1 }).waitFor();
      await expect.poll(() => keptAnswers(page)).toEqual([]);
      expect(await rememberedMember(page)).toBeNull();
      await forgetShown(page);

      // The next person on the device, with no connection: the Deck's shell, and nobody's figures.
      await context.setOffline(true);
      await page.goto(`${server.url}/`).catch(() => undefined);
      await page.locator('header .brand').waitFor();
      await page.getByRole('heading', { name: w.title, level: 1 }).waitFor({ timeout: 20_000 });
      expect(await shownSoFar(page)).toEqual([]);
      await context.setOffline(false);

      // Ben signs in on the same device, and comes back to it.
      await page.goto(`${server.url}/sign-in`);
      const form = page.locator('form');
      await form.getByLabel(w.email).fill('ben@example.org');
      await form.getByLabel(w.password).fill(PASSWORD);
      await form.getByRole('button', { name: w.submit }).click();
      await page.locator(FIGURES).waitFor();
      await returningTo(page, server.url, disco.ben.memberId);
      await expectAccessible(page);

      // Offline, Ben's device keeps Ben's answers only; Ana is never shown.
      await context.setOffline(true);
      await page.reload().catch(() => undefined);
      await page.locator('header .brand').waitFor();
      expect(await keptAnswers(page)).toEqual([
        `/api/dashboard ${disco.ben.memberId}`,
        `/api/distribution/flows ${disco.ben.memberId}`,
      ]);
      await context.setOffline(false);
      expect((await shownSoFar(page)).filter((seen) => seen.startsWith('Ana'))).toEqual([]);
      expect(await shownSoFar(page)).toContain('Ben with figures');
      await context.close();
    });

  it('draws the member the node confirms, with their own answers, when the cookie changed behind the Deck', async () => {
    const context = await browser.context({ persistent: true });
    const page = await signedInPage(context, server.url, disco.ana.email);
    await returningTo(page, server.url, disco.ana.memberId);
    // Ben signs in with this browser's cookies, but not through the Deck's pages.
    const signedIn = await context.request.post(`${server.url}/api/auth/sign-in`, {
      headers: { origin: server.url },
      data: { email: 'ben@example.org', password: PASSWORD },
    });
    expect(signedIn.ok()).toBe(true);
    await page.reload();
    await page.locator('.who .muted', { hasText: 'Ben' }).waitFor();
    await page.locator(FIGURES).waitFor();
    await expect
      .poll(() => keptAnswers(page), { timeout: 20_000 })
      .toEqual([
        `/api/dashboard ${disco.ben.memberId}`,
        `/api/distribution/flows ${disco.ben.memberId}`,
      ]);
    expect(await rememberedMember(page)).toBe(disco.ben.memberId);
    await context.close();
  });
});
