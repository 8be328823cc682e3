import { describe, expect, it } from 'vitest';
import { testNode } from '../../../test/support/ledger.js';
import { dialects, skipping, testLocation } from '../../../test/support/stores.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { eventCatalog } from '../event-catalog.js';
import { initLedger } from '../ledger/init-ledger.js';
import { addMember } from '../members/add-member.js';
import { loadActor } from '../members/load-actor.js';
import { castBallot } from './cast-ballot.js';
import type { ClosedProposal } from './close-due-proposals.js';
import { closeProposal } from './close-proposal.js';
import { deadlineScheduler } from './deadline-scheduler.js';
import { openProposal } from './open-proposal.js';
import { showProposal } from './show-proposal.js';

const postgres = dialects.find((d) => d.dialect === 'postgres')!;
const MINUTE = 60_000;

/** Two nodes (contexts with their own store) on one database, sharing the node key and a standing clock. */
async function twoNodes() {
  const place = await testLocation(postgres);
  let now = Date.UTC(2026, 0, 6, 9);
  const node = testNode().signer;
  const context = async (): Promise<AppContext> => ({
    store: await place.open(),
    node,
    clock: () => new Date(now),
    catalog: eventCatalog,
    checkpointEvery: 1000,
    dataDir: '',
  });
  const [a, b] = [await context(), await context()];
  const { founderId } = await initLedger(a, {
    name: 'Shared DisCO',
    currency: 'EUR',
    timeZone: 'UTC',
    founderName: 'Ana',
  });
  return {
    a,
    b,
    founder: (await loadActor(a, founderId))!,
    advance: (ms: number) => void (now += ms),
    now: () => now,
  };
}

describe.skipIf(skipping(postgres, 'several nodes on one database'))(
  'several nodes on one PostgreSQL database',
  () => {
    it("closes a proposal opened through another node, by looking at the database's deadlines", async () => {
      const { a, b, founder, advance, now } = await twoNodes();
      const timers: Array<{ run: () => void; ms: number; cleared: boolean }> = [];
      const closed: ClosedProposal[] = [];
      const scheduler = deadlineScheduler(b, {
        pollEveryMs: MINUTE,
        onClosed: (c) => closed.push(c),
        onError: (e) => {
          throw e;
        },
        setTimer: (run, ms) => {
          const timer = { run, ms, cleared: false };
          timers.push(timer);
          return timer;
        },
        clearTimer: (timer) => void ((timer as { cleared: boolean }).cleared = true),
      });
      await scheduler.start();
      expect(timers.filter((t) => !t.cleared).map((t) => t.ms)).toEqual([MINUTE]);

      // Opened through node A: node B's scheduler is not told, only its database knows.
      const { proposalId } = await openProposal(a, founder, {
        title: 'Share the rota',
        body: 'Across nodes.',
        method: 'majority',
        deadline: new Date(now() + 30_000).toISOString(),
      });
      await castBallot(a, founder, { proposalId, ballot: { choice: 'yes' } });
      advance(MINUTE);
      const due = timers.find((t) => !t.cleared)!;
      due.cleared = true;
      due.run();
      await scheduler.rearm();
      expect(closed.map((c) => [c.proposalId, c.outcome])).toEqual([[proposalId, 'passed']]);
      expect(await showProposal(a, founder, { proposalId })).toMatchObject({
        status: 'closed',
        endedAt: new Date(now() - 30_000).toISOString(),
      });
      expect(timers.filter((t) => !t.cleared).map((t) => t.ms)).toEqual([MINUTE]);
      scheduler.stop();
    });

    it('counts a ballot racing the close on another node exactly when it is on the ledger', async () => {
      const { a, b, founder, advance, now } = await twoNodes();
      const voters = await Promise.all(
        Array.from(
          { length: 8 },
          async (_, i) =>
            (await loadActor(
              a,
              (
                await addMember(a, founder, {
                  displayName: `Worker ${i}`,
                  constituencyIds: ['worker-members'],
                  level: { level: 'committed' },
                })
              ).memberId,
            ))!,
        ),
      );
      const deadline = now() + 1000;
      const { proposalId } = await openProposal(a, founder, {
        title: 'Race',
        body: 'Who gets in?',
        method: 'majority',
        deadline: new Date(deadline).toISOString(),
      });
      // Node A's clock stands a millisecond before the deadline, node B's at it: B closes while A's ballots arrive.
      advance(999);
      const late: AppContext = { ...b, clock: () => new Date(deadline) };
      const outcomes = await Promise.allSettled([
        ...voters.map((v) => castBallot(a, v, { proposalId, ballot: { choice: 'yes' } })),
        closeProposal(late, proposalId),
      ]);
      const accepted = outcomes.slice(0, -1).filter((o) => o.status === 'fulfilled').length;
      for (const o of outcomes.slice(0, -1))
        if (o.status === 'rejected') expect((o.reason as AppError).status).toBe(409);
      const shown = await showProposal(a, founder, { proposalId });
      expect(shown.status).toBe('closed');
      expect(shown.ballots).toHaveLength(accepted);
      expect(shown.result).toMatchObject({ counts: { yes: accepted } });
      // And at the deadline's own millisecond, no ballot is taken, closed or not.
      await expect(
        castBallot(late, founder, { proposalId, ballot: { choice: 'no' } }),
      ).rejects.toMatchObject({ status: 409 });
    });
  },
);
