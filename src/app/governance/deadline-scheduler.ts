import type { AppContext } from '../context.js';
import { closeDueProposals, type ClosedProposal } from './close-due-proposals.js';
import { onDeadlinesChanged } from './deadline-changes.js';
import { openDueReviews } from './open-due-reviews.js';
import { startOfDay } from './start-of-day.js';

/** setTimeout cannot wait longer than this (about 24.8 days); a longer wait is taken in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export interface SchedulerOptions {
  /** Told about each proposal closed (and what carrying it out did), and about failures. */
  onClosed?: (closed: ClosedProposal) => void;
  /** Told about each review proposal opened because a decision's review date came. */
  onReviewOpened?: (proposalId: string) => void;
  onError?: (error: unknown) => void;
  /**
   * Also wake at least this often to look at the database, so that proposals opened through another
   * node on the same PostgreSQL database (or by the CLI on the same data directory) are closed on
   * time too; use cases only tell the scheduler of their own process.
   */
  pollEveryMs?: number;
  /** Injected in tests. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface DeadlineScheduler {
  /** Closes what is overdue, then arms the timer; resolves when the overdue work is done. */
  start(): Promise<void>;
  /** Looks again at the next deadline (done by itself when a use case changes deadlines). */
  rearm(): Promise<void>;
  /** Does what is due now and re-arms; resolves when done (after a test clock moved forward). */
  checkNow(): Promise<void>;
  stop(): void;
}

/**
 * Closes proposals at their deadlines, and opens review proposals on review dates, without an
 * external cron: one timer, set for the next deadline or review date (its first instant in the
 * DisCO's time zone) and re-armed whenever a proposal opens, is withdrawn, closes or gets a review
 * date. On start it does everything already overdue, closing each proposal with its deadline as
 * the close time. Runs are serialized, so a timer firing during a re-arm never closes twice. With
 * `pollEveryMs` it also wakes that often to find deadlines set through other nodes.
 *
 * @example
 * const scheduler = deadlineScheduler(ctx, { onClosed: (c) => log.info(c, 'proposal closed') });
 * await scheduler.start(); ... scheduler.stop();
 */
export function deadlineScheduler(
  ctx: AppContext,
  options: SchedulerOptions = {},
): DeadlineScheduler {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms).unref());
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  let timer: unknown = null;
  let stopped = false;
  let unsubscribe: (() => void) | null = null;
  let queue: Promise<void> = Promise.resolve();

  const serialized = (work: () => Promise<void>): Promise<void> => {
    queue = queue.then(work).catch((error: unknown) => options.onError?.(error));
    return queue;
  };

  const closeDue = async () => {
    for (const closed of await closeDueProposals(ctx)) options.onClosed?.(closed);
    for (const opened of await openDueReviews(ctx)) options.onReviewOpened?.(opened);
  };

  const nextWake = async (): Promise<number | null> => {
    const db = ctx.store.db;
    const deadline = await db
      .selectFrom('proposals')
      .select('deadline')
      .where('status', '=', 'open')
      .orderBy('deadline')
      .limit(1)
      .executeTakeFirst();
    const review = await db
      .selectFrom('proposals')
      .select('review_date')
      .where('review_id', 'is', null)
      .where('review_date', 'is not', null)
      .orderBy('review_date')
      .limit(1)
      .executeTakeFirst();
    const zone = review
      ? ((
          await db
            .selectFrom('disco_profile')
            .select('time_zone')
            .where('id', '=', 1)
            .executeTakeFirst()
        )?.time_zone ?? 'UTC')
      : 'UTC';
    const times = [
      deadline ? Date.parse(deadline.deadline) : null,
      review?.review_date ? startOfDay(review.review_date, zone).getTime() : null,
    ].filter((t): t is number => t !== null);
    return times.length === 0 ? null : Math.min(...times);
  };

  const arm = async () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (stopped) return;
    const next = await nextWake();
    const poll = options.pollEveryMs ?? Number.POSITIVE_INFINITY;
    if ((next === null && poll === Number.POSITIVE_INFINITY) || stopped) return;
    const delay = Math.min(
      next === null ? poll : Math.max(0, next - ctx.clock().getTime()),
      poll,
      MAX_DELAY_MS,
    );
    timer = setTimer(
      () =>
        void serialized(async () => {
          timer = null;
          await closeDueAndArm();
        }),
      delay,
    );
  };

  const closeDueAndArm = async () => {
    await closeDue();
    await arm();
  };

  return {
    start: () => {
      unsubscribe = onDeadlinesChanged(ctx.store, () => void serialized(arm));
      return serialized(closeDueAndArm);
    },
    rearm: () => serialized(arm),
    checkNow: () => serialized(closeDueAndArm),
    stop: () => {
      stopped = true;
      unsubscribe?.();
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
