import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { guardFormula } from '../../core/value/index.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { memberNames } from './finance-facts.js';
import { requireRun } from './show-run.js';

export const payoutListInput = z.strictObject({ runId: z.string().min(1).max(128) });

const HEADER = [
  'period',
  'run_id',
  'member_id',
  'name',
  'currency',
  'amount_minor',
  'paid_minor',
  'due_minor',
  'references',
];

/** Columns of integers, which may be negative and are never run as formulas. */
const NUMERIC = new Set(['amount_minor', 'paid_minor', 'due_minor']);

function cell(value: string, column: number): string {
  const safe = NUMERIC.has(HEADER[column]!) ? value : guardFormula(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The payout list of a run as CSV (RFC 4180): per member paid by the run, what it owes, what was
 * paid out so far (with the references) and what is still due, amounts in minor units.
 *
 * @example const csv = await payoutListCsv(ctx, founder, { runId: '2026-03' });
 */
export async function payoutListCsv(
  ctx: AppContext,
  actor: Actor | null,
  input: z.input<typeof payoutListInput>,
): Promise<string> {
  const parsed = parseInput(payoutListInput, input, refusal('refusal.payout-list-cannot-be-made'));
  ensureAllowed('finance.read', actor);
  const { id, run } = await requireRun(ctx.store.db, parsed.runId);
  const names = await memberNames(ctx.store.db);
  const payouts = await ctx.store.db
    .selectFrom('distribution_payouts')
    .selectAll()
    .where('run_id', '=', id)
    .orderBy('seq')
    .execute();
  const lines = [HEADER.join(',')];
  for (const m of run.outputs.members) {
    if (m.payout === '0') continue;
    const mine = payouts.filter((p) => p.member_id === m.memberId);
    const paid = mine.reduce((sum, p) => sum + BigInt(p.amount), 0n);
    const row = [
      run.period,
      id,
      m.memberId,
      names.get(m.memberId) ?? m.memberId,
      run.currency,
      m.payout,
      paid.toString(),
      (BigInt(m.payout) - paid).toString(),
      mine.map((p) => p.reference).join('; '),
    ];
    lines.push(row.map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
