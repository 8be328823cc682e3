import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDeckBrowser, screenshot, type DeckBrowser } from './browser';
import { startDeckServer, type DeckServer } from './deck-server';
import { expectAccessible, requireChromium, runFlows, signedInPage } from './flows-support';
import { seedDisco, type SeededDisco } from './seed';

interface Proposal {
  status: string;
  body: string;
  version: number;
  change: { kind: string; membership?: unknown };
}

/*
 * Proposals started, amended and withdrawn from forms, reactions on a comment, and delegation
 * with its override, by Ana on a desktop and on a Spanish phone.
 */
describe.skipIf(!runFlows)('proposing in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let ana: Page;
  const proposalIdOf = (page: Page) => new URL(page.url()).pathname.split('/').pop()!;

  beforeAll(async () => {
    requireChromium();
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    await disco.founder.call('PUT', '/api/governance/parameters', {
      delegation: { enabled: true },
    });
    await disco.founder.call('POST', `/api/proposals/${disco.rankedProposalId}/comments`, {
      text: 'Tuesday works best for the care circle.',
    });
    browser = await launchDeckBrowser();
    ana = await signedInPage(await browser.context(), server.url, disco.ana.email);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens a membership change by name, amends it with a diff, and withdraws it', async () => {
    await ana.goto(`${server.url}/proposals`);
    await ana.getByRole('link', { name: 'Start a proposal' }).click();
    await ana.getByRole('heading', { name: 'Start a proposal', level: 1 }).waitFor();
    await ana.getByLabel('Kind of proposal').selectOption('membership-change');
    await ana.getByRole('button', { name: 'Open the proposal' }).click();
    await ana.getByText('Choose the member whose level changes.').waitFor();
    await expectAccessible(ana);
    await ana.getByLabel('Member', { exact: true }).selectOption({ label: 'Ben' });
    await ana.getByLabel('New level').selectOption('dating');
    await ana.getByLabel('Dating stage').selectOption('2');
    await ana.getByLabel('Title').fill('Ben moves to dating stage 2');
    await ana.getByLabel('What and why').fill('Ben has done stage 1.\nHis mentor agrees.');
    await ana.getByRole('button', { name: 'Open the proposal' }).click();
    await ana.getByRole('heading', { name: 'Ben moves to dating stage 2', level: 1 }).waitFor();
    const id = proposalIdOf(ana);
    const opened = await disco.founder.call<Proposal>('GET', `/api/proposals/${id}`);
    expect(opened.change).toEqual({
      kind: 'membership-change',
      membership: { memberId: disco.ben.memberId, level: 'dating', stage: 2 },
    });

    const amend = ana.getByRole('region', { name: 'Amend or withdraw' });
    await amend.getByLabel('Text').fill('Ben has done stage 1.\nHis mentor and the circle agree.');
    await amend.getByRole('button', { name: 'Amend' }).click();
    await amend.getByText('Amended: this is now version 2.').waitFor();
    await ana.locator('ins', { hasText: 'His mentor and the circle agree.' }).waitFor();
    await ana.locator('del', { hasText: 'His mentor agrees.' }).waitFor();
    await screenshot(ana, 'proposal-amended');
    await expectAccessible(ana);
    await amend.getByRole('button', { name: 'Withdraw the proposal' }).click();
    await ana.getByText('The proposal is withdrawn.').waitFor();
    expect(await disco.founder.call<Proposal>('GET', `/api/proposals/${id}`)).toMatchObject({
      status: 'withdrawn',
      version: 2,
    });
  });

  it('reacts to a comment, and takes the reaction back', async () => {
    await ana.goto(`${server.url}/proposals/${disco.rankedProposalId}`);
    const like = ana.getByRole('button', { name: '👍 0', exact: true });
    expect(await like.getAttribute('aria-pressed')).toBe('false');
    await like.click();
    const liked = ana.getByRole('button', { name: '👍 1', exact: true });
    await liked.waitFor();
    expect(await liked.getAttribute('aria-pressed')).toBe('true');
    const comments = await disco.founder.call<{
      items: Array<{ reactions: Record<string, string[]> }>;
    }>('GET', `/api/proposals/${disco.rankedProposalId}/comments`);
    expect(comments.items[0]!.reactions['👍']).toEqual([disco.ana.memberId]);
    await expectAccessible(ana);
    await liked.click();
    await ana.getByRole('button', { name: '👍 0', exact: true }).waitFor();
  });

  it('lets Ana edit her own comment', async () => {
    await disco.ana.call('POST', `/api/proposals/${disco.rankedProposalId}/comments`, {
      text: 'Wednesday suits me.',
    });
    await ana.reload();
    await ana.getByText('Wednesday suits me.').waitFor();
    await ana.getByRole('button', { name: 'Edit my comment' }).click();
    await ana.getByLabel('My comment').fill('Wednesday or Thursday suit me.');
    await ana.getByRole('button', { name: 'Save the comment' }).click();
    await ana.getByText('Comment edited; its earlier text stays in its history.').waitFor();
    await ana.getByText('Wednesday or Thursday suit me.').waitFor();
    const comments = await disco.founder.call<{
      items: Array<{ text: string; edits: Array<{ previousText: string }> }>;
    }>('GET', `/api/proposals/${disco.rankedProposalId}/comments`);
    expect(comments.items[1]).toMatchObject({
      text: 'Wednesday or Thursday suit me.',
      edits: [{ previousText: 'Wednesday suits me.' }],
    });
    await expectAccessible(ana);
  });

  it('delegates a vote on budgets to Ben and takes it back', async () => {
    await ana.goto(`${server.url}/proposals`);
    const section = ana.getByRole('region', { name: 'Delegating my vote' });
    await section.getByLabel('Delegate to').selectOption({ label: 'Ben' });
    await section.getByLabel('On', { exact: true }).selectOption('budget-or-expense');
    await section.getByRole('button', { name: 'Delegate' }).click();
    await section
      .getByText('Your vote on budget or expense now goes to Ben unless you vote yourself.')
      .waitFor();
    await section.getByText('to Ben on budget or expense').waitFor();
    const mine = await disco.ana.call<{ given: Array<{ delegateId: string; topic: string }> }>(
      'GET',
      '/api/delegations',
    );
    expect(mine.given).toMatchObject([
      { delegateId: disco.ben.memberId, topic: 'budget-or-expense' },
    ]);
    await expectAccessible(ana);
    await section
      .getByRole('button', { name: 'Take back my delegation on budget or expense' })
      .click();
    await section.getByText('You vote for yourself again on budget or expense.').waitFor();
    expect((await disco.ana.call<{ given: unknown[] }>('GET', '/api/delegations')).given).toEqual(
      [],
    );
  });

  it('opens a budget with its amount from a Spanish phone', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const phone = await signedInPage(context, server.url, disco.ana.email);
    await phone.goto(`${server.url}/proposals/new`);
    await phone.getByRole('heading', { name: 'Iniciar una propuesta', level: 1 }).waitFor();
    await phone.getByLabel('Tipo de propuesta').selectOption('budget-or-expense');
    await phone.getByLabel('Importe en EUR').fill('12.345');
    await phone.getByLabel('Título').fill('Portátil para el círculo de cuidados');
    await phone.getByLabel('Qué y por qué').fill('El viejo ya no arranca.');
    await phone.getByRole('button', { name: 'Abrir la propuesta' }).click();
    await phone.getByText(/Escribe un importe mayor que cero/).waitFor();
    await expectAccessible(phone);
    await phone.getByLabel('Importe en EUR').fill('300');
    await phone.getByRole('button', { name: 'Abrir la propuesta' }).click();
    await phone
      .getByRole('heading', { name: 'Portátil para el círculo de cuidados', level: 1 })
      .waitFor();
    const opened = await disco.founder.call<Proposal>(
      'GET',
      `/api/proposals/${proposalIdOf(phone)}`,
    );
    expect(opened.change.kind).toBe('budget-or-expense');
    expect(opened.body).toMatch(/^Importe: 300,00\s€\n\nEl viejo ya no arranca\.$/);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await screenshot(phone, 'proposal-budget-phone-es');
    await expectAccessible(phone);
  });
});
