import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDeckBrowser, screenshot, seriousViolations, type DeckBrowser } from './browser';
import { CHROMIUM } from './chromium';
import { startDeckServer, type DeckServer } from './deck-server';
import { accept, PASSWORD, seedDisco, type SeededDisco } from './seed';

const haveChromium = existsSync(CHROMIUM);
const inCi = process.env['CI'] === 'true';
if (!haveChromium && !inCi) {
  console.warn(
    `Skipping the Deck's "Me" tests: no chromium at ${CHROMIUM}. Install it with 'apt-get install chromium' (or set CHROMIUM_PATH).`,
  );
}

/*
 * "Me", profiles and notifications, and the small defects found on phones: Ana on a desktop in
 * English, then on a 375-pixel phone in Spanish; a client who is not a worker-member; a visitor
 * who is signed out.
 */
describe.skipIf(!haveChromium && !inCi)('Me, profiles and notifications in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let clientEmail: string;
  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const heading = (page: Page, name: string | RegExp) =>
    page.getByRole('heading', { name, level: 1 }).waitFor();
  const signIn = async (context: BrowserContext, email: string, signInLabel = 'Sign in') => {
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel(/^(Email|Correo)/).fill(email);
    await page.getByLabel(/^(Password|Contraseña)/).fill(PASSWORD);
    await page.getByRole('button', { name: signInLabel }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    return page;
  };
  const sidewaysScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  beforeAll(async () => {
    if (!haveChromium)
      throw new Error(
        `CI=true and there is no chromium at ${CHROMIUM}: .ci/run installs it with 'apt-get install -y chromium'.`,
      );
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    const { items: constituencies } = await disco.founder.call<{
      items: Array<{ constituencyId: string; slug: string }>;
    }>('GET', '/api/constituencies');
    const clients = constituencies.find((c) => c.slug === 'users-clients')!.constituencyId;
    const { token } = await disco.founder.call<{ token: string }>('POST', '/api/invitations', {
      level: null,
      constituencyIds: [clients],
    });
    clientEmail = 'cleo@example.org';
    await accept(server.url, token, { displayName: 'Cleo', email: clientEmail });
    browser = await launchDeckBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('makes no request that is refused while signed out, and serves an icon and a manifest', async () => {
    const page = await (await browser.context()).newPage();
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 401) refused.push(response.url());
    });
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/sign-in/);
    await heading(page, 'Sign in');
    await page.goto(`${server.url}/ledger`);
    await heading(page, /Ledger/);
    await page.waitForLoadState('networkidle');
    expect(refused).toEqual([]);
    expect(await page.title()).toMatch(/^Ledger · /);
    const icon = await fetch(`${server.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const manifest = await fetch(`${server.url}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    expect(await manifest.json()).toMatchObject({
      icons: expect.arrayContaining([expect.objectContaining({ src: '/favicon.svg' })]),
    });
    expect(await page.locator('link[rel=manifest]').getAttribute('href')).toBe(
      '/manifest.webmanifest',
    );
  });

  it('shows Ana her page: credits, what can be paid and why, duties, path and keys', async () => {
    const page = await signIn(await browser.context(), disco.ana.email);
    await page.getByRole('link', { name: 'Me', exact: true }).click();
    await heading(page, 'My page');
    expect(await page.title()).toMatch(/^My page · /);
    for (const section of ['Credits by stream', 'What can be paid, and why', 'Duties', 'Path'])
      await page.getByRole('heading', { name: section, level: 2 }).waitFor();
    await page
      .getByText('casual work: counted and honoured, but never a claim on income')
      .waitFor();
    await page.getByRole('heading', { name: 'Payouts', level: 2 }).waitFor();
    await page.getByRole('link', { name: 'Manage your keys in Settings' }).waitFor();
    await screenshot(page, 'me-desktop');
    await expectAccessible(page);

    // Charts keep the names the page gave them: echarts' own "the data for source… is NaN" is gone.
    await page.goto(`${server.url}/`);
    await page.locator('.chart svg').nth(1).waitFor();
    const chartNames = await page
      .locator('.chart')
      .evaluateAll((charts) => charts.map((c) => c.getAttribute('aria-label')));
    expect(chartNames).toContain('Credits per week over the last 13 weeks, by stream');
    for (const name of chartNames) expect(name).not.toMatch(/NaN|the data for/i);
    // The week still going on is marked as such, in the table beside the chart.
    await page.getByText('The weeks as a table').click();
    await page.getByRole('cell', { name: /\(so far\)$/ }).waitFor();

    // On a phone, the rates table is a named, focusable region that shows it scrolls, and the
    // members page does not scroll sideways.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${server.url}/settings`);
    const rates = page.getByRole('region', {
      name: 'The rates, in a table that scrolls sideways',
    });
    await rates.waitFor();
    expect(await rates.getAttribute('tabindex')).toBe('0');
    expect(await rates.evaluate((e) => getComputedStyle(e).backgroundImage)).toMatch(/gradient/);
    await page.goto(`${server.url}/members`);
    await heading(page, 'Members and circles');
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Ben's profile, from the members page: the public part only.
    await page.goto(`${server.url}/members`);
    await page.getByText('Ben', { exact: true }).click();
    await page.getByRole('link', { name: 'Profile of Ben' }).click();
    await heading(page, 'Ben');
    await page.getByText('You see what every member may see.', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { name: 'Payouts' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('rings Ana’s bell for Ben’s work, links to where to act, and marks it read', async () => {
    const page = await signIn(await browser.context(), disco.ana.email);
    const bell = page.getByRole('link', { name: /^Notifications, \d+ unread$/ });
    await bell.click();
    await heading(page, 'Notifications');
    await page.getByText('1 piece of work waiting for your validation').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await page
      .getByRole('status')
      .getByText(/notifications? marked read/)
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByRole('link', { name: 'Notifications, none unread' }).waitFor();
    await page.getByRole('link', { name: 'Validate' }).click();
    await heading(page, 'Log work');
    const bens = page.getByRole('listitem', { name: 'Work of Ben' });
    await bens.getByRole('button', { name: 'Validate' }).click();
    // Focus leaves the vanished button for the list's heading, and the result is announced.
    await page.getByRole('status').getByText('You validated the work of Ben.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('awaiting-heading');

    // One hour is "1 hour", not "1 hours".
    await page.getByRole('radio', { name: 'Care' }).check();
    await page.getByLabel(/How much/).fill('1');
    await page.getByRole('button', { name: 'Log it' }).click();
    await page
      .getByRole('region', { name: 'My recent work' })
      .getByText(/ · 1 hour · /)
      .waitFor();
    await expectAccessible(page);
  });

  it('fits a 375-pixel phone in Spanish, and Escape closes the menu', async () => {
    const phone = await browser.context({ width: 375, height: 812, locale: 'es' });
    const page = await signIn(phone, disco.ana.email, 'Entrar');
    await page.goto(`${server.url}/me`);
    await heading(page, 'Mi página');
    await page.getByRole('heading', { name: 'Qué se puede pagar, y por qué', level: 2 }).waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'me-phone-es');
    await expectAccessible(page);

    await page.goto(`${server.url}/members`);
    await heading(page, /Socias|Miembros|Members/);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

    const menu = page.getByRole('button', { name: 'Menú' });
    await menu.click();
    await page.getByRole('navigation').getByRole('link', { name: 'Yo', exact: true }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menú');

    await page.goto(`${server.url}/notifications`);
    await heading(page, 'Avisos');
    await expectAccessible(page);
  });

  it('offers a client neither Log work nor a validation queue', async () => {
    const page = await signIn(await browser.context(), clientEmail);
    await page.getByRole('link', { name: 'Me', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Log work' }).count()).toBe(0);
    await page.goto(`${server.url}/log`);
    await heading(page, 'Log work');
    await page.getByText('Logging work and validating it are for worker-members.').waitFor();
    expect(await page.getByRole('button', { name: 'Validate' }).count()).toBe(0);
    await page.goto(`${server.url}/notifications`);
    await heading(page, 'Notifications');
    expect(await page.getByText(/waiting for your validation/).count()).toBe(0);
    await expectAccessible(page);
  });
});
