// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, renderDeck, testMember } from '../test-render';
import { FederationPage } from './FederationPage';

const member = testMember({ founder: true });

const relation = {
  peerActorId: 'https://b.example/federation/actor/disco',
  handle: 'disco@b.example',
  status: 'federated',
  weFollow: true,
  theyFollow: true,
  theyAccepted: true,
  decidedBy: 'p-1',
  witness: {
    url: 'https://b.example/witness',
    key: 'b.example/witness+0+AA',
    name: 'b.example/witness',
    cosignedSize: 12,
    cosignedAt: '2026-11-24T10:00:00.000Z',
    refusal: null,
    refusedAt: null,
    submission: { state: 'done', attempts: 1, lastError: null },
  },
  announced: { treeSize: 30, cosignatures: 1, at: '2026-11-24T10:00:00.000Z' },
  equivocation: null,
  updatedAt: '2026-11-24T10:00:00.000Z',
};

describe('FederationPage', () => {
  afterEach(cleanup);

  it('lists a federated DisCO with its witness status, in Spanish, and proposes following another', async () => {
    const server = fakeServer({
      'GET /api/federation/relations': () => ({ body: { items: [relation] } }),
      'GET /api/federation/relations/disco%40b.example': () => ({ body: relation }),
      'POST /api/federation/proposals': () => ({
        status: 201,
        body: {
          proposalId: 'p-2',
          peer: { actorId: 'https://c.example/a', handle: 'disco@c.example' },
        },
      }),
    });
    try {
      const { user } = renderDeck(<FederationPage />, { member, language: 'es' });
      expect(await screen.findByText('disco@b.example')).toBeTruthy();
      expect(screen.getByText('Federada')).toBeTruthy();
      expect(screen.getByText(/cofirmó hasta el evento 12/)).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Entrega a disco@b.example' }));
      expect(await screen.findByText(/entregado tras 1 intentos/)).toBeTruthy();
      await user.type(screen.getByLabelText('Identificador o URL del actor'), 'disco@c.example');
      await user.click(screen.getByRole('button', { name: 'Abrir la propuesta' }));
      expect(
        await screen.findByText(
          'Propuesta abierta para seguir a disco@c.example: surte efecto cuando se apruebe.',
        ),
      ).toBeTruthy();
      const sent = server.sent.find((r) => r.method === 'POST')?.body as {
        target: string;
        action: string;
      };
      expect(sent).toMatchObject({ target: 'disco@c.example', action: 'follow' });
    } finally {
      server.restore();
    }
  });
});
