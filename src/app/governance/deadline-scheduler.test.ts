import { describe, expect, it } from 'vitest';
import type { ClosedProposal } from './close-due-proposals.js';
import { deadlineScheduler } from './deadline-scheduler.js';
import { withdrawProposal } from './withdraw-proposal.js';
import { DAY, HOUR, openTestGovernance } from './test-governance.js';

/** A timer the test fires by hand, remembering the delay it was set for. */
function manualTimers() {
  const armed: Array<{ run: () => void; ms: number; cleared: boolean }> = [];
  return {
    armed,
    live: () => armed.filter((t) => !t.cleared),
    setTimer: (run: () => void, ms: number) => {
      const timer = { run, ms, cleared: false };
      armed.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => void ((timer as { cleared: boolean }).cleared = true),
  };
}

/** The scheduler re-arms after a change is committed, not within it: wait for it to have done so. */
const armedFor = (timers: ReturnType<typeof manualTimers>, ms: number[]) =>
  expect.poll(() => timers.live().map((t) => t.ms), { interval: 1 }).toEqual(ms);

describe('the deadline scheduler', () => {
  it('closes what is overdue on start, then arms one timer for the next deadline, re-armed on every change', async () => {
    const g = await openTestGovernance();
    const overdue = await g.propose();
    g.advance(DAY + HOUR);
    const timers = manualTimers();
    const closed: ClosedProposal[] = [];
    const scheduler = deadlineScheduler(g.gov, {
      ...timers,
      onClosed: (c) => closed.push(c),
      onError: (e) => {
        throw e;
      },
    });
    await scheduler.start();
    expect(closed.map((c) => c.proposalId)).toEqual([overdue]);
    expect(timers.live()).toEqual([]);

    const later = await g.propose({
      deadline: new Date(g.now().getTime() + 2 * HOUR).toISOString(),
    });
    await armedFor(timers, [2 * HOUR]);
    const sooner = await g.propose({ deadline: new Date(g.now().getTime() + HOUR).toISOString() });
    await armedFor(timers, [HOUR]);
    await withdrawProposal(g.gov, g.founder, { proposalId: sooner });
    await armedFor(timers, [2 * HOUR]);

    g.advance(2 * HOUR);
    const due = timers.live()[0]!;
    due.cleared = true;
    due.run();
    await expect
      .poll(() => closed.map((c) => c.proposalId), { interval: 1 })
      .toEqual([overdue, later]);
    expect(timers.live()).toEqual([]);
    scheduler.stop();
  });
});
