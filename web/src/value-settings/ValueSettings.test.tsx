// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { components } from '../api/schema';
import type { Member } from '../session';
import { fakeServer, renderDeck } from '../test-render';
import { ValueSettingsSection } from './ValueSettings';

const full = { livelihood: 10000, love: 10000, care: 10000 };
const SETTINGS: components['schemas']['ValueSettings'] = {
  asOf: '2026-03-01',
  stageMultipliers: {
    effectiveFrom: null,
    stages: { '1': { livelihood: 0, love: 10000, care: 10000 }, '2': full, '3': full },
  },
  validationRules: {
    set: true,
    streams: {
      livelihood: { acknowledgements: 2, stewardRequired: true },
      love: { acknowledgements: 1, stewardRequired: false },
      care: { acknowledgements: 0, stewardRequired: false },
    },
  },
  dutyRules: {
    effectiveFrom: '2026-01-01',
    duties: [{ level: 'committed', stream: 'love', period: 'quarter', amount: '40000' }],
  },
  casualRule: { effectiveFrom: null, payable: false },
  careRelease: {
    effectiveFrom: '2026-02-01',
    onCommitment: { kind: 'release-over-months', months: 3 },
    onLeaving: 'forfeit',
  },
};
const member = (founder: boolean) =>
  ({ memberId: 'm-ana', displayName: 'Ana', founder, status: 'active' }) as unknown as Member;

describe('the value rules', () => {
  afterEach(cleanup);

  it('reads the rules in force in Spanish words to a member who may not change them', async () => {
    const server = fakeServer({ 'GET /api/value-settings': () => ({ body: SETTINGS }) });
    try {
      renderDeck(<ValueSettingsSection />, { member: member(false), language: 'es' });
      await screen.findByText('Solo las fundadoras pueden cambiarlas.');
      await screen.findByText(/necesita 2 reconocimientos, uno de ellos de una persona/);
      screen.getByText(/cuenta sin reconocimiento/);
      screen.getByText('Comprometido: 400,00 créditos de trabajo de amor por trimestre');
      screen.getByText(/se compromete: se liberan a lo largo de 3 meses/);
      expect(screen.queryAllByRole('form')).toEqual([]);
    } finally {
      server.restore();
    }
  });

  it("shows the node's refusal beside the field it names, and sends basis points", async () => {
    const server = fakeServer({
      'GET /api/value-settings': () => ({ body: SETTINGS }),
      'PUT /api/value-settings/stage-multipliers': () => ({
        status: 400,
        body: {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'The stage multipliers cannot be set.',
          errors: [{ field: 'body.stages.2.care', message: 'must not be negative' }],
        },
      }),
    });
    try {
      const { user } = renderDeck(<ValueSettingsSection />, { member: member(true) });
      await user.click(await screen.findByText('Change: What daters earn'));
      const form = screen.getByRole('form', { name: 'What daters earn' });
      await user.clear(within(form).getByLabelText('Stage 2, Livelihood (%)'));
      await user.type(within(form).getByLabelText('Stage 2, Livelihood (%)'), '62,5');
      await user.click(within(form).getByRole('button', { name: 'Save what daters earn' }));
      await within(form).findByText('must not be negative');
      expect(within(form).getByLabelText('Stage 2, Care (%)').getAttribute('aria-invalid')).toBe(
        'true',
      );
      const put = server.sent.find((r) => r.method === 'PUT');
      expect(put?.body).toMatchObject({
        stages: { '1': { livelihood: 0 }, '2': { livelihood: 6250, care: 10000 } },
      });
    } finally {
      server.restore();
    }
  });
});
