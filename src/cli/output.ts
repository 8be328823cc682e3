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

/** Prints an error the way the HTTP API describes it, and returns the exit code. */
export function reportError(raised: unknown, json: boolean): number {
  const error = asAppError(raised);
  let code = EXIT_FAILED;
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
    body = {
      error: error.code,
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
      ...(error.problems.length ? { errors: error.problems } : {}),
    };
  } else if (error instanceof RemoteProblem) {
    code = error.status === 400 || error.status === 401 ? EXIT_USAGE : EXIT_FAILED;
    body = {
      error: error.code,
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
      ...(error.problems.length ? { errors: error.problems } : {}),
    };
  } else if (error instanceof UsageError) {
    code = EXIT_USAGE;
    body = { error: 'usage', message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  } else if (error instanceof CommandFailed) {
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
    if (body.hint) lines.push(`hint: ${body.hint}`);
    process.stderr.write(lines.join('\n') + '\n');
  }
  return code;
}
