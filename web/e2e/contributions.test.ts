import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDeckBrowser, screenshot, type DeckBrowser } from './browser';
import { startDeckServer, type DeckServer } from './deck-server';
import { expectAccessible, requireChromium, runFlows, signedInPage } from './flows-support';
import { seedDisco, type SeededDisco } from './seed';

/*
 * One contribution in the Deck: Ana disputes Ben's care call; the founder reads its history and
 * is told a dispute is settled by a passed proposal; Ana withdraws her dispute from a Spanish
 * phone; Ben corrects his work from Log work, the node refusing a quantity that is no number.
 */
describe.skipIf(!runFlows)('a contribution in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;

  beforeAll(async () => {
    requireChromium();
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    browser = await launchDeckBrowser();
    await disco.ana.call('POST', `/api/contributions/${disco.bensContributionId}/disputes`, {
      reason: 'The call lasted one hour',
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the founder a disputed contribution's history and how to settle it", async () => {
    const founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
    await founder.goto(`${server.url}/contributions/${disco.bensContributionId}`);
    await founder.getByRole('heading', { name: 'Contribution', level: 1 }).waitFor();
    await founder.getByText('Disputed by Ana: “The call lasted one hour”').waitFor();
    const history = founder.getByRole('region', { name: 'Validation history' });
    await history.getByText(/^Logged by Ben/).waitFor();
    await history.getByText(/^Disputed by Ana/).waitFor();
    const resolve = founder.getByRole('region', { name: 'Settle the dispute by a decision' });
    await resolve.getByText(/^No proposal has passed yet/).waitFor();
    expect(await founder.getByRole('region', { name: 'Correct your contribution' }).count()).toBe(
      0,
    );
    expect(await founder.getByRole('region', { name: 'Your dispute' }).count()).toBe(0);
    await screenshot(founder, 'contribution-desktop');
    await expectAccessible(founder);
  });

  it('lets Ana withdraw her dispute from a Spanish phone', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/contributions/${disco.bensContributionId}`);
    await ana.getByRole('heading', { name: 'Contribución', level: 1 }).waitFor();
    const mine = ana.getByRole('region', { name: 'Tu disputa' });
    await expectAccessible(ana);
    await mine.getByRole('button', { name: 'Retirar mi disputa' }).click();
    const status = ana.getByRole('status');
    await status.getByText('Tu disputa está retirada.').waitFor();
    await expect
      .poll(() => ana.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('status');
    await ana
      .getByRole('region', { name: 'Historial de validación' })
      .getByText(/^Disputa retirada por Ana/)
      .waitFor();
    expect(await ana.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(ana, 'contribution-phone-es');
    await expectAccessible(ana);
    const shown = await disco.ana.call<{ status: string; dispute: unknown }>(
      'GET',
      `/api/contributions/${disco.bensContributionId}`,
    );
    expect(shown).toMatchObject({ status: 'pending', dispute: null });
  });

  it('lets Ben correct his work, refusing a quantity that is no number', async () => {
    const ben = await signedInPage(await browser.context(), server.url, 'ben@example.org');
    await ben.goto(`${server.url}/log`);
    await ben
      .getByRole('region', { name: 'My recent work' })
      .getByRole('link', { name: /Care · meeting/ })
      .click();
    const edit = ben.getByRole('region', { name: 'Correct your contribution' });
    await edit.getByLabel('Quantity').fill('two');
    await edit.getByRole('button', { name: 'Save the correction' }).click();
    await expect.poll(() => edit.getByLabel('Quantity').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(ben);
    await edit.getByLabel('Quantity').fill('1');
    await edit.getByRole('button', { name: 'Save the correction' }).click();
    await ben.getByText('Corrected: the new version waits for validation.').waitFor();
    expect(await edit.count()).toBe(0);
    await ben.getByRole('link', { name: 'Open the new version' }).click();
    await ben.getByText('This corrects an earlier version.').waitFor();
    await expectAccessible(ben);
    const { items } = await disco.ben.call<{
      items: Array<{ status: string; quantity: string; supersedes: string | null }>;
    }>('GET', '/api/contributions');
    expect(items.find((c) => c.supersedes === disco.bensContributionId)).toMatchObject({
      quantity: '1',
      status: 'pending',
    });
    expect(items.find((c) => c.status === 'superseded')).toBeDefined();
  });
});
