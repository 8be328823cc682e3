import type { DialectUnderTest } from '../../../test/support/stores.js';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { openTestDisco, type TestDisco } from '../members/test-disco.js';
import { openProposal, type OpenProposalInput } from './open-proposal.js';

export interface TestGovernance extends TestDisco {
  /** The DisCO's context with a clock that stands still until moved. */
  gov: AppContext;
  /** Moves the standing clock. */
  advance(ms: number): void;
  now(): Date;
  /** A committed worker-member. */
  worker(name: string): Promise<Actor>;
  /** Opens a majority proposal by `author` (the founder by default) closing in a day. */
  propose(input?: Partial<OpenProposalInput>, author?: Actor): Promise<string>;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * A founded DisCO for governance tests (SQLite unless told otherwise), with a clock that moves only when told.
 *
 * @example const g = await openTestGovernance(); const id = await g.propose(); g.advance(DAY);
 */
export async function openTestGovernance(dialect?: DialectUnderTest): Promise<TestGovernance> {
  const disco = await openTestDisco(dialect);
  let now = Date.UTC(2026, 0, 6, 9);
  const gov: AppContext = { ...disco.ctx, clock: () => new Date(now) };
  return {
    ...disco,
    gov,
    advance: (ms) => void (now += ms),
    now: () => new Date(now),
    worker: (name) =>
      disco.add({
        displayName: name,
        constituencyIds: ['worker-members'],
        level: { level: 'committed' },
      }),
    propose: async (input = {}, author = disco.founder) =>
      (
        await openProposal(gov, author, {
          title: 'Adopt the care rota',
          body: 'Everyone takes a care shift each week.',
          method: 'majority',
          deadline: new Date(now + DAY).toISOString(),
          ...input,
        })
      ).proposalId,
  };
}
