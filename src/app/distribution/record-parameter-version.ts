import type { Actor } from '../../core/access/actor.js';
import type { JsonObject } from '../../core/ledger/canonical.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { FINANCE_EVENT, type ParameterDecision } from '../../core/finance/events.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { conflict, refusal } from '../errors.js';
import { draftOf } from '../use-case-steps.js';
import { checkParameterDocument } from './check-parameter-document.js';

/**
 * Records the next version of the CAT parameters once the document passes every check of
 * `checkParameterDocument` (an open-ended earlier version ends the day before this one starts).
 * Who decided it is the caller's business and goes in the event.
 *
 * @example await recordParameterVersion(ctx, founder, document, { kind: 'founder' });
 */
export async function recordParameterVersion(
  ctx: AppContext,
  actor: Actor | null,
  document: unknown,
  decidedBy: ParameterDecision,
): Promise<{ version: number; events: LedgerEvent[] }> {
  const finance = await checkParameterDocument(
    ctx,
    document,
    refusal('refusal.cat-document-cannot-be-recorded'),
  );
  const version = finance.parameters.length + 1;
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, FINANCE_EVENT.parametersSet, {
        version,
        document: document as JsonObject,
        decidedBy,
      }),
    ],
    {
      guard: async (db) => {
        const row = await db
          .selectFrom('cat_parameter_versions')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        if (Number(row.n) !== version - 1)
          throw conflict(
            refusal('refusal.another-cat-parameter-version-was-recorded'),
            refusal('hint.read-parameters-again-retry'),
          );
      },
    },
  );
  return { version, events };
}
