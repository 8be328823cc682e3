import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { contributionsToCsv, toEconomicEvent } from '../../core/value/index.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { contributionRecords } from './contribution-records.js';

/*
 * Contributions out as CSV (columns of core's CSV_COLUMNS) or Valueflows JSON-LD (an array
 * of vf:EconomicEvent). IRIs of members, circles and projects hang off `base`, which defaults to
 * the node's own address so an export imports back into the same DisCO. Imports are in
 * import-contributions.ts.
 */

const formatSchema = z.enum(['csv', 'jsonld'], { error: "must be 'csv' or 'jsonld'" });
const baseSchema = z.url({ error: 'must be an absolute IRI' }).regex(/\/$/, "must end with '/'");

export const exportInput = z.strictObject({
  format: formatSchema,
  base: baseSchema,
  member: z.string().max(128).optional(),
});
export type ExportInput = z.input<typeof exportInput>;

/**
 * Live contributions (pending, counted, disputed) as a CSV file or a JSON-LD array, in ledger order.
 *
 * @example const csv = await exportContributions(ctx, actor, { format: 'csv', base: 'https://deck.example.coop/' });
 */
export async function exportContributions(
  ctx: AppContext,
  actor: Actor | null,
  input: ExportInput,
): Promise<string> {
  const parsed = parseInput(
    exportInput,
    input,
    refusal('refusal.contributions-cannot-be-exported'),
  );
  ensureAllowed('value.contribution.list', actor);
  const records = await contributionRecords(ctx.store.db, {
    from: '0000-01-01',
    to: '9999-12-31',
    ...(parsed.member !== undefined ? { member: parsed.member } : {}),
  });
  if (parsed.format === 'csv') return contributionsToCsv(records);
  return `${JSON.stringify(
    records.map((r) => toEconomicEvent(r, { base: parsed.base })),
    null,
    2,
  )}\n`;
}
