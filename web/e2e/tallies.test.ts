import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import { expectAccessible, runFlows, signedInPage, withDeck, type FlowNode } from './flows-support';
import type { SeededDisco } from './seed';

const DAYS = ['Martes', 'Miércoles', 'Jueves'];

/*
 * Closed ranked-choice proposals read in Spanish on a phone: the rounds of an instant-runoff
 * count and the pairwise matrix of a Schulze count as tables, and the tally's lines in Spanish
 * from their codes, with no serious accessibility violation.
 */
describe.skipIf(!runFlows)('closed ranked-choice tallies in the Deck, in Spanish', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let node: FlowNode | undefined;
  let phone: Page;
  const closed: Record<'irv' | 'schulze', string> = { irv: '', schulze: '' };

  beforeAll(async () => {
    node = await withDeck();
    ({ server, disco, browser } = node);
    // A deadline half a minute ahead, long enough to cast six ballots on a loaded machine; then
    // the shared node's test clock is moved just past it rather than waited for, and the server
    // closes and tallies each proposal by itself.
    const deadlineMs = Date.now() + 30_000;
    const deadline = new Date(deadlineMs).toISOString();
    for (const method of ['irv', 'schulze'] as const) {
      const { proposalId } = await disco.founder.call<{ proposalId: string }>(
        'POST',
        '/api/proposals',
        {
          title: `¿Qué día? (${method})`,
          body: 'Ordena los días, el mejor primero.',
          deadline,
          method,
          settings: { options: DAYS },
        },
      );
      closed[method] = proposalId;
      for (const [voter, ranking] of [
        [disco.founder, ['Martes', 'Miércoles', 'Jueves']],
        [disco.ana, ['Miércoles', 'Jueves', 'Martes']],
        [disco.ben, ['Martes', 'Jueves', 'Miércoles']],
      ] as const)
        await voter.call('PUT', `/api/proposals/${proposalId}/ballot`, {
          ballot: { ranking },
        });
    }
    await node.server.advance!(Math.max(1, Math.ceil((deadlineMs - Date.now()) / 1000) + 1));
    let states: { status: string }[] = [];
    for (let i = 0; i < 240; i++) {
      states = await Promise.all(
        Object.values(closed).map((id) =>
          disco.founder.call<{ status: string }>('GET', `/api/proposals/${id}`),
        ),
      );
      if (states.every((p) => p.status === 'closed')) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(states.map((p) => p.status)).toEqual(['closed', 'closed']);
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    phone = await signedInPage(context, server.url, disco.ana.email);
  }, 180_000);

  afterAll(() => node?.stop());

  it('shows the rounds of an instant-runoff count and its lines in Spanish', async () => {
    await phone.goto(`${server.url}/proposals/${closed.irv}`);
    const rounds = phone.getByRole('table', { name: /Rondas del recuento/ });
    await rounds.waitFor();
    expect(await rounds.getByRole('columnheader', { name: 'Ronda 1' }).count()).toBe(1);
    expect(await rounds.getByRole('rowheader', { name: 'Jueves' }).count()).toBe(1);
    await phone.getByText('3 papeletas vinculantes (peso total 3).').waitFor();
    await phone
      .getByText(/^Ronda 1: .*\(3 en juego, 0 agotadas\)\. Martes tiene más de la mitad/)
      .waitFor();
    await phone.getByText('Gana: Martes.').waitFor();
    await screenshot(phone, 'tally-irv-phone-es');
    await expectAccessible(phone);
  });

  it('shows the pairwise matrix of a Schulze count and its lines in Spanish', async () => {
    await phone.goto(`${server.url}/proposals/${closed.schulze}`);
    const matrix = phone.getByRole('table', { name: /Preferencias por pares/ });
    await matrix.waitFor();
    expect(await matrix.getByRole('columnheader', { name: 'sobre Jueves' }).count()).toBe(1);
    expect(await matrix.getByRole('rowheader', { name: /Martes \(Ganadoras\)/ }).count()).toBe(1);
    await phone.getByText(/^Por pares: cuánto peso situó cada opción/).waitFor();
    await phone
      .getByText(/^Martes tiene un camino al menos tan fuerte como el de vuelta/)
      .waitFor();
    await phone.getByText('Gana: Martes.').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await screenshot(phone, 'tally-schulze-phone-es');
    await expectAccessible(phone);
  });
});
