import { createInterface } from 'node:readline';
import type { Clock } from '../app/clock.js';

/** A clock that starts at real time and that a test moves forward; never for a real DisCO. */
export interface MovableClock {
  clock: Clock;
  /** Moves the clock `seconds` forward and returns the new now. */
  advance(seconds: number): Date;
}

/**
 * @example
 * const { clock, advance } = movableClock();
 * advance(90); // clock() is now a minute and a half ahead of real time
 */
export function movableClock(realNow: () => number = Date.now): MovableClock {
  let aheadMs = 0;
  const clock: Clock = () => new Date(realNow() + aheadMs);
  return {
    clock,
    advance: (seconds) => {
      aheadMs += Math.round(seconds * 1000);
      return clock();
    },
  };
}

/** The seconds a `+<seconds>` line asks for (`+90`, `+0.5`), or null for any other line. */
export function clockStep(line: string): number | null {
  const found = /^\+(\d+(?:\.\d+)?)$/.exec(line.trim());
  return found ? Number(found[1]) : null;
}

/**
 * Reads `+<seconds>` lines from `input`, one at a time: moves the clock, lets `recheck` do what
 * became due, then says `test clock: <ISO time>` on `output`, so a test knows the work is done.
 */
export function driveClockFrom(
  input: NodeJS.ReadableStream,
  output: { write(text: string): unknown },
  errors: { write(text: string): unknown },
  movable: MovableClock,
  recheck: () => Promise<void>,
): void {
  let queue = Promise.resolve();
  createInterface({ input }).on('line', (line) => {
    const seconds = clockStep(line);
    if (seconds === null) {
      errors.write(`test clock: "${line}" is not +<seconds> (e.g. +90); the clock did not move\n`);
      return;
    }
    queue = queue.then(async () => {
      const now = movable.advance(seconds);
      await recheck();
      output.write(`test clock: ${now.toISOString()}\n`);
    });
  });
}
