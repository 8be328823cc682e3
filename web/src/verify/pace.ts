/** How much was done at a moment (milliseconds on any steady clock). */
export interface Mark {
  at: number;
  done: number;
}

export interface Pace {
  perSecond: number;
  secondsLeft: number;
}

/**
 * The rate since `since` and the time left at that rate, or null while there is too little to
 * go on (under a second, or nothing done yet): an estimate from a few events would jump about.
 *
 * @example paceOf({ at: 0, done: 0 }, { at: 2000, done: 10_000 }, 100_000) // { perSecond: 5000, secondsLeft: 18 }
 */
export function paceOf(since: Mark, now: Mark, total: number): Pace | null {
  const seconds = (now.at - since.at) / 1000;
  const done = now.done - since.done;
  if (seconds < 1 || done <= 0) return null;
  const perSecond = done / seconds;
  return { perSecond, secondsLeft: Math.max(0, total - now.done) / perSecond };
}
