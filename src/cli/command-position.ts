// Apart from lazy-program.ts, so the built entry finds `serve` without loading commander.

/** Where the command's name stands in argv: after the program's own options and their values. */
export function commandPosition(argv: string[], valueOptions: string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return -1;
    if (!arg.startsWith('-')) return i;
    if (valueOptions.includes(arg)) i++;
  }
  return -1;
}
