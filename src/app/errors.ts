import type { MessageParams } from '../core/messages/codes.js';
import { StoreConflictError } from '../store/errors.js';

/** A field that was wrong and why; HTTP puts these in the problem's `errors`, the CLI prints them. */
export interface FieldProblem {
  field: string;
  message: string;
  /** The message as a code (src/core/messages/codes.ts); faces without it show `message`. */
  code?: string;
  params?: MessageParams;
}

/**
 * Errors a use case raises on purpose. Faces map `status` to HTTP and to CLI exit codes
 * (4xx usage and refusal), and show `hint` as what to do next.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429,
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function invalid(message: string, problems: FieldProblem[] = [], hint?: string): AppError {
  return new AppError(400, 'invalid-input', message, hint, problems);
}

export function notFound(message: string, hint?: string): AppError {
  return new AppError(404, 'not-found', message, hint);
}

export function conflict(message: string, hint?: string): AppError {
  return new AppError(409, 'conflict', message, hint);
}

/** The store's refusals (a write that does not fit the state it is in) as the 409s they are. */
export function asAppError(error: unknown): unknown {
  if (error instanceof StoreConflictError) return conflict(error.message);
  return error;
}
