import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import { expectAccessible, runFlows, signedInPage, withDeck, type FlowNode } from './flows-support';
import type { SeededDisco } from './seed';

interface Proposal {
  change: { kind: string; governanceParameters?: Record<string, unknown> };
}

const proposalIdOf = (page: Page) => new URL(page.url()).pathname.split('/').pop()!;

/*
 * A policy amendment from the new-proposal form: the governance parameters as fields starting
 * from those in force. The founder proposes delegation and a heavier worker-members' ballot on a
 * desktop (a weight that is no number refused beside its field); Ana proposes a quorum and who
 * votes on budgets from a Spanish phone.
 */
describe.skipIf(!runFlows)('a policy amendment in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;

  let node: FlowNode | undefined;

  beforeAll(async () => {
    node = await withDeck();
    ({ server, disco, browser } = node);
  }, 60_000);

  afterAll(() => node?.stop());

  it('lets the founder propose delegation and ballot weights', async () => {
    const founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
    await founder.goto(`${server.url}/proposals/new`);
    await founder.getByRole('heading', { name: 'Start a proposal', level: 1 }).waitFor();
    await founder.getByLabel('Kind of proposal').selectOption('policy-amendment');
    const fields = founder.getByRole('group', {
      name: 'The governance parameters it puts in force',
    });
    await fields.getByLabel('Members may delegate their vote').check();
    await fields.getByLabel('Ballot weight of Worker-members').fill('heavy');
    await founder.getByLabel('Title').fill('Delegation and weights');
    await founder.getByLabel('What and why').fill('Let members delegate; workers weigh twice.');
    await founder.getByRole('button', { name: 'Open the proposal' }).click();
    await fields.getByText('Write a number above 0, such as 1 or 1.5.').waitFor();
    await expect
      .poll(() => fields.getByLabel('Ballot weight of Worker-members').getAttribute('aria-invalid'))
      .toBe('true');
    await expectAccessible(founder);
    await fields.getByLabel('Ballot weight of Worker-members').fill('2');
    await founder.getByRole('button', { name: 'Open the proposal' }).click();
    await founder.getByRole('heading', { name: 'Delegation and weights', level: 1 }).waitFor();
    const opened = await disco.founder.call<Proposal>(
      'GET',
      `/api/proposals/${proposalIdOf(founder)}`,
    );
    expect(opened.change.kind).toBe('policy-amendment');
    expect(opened.change.governanceParameters).toMatchObject({
      delegation: { enabled: true },
      weights: { 'worker-members': 2 },
    });
    await screenshot(founder, 'policy-amendment-desktop');
  });

  it('lets Ana propose a quorum and who votes on budgets from a Spanish phone', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const phone = await signedInPage(context, server.url, disco.ana.email);
    await phone.goto(`${server.url}/proposals/new`);
    await phone.getByRole('heading', { name: 'Iniciar una propuesta', level: 1 }).waitFor();
    await phone.getByLabel('Tipo de propuesta').selectOption('policy-amendment');
    const fields = phone.getByRole('group', {
      name: 'Los parámetros de gobernanza que pone en vigor',
    });
    await fields.getByLabel('Quórum de Worker-members (%)').fill('50');
    await fields
      .getByRole('group', { name: /presupuesto o gasto|budget/ })
      .getByLabel('Worker-members')
      .check();
    await phone.getByLabel('Título').fill('Quórum de la mitad');
    await phone.getByLabel('Qué y por qué').fill('Que decida al menos la mitad.');
    await expectAccessible(phone);
    await phone.getByRole('button', { name: 'Abrir la propuesta' }).click();
    await phone.getByRole('heading', { name: 'Quórum de la mitad', level: 1 }).waitFor();
    const opened = await disco.founder.call<Proposal>(
      'GET',
      `/api/proposals/${proposalIdOf(phone)}`,
    );
    expect(opened.change.governanceParameters).toMatchObject({
      quorum: { 'worker-members': { numerator: 5000, denominator: 10_000 } },
      voters: { 'budget-or-expense': ['worker-members'] },
      delegation: { enabled: false },
    });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await screenshot(phone, 'policy-amendment-phone-es');
    await expectAccessible(phone);
  });
});
