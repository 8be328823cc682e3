import type { MessageParams } from '../messages/codes.js';

/**
 * Why core refuses a move, naming the input field at fault. The shape matches the app's
 * `FieldProblem`, so a refusal travels to HTTP and the CLI unchanged.
 */
export interface RuleProblem {
  field: string;
  message: string;
  /** The message as a code (src/core/messages/codes.ts), for faces in other languages. */
  code?: string;
  params?: MessageParams;
}
