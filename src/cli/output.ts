import { AppError, asAppError } from '../app/errors.js';
import { describeAlarm, EXIT_ALARM, LedgerAlarm } from './ledger-alarm.js';
import { RemoteProblem } from './remote-problem.js';

/** Exit codes: 2 when the command was asked wrongly, 1 when it was refused or failed (3: ledger-alarm.ts). */
export const EXIT_USAGE = 2;
export const EXIT_FAILED = 1;

export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A command that ran but whose answer is "no" (e.g. a ledger that does not verify). */
export class CommandFailed extends Error {
  constructor(
    message: string,
    readonly result?: unknown,
  ) {
    super(message);
  }
}

export function printResult(json: boolean, value: unknown, human: () => string): void {
  process.stdout.write(json ? JSON.stringify(value, null, 2) + '\n' : human() + '\n');
}

/**
 * What to do next when the error itself did not say: docs/cli.md promises every error a `hint:`
 * line. By HTTP status (refusals from the node) or by the CLI's own kinds of error.
 */
function fallbackHint(kind: number | 'usage' | 'failed' | 'internal', fields: boolean): string {
  if (fields) return 'Fix what is named above and run the command again.';
  switch (kind) {
    case 401:
      return 'Sign in first: `disco login` (with --server), or act locally on the data directory.';
    case 403:
      return 'This needs rights you do not have; ask a founder or a steward of the circle.';
    case 404:
      return 'Check the id or name; the `list` and `show` commands print what exists.';
    case 409:
    case 422:
      return 'Look at the current state (`show`/`list`) and try again from there.';
    case 429:
      return 'Wait a little and try again.';
    case 'usage':
      return 'Run the command with --help for its arguments and options.';
    case 'failed':
      return 'The lines above say what did not hold.';
    case 'internal':
      return 'This is unexpected: run it again, and report it with the command if it persists.';
    default:
      return 'Run the command with --help for its arguments and options.';
  }
}

/**
 * Prints an error the way the HTTP API describes it, and returns the exit code. The one place that
 * writes errors: `error: message` (lower case, as commander writes its own), the fields, and a
 * `hint:` line.
 */
export function reportError(raised: unknown, json: boolean): number {
  const error = asAppError(raised);
  let code = EXIT_FAILED;
  let kind: number | 'usage' | 'failed' | 'internal' = 'internal';
  let body: {
    error: string;
    message: string;
    hint?: string;
    errors?: { field: string; message: string }[];
    result?: unknown;
    kind?: string;
    evidence?: string;
  };
  if (error instanceof LedgerAlarm) {
    code = EXIT_ALARM;
    body = {
      error: 'ledger-alarm',
      kind: error.kind,
      evidence: error.evidenceFile,
      ...describeAlarm(error),
    };
  } else if (error instanceof AppError) {
    code = error.status === 400 ? EXIT_USAGE : EXIT_FAILED;
    kind = error.status;
    body = {
      error: error.code,
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
      ...(error.problems.length ? { errors: error.problems } : {}),
    };
  } else if (error instanceof RemoteProblem) {
    code = error.status === 400 || error.status === 401 ? EXIT_USAGE : EXIT_FAILED;
    kind = error.status;
    body = {
      error: error.code,
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
      ...(error.problems.length ? { errors: error.problems } : {}),
    };
  } else if (error instanceof UsageError) {
    code = EXIT_USAGE;
    kind = 'usage';
    body = { error: 'usage', message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  } else if (error instanceof CommandFailed) {
    kind = 'failed';
    body = {
      error: 'failed',
      message: error.message,
      ...(error.result !== undefined ? { result: error.result } : {}),
    };
  } else {
    body = { error: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
  if (json) {
    process.stdout.write(JSON.stringify(body, null, 2) + '\n');
  } else {
    const lines = [`error: ${body.message}`];
    for (const p of body.errors ?? []) lines.push(`  ${p.field}: ${p.message}`);
    lines.push(`hint: ${body.hint ?? fallbackHint(kind, (body.errors ?? []).length > 0)}`);
    process.stderr.write(lines.join('\n') + '\n');
  }
  return code;
}
