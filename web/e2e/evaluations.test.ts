import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDeckBrowser, screenshot, type DeckBrowser } from './browser';
import { startDeckServer, type DeckServer } from './deck-server';
import { expectAccessible, requireChromium, runFlows, signedInPage } from './flows-support';
import { seedDisco, type SeededDisco } from './seed';

/** The last quarter that has ended, and a day in its middle. */
function lastQuarter(now = new Date()): { label: string; day: string } {
  const q = Math.floor(now.getMonth() / 3);
  const year = q === 0 ? now.getFullYear() - 1 : now.getFullYear();
  const n = q === 0 ? 4 : q;
  return { label: `${year}-Q${n}`, day: `${year}-${String(n * 3 - 1).padStart(2, '0')}-15` };
}

/*
 * Issue 18's quarterly evaluation in the Deck: the founder opens last quarter's on an English
 * desktop (after the node refuses a quarter not ended, beside the field) and reads its facts;
 * Ana reflects on a Spanish phone; the founder closes it, and it takes no more reflections.
 */
describe.skipIf(!runFlows)('quarterly evaluations in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let founder: Page;
  let evaluationId: string;
  const quarter = lastQuarter();
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

  beforeAll(async () => {
    requireChromium();
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    for (const [who, stream, taskKind, quantity] of [
      [disco.ana, 'care', 'meeting', '3'],
      [disco.ben, 'care', 'meeting', '1'],
      [disco.ben, 'livelihood', 'design', '2'],
    ] as const)
      await who.call('POST', '/api/contributions', {
        stream,
        taskKind,
        quantity,
        date: quarter.day,
        circle: 'care',
      });
    browser = await launchDeckBrowser();
    founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens last quarter’s evaluation, after the refusal of one not ended beside the field', async () => {
    await founder.goto(`${server.url}/evaluations`);
    await founder.getByRole('heading', { name: 'Quarterly evaluations', level: 1 }).waitFor();
    const form = founder.getByRole('region', { name: 'Open an evaluation' });
    const field = form.getByLabel('Quarter (for example 2026-Q3)');
    expect(await field.inputValue()).toBe(quarter.label);
    await field.fill(`${new Date().getFullYear() + 1}-Q1`);
    await form.getByRole('button', { name: 'Open the evaluation' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await form.getByText(/evaluate it from the day after/).waitFor();
    await expectAccessible(founder);
    await field.fill(quarter.label);
    await form.getByRole('button', { name: 'Open the evaluation' }).click();
    await founder.getByText(`Opened the evaluation of ${quarter.label}.`).waitFor();
    expect(await focusedText(founder)).toBe(`Opened the evaluation of ${quarter.label}.`);
    // A second for the same quarter and scope is refused, and nothing changes.
    await form.getByRole('button', { name: 'Open the evaluation' }).click();
    await form.getByText(/already has an evaluation/).waitFor();
    const { items } = await disco.founder.call<{ items: Array<{ evaluationId: string }> }>(
      'GET',
      '/api/evaluations',
    );
    expect(items).toHaveLength(1);
    evaluationId = items[0]!.evaluationId;
  });

  it('reads the quarter’s facts: flows as a diagram and a table, care shares, signals', async () => {
    const list = founder.getByRole('region', { name: 'Evaluations' });
    await list.getByRole('link', { name: `${quarter.label} · Whole DisCO` }).click();
    await founder
      .getByRole('heading', { name: `Evaluation of ${quarter.label}`, level: 1 })
      .waitFor();
    await founder.getByText(/These facts match the hash recorded on the ledger/).waitFor();
    const flows = founder.getByRole('region', { name: 'Value flows' });
    await flows.getByRole('img', { name: /by stream, and care by member/ }).waitFor();
    await flows.getByRole('row', { name: /Care/ }).waitFor();
    const care = founder.getByRole('region', { name: 'Who carried the care' });
    await care.getByText(/Gini coefficient of care hours/).waitFor();
    await care.getByText('Ana').waitFor();
    await founder
      .getByRole('region', { name: 'Overloads' })
      .getByText(/check-ins/)
      .waitFor();
    await screenshot(founder, 'evaluation-desktop');
    await expectAccessible(founder);
  });

  it('lets Ana reflect on a Spanish phone', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/evaluations/${evaluationId}`);
    await ana.getByRole('heading', { name: `Evaluación de ${quarter.label}`, level: 1 }).waitFor();
    const reflections = ana.getByRole('region', { name: 'Reflexiones' });
    await reflections.getByRole('button', { name: 'Añadir mi reflexión' }).click();
    const text = reflections.getByLabel('Tu reflexión');
    await expect.poll(() => text.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(ana);
    await text.fill('Los cuidados recayeron en pocas personas.');
    await reflections.getByRole('button', { name: 'Añadir mi reflexión' }).click();
    await reflections.getByText('Reflexión añadida.').waitFor();
    await reflections.getByText('Los cuidados recayeron en pocas personas.').waitFor();
    expect(await ana.getByRole('region', { name: 'Cerrar con decisiones' }).count()).toBe(0);
    expect(await ana.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(ana, 'evaluation-phone-es');
    await expectAccessible(ana);
  });

  it('closes with its summary, then takes no more reflections', async () => {
    // The proposal the evaluation led to, opened after it: the form offers it by title.
    await disco.founder.call('POST', '/api/proposals', {
      title: 'Take the care calls in turns',
      body: 'Each of us hosts one call a month.',
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      method: 'irv',
      settings: { options: ['Yes', 'Not yet'] },
    });
    await founder.reload();
    const close = founder.getByRole('region', { name: 'Close with decisions' });
    await close.getByLabel('What we concluded').fill('Share the care calls in turns.');
    await close
      .getByLabel(/^Take the care calls in turns \(opened/)
      .selectOption({ label: 'Duty adjustment' });
    await close.getByRole('button', { name: 'Close the evaluation' }).click();
    const decisions = founder.getByRole('region', { name: 'Decisions' });
    await decisions.getByText('Share the care calls in turns.').waitFor();
    await decisions
      .getByRole('link', { name: 'Duty adjustment: Take the care calls in turns (open)' })
      .waitFor();
    await founder.getByText('The evaluation is closed; it takes no more reflections.').waitFor();
    await expectAccessible(founder);
    const late = await disco.ana
      .call('POST', `/api/evaluations/${evaluationId}/reflections`, { text: 'Tarde' })
      .then(
        () => 'recorded',
        (error: Error) => error.message,
      );
    expect(late).toMatch(/409/);
  });
});
