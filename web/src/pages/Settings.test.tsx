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
});
