import { message } from '../../core/messages/codes.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { FINANCE_EVENT } from '../../core/finance/events.js';
import { calendarDateSchema, idSchema, minorAmountSchema } from '../../core/value/events.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { AppError, notFound, refusal } from '../errors.js';
import { readMember } from '../members/member-facts.js';
import { newId } from '../ids.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { requireRun } from './show-run.js';

export const recordPayoutInput = z.strictObject({
  runId: z.string().min(1).max(128),
  memberId: idSchema,
  amount: minorAmountSchema.refine((a) => a !== '0', 'must be above 0'),
  reference: z
    .string()
    .trim()
    .min(1, 'give the payment reference (e.g. the bank transfer id)')
    .max(200),
  /** The day the money left; today by default. */
  date: calendarDateSchema.optional(),
});
export type RecordPayoutInput = z.input<typeof recordPayoutInput>;

/** What a run still owes a member: their payout less the payouts recorded against it. */
async function stillOwed(
  db: AppContext['store']['db'],
  runId: string,
  memberId: string,
  payout: bigint,
): Promise<bigint> {
  const rows = await db
    .selectFrom('distribution_payouts')
    .select('amount')
    .where('run_id', '=', runId)
    .where('member_id', '=', memberId)
    .execute();
  return rows.reduce((left, r) => left - BigInt(r.amount), payout);
}

/**
 * Marks (part of) what a run owes a member as paid, with the payment reference. Never more than
 * is still owed: the check is repeated inside the write transaction.
 *
 * @example await recordPayout(ctx, founder, { runId, memberId: ana, amount: '120000', reference: 'SEPA 2026-04-02 #123' });
 */
export async function recordPayout(
  ctx: AppContext,
  actor: Actor | null,
  input: RecordPayoutInput,
): Promise<{ payoutId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(recordPayoutInput, input, refusal('refusal.payout-cannot-be-recorded'));
  ensureAllowed('distribution.payout', actor);
  const { id: runId, run } = await requireRun(ctx.store.db, parsed.runId);
  const member = run.outputs.members.find((m) => m.memberId === parsed.memberId);
  if (!member && !(await readMember(ctx.store.db, parsed.memberId)))
    throw notFound(
      refusal('refusal.no-such-member', { memberId: parsed.memberId }),
      refusal('hint.name-member-id-disco-member-list'),
    );
  const payout = BigInt(member?.payout ?? '0');
  const amount = BigInt(parsed.amount);
  const checkOwed = async (db: AppContext['store']['db']) => {
    const owed = await stillOwed(db, runId, parsed.memberId, payout);
    if (amount > owed) {
      throw new AppError(422, 'refused', refusal('refusal.payout-cannot-be-recorded'), undefined, [
        {
          field: 'amount',
          message: `${parsed.amount} is more than the run of ${run.period} still owes this member (${owed})`,
          ...message('distribution.payout-over-owed', {
            amount: parsed.amount,
            period: run.period,
            owedAmount: String(owed),
          }),
        },
      ]);
    }
  };
  await checkOwed(ctx.store.db);
  const payoutId = newId(ctx);
  const date = parsed.date ?? (await discoToday(ctx));
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, FINANCE_EVENT.payoutRecorded, {
        payoutId,
        runId,
        memberId: parsed.memberId,
        amount: parsed.amount,
        reference: parsed.reference,
        date,
      }),
    ],
    { guard: checkOwed },
  );
  return { payoutId, events };
}
