/** Collects a benchmark's lines: printed as they come, and kept for docs/benchmarks.md. */
export class Report {
  readonly lines: string[] = [];

  say(line = ''): void {
    this.lines.push(line);
    process.stdout.write(line + '\n');
  }
}

export const rate = (count: number, ms: number): number => (count / ms) * 1000;

export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Milliseconds of the fastest of `runs` calls: the least disturbed by the rest of the machine. */
export function bestOf<T>(runs: number, work: () => T): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = work();
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, result };
}

/** Milliseconds of the fastest of `runs` awaited calls. */
export async function bestOfAsync(runs: number, work: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
