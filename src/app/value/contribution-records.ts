import type { Kysely } from 'kysely';
import {
  parseQuantity,
  type ContributionRecord,
  type PeerValidation,
  type Stream,
} from '../../core/value/index.js';
import type { Database } from '../../store/schema.js';

/**
 * Live contributions (pending, counted or disputed) dated within [from, to], as core's records,
 * for the indicators and duties that core computes. Read by the (member, status, date) index.
 *
 * @example dutyProgress(await contributionRecords(db, { from: '2026-01-01', to: '2026-03-31' }), query)
 */
export async function contributionRecords(
  db: Kysely<Database>,
  window: { from: string; to: string; member?: string },
): Promise<ContributionRecord[]> {
  let query = db
    .selectFrom('value_contributions')
    .selectAll()
    .where('status', 'in', ['pending', 'counted', 'disputed'])
    .where('date', '>=', window.from)
    .where('date', '<=', window.to);
  if (window.member !== undefined) query = query.where('member_id', '=', window.member);
  const rows = await query.orderBy('seq').execute();
  return rows.map((row) => {
    const record: ContributionRecord = {
      id: row.id,
      member: row.member_id,
      stream: row.stream as Stream,
      quantity: { milli: parseQuantity(row.quantity)!, unit: row.unit },
      taskKind: row.task_kind,
      date: row.date,
      description: row.description,
      evidence: JSON.parse(row.evidence) as string[],
      credit: {
        rate: BigInt(row.rate),
        rateEffectiveFrom: row.rate_effective_from,
        base: BigInt(row.base),
        multiplierBp: row.multiplier_bp,
        amount: BigInt(row.amount),
        standing: row.standing,
      },
      validation: JSON.parse(row.validation) as PeerValidation,
    };
    if (row.circle_id !== null) record.circle = row.circle_id;
    if (row.project_id !== null) record.project = row.project_id;
    if (row.resource_id !== null) record.resource = row.resource_id;
    if (row.supersedes !== null) record.supersedes = row.supersedes;
    return record;
  });
}
