import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDeckBrowser, screenshot, type DeckBrowser } from './browser';
import { startDeckServer, type DeckServer } from './deck-server';
import { expectAccessible, requireChromium, runFlows, signedInPage } from './flows-support';
import { seedDisco, type SeededDisco } from './seed';

/*
 * Issue 18 in the Deck: the founder sets up a weekly rhythm on an English desktop (after the node
 * refuses an empty title) and makes a calendar link; Ana checks in on a Spanish phone, with her
 * typo named beside the capacity, and thanks Ben for his care work.
 */
describe.skipIf(!runFlows)('rhythms, check-ins and thanks in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let founder: Page;
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

  beforeAll(async () => {
    requireChromium();
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    browser = await launchDeckBrowser();
    founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sets up a weekly rhythm, with the refusal of an empty title beside the field', async () => {
    await founder.goto(`${server.url}/rhythms`);
    await founder.getByRole('heading', { name: 'Rhythms', level: 1 }).waitFor();
    const form = founder.getByRole('region', { name: 'Set up a rhythm' });
    await form.getByLabel('Kind').selectOption({ label: 'Weekly sprint' });
    // The care circle's, so its gatherings can be credited as care work in that circle.
    await form.getByLabel('Circle').selectOption({ label: 'Care' });
    await form.getByLabel('Repeats').selectOption({ label: 'Every week' });
    await form.getByLabel('Tue').check();
    await form.getByLabel('Thu').check();
    await form.getByText('Recurrence: FREQ=WEEKLY;BYDAY=TU,TH').waitFor();
    // Begun three weeks ago, so it has past gatherings to record.
    const begun = new Date(Date.now() - 21 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('First gathering (date)').fill(begun);
    await form.getByRole('button', { name: 'Set up the rhythm' }).click();
    const title = form.getByLabel('Title');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(founder);
    await title.fill('Sprint planning');
    await form.getByRole('button', { name: 'Set up the rhythm' }).click();
    await founder.getByText('Set up “Sprint planning”.').waitFor();
    expect(await focusedText(founder)).toBe('Set up “Sprint planning”.');
    const list = founder.getByRole('region', { name: 'Our rhythms' });
    await list.getByRole('heading', { name: 'Sprint planning' }).waitFor();
    await list.getByText(/^Next: /).waitFor();
    await list.getByText('Weekly sprint · Care').waitFor();
    const { items } = await disco.founder.call<{ items: Array<{ name: string; rrule: string }> }>(
      'GET',
      '/api/rhythms',
    );
    expect(items).toMatchObject([{ name: 'Sprint planning', rrule: 'FREQ=WEEKLY;BYDAY=TU,TH' }]);
    await expectAccessible(founder);
  });

  it('records who took part in a past gathering and credits it as care', async () => {
    const list = founder.getByRole('region', { name: 'Our rhythms' });
    await list.getByText('Gatherings of “Sprint planning”').click();
    await list.getByLabel('Ana').check();
    await list.getByLabel('Ben').check();
    await list.getByRole('button', { name: 'Record who took part' }).click();
    await founder.getByText('Recorded 2 participants.').waitFor();
    expect(await focusedText(founder)).toBe('Recorded 2 participants.');
    await list.getByRole('button', { name: /^Credit .* as care$/ }).click();
    await founder.getByText('Credited as care: 2 contributions wait for validation.').waitFor();
    await list.getByText('credited as care').waitFor();
    await expectAccessible(founder);
  });

  it('changes the rhythm, then ends it', async () => {
    const list = founder.getByRole('region', { name: 'Our rhythms' });
    await list.getByRole('button', { name: 'Change “Sprint planning”' }).click();
    const form = founder.getByRole('region', { name: 'Change “Sprint planning”' });
    await form.getByLabel('Title').fill('Sprint review');
    await form.getByRole('button', { name: 'Save the change' }).click();
    await founder.getByText('Changed “Sprint review”.').waitFor();
    await list.getByRole('button', { name: 'End “Sprint review”' }).click();
    await founder.getByText('Ended “Sprint review”.').waitFor();
    const { items } = await disco.founder.call<{ items: unknown[] }>('GET', '/api/rhythms');
    expect(items).toEqual([]);
  });

  it('makes a private calendar link that a calendar app can read, then revokes it', async () => {
    const feed = founder.getByRole('region', { name: 'My calendar link' });
    await feed.getByRole('button', { name: 'Make a link' }).click();
    await feed.getByText(/It is shown once/).waitFor();
    expect(await feed.getByLabel('Your calendar link').inputValue()).toMatch(/\/api\/calendar\//);
    await feed.getByRole('button', { name: 'Check the link' }).click();
    await feed.getByText(/^The link works: \d+ gatherings/).waitFor();
    await screenshot(founder, 'rhythms-desktop');
    await expectAccessible(founder);
    await feed.getByRole('button', { name: 'Revoke the link' }).click();
    await feed.getByText('Your link is revoked', { exact: false }).waitFor();
    const status = await disco.founder.call<{ active: boolean }>('GET', '/api/me/calendar-feed');
    expect(status.active).toBe(false);
  });

  it('lets a founder shorten how long check-ins are kept', async () => {
    const retention = founder.getByRole('region', { name: 'How long check-ins are kept' });
    await retention.getByLabel('Days (1 to 366)').fill('400');
    await retention.getByRole('button', { name: 'Save' }).click();
    const days = retention.getByLabel('Days (1 to 366)');
    await expect.poll(() => days.getAttribute('aria-invalid')).toBe('true');
    await days.fill('28');
    await retention.getByRole('button', { name: 'Save' }).click();
    await retention.getByText(/^Check-ins are kept 28 days/).waitFor();
    await expectAccessible(founder);
    const signal = await disco.founder.call<{ retentionDays: number }>('GET', '/api/care/capacity');
    expect(signal.retentionDays).toBe(28);
  });

  it('lets Ana check in on a Spanish phone and thank Ben for his care work', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/me`);
    const form = ana.getByRole('region', { name: 'Puesta en común', exact: true });
    await form.getByLabel('Cómo estoy').fill('Cansada pero con ganas');
    const capacity = form.getByLabel(/^Capacidad esta semana/);
    await capacity.fill('mucha');
    await form.getByRole('button', { name: 'Enviar la puesta en común' }).click();
    await form.getByText('Escribe un número entero de 0 a 300.').waitFor();
    expect(await capacity.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(ana);
    await capacity.fill('120');
    await form.getByLabel('Qué necesito (opcional)').fill('Ayuda con las facturas');
    await form.getByLabel('Quién puede leerla').selectOption({ label: 'Mis círculos' });
    await form.getByRole('button', { name: 'Enviar la puesta en común' }).click();
    await form.getByText(/^Puesta en común de la semana del .* \(120 %\)\.$/).waitFor();
    expect(await focusedText(ana)).toMatch(/^Puesta en común de la semana del/);
    const mine = ana.getByRole('region', { name: 'Mis puestas en común' });
    await mine.getByText('Cansada pero con ganas').waitFor();
    await expectAccessible(ana);
    await mine.getByRole('button', { name: /^Borrar la puesta en común/ }).click();
    await mine.getByText('Puesta en común borrada.').waitFor();
    await mine.getByText('Ninguna.').waitFor();
    const left = await disco.ana.call<{ items: unknown[] }>('GET', '/api/checkins');
    expect(left.items).toEqual([]);

    // The Rhythms page on the phone: the calendar link for everyone, no form for a non-steward.
    await ana.goto(`${server.url}/rhythms`);
    await ana.getByRole('heading', { name: 'Ritmos', level: 1 }).waitFor();
    await ana.getByRole('region', { name: 'Mi enlace de calendario' }).waitFor();
    expect(await ana.getByRole('region', { name: 'Crear un ritmo' }).count()).toBe(0);
    expect(await ana.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(ana);

    await ana.goto(`${server.url}/contributions/${disco.bensContributionId}`);
    const thanks = ana.getByRole('region', { name: 'Agradecimientos' });
    await thanks.getByRole('button', { name: 'Agradecer a Ben' }).click();
    await thanks.getByLabel('Qué le agradeces').fill('Gracias por sostener la llamada.');
    await thanks.getByRole('button', { name: 'Enviar el agradecimiento' }).click();
    await thanks.getByText('Agradeciste a Ben.').waitFor();
    expect(await focusedText(ana)).toBe('Agradeciste a Ben.');
    await thanks.getByText('Gracias por sostener la llamada.').waitFor();
    const width = await ana.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await screenshot(ana, 'rhythms-phone-es');
    await expectAccessible(ana);
    const given = await disco.ben.call<{ items: Array<{ fromName: string; note: string }> }>(
      'GET',
      `/api/appreciations?contributionId=${disco.bensContributionId}`,
    );
    expect(given.items).toMatchObject([
      { fromName: 'Ana', note: 'Gracias por sostener la llamada.' },
    ]);
  });
});
