import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDeckBrowser, screenshot, seriousViolations, type DeckBrowser } from './browser';
import { CHROMIUM } from './chromium';
import { startDeckServer, type DeckServer } from './deck-server';

const haveChromium = existsSync(CHROMIUM);
const inCi = process.env['CI'] === 'true';
if (!haveChromium && !inCi) {
  console.warn(
    `Skipping the Deck's account tests: no chromium at ${CHROMIUM}. Install it with 'apt-get install chromium' (or set CHROMIUM_PATH).`,
  );
}

const FOUNDER = { email: 'founder@example.org', password: 'the founder’s long passphrase' };
const NEWCOMER = { name: 'Rosa', email: 'rosa@example.org', password: 'rosa’s first passphrase' };

/*
 * Joining and passwords, as people do them in the Deck on a fresh node: the founder accepts the
 * invitation the node printed, invites a newcomer, who joins from a phone and changes their
 * password; then loses it and gets back in with the founder's password link.
 */
describe.skipIf(!haveChromium && !inCi)('joining and passwords in the Deck', () => {
  let server: DeckServer;
  let browser: DeckBrowser;
  let founder: Page;
  let phone: BrowserContext;
  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const signIn = (email: string, password: string) =>
    fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email, password }),
    });
  const linkShown = async (page: Page, label: RegExp) =>
    page.getByRole('textbox', { name: label }).inputValue();

  beforeAll(async () => {
    if (!haveChromium)
      throw new Error(
        `CI=true and there is no chromium at ${CHROMIUM}: .ci/run installs it with 'apt-get install -y chromium'.`,
      );
    server = await startDeckServer();
    browser = await launchDeckBrowser();
    founder = await (await browser.context()).newPage();
    phone = await browser.context({ width: 375, height: 812 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets the founder of a fresh node join with the link it printed', async () => {
    await founder.goto(`${server.url}/join#${server.founderInvitation}`);
    await founder.getByRole('heading', { name: 'Join My DisCO', level: 1 }).waitFor();
    // The secret leaves the address bar once read.
    expect(new URL(founder.url()).hash).toBe('');
    await expectAccessible(founder);
    await founder.getByLabel(/^Email/).fill(FOUNDER.email);
    await founder.getByLabel(/^Choose a password/).fill(FOUNDER.password);
    await founder.getByRole('button', { name: 'Join' }).click();
    await founder.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect((await signIn(FOUNDER.email, FOUNDER.password)).status).toBe(200);
  });

  it('has a newcomer join from a phone with an invitation link made in the Deck', async () => {
    await founder.goto(`${server.url}/members`);
    await founder.getByRole('heading', { name: 'Invite someone' }).waitFor();
    await founder.getByLabel('Invite as').selectOption({ label: 'A casual worker-member' });
    await founder.getByRole('button', { name: 'Make an invitation link' }).click();
    const link = await linkShown(founder, /Send this link to the newcomer/);
    expect(link).toMatch(new RegExp(`^${server.url}/join#[A-Za-z0-9_-]{43}$`));
    await screenshot(founder, 'invite-link');
    await expectAccessible(founder);

    const page = await phone.newPage();
    await page.goto(link);
    await page.getByText('Founder invites you to join as a worker-member (casual).').waitFor();
    await page.getByLabel(/^Your name/).fill(NEWCOMER.name);
    // The server's refusal is shown in its own words, and the invitation stays usable.
    await page.getByLabel(/^Email/).fill(FOUNDER.email);
    await page.getByLabel(/^Choose a password/).fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('alert').getByText('An account with this email already exists.').waitFor();
    await page.getByLabel(/^Email/).fill(NEWCOMER.email);
    await screenshot(page, 'join-phone');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const me = await page.evaluate(
      async () =>
        (
          (await (await fetch('/api/auth/session')).json()) as {
            member: { displayName: string; level: string };
          }
        ).member,
    );
    expect(me).toMatchObject({ displayName: NEWCOMER.name, level: 'casual' });
  });

  it('changes a password in the settings, signing out the other sessions', async () => {
    const other = await signIn(NEWCOMER.email, NEWCOMER.password);
    const otherCookie = /disco_session=[^;]+/.exec(other.headers.get('set-cookie')!)![0];
    const page = phone.pages()[0]!;
    await page.goto(`${server.url}/settings`);
    await page.getByRole('heading', { name: 'Password' }).waitFor();
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel(/^New password/).fill('rosa’s second passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('alert').getByText('The email or the password is wrong.').waitFor();
    await page.getByLabel('Current password').fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password was changed.', { exact: false }).waitFor();
    await screenshot(page, 'password-changed-phone');
    await expectAccessible(page);
    expect(
      (await fetch(`${server.url}/api/auth/session`, { headers: { cookie: otherCookie } })).status,
    ).toBe(401);
    // This browser keeps working on its fresh session, writes included.
    await page.goto(`${server.url}/log`);
    await page.getByRole('heading', { name: 'Log work', level: 1 }).waitFor();
    expect((await signIn(NEWCOMER.email, 'rosa’s second passphrase')).status).toBe(200);
  });

  it("gets a member who lost their password back in with a founder's link", async () => {
    await founder.goto(`${server.url}/members`);
    const form = founder.getByRole('region', { name: 'A password link for a member' });
    await form.getByRole('combobox', { name: 'Member' }).selectOption({ label: NEWCOMER.name });
    // Asked to mail on a node without SMTP: said plainly, and the link is shown as ever.
    await form
      .getByRole('checkbox', { name: 'Also mail it to the member’s account address' })
      .check();
    await form.getByRole('button', { name: 'Make a password link' }).click();
    await form.getByText(/^This node sends no mail \(no SMTP configured\)/).waitFor();
    await expectAccessible(founder);
    const link = await linkShown(founder, /Send this link to Rosa/);
    expect(link).toMatch(new RegExp(`^${server.url}/reset-password#[A-Za-z0-9_-]{43}$`));

    const lost = await browser.context({ width: 375, height: 812 });
    const page = await lost.newPage();
    await page.goto(link);
    await page.getByText(/^For Rosa\. This link works once/).waitFor();
    await expectAccessible(page);
    await page.getByLabel(/^New password/).fill('rosa’s third passphrase');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('link', { name: 'Go to the dashboard' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await screenshot(page, 'password-reset-phone');
    expect((await signIn(NEWCOMER.email, 'rosa’s second passphrase')).status).toBe(401);
    expect((await signIn(NEWCOMER.email, 'rosa’s third passphrase')).status).toBe(200);

    // The link worked once.
    await page.goto(link);
    await page
      .getByRole('alert')
      .getByText(/already used/)
      .waitFor();
  });
});
