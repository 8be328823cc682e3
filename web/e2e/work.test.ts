import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import { expectAccessible, runFlows, signedInPage, withDeck, type FlowNode } from './flows-support';
import type { SeededDisco } from './seed';

/*
 * Projects and rates in the Deck: the founder creates a project, changes its status and sets a
 * credit rate on a desktop; Ana, committed, creates a project from a Spanish phone, where the
 * founders' rate form is not offered.
 */
describe.skipIf(!runFlows)('projects and rates in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let node: FlowNode | undefined;
  let founder: Page;

  beforeAll(async () => {
    node = await withDeck();
    ({ server, disco, browser } = node);
    founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
  }, 60_000);

  afterAll(() => node?.stop());

  it('creates a project, refusing a typo in its budget, and changes its status', async () => {
    await founder.goto(`${server.url}/work`);
    await founder.getByRole('heading', { name: 'Projects and rates', level: 1 }).waitFor();
    const form = founder.getByRole('region', { name: 'New project' });
    await form.getByLabel('Name').fill('Website for the bakery');
    await form.getByLabel('Client').fill('Bakery Coop');
    await form.getByLabel(/^Budget/).fill('3.000,00');
    await form.getByRole('button', { name: 'Create the project' }).click();
    await form.getByText('Write an amount such as 1250.50').waitFor();
    await expectAccessible(founder);
    await form.getByLabel(/^Budget/).fill('3000');
    await form.getByRole('button', { name: 'Create the project' }).click();
    await form.getByText('Project “Website for the bakery” created.').waitFor();
    const projects = founder.getByRole('region', { name: 'Projects' });
    await projects.getByText(/Bakery Coop · active/).waitFor();
    await projects.getByLabel('Status of Website for the bakery').selectOption('completed');
    await projects
      .getByRole('button', { name: 'Save the status of Website for the bakery' })
      .click();
    await projects.getByText('Website for the bakery is now completed.').waitFor();
    const { items } = await disco.founder.call<{
      items: Array<{ name: string; budget: string; status: string }>;
    }>('GET', '/api/projects');
    // The shared node holds other files' projects too: this one is found by its name.
    expect(items.filter((p) => p.name === 'Website for the bakery')).toMatchObject([
      { name: 'Website for the bakery', budget: '300000', status: 'completed' },
    ]);
  });

  it('sets a credit rate', async () => {
    const form = founder.getByRole('region', { name: 'Set a credit rate' });
    await form.getByLabel('Stream', { exact: true }).selectOption('love');
    await form.getByLabel('Per', { exact: true }).selectOption('word');
    await form.getByLabel(/^Kind of task/).fill('editing');
    await form.getByLabel('Credits per word').fill('0.04');
    await form.getByRole('button', { name: 'Set the rate' }).click();
    await form.getByText(/^editing \(Love\) is now worth 0\.04 credits per word/).waitFor();
    await screenshot(founder, 'work-desktop');
    await expectAccessible(founder);
    const rates = await disco.founder.call<{
      items: Array<{ taskKind: string; amount: string; per: string }>;
    }>('GET', '/api/rates');
    expect(rates.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ taskKind: 'editing', amount: '4', per: 'word' }),
      ]),
    );
  });

  it('registers a commons resource', async () => {
    await founder.goto(`${server.url}/commons`);
    const form = founder.getByRole('region', { name: 'Register a commons resource' });
    await form.getByLabel('Title').fill('Care work handbook');
    await form.getByLabel(/^Kind/).fill('guide');
    await form.getByLabel('Link').fill('not a link');
    await form.getByRole('button', { name: 'Register the resource' }).click();
    await expect.poll(() => form.getByLabel('Link').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(founder);
    await form.getByLabel('Link').fill('https://example.org/care-handbook');
    await form.getByRole('button', { name: 'Register the resource' }).click();
    await form.getByText('“Care work handbook” is in the commons registry.').waitFor();
    await founder.getByText('Care work handbook', { exact: true }).first().waitFor();
    const { items } = await disco.founder.call<{ items: Array<{ title: string }> }>(
      'GET',
      '/api/commons',
    );
    expect(items.map((i) => i.title)).toContain('Care work handbook');
  });

  it('lets Ana create a project from a Spanish phone', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/work`);
    await ana.getByRole('heading', { name: 'Proyectos y tarifas', level: 1 }).waitFor();
    const form = ana.getByRole('region', { name: 'Nuevo proyecto' });
    await form.getByRole('button', { name: 'Crear el proyecto' }).click();
    // The node names the empty fields; each message sits under its field.
    await expect.poll(() => form.getByLabel('Nombre').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(ana);
    await form.getByLabel('Nombre').fill('Traducción del manifiesto');
    await form.getByLabel('Cliente').fill('Fundación Común');
    await form.getByRole('button', { name: 'Crear el proyecto' }).click();
    await form.getByText('Proyecto «Traducción del manifiesto» creado.').waitFor();
    expect(await ana.getByRole('region', { name: 'Fijar una tarifa de créditos' }).count()).toBe(0);
    expect(await ana.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(ana, 'work-phone-es');
    await expectAccessible(ana);
  });
});
