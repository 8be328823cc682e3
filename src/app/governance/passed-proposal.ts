import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { AppError, refusal } from '../errors.js';
import { proposalNotPassed } from '../members/check-decision.js';

/**
 * Refuses unless the proposal closed and passed; read inside the write transaction so a write
 * racing the proposal's close sees one outcome or the other, never half of each.
 *
 * @example await appendEvents(ctx, drafts, { guard: (db) => refuseUnlessPassed(db, proposalId) });
 */
export async function refuseUnlessPassed(db: Kysely<Database>, proposalId: string): Promise<void> {
  const row = await db
    .selectFrom('proposals')
    .select(['status', 'outcome'])
    .where('id', '=', proposalId)
    .executeTakeFirst();
  if (row?.status === 'closed' && row.outcome === 'passed') return;
  throw new AppError(
    422,
    'refused',
    refusal('refusal.decision-not-passed', { proposalId }),
    undefined,
    [
      row
        ? proposalNotPassed('proposalId', row.status, row.outcome)
        : {
            field: 'proposalId',
            message: `there is no proposal ${proposalId}`,
            code: 'field.no-proposal',
            params: { proposalId },
          },
    ],
  );
}
