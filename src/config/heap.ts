/*
 * The server's memory policy. Left to itself V8 grows the heap towards a quarter of the
 * machine's memory before it collects hard, and keeps what it grew: under a dashboard load a node
 * went from 185 MB to over 1 GB of RSS and stayed there idle. A capped old generation makes the
 * collector work sooner instead; small semi-spaces keep the young generation from ballooning
 * under many short requests. docs/operations.md gives the figures.
 */
export const SERVER_HEAP_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=8'];

/*
 * A bulk import's: the same cap, a young generation twice the server's and an old generation let
 * grow to 2.5 times what survived its last full collection (V8 picks 1.1 to 4 times by itself).
 * An import keeps every row's objects (its payload, its event, its rows for the read models) for
 * the two pages on their way to the store, so most of them outlive a collection of the young
 * generation and are moved to the old one, which then filled every 0.4 s: 42 full collections
 * for 100,000 rows, where these flags leave 11 to 14, for about 40 MB more at the peak
 * (docs/benchmarks.md gives the rows per second).
 */
export const IMPORT_HEAP_FLAGS = [
  '--max-old-space-size=256',
  '--max-semi-space-size=16',
  '--heap-growing-percent=150',
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
