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

/*
 * The value rules on Settings: the founder changes what daters earn, the validation rules and the
 * duties from a desktop in English, and the casual and care release rules from a Spanish phone,
 * each refused beside its field first; Ana, a committed member, reads them in words without forms.
 */
describe.skipIf(!runFlows)('value rules in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent);
  const settings = () =>
    disco.founder.call<{
      stageMultipliers: { stages: Record<string, Record<string, number>> };
      validationRules: {
        streams: Record<string, { acknowledgements: number; stewardRequired: boolean }>;
      };
      dutyRules: {
        duties: Array<{ level: string; stream: string; period: string; amount: string }>;
      };
      casualRule: { payable: boolean };
      careRelease: { onCommitment: unknown; onLeaving: string };
    }>('GET', '/api/value-settings');

  let node: FlowNode | undefined;

  beforeAll(async () => {
    node = await startFlowNode();
    ({ server, disco, browser } = node);
  }, 180_000);

  afterAll(() => node?.stop());

  it('lets the founder change what daters earn, validation and duties from a desktop', async () => {
    const founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
    await founder.goto(`${server.url}/settings`);
    const rules = founder.getByRole('region', { name: 'Value rules' });
    await rules.getByRole('heading', { name: 'What daters earn' }).waitFor();
    await rules.getByText('Livelihood: needs 1 acknowledgement').waitFor();
    await rules.getByText('Committed: 400.00 credits of love work per quarter').waitFor();
    await expectAccessible(founder);

    await rules.getByText('Change: What daters earn').click();
    const stages = rules.getByRole('form', { name: 'What daters earn' });
    const stage2 = stages.getByLabel('Stage 2, Livelihood (%)');
    expect(await stage2.inputValue()).toBe('50');
    await stage2.fill('150');
    await stages.getByRole('button', { name: 'Save what daters earn' }).click();
    await stages.getByText('Write a percentage from 0 to 100').waitFor();
    expect(await stage2.getAttribute('aria-invalid')).toBe('true');
    await screenshot(founder, 'value-rules-refused');
    await expectAccessible(founder);
    await stage2.fill('62.5');
    await stages.getByRole('button', { name: 'Save what daters earn' }).click();
    await stages.getByText(/^Daters now earn these shares from/).waitFor();
    expect(await focusedText(founder)).toMatch(/^Daters now earn these shares from/);
    await rules
      .getByRole('row', { name: /Stage 2/ })
      .getByText('62.5%')
      .waitFor();

    await rules.getByText('Change: Validation').click();
    const validation = rules.getByRole('form', { name: 'Validation' });
    await validation.getByLabel('Livelihood: acknowledgements needed').fill('2');
    await validation.getByLabel('Livelihood: a circle steward must acknowledge').check();
    await validation.getByRole('button', { name: 'Save the validation rules' }).click();
    await validation.getByText(/The validation rules are saved/).waitFor();
    await rules
      .getByText('Livelihood: needs 2 acknowledgements, one of them from a steward of its circle')
      .waitFor();

    await rules.getByText('Change: Duties').click();
    const duties = rules.getByRole('form', { name: 'Duties' });
    await duties.getByRole('button', { name: 'Add a duty' }).click();
    const second = duties.getByRole('group', { name: 'Duty 2' });
    await second.getByLabel('Level').selectOption('dating');
    await second.getByLabel('Stream').selectOption('care');
    await second.getByLabel('Period').selectOption('month');
    await second.getByLabel('Credits').fill('5O');
    await duties.getByRole('button', { name: 'Save the duties' }).click();
    await second.getByText('Write an amount such as 400').waitFor();
    await expectAccessible(founder);
    await second.getByLabel('Credits').fill('50');
    await duties.getByRole('button', { name: 'Save the duties' }).click();
    await duties.getByText(/^The duties are saved from/).waitFor();
    await rules.getByText('Dating: 50.00 credits of care work per month').waitFor();
    await screenshot(founder, 'value-rules-desktop');
    await expectAccessible(founder);

    const now = await settings();
    expect(now.stageMultipliers.stages['2']).toEqual({
      livelihood: 6250,
      love: 10000,
      care: 10000,
    });
    expect(now.validationRules.streams['livelihood']).toEqual({
      acknowledgements: 2,
      stewardRequired: true,
    });
    expect(now.dutyRules.duties).toEqual([
      { level: 'committed', stream: 'love', period: 'quarter', amount: '40000' },
      { level: 'dating', stream: 'care', period: 'month', amount: '5000' },
    ]);
  });

  it('lets the founder change the casual and care release rules from a Spanish phone', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const founder = await signedInPage(context, server.url, 'founder@example.org');
    await founder.goto(`${server.url}/settings`);
    const rules = founder.getByRole('region', { name: 'Reglas de valor' });
    await rules.getByText('Su trabajo se registra, nunca es un derecho de cobro.').waitFor();

    await rules.getByText('Cambiar: Colaboradores ocasionales').click();
    const casual = rules.getByRole('form', { name: 'Colaboradores ocasionales' });
    await casual.getByLabel('gana créditos pagables').check();
    await casual.getByRole('button', { name: 'Guardar la regla de ocasionales' }).click();
    await casual
      .getByText(/gana créditos pagables\.$/)
      .first()
      .waitFor();
    await rules.getByText('Su trabajo gana créditos pagables.').waitFor();

    await rules.getByText('Cambiar: Trabajo de cuidados durante las citas').click();
    const release = rules.getByRole('form', { name: 'Trabajo de cuidados durante las citas' });
    await release.getByLabel('Liberarlos en partes mensuales').check();
    const months = release.getByLabel('En cuántos meses (de 1 a 60)');
    await months.fill('0');
    await release.getByRole('button', { name: 'Guardar la regla de liberación' }).click();
    await release.getByText('Escribe un número entero de 1 a 60.').waitFor();
    expect(await months.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(founder);
    await months.fill('6');
    await release.getByLabel('Liberarlos de una vez').nth(1).check();
    await release.getByRole('button', { name: 'Guardar la regla de liberación' }).click();
    await release.getByText(/^La regla de liberación de cuidados está guardada desde el/).waitFor();
    expect(await focusedText(founder)).toMatch(/^La regla de liberación/);
    await rules.getByText(/se compromete: se liberan a lo largo de 6 meses$/).waitFor();
    expect(await founder.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await screenshot(founder, 'value-rules-phone-es');
    await expectAccessible(founder);

    const now = await settings();
    expect(now.casualRule.payable).toBe(true);
    expect(now.careRelease).toMatchObject({
      onCommitment: { kind: 'release-over-months', months: 6 },
      onLeaving: 'release-all',
    });
  });

  it('shows Ana the rules in words, without forms, in English and on a Spanish phone', async () => {
    const desktop = await signedInPage(await browser.context(), server.url, disco.ana.email);
    await desktop.goto(`${server.url}/settings`);
    const rules = desktop.getByRole('region', { name: 'Value rules' });
    await rules.getByText('Only founders may change these.').waitFor();
    await rules.getByText('Their work earns payable credits.').waitFor();
    expect(await rules.getByRole('form').count()).toBe(0);
    expect(await rules.getByText(/^Change:/).count()).toBe(0);
    await expectAccessible(desktop);

    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const phone = await signedInPage(context, server.url, disco.ana.email);
    await phone.goto(`${server.url}/settings`);
    const reglas = phone.getByRole('region', { name: 'Reglas de valor' });
    await reglas.getByText('Solo las fundadoras pueden cambiarlas.').waitFor();
    await reglas.getByText(/En citas: 50,00 créditos de trabajo de cuidados por mes/).waitFor();
    expect(await reglas.getByRole('form').count()).toBe(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await screenshot(phone, 'value-rules-member-phone-es');
    await expectAccessible(phone);
  });
});
