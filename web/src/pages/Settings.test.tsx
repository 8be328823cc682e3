// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatParameters } from '../api/types';
import { fakeServer, renderDeck } from '../test-render';
import type { Member } from '../session';
import { Settings } from './Settings';

const PARAMETERS: CatParameters = {
  current: {
    version: 2,
    algorithm: 'value-equation@1',
    effectiveFrom: '2026-02-01',
    effectiveTo: null,
    document: { algorithm: 'value-equation@1' },
    decidedBy: { kind: 'proposal', proposalId: 'p-7' },
    seq: 9,
  },
  history: [],
};

const ANA = {
  memberId: 'm-ana',
  displayName: 'Ana',
  founder: true,
} as unknown as Member;

describe('Settings', () => {
  afterEach(cleanup);

  it('offers to propose a change of the CAT parameters in force, by keyboard, in the what-if editor', async () => {
    const server = fakeServer({
      'GET /api/cat/parameters': () => ({ body: PARAMETERS }),
      'GET /api/governance/parameters': () => ({ body: {} }),
      'GET /api/rates': () => ({ body: { items: [] } }),
      'GET /api/me/keys': () => ({ body: { keys: [] } }),
      'GET /api/members/m-ana': () => ({ body: { keys: [] } }),
    });
    try {
      const { user } = renderDeck(<Settings />, { path: '/settings', member: ANA });
      const link = await screen.findByRole('link', { name: 'Propose a change' });
      expect(link.getAttribute('href')).toBe('/distribution#whatif');
      link.focus();
      await user.keyboard('{Enter}');
      const landed = screen.getByTestId('location');
      expect(landed.textContent).toBe('/distribution');
      expect(JSON.parse(landed.dataset['state'] ?? 'null')).toEqual({ propose: true });
    } finally {
      server.restore();
    }
  });

  it('shows the rules in force in words, English and Spanish, with the document behind a disclosure', async () => {
    const document = {
      algorithm: 'value-equation@1',
      version: 'second',
      effectiveFrom: '2026-02-01',
      buckets: [
        { name: 'commons', of: 'total', percent: 1000 },
        { name: 'running costs', of: 'remainder', percent: 1500 },
      ],
      streamSplit: [
        { name: 'livelihood', streams: ['livelihood'], share: 7500 },
        { name: 'love+care', streams: ['love', 'care'], share: 2500 },
      ],
      floors: { default: 80000, members: { 'm-ana': '120050' } },
      retainedBucket: 'commons',
    };
    const routes = {
      'GET /api/cat/parameters': () => ({
        body: { ...PARAMETERS, current: { ...PARAMETERS.current!, document } },
      }),
      'GET /api/governance/parameters': () => ({ body: {} }),
      'GET /api/rates': () => ({ body: { items: [] } }),
      'GET /api/me/key': () => ({ status: 404, body: { title: 'Not Found', status: 404 } }),
      'GET /api/members/m-ana': () => ({ body: { keys: [] } }),
      // Only its currency is read here.
      'GET /api/dashboard': () => ({ body: { currency: 'EUR' } }),
      'GET /api/members': () => ({
        body: { items: [{ memberId: 'm-ana', displayName: 'Ana' }], nextCursor: null },
      }),
    };
    const words = {
      en: [
        '10% of the income to commons, then 15% of what remains to running costs, then 75% of the rest to livelihood claims, 25% to love and care claims.',
        'Money no claim needs stays in commons.',
        'Every member is paid at least €800.00 a period, from claims they earned, Ana at least €1,200.50.',
      ],
      es: [
        'El 10 % de los ingresos a commons, luego el 15 % de lo que queda a running costs, luego el 75 % del resto a reclamaciones de sustento, el 25 % a reclamaciones de amor y cuidados.',
        'El dinero que ninguna reclamación necesita se queda en commons.',
        'Cada persona socia cobra al menos 800,00 € por periodo, de reclamaciones que ya ganó, Ana al menos 1200,50 €.',
      ],
    };
    for (const language of ['en', 'es'] as const) {
      const server = fakeServer(routes);
      try {
        renderDeck(<Settings />, { path: '/settings', member: ANA, language });
        const summary = await screen.findByRole('region', {
          name: language === 'en' ? 'In words' : 'En palabras',
        });
        await expect
          .poll(() =>
            [...summary.querySelectorAll('p')]
              .slice(0, 3)
              .map((p) => p.textContent?.replace(/\u00a0/g, ' ')),
          )
          .toEqual(words[language]);
        const disclosure = screen.getByText(
          language === 'en' ? 'Show the document' : 'Ver el documento',
        );
        expect(disclosure.closest('details')?.open).toBe(false);
        expect(disclosure.closest('details')?.querySelector('pre')?.textContent).toContain(
          '"retainedBucket": "commons"',
        );
      } finally {
        cleanup();
        server.restore();
      }
    }
  });
});
