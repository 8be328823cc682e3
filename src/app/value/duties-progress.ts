import { refusal } from '../errors.js';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import {
  dutiesInForce,
  dutyProgressFrom,
  membersBehindOnDuties,
  periodOf,
  VALUE_EVENT,
  type DutyProgress,
  type DutyRulesEntry,
  type DutyRulesSetPayload,
  type DutySums,
} from '../../core/value/index.js';
import { levelFromColumns } from '../../store/projections/level-columns.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { dutyTotals } from './window-totals.js';

const NOTHING: DutySums = () => ({ done: 0n, pending: 0n });

export const dutiesInput = z.strictObject({
  member: z.string().max(128).optional(),
  /** The day whose month and quarter are looked at; today by default. */
  date: z.iso.date('must be a calendar date YYYY-MM-DD').optional(),
});
export type DutiesInput = z.input<typeof dutiesInput>;

/** One duty of one member in one period; money as digit strings of minor units. */
export interface DutyView {
  memberId: string;
  displayName: string;
  stream: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  owed: string;
  done: string;
  pending: string;
  remaining: string;
  met: boolean;
  /** Behind an even pace through the period, as of `date`. */
  behind: boolean;
  /** What an even pace would have done by `date`. */
  expected: string;
}

/**
 * Progress on the duties of each active worker-member (or one) for the month and quarter of a
 * date, with who is behind an even pace: core's `dutyProgressFrom` and `membersBehindOnDuties` over
 * the credits of that quarter, summed by the database.
 *
 * @example const { items } = await dutiesProgress(ctx, actor, { date: '2026-02-15' });
 */
export async function dutiesProgress(
  ctx: AppContext,
  actor: Actor | null,
  input: DutiesInput,
): Promise<{ date: string; items: DutyView[] }> {
  const parsed = parseInput(dutiesInput, input, refusal('refusal.duties-cannot-be-shown'));
  ensureAllowed('value.indicators', actor);
  const date = parsed.date ?? (await discoToday(ctx));
  // A quarter contains the month, so its window holds every contribution either period needs.
  return { date, items: await dutyViews(ctx.store.db, date, parsed.member) };
}

/**
 * Duty progress of each active worker-member (or one) for the month and quarter of `date`, from
 * their credits in that quarter summed by the database.
 *
 * @example const behind = (await dutyViews(db, '2026-12-31')).filter((d) => d.behind);
 */
export async function dutyViews(
  db: Kysely<Database>,
  date: string,
  member?: string,
): Promise<DutyView[]> {
  let members = db
    .selectFrom('members')
    .selectAll()
    .where('status', '=', 'active')
    .where('level', 'is not', null);
  if (member !== undefined) members = members.where('id', '=', member);
  const table = await readDutyRules(db);
  // Only the streams of the duties in force for the month or the quarter are ever asked for.
  const streams = new Set(
    (['month', 'quarter'] as const).flatMap((kind) =>
      dutiesInForce(table, periodOf(date, kind).start).map((d) => d.stream),
    ),
  );
  const [rows, sums] = await Promise.all([
    members.orderBy('joined_at').execute(),
    // A quarter contains the month, so its sums hold everything either period needs.
    dutyTotals(db, periodOf(date, 'quarter'), member, [...streams]),
  ]);
  const items: DutyView[] = [];
  for (const row of rows) {
    const level = levelFromColumns(row)!;
    const progress: DutyProgress[] = dutyProgressFrom(sums.get(row.id) ?? NOTHING, {
      memberId: row.id,
      level: level.level,
      date,
      table,
    });
    const behind = new Map(
      membersBehindOnDuties(progress, date).map((b) => [
        `${b.stream} ${b.period.label}`,
        b.expected,
      ]),
    );
    for (const p of progress) {
      const expected = behind.get(`${p.stream} ${p.period.label}`);
      items.push({
        memberId: row.id,
        displayName: row.display_name,
        stream: p.stream,
        period: p.period.label,
        periodStart: p.period.start,
        periodEnd: p.period.end,
        owed: p.owed.toString(),
        done: p.done.toString(),
        pending: p.pending.toString(),
        remaining: p.remaining.toString(),
        met: p.met,
        behind: expected !== undefined,
        expected: (expected ?? p.done).toString(),
      });
    }
  }
  return items;
}

/**
 * Every duty table the DisCO set, in ledger order, for core's `dutiesInForce`.
 *
 * @example dutiesInForce(await readDutyRules(db), '2026-04-01')
 */
export async function readDutyRules(db: Kysely<Database>): Promise<DutyRulesEntry[]> {
  const settings = await db
    .selectFrom('value_settings')
    .select('payload')
    .where('type', '=', VALUE_EVENT.dutyRulesSet)
    .orderBy('seq')
    .execute();
  return settings.map((s) => {
    const p = JSON.parse(s.payload) as DutyRulesSetPayload;
    return {
      effectiveFrom: p.effectiveFrom,
      duties: p.duties.map((d) => ({ ...d, amount: BigInt(d.amount) })),
    };
  });
}
