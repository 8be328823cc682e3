// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, renderDeck, testMember } from '../test-render';
import { SolidarityPage } from './SolidarityPage';

const member = testMember({ founder: true });

const refusedCredit = (transferId: string, refusalCode: string | null) => ({
  kind: 'credit',
  transferId,
  peer: 'https://b.example/federation/actor/disco',
  peerName: 'disco@b.example',
  direction: 'out',
  amount: '2500',
  currency: 'EUR',
  note: 'Shared server',
  proposalId: null,
  status: 'refused',
  refusalCode,
  offeredAt: '2026-11-24T10:00:00.000Z',
  endedAt: '2026-11-24T10:05:00.000Z',
});

describe('SolidarityPage', () => {
  afterEach(cleanup);

  for (const [language, overLimit, other] of [
    [
      'en',
      'The other DisCO refused it: it would take their credit line with this DisCO past the limit they set.',
      'The other DisCO refused it (refusal.credit-paused).',
    ],
    [
      'es',
      'La otra DisCO la rechazó: llevaría su línea de crédito con esta DisCO más allá del límite que fijó.',
      'La otra DisCO la rechazó (refusal.credit-paused).',
    ],
  ] as const)
    it(`says why a peer refused a credit transfer (${language})`, async () => {
      const server = fakeServer({
        'GET /api/economy': () => ({
          body: {
            transfers: [
              refusedCredit('t-1', 'refusal.credit-line-over-limit'),
              refusedCredit('t-2', 'refusal.credit-paused'),
            ],
            lines: [],
          },
        }),
      });
      try {
        renderDeck(<SolidarityPage />, { member, language });
        expect(await screen.findByText(overLimit)).toBeTruthy();
        expect(screen.getByText(other)).toBeTruthy();
      } finally {
        server.restore();
      }
    });

  it('shows a transfer’s receipts and the other DisCO’s proofs when opened, in Spanish', async () => {
    const transfer = { ...refusedCredit('t-9', null), kind: 'solidarity', status: 'accepted' };
    const peerEvent = 'b'.repeat(64);
    const server = fakeServer({
      'GET /api/economy': () => ({ body: { transfers: [transfer], lines: [] } }),
      'GET /api/transfers/t-9': () => ({
        body: {
          transfer,
          receipts: [
            {
              seq: 41,
              type: 'solidarity.transfer.offered',
              time: '2026-11-24T10:00:00.000Z',
              hash: 'a'.repeat(64),
              peerProof: null,
            },
            {
              seq: 44,
              type: 'solidarity.transfer.receipted',
              time: '2026-11-24T10:05:00.000Z',
              hash: 'c'.repeat(64),
              peerProof: {
                eventHash: peerEvent,
                leafIndex: 17,
                path: [],
                checkpoint: {
                  format: 'disco-cat/checkpoint@1',
                  ledgerId: 'd'.repeat(64),
                  treeSize: 18,
                  root: 'e'.repeat(64),
                  time: '2026-11-24T10:04:00.000Z',
                  nodeKey: 'key',
                  sig: 'sig',
                },
                cosigned: 'note',
              },
            },
          ],
        },
      }),
    });
    try {
      const { user } = renderDeck(<SolidarityPage />, { member, language: 'es' });
      await user.click(await screen.findByText('Recibos y pruebas'));
      expect(await screen.findByText(peerEvent)).toBeTruthy();
      expect(
        screen.getByText(/hoja 17 de su checkpoint de 18 eventos, cofirmado por un testigo/),
      ).toBeTruthy();
      expect(screen.getByText('a'.repeat(64))).toBeTruthy();
      expect(server.sent.some((r) => r.path === '/api/transfers/t-9')).toBe(true);
    } finally {
      server.restore();
    }
  });
});
