/*
 * The server's memory policy. Left to itself V8 grows the heap towards a quarter of the
 * machine's memory before it collects hard, and keeps what it grew: under a dashboard load a node
 * went from 185 MB to over 1 GB of RSS and stayed there idle. A capped old generation makes the
 * collector work sooner instead; small semi-spaces keep the young generation from ballooning
 * under many short requests. docs/operations.md gives the figures.
 */
export const SERVER_HEAP_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=8'];

/*
 * A bulk import's: the same cap, a young generation twice the server's, and an old generation let
 * grow to twice what survived its last full collection before the next (V8 picks 1.1 to 4 times
 * by itself, and picked little here). An import keeps every row's objects (its payload, its
 * event, its rows for the read models) while its two pages are on their way to the store, so most
 * of them outlive a collection of the young generation and move to the old one, which then
 * filled every 0.4 s: 42 full collections for 100,000 rows, 17 with these flags, each marking
 * the whole heap on this thread and the collector's (docs/benchmarks.md gives the figures).
 */
export const IMPORT_HEAP_FLAGS = [
  '--max-old-space-size=256',
  '--max-semi-space-size=16',
  '--heap-growing-percent=100',
];

const HEAP_FLAG =
  /--max-old-space-size|--max-semi-space-size|--max-heap-size|--heap-growing-percent/;

/** Whether the operator chose the heap's limits already, on node's command line or in NODE_OPTIONS
 * (read here and not through config.ts, whose zod schemas would slow every CLI start). */
export function heapChosen(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): boolean {
  return execArgv.some((arg) => HEAP_FLAG.test(arg)) || HEAP_FLAG.test(nodeOptions);
}
