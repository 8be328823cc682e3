import {
  message,
  type Message,
  type MessageCode,
  type MessageParams,
} from '../core/messages/codes.js';
import { renderEnglish } from '../core/messages/render-en.js';
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
 * What a refusal says, as a registered code and its parameters (src/core/messages/codes.ts): the
 * CLI prints its English, the Deck says it in the member's language. The compiler allows only
 * registered codes, and every refusal takes one, so no refusal is English only.
 *
 * @example refusal('refusal.no-such-event', { seq: 9 })
 */
export function refusal(code: MessageCode, params: MessageParams = {}): Message {
  return message(code, params);
}

/**
 * Errors a use case raises on purpose. Faces map `status` to HTTP and to CLI exit codes
 * (4xx usage and refusal), and show `hint` as what to do next. `message` and `hint` are the
 * English of `said` and `hintSaid`, which HTTP sends beside them as codes.
 */
export class AppError extends Error {
  readonly hint?: string;
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429,
    readonly code: string,
    readonly said: Message,
    readonly hintSaid?: Message,
    readonly problems: FieldProblem[] = [],
  ) {
    super(renderEnglish(said));
    if (hintSaid) this.hint = renderEnglish(hintSaid);
    this.name = 'AppError';
  }
}

export function invalid(said: Message, problems: FieldProblem[] = [], hint?: Message): AppError {
  return new AppError(400, 'invalid-input', said, hint, problems);
}

export function notFound(said: Message, hint?: Message): AppError {
  return new AppError(404, 'not-found', said, hint);
}

export function conflict(said: Message, hint?: Message): AppError {
  return new AppError(409, 'conflict', said, hint);
}

/** The store's refusals (a write that does not fit the state it is in) as the 409s they are. */
export function asAppError(error: unknown): unknown {
  if (error instanceof StoreConflictError)
    return conflict(refusal('refusal.store-conflict', { reason: error.said }));
  return error;
}
