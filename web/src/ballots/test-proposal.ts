import type { Method, ProposalDetail } from './types';

/**
 * Test support: an open proposal of the given method, as `GET /api/proposals/{id}` answers it,
 * with the few fields a test cares about set.
 *
 * @example testProposal('irv', { options: ['Tuesday', 'Thursday'] })
 */
export function testProposal(
  method: Method,
  settings: Record<string, unknown>,
  status: ProposalDetail['status'] = 'open',
): ProposalDetail {
  return {
    proposalId: 'p1',
    kind: 'general',
    title: 'Where to meet',
    body: '',
    change: { kind: 'general' },
    circleId: null,
    authorId: 'm1',
    deadline: '2099-12-01T10:00:00.000Z',
    method,
    settings,
    version: 1,
    status,
    openedAt: '2026-11-01T10:00:00.000Z',
    endedAt: null,
    outcome: null,
    result: null,
    executedSeq: null,
    outcomeStatement: null,
    reviewDate: null,
    reviewOf: null,
    reviewId: null,
    versions: [],
    ballots: [],
  };
}
