/*
 * The server's memory policy. Left to itself V8 grows the heap towards a quarter of the
 * machine's memory before it collects hard, and keeps what it grew: under a dashboard load a node
 * went from 185 MB to over 1 GB of RSS and stayed there idle. A capped old generation makes the
 * collector work sooner instead; small semi-spaces keep the young generation from ballooning
 * under many short requests. docs/operations.md gives the figures.
 */
export const SERVER_HEAP_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=8'];

const HEAP_FLAG = /--max-old-space-size|--max-semi-space-size|--max-heap-size/;

/** Whether the operator chose the heap's limits already, on node's command line or in NODE_OPTIONS
 * (read here and not through config.ts, whose zod schemas would slow every CLI start). */
export function heapChosen(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): boolean {
  return execArgv.some((arg) => HEAP_FLAG.test(arg)) || HEAP_FLAG.test(nodeOptions);
}
