import type { AlarmKind } from '../core/ledger/monitor.js';

/** Exit code of any command whose monitor raised an alarm: apart from refusals (1) and misuse (2). */
export const EXIT_ALARM = 3;

/** The node misbehaved (or cannot show it did not); carries the evidence file's path. */
export class LedgerAlarm extends Error {
  constructor(
    readonly kind: AlarmKind,
    message: string,
    readonly source: string,
    readonly evidenceFile: string,
  ) {
    super(message);
  }
}

/** How the alarm reads on a terminal: what was seen, where the evidence is, what to do. */
export function describeAlarm(alarm: LedgerAlarm): { message: string; hint: string } {
  return {
    message: [
      `LEDGER ALARM (${alarm.kind}) from ${alarm.source}`,
      alarm.message,
      `Evidence written to ${alarm.evidenceFile}`,
    ].join('\n'),
    hint: `check it anywhere, offline, with \`disco ledger evidence ${alarm.evidenceFile}\`, and tell the other members. Once investigated, \`disco ledger monitor --forget\` trusts the node's current checkpoint again.`,
  };
}
