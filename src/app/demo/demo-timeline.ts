import { addDays } from '../../core/value/index.js';
import type { AuthContext } from '../auth/auth-context.js';

const HOUR_MS = 3_600_000;

/** The demo's own clock: it walks forward through the past quarter and never passes the real now. */
export interface DemoTimeline {
  /** The context whose clock is the demo's. */
  ctx: AuthContext;
  /** Day 0 of the demo, `days` before today. */
  start: string;
  today: string;
  /** The date of day `day`. */
  dateOf(day: number): string;
  /** Moves to `hour` o'clock UTC of day `day`: never backwards, never past the real now. */
  moveTo(day: number, hour: number): void;
  /** The real now, as the caller's clock gives it. */
  realNow(): Date;
}

/**
 * A timeline of `days` days ending today, so that the events of the demo carry the times at which
 * a living cooperative would have recorded them.
 *
 * @example const t = demoTimeline(ctx, '2026-03-20', 91); t.moveTo(1, 9); await logContribution(t.ctx, ...);
 */
export function demoTimeline(ctx: AuthContext, today: string, days: number): DemoTimeline {
  const real = ctx.clock().getTime();
  const start = addDays(today, -days);
  let now = Math.min(real, Date.parse(`${start}T07:00:00Z`));
  return {
    ctx: { ...ctx, clock: () => new Date(now) },
    start,
    today,
    dateOf: (day) => addDays(start, day),
    moveTo: (day, hour) => {
      now = Math.max(
        now,
        Math.min(real, Date.parse(`${addDays(start, day)}T00:00:00Z`) + hour * HOUR_MS),
      );
    },
    realNow: () => new Date(real),
  };
}
