import type { Message } from '../../core/messages/codes.js';
import type { FinanceState } from '../../core/finance/state.js';
import { parameterVersionProblems } from '../../core/finance/state.js';
import type { AppContext } from '../context.js';
import { AppError, refusal } from '../errors.js';
import { readFinanceState } from './finance-facts.js';

/**
 * Refuses (422) a CAT parameter document that could not become the next version now: core's
 * `validateParameters` (percentages over 100%, negative amounts, shares not summing to 100%…),
 * an effective date inside a closed month, an overlap with another version. Each problem names
 * its field under `at` (`change.parameters` in a proposal), or `(document)` for the whole.
 * Returns the finance state it checked against, so a caller recording the version reads it once.
 *
 * @example await checkParameterDocument(ctx, document, 'The proposal cannot be opened.', 'change.parameters');
 */
export async function checkParameterDocument(
  ctx: AppContext,
  document: unknown,
  message: Message,
  at?: string,
): Promise<FinanceState> {
  const finance = await readFinanceState(ctx.store.db);
  const problems = parameterVersionProblems(finance, document);
  if (problems.length > 0) {
    const field = (path: string) =>
      at === undefined ? path || '(document)' : path ? `${at}.${path}` : at;
    throw new AppError(
      422,
      'refused',
      message,
      refusal('hint.fix-fields-named-send-whole-document'),
      problems.map((p) => ({ field: field(p.path), message: p.message })),
    );
  }
  return finance;
}
