import type { Actor } from '../../core/access/actor.js';
import type { JsonObject } from '../../core/ledger/canonical.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { FINANCE_EVENT, type ParameterDecision } from '../../core/finance/events.js';
import { parameterVersionProblems } from '../../core/finance/state.js';
import { appendEvents } from '../append-events.js';
import type { AppContext } from '../context.js';
import { AppError, conflict } from '../errors.js';
import { draftOf } from '../members/use-case-steps.js';
import { readFinanceState } from './finance-facts.js';

const MESSAGE = 'The CAT parameter document cannot be recorded.';

/**
 * Records the next version of the CAT parameters once the document passes every check: core's
 * `validateParameters` (percentages over 100%, negative amounts, shares not summing to 100%…),
 * no effective date in a closed month, no overlap with another version (an open-ended earlier
 * version ends the day before). Who decided it is the caller's business and goes in the event.
 *
 * @example await recordParameterVersion(ctx, founder, document, { kind: 'founder' });
 */
export async function recordParameterVersion(ctx: AppContext, actor: Actor | null, document: unknown, decidedBy: ParameterDecision): Promise<{ version: number; events: LedgerEvent[] }> {
  const finance = await readFinanceState(ctx.store.db);
  const problems = parameterVersionProblems(finance, document);
  if (problems.length > 0) {
    throw new AppError(422, 'refused', MESSAGE, 'Fix the fields named and send the whole document again.', problems.map((p) => ({ field: p.path || '(document)', message: p.message })));
  }
  const version = finance.parameters.length + 1;
  const events = await appendEvents(ctx, [draftOf(ctx, actor, FINANCE_EVENT.parametersSet, { version, document: document as JsonObject, decidedBy })], {
    guard: async (db) => {
      const row = await db.selectFrom('cat_parameter_versions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      if (Number(row.n) !== version - 1) throw conflict('Another CAT parameter version was recorded meanwhile.', 'Read the parameters again and retry.');
    },
  });
  return { version, events };
}
