// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Member } from '../session';
import { fakeServer, renderDeck } from '../test-render';
import { TallyLines } from './Tally';

afterEach(cleanup);

const READER = { memberId: 'm-ana', displayName: 'Ana', founder: false } as unknown as Member;

/* A closed consent proposal's lines, as the server records them (English beside the codes). */
const explanation = [
  '2 binding ballots (total weight 2).',
  'Objection from 019b-hana stands: "too costly".',
  'An objection stands: the proposal does not pass until it is resolved or withdrawn.',
  'Quorum circle stayed open.',
];
const lines = [
  { code: 'tally.binding.many', params: { ballots: 2, weight: 2 } },
  {
    code: 'tally.objection',
    params: {
      label: { code: 'tally.label.objection', params: {} },
      memberId: '019b-hana',
      state: { code: 'tally.objection-state.standing', params: {} },
      resolution: null,
      reason: 'too costly',
    },
  },
  { code: 'tally.consent.one-stands', params: {} },
  { code: 'tally.from-a-newer-server', params: {} },
];

describe('a tally in the reader’s language, members by name', () => {
  for (const [language, expected] of [
    [
      'en',
      [
        '2 binding ballots (total weight 2).',
        'Objection from Hana Sato stands: "too costly".',
        'An objection stands: the proposal does not pass until it is resolved or withdrawn.',
        'Quorum circle stayed open.',
      ],
    ],
    [
      'es',
      [
        '2 papeletas vinculantes (peso total 2).',
        'Objeción de Hana Sato sigue en pie: «too costly».',
        'Una objeción sigue en pie: la propuesta no se aprueba hasta que se resuelva o se retire.',
        // A code this Deck does not know shows the server's English.
        'Quorum circle stayed open.',
      ],
    ],
  ] as const)
    it(`in ${language}`, async () => {
      const server = fakeServer({
        'GET /api/members': () => ({
          body: {
            items: [{ memberId: '019b-hana', displayName: 'Hana Sato', level: 'committed' }],
            nextCursor: null,
          },
        }),
      });
      try {
        renderDeck(<TallyLines explanation={explanation} lines={lines} />, {
          language,
          member: READER,
        });
        await screen.findByText(/Hana Sato/);
        expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(expected);
      } finally {
        server.restore();
      }
    });

  it('shows the English when the lines do not match the explanation', () => {
    renderDeck(<TallyLines explanation={explanation} lines={lines.slice(1)} />, {
      language: 'es',
    });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(explanation);
  });
});
