import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { showProposal } from '../app/governance/show-proposal.js';
import { DAY, openTestGovernance } from '../app/governance/test-governance.js';
import { serveHttp } from './serve.js';

describe('serveHttp and proposal deadlines', () => {
  it('closes the proposals that fell due while the node was down before it listens, at their deadlines', async () => {
    const g = await openTestGovernance();
    const id = await g.propose();
    g.advance(3 * DAY);
    const server = await serveHttp(g.gov, {
      port: 0,
      host: '127.0.0.1',
      logger: pino({ level: 'silent' }),
    });
    try {
      const shown = await showProposal(g.gov, g.founder, { proposalId: id });
      expect(shown).toMatchObject({
        status: 'closed',
        outcome: 'no-quorum',
        endedAt: shown.deadline,
      });
    } finally {
      await server.close();
    }
  });
});
