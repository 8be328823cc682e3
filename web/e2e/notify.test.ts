import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDeckBrowser, screenshot, type DeckBrowser } from './browser';
import { startDeckServer, type DeckServer } from './deck-server';
import { expectAccessible, requireChromium, runFlows, signedInPage } from './flows-support';
import { seedDisco, type SeededDisco } from './seed';

/*
 * How notifications reach people, in the Deck: Ana turns a kind off and changes her mail
 * language on a Spanish phone; the founder adds a webhook on an English desktop (a bad address
 * refused first), and sees its delivery given up in the Delivery list with the reason.
 */
describe.skipIf(!runFlows)('notification delivery in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  const saved: Record<string, string | undefined> = {};
  // The node sweeps every second and gives a delivery up after one try, so a webhook to a
  // closed port shows in the Delivery list at once. The child process inherits these.
  const env = {
    DISCO_NOTIFY_INTERVAL: '1',
    DISCO_DELIVERY_ATTEMPTS: '1',
    DISCO_WEBHOOK_TIMEOUT: '1',
  };

  beforeAll(async () => {
    requireChromium();
    for (const [key, value] of Object.entries(env)) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    browser = await launchDeckBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  });

  it('lets a member turn a kind off and change the mail language on a Spanish phone', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const page = await signedInPage(context, server.url, disco.ana.email);
    await page.goto(`${server.url}/notifications`);
    const form = page.getByRole('region', { name: 'Cómo te llegan las notificaciones' });
    await form.getByLabel('Propuestas nuevas').waitFor();
    await expectAccessible(page);
    await form
      .getByLabel('Propuestas nuevas')
      .selectOption({ label: 'Desactivado (solo aquí en el Deck)' });
    await form.getByLabel('Idioma de tus correos').selectOption({ label: 'Inglés' });
    await form.getByRole('button', { name: 'Guardar cómo te llegan las notificaciones' }).click();
    await form.getByText('Guardado: tus notificaciones te llegan ahora como se muestra.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Guardado/);
    const stored = await disco.ana.call<{
      language: string;
      kinds: Array<{ kind: string; delivery: string; isDefault: boolean }>;
    }>('GET', '/api/notifications/settings');
    expect(stored.language).toBe('en');
    expect(stored.kinds.find((k) => k.kind === 'proposal-opened')).toMatchObject({
      delivery: 'off',
      isDefault: false,
    });
    // Other kinds keep what they had: only the change was sent.
    expect(stored.kinds.find((k) => k.kind === 'outcome')).toMatchObject({ isDefault: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await screenshot(page, 'notify-settings-phone-es');
    await expectAccessible(page);
  });

  it('lets a founder add a webhook and see its delivery given up, on an English desktop', async () => {
    const page = await signedInPage(await browser.context(), server.url, 'founder@example.org');
    await page.goto(`${server.url}/notifications`);
    const hooks = page.getByRole('region', { name: 'Webhooks' });
    await hooks.getByText('No webhooks yet.').waitFor();
    await hooks.getByLabel('Address (https://…)').fill('chat.coop/hooks/x');
    await hooks.getByRole('button', { name: 'Add the webhook' }).click();
    await hooks.getByText('Write a web address starting with https:// or http://.').waitFor();
    expect(await hooks.getByLabel('Address (https://…)').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    // A closed port: every call to it fails, and with one try it is given up.
    const url = 'http://127.0.0.1:9/hooks/disco';
    await hooks.getByLabel('Address (https://…)').fill(url);
    await hooks.getByLabel('What to send').selectOption({ label: 'A chat message' });
    await hooks.getByRole('button', { name: 'Add the webhook' }).click();
    await hooks.getByText(`Webhook added for ${url}.`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      `Webhook added for ${url}.`,
    );
    await hooks.getByRole('button', { name: `Remove the webhook for ${url}` }).waitFor();
    await expectAccessible(page);

    await disco.founder.call('POST', '/api/proposals', {
      title: 'Move the care call to the morning?',
      body: 'Mornings suit more of us.',
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      method: 'irv',
      settings: { options: ['Morning', 'Afternoon'] },
    });
    // The sweep runs every second: ask the node until it has given the call up, then show it.
    await expect
      .poll(
        async () =>
          (
            await disco.founder.call<{ items: Array<{ to: string; state: string }> }>(
              'GET',
              '/api/notifications/deliveries',
            )
          ).items
            .filter((d) => JSON.stringify(d).includes(url))
            .map((d) => d.state),
        { timeout: 30_000, interval: 100 },
      )
      .toContain('failed');
    await page.reload();
    const delivery = page.getByRole('region', { name: 'Delivery' });
    await delivery.getByRole('heading', { name: 'Delivery' }).waitFor();
    const item = delivery.getByRole('listitem').filter({ hasText: url });
    await item.getByText('Given up after 1 of 1 tries').waitFor();
    await item.getByText(/^Why: /).waitFor();
    await screenshot(page, 'notify-founder-desktop');
    await expectAccessible(page);
  });
});
