import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import type { AppContext } from '../context.js';
import { AppError, invalid, refusal } from '../errors.js';
import { ensureAllowed } from '../use-case-steps.js';
import { recordParameterVersion } from './record-parameter-version.js';

/**
 * The founder's bootstrap: sets the first CAT parameter document, so the collective can run its
 * first distribution. Every later document is a collective decision: a `cat-parameter-change`
 * proposal that passed, applied by `applyPassedProposal`.
 *
 * @example await setFirstCatParameters(ctx, founder, { algorithm: 'value-equation@1', version: '2026-1', effectiveFrom: '2026-01-01', ... });
 */
export async function setFirstCatParameters(
  ctx: AppContext,
  actor: Actor | null,
  document: unknown,
): Promise<{ version: number; events: LedgerEvent[] }> {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw invalid(refusal('refusal.cat-document-not-json-object'), [
      { field: '(body)', message: 'must be a JSON object' },
    ]);
  ensureAllowed('cat.parameters.bootstrap', actor);
  const existing = await ctx.store.db
    .selectFrom('cat_parameter_versions')
    .select('version')
    .limit(1)
    .executeTakeFirst();
  if (existing) {
    throw new AppError(
      422,
      'refused',
      refusal('refusal.cat-parameters-already-set'),
      refusal('hint.open-cat-parameter-change-proposal-new'),
      [
        {
          field: '(body)',
          message:
            'a founder sets only the first document; later ones need a passed cat-parameter-change proposal',
        },
      ],
    );
  }
  return recordParameterVersion(ctx, actor, document, { kind: 'founder' });
}
