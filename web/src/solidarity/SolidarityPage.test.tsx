// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Member } from '../session';
import { fakeServer, renderDeck } from '../test-render';
import { SolidarityPage } from './SolidarityPage';

const member = {
  memberId: 'm-ana',
  displayName: 'Ana',
  founder: true,
  status: 'active',
  level: 'committed',
  datingStage: null,
  constituencies: [],
  circles: [],
} as unknown as Member;

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
});
