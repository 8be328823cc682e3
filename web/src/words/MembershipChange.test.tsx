// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, renderDeck, testMember } from '../test-render';
import { MembershipChange } from './MembershipChange';

afterEach(cleanup);

// Names come from the members list, which the Deck asks for only when someone is signed in.
const reader = testMember();

describe('a membership proposal names the member and the level, not JSON', () => {
  const members = {
    items: [{ memberId: '019b-hana', displayName: 'Hana Sato', level: 'dating' }],
    nextCursor: null,
  };

  for (const [language, expected] of [
    ['en', 'Membership change: Hana Sato → committed (from Mar 1, 2026)'],
    ['es', 'Cambio de membresía: Hana Sato → comprometido (desde el 1 mar 2026)'],
  ] as const)
    it(`in ${language}`, async () => {
      const server = fakeServer({ 'GET /api/members': () => ({ body: members }) });
      try {
        renderDeck(
          <MembershipChange
            change={{ memberId: '019b-hana', level: 'committed', startDate: '2026-03-01' }}
          />,
          { language, member: reader },
        );
        await screen.findByText(/Hana Sato/);
        expect(screen.getByRole('paragraph').textContent?.replace(/\s/g, ' ')).toBe(expected);
      } finally {
        server.restore();
      }
    });
});
