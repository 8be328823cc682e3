import { expect } from 'vitest';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';

/**
 * For tests: runs a use case that must be refused with `status` (naming `field`, with a problem
 * matching `message`, when given) and checks that the ledger did not grow.
 *
 * @example await expectRefused(ctx, () => addMember(ctx, null, input), 401);
 */
export async function expectRefused(
  ctx: AppContext,
  run: () => Promise<unknown>,
  status: number,
  field?: string,
  message?: RegExp,
): Promise<AppError> {
  const before = await ctx.store.count();
  const error: unknown = await run().then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.status, appError.message).toBe(status);
  if (field) expect(appError.problems.map((p) => p.field)).toContain(field);
  if (message) expect(appError.problems.map((p) => p.message).join('\n')).toMatch(message);
  expect(await ctx.store.count()).toBe(before);
  return appError;
}
