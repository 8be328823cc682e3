import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type DeckBrowser } from './browser';
import type { DeckServer } from './deck-server';
import {
  expectAccessible,
  runFlows,
  signedInPage,
  startFlowNode,
  type FlowNode,
} from './flows-support';
import type { SeededDisco } from './seed';

/** A circle's card on the circles page, found by its heading. */
function card(page: Page, name: string) {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`), level: 2 }) });
}

/*
 * Circles in the Deck: the founder creates one on a desktop (the node refusing a bad short
 * name), adds Ana and appoints her steward; Ana, from a Spanish phone, adds Ben as steward of
 * the new circle, ends her own stewardship, joins an open circle and leaves it.
 */
describe.skipIf(!runFlows)('circles in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;

  let node: FlowNode | undefined;

  beforeAll(async () => {
    node = await startFlowNode();
    ({ server, disco, browser } = node);
  }, 180_000);

  afterAll(() => node?.stop());

  it('creates a circle, adds Ana and appoints her steward', async () => {
    const founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
    await founder.goto(`${server.url}/members`);
    await founder.getByRole('link', { name: 'Join, leave and steward circles' }).click();
    await founder.getByRole('heading', { name: 'Circles', level: 1 }).waitFor();
    const create = founder.getByRole('region', { name: 'Create a circle' });
    await create.getByLabel('Name', { exact: true }).fill('Mentoring');
    await create.getByLabel('Short name for links').fill('Mentoring Circle');
    await create.getByLabel('Purpose').fill('Daters and their buddies.');
    await create.getByRole('button', { name: 'Create the circle' }).click();
    await expect
      .poll(() => create.getByLabel('Short name for links').getAttribute('aria-invalid'))
      .toBe('true');
    await expectAccessible(founder);
    await create.getByLabel('Short name for links').fill('mentoring');
    await create.getByRole('button', { name: 'Create the circle' }).click();
    await create.getByText('Circle “Mentoring” created.').waitFor();

    const mentoring = card(founder, 'Mentoring');
    await mentoring.getByLabel('Add a member to Mentoring').selectOption({ label: 'Ana' });
    await mentoring.getByRole('button', { name: 'Add to Mentoring' }).click();
    await mentoring.getByText('Ana is in Mentoring.').waitFor();
    const appoint = mentoring.getByRole('form', { name: 'Appoint a steward of Mentoring' });
    await appoint.getByLabel('Member').selectOption({ label: 'Ana' });
    await appoint.getByLabel('Last day of the term').fill('2030-06-30');
    await appoint.getByRole('button', { name: 'Appoint the steward' }).click();
    await mentoring.getByText(/^Ana stewards Mentoring until/).waitFor();
    await mentoring.getByRole('button', { name: 'End the stewardship of Ana' }).waitFor();
    await screenshot(founder, 'circles-desktop');
    await expectAccessible(founder);
  });

  it('lets Ana, steward, rotate the stewardship to Ben and join and leave an open circle from a Spanish phone', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/circles`);
    await ana.getByRole('heading', { name: 'Círculos', level: 1 }).waitFor();
    const mentoring = card(ana, 'Mentoring');
    await mentoring.getByLabel('Añadir un miembro a Mentoring').selectOption({ label: 'Ben' });
    await mentoring.getByRole('button', { name: 'Añadir a Mentoring' }).click();
    await mentoring.getByText('Ben está en Mentoring.').waitFor();
    const appoint = mentoring.getByRole('form', { name: 'Nombrar custodia de Mentoring' });
    await appoint.getByLabel('Miembro').selectOption({ label: 'Ben' });
    await appoint.getByLabel('Último día del mandato').fill('2030-12-31');
    await appoint.getByLabel('Sustituye a').selectOption({ label: 'Ana' });
    await appoint.getByRole('button', { name: 'Nombrar la custodia' }).click();
    await mentoring.getByText(/^Ben custodia Mentoring hasta el/).waitFor();
    // Rotated out, Ana no longer manages the circle: the steward's controls are gone.
    await expect
      .poll(() => mentoring.getByRole('button', { name: 'Añadir a Mentoring' }).count())
      .toBe(0);
    await expectAccessible(ana);

    const care = card(ana, 'Care');
    await care.getByRole('button', { name: 'Unirme a Care' }).click();
    await care.getByText('Estás en Care.').waitFor();
    await care.getByRole('button', { name: 'Salir de Care' }).click();
    await care.getByText('Saliste de Care.').waitFor();
    expect(await ana.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(ana, 'circles-phone-es');
    await expectAccessible(ana);

    const { items } = await disco.founder.call<{
      items: Array<{ circleId: string; slug: string }>;
    }>('GET', '/api/circles');
    const id = items.find((c) => c.slug === 'mentoring')!.circleId;
    const detail = await disco.founder.call<{
      members: Array<{ displayName: string }>;
      stewardships: Array<{ displayName: string; endedAt: string | null }>;
    }>('GET', `/api/circles/${id}`);
    expect(detail.members.map((m) => m.displayName).sort()).toEqual(['Ana', 'Ben']);
    expect(detail.stewardships.filter((s) => s.endedAt === null).map((s) => s.displayName)).toEqual(
      ['Ben'],
    );
  });
});
