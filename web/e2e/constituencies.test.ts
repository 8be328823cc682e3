import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import { expectAccessible, runFlows, signedInPage, withDeck, type FlowNode } from './flows-support';
import type { SeededDisco } from './seed';

/*
 * Constituencies in the Deck: the founder defines one on a desktop (the node refusing a bad
 * short name) and, from a Spanish phone, gives it the right to propose; Ana, not a founder, sees
 * the rights but no form.
 */
describe.skipIf(!runFlows)('constituencies in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;

  let node: FlowNode | undefined;

  beforeAll(async () => {
    node = await withDeck();
    ({ server, disco, browser } = node);
  }, 180_000);

  afterAll(() => node?.stop());

  it('lets the founder define a constituency with its rights', async () => {
    const founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
    await founder.goto(`${server.url}/constituencies`);
    await founder.getByRole('heading', { name: 'Constituencies', level: 1 }).waitFor();
    const define = founder.getByRole('region', { name: 'Define a constituency' });
    await define.getByLabel('Name', { exact: true }).fill('Environment proxy');
    await define.getByLabel('Short name for links').fill('Environment Proxy');
    await define
      .getByRole('group', { name: 'Its rights' })
      .getByLabel('vote', { exact: true })
      .check();
    await define.getByRole('button', { name: 'Define the constituency' }).click();
    await expect
      .poll(() => define.getByLabel('Short name for links').getAttribute('aria-invalid'))
      .toBe('true');
    await expectAccessible(founder);
    await define.getByLabel('Short name for links').fill('environment-proxy');
    await define.getByRole('button', { name: 'Define the constituency' }).click();
    await define.getByText('Constituency “Environment proxy” defined.').waitFor();
    await founder.getByText(/0 members · comment, vote$/).waitFor();
    await screenshot(founder, 'constituencies-desktop');
    await expectAccessible(founder);
  });

  it('lets the founder give it the right to propose from a Spanish phone', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const founder = await signedInPage(context, server.url, 'founder@example.org');
    await founder.goto(`${server.url}/constituencies`);
    await founder.getByRole('heading', { name: 'Colectivos', level: 1 }).waitFor();
    const rights = founder.getByRole('group', { name: 'Derechos de Environment proxy' });
    await rights.getByLabel('proponer').check();
    await founder
      .getByRole('button', { name: 'Guardar los derechos de Environment proxy' })
      .click();
    await founder
      .getByText('Environment proxy tiene ahora estos derechos: proponer, comentar, votar.')
      .waitFor();
    expect(await founder.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await screenshot(founder, 'constituencies-phone-es');
    await expectAccessible(founder);
    const { items } = await disco.founder.call<{
      items: Array<{ slug: string; rights: Record<string, boolean> }>;
    }>('GET', '/api/constituencies');
    expect(items.find((c) => c.slug === 'environment-proxy')?.rights).toEqual({
      propose: true,
      comment: true,
      vote: true,
      bindingVote: false,
    });
  });

  it('shows Ana the rights without the founders’ forms', async () => {
    const ana = await signedInPage(await browser.context(), server.url, disco.ana.email);
    await ana.goto(`${server.url}/constituencies`);
    await ana.getByText(/^· 0 members · propose, comment, vote$/).waitFor();
    expect(await ana.getByRole('region', { name: 'Define a constituency' }).count()).toBe(0);
    expect(await ana.getByRole('button', { name: /^Save the rights/ }).count()).toBe(0);
    await expectAccessible(ana);
  });
});
