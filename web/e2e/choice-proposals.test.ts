import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import { expectAccessible, runFlows, signedInPage, withDeck, type FlowNode } from './flows-support';
import type { SeededDisco } from './seed';

/*
 * Proposals that choose among options, started from the new-proposal form: Ana opens a
 * ranked-choice (IRV) proposal from a desktop in English, first refused for a single option, and
 * an approval vote capped at two from a Spanish phone; each opens with its options on its ballot.
 */
describe.skipIf(!runFlows)('choice proposals from the new-proposal form', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  const proposalIdOf = (page: Page) => new URL(page.url()).pathname.split('/').pop()!;
  const proposal = (id: string) =>
    disco.founder.call<{ method: string; settings: Record<string, unknown>; status: string }>(
      'GET',
      `/api/proposals/${id}`,
    );

  let node: FlowNode | undefined;

  beforeAll(async () => {
    node = await withDeck();
    ({ server, disco, browser } = node);
  }, 180_000);

  afterAll(() => node?.stop());

  it('opens a ranked-choice (IRV) proposal with its options from a desktop', async () => {
    const ana = await signedInPage(await browser.context(), server.url, disco.ana.email);
    await ana.goto(`${server.url}/proposals/new`);
    await ana.getByRole('heading', { name: 'Start a proposal', level: 1 }).waitFor();
    // A change is decided yes or no: no choice method is offered for it.
    await ana.getByLabel('Kind of proposal').selectOption('membership-change');
    expect(
      await ana
        .getByLabel('How it is decided')
        .locator('option', { hasText: 'Ranked choice' })
        .count(),
    ).toBe(0);
    await ana.getByLabel('Kind of proposal').selectOption('general');
    await ana
      .getByLabel('How it is decided')
      .selectOption({ label: 'Ranked choice, instant runoff' });
    await ana.getByLabel('Title').fill('Where do we meet in spring?');
    await ana.getByLabel('What and why').fill('Rank the places you would go to.');
    const options = ana.getByLabel('Options, one per line');
    await options.fill('Library');
    await ana.getByRole('button', { name: 'Open the proposal' }).click();
    await ana.getByText('Write at least two different options, one per line.').waitFor();
    expect(await options.getAttribute('aria-invalid')).toBe('true');
    await screenshot(ana, 'choice-refused-desktop');
    await expectAccessible(ana);
    await options.fill('Library\nCommunity garden\nCafé Rosa');
    await ana.getByRole('button', { name: 'Open the proposal' }).click();
    await ana.getByRole('heading', { name: 'Where do we meet in spring?', level: 1 }).waitFor();
    for (const place of ['Library', 'Community garden', 'Café Rosa'])
      await ana.getByRole('button', { name: `Rank ${place}` }).waitFor();
    await screenshot(ana, 'choice-irv-open-desktop');
    await expectAccessible(ana);
    expect(await proposal(proposalIdOf(ana))).toMatchObject({
      method: 'irv',
      status: 'open',
      settings: { options: ['Library', 'Community garden', 'Café Rosa'] },
    });
  });

  it('opens an approval vote with a cap from a Spanish phone', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/proposals/new`);
    await ana.getByRole('heading', { name: 'Iniciar una propuesta', level: 1 }).waitFor();
    await ana
      .getByLabel('Cómo se decide')
      .selectOption({ label: 'Aprobación (elige todas las opciones que aceptas)' });
    await ana.getByLabel('Título').fill('¿Qué talleres organizamos?');
    await ana.getByLabel('Qué y por qué').fill('Marca los que te parezcan bien.');
    await ana.getByLabel('Opciones, una por línea').fill('Cuidados\nFinanzas\nSoftware libre');
    const cap = ana.getByLabel('Máximo de opciones que aprueba cada papeleta (opcional)');
    await cap.fill('cero');
    await ana.getByRole('button', { name: 'Abrir la propuesta' }).click();
    await ana.getByText('Escribe un número entero de 1 a 1000, o déjalo vacío.').waitFor();
    expect(await cap.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(ana);
    await cap.fill('2');
    await ana.getByRole('button', { name: 'Abrir la propuesta' }).click();
    await ana.getByRole('heading', { name: '¿Qué talleres organizamos?', level: 1 }).waitFor();
    for (const workshop of ['Cuidados', 'Finanzas', 'Software libre'])
      await ana.getByRole('checkbox', { name: workshop }).waitFor();
    expect(await ana.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(ana, 'choice-approval-open-phone-es');
    await expectAccessible(ana);
    expect(await proposal(proposalIdOf(ana))).toMatchObject({
      method: 'approval',
      settings: { options: ['Cuidados', 'Finanzas', 'Software libre'], maxApprovals: 2 },
    });
  });
});
