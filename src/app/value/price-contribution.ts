import type { Kysely } from 'kysely';
import {
  contributionPayload,
  dayKey,
  dayLimitProblem,
  HOUR,
  parseQuantity,
  validateContribution,
  type ContributionInput,
  type ContributionLoggedPayload,
} from '../../core/value/index.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';
import { discoToday } from '../members/member-facts.js';
import { standingOn } from './member-standing.js';
import { loggedHoursOn, readCreditRules, readValidationRule } from './value-facts.js';

async function known(
  db: Kysely<Database>,
  table: 'value_projects' | 'value_commons',
  id: string | undefined,
): Promise<Set<string>> {
  if (id === undefined || id === '') return new Set();
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  return new Set(row ? [row.id] : []);
}

/** A circle may be named by slug; the ledger records its id. Unknown refs stay as given, for core to name. */
async function circleRef(
  db: Kysely<Database>,
  ref: string | undefined,
): Promise<{ ref: string | undefined; known: Set<string> }> {
  if (ref === undefined || ref === '') return { ref, known: new Set() };
  const row = await db
    .selectFrom('circles')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', ref), eb('slug', '=', ref)]))
    .executeTakeFirst();
  return row ? { ref: row.id, known: new Set([row.id]) } : { ref, known: new Set() };
}

/**
 * Checks a contribution against the DisCO as it stands (known member, circle, project and
 * resource; date not in the future; at most 24 hours a member a day; a rate in force on the
 * work's date) and freezes its credit from that rate and the member's level and dater stage in force on
 * that date (not at logging).
 * Throws a 400 naming every wrong field; nothing is appended here.
 *
 * @example const payload = await priceContribution(ctx, { member: ana, stream: 'care', quantity: '2', unit: 'hour', taskKind: 'meeting', date: '2026-01-05', circle: 'care' }, id);
 */
export async function priceContribution(
  ctx: AppContext,
  input: ContributionInput,
  contributionId: string,
  replacing?: string,
): Promise<ContributionLoggedPayload> {
  const db = ctx.store.db;
  const [member, circle, projects, resources, today] = await Promise.all([
    db.selectFrom('members').selectAll().where('id', '=', input.member).executeTakeFirst(),
    circleRef(db, input.circle),
    known(db, 'value_projects', input.project),
    known(db, 'value_commons', input.resource),
    discoToday(ctx),
  ]);
  const resolved: ContributionInput = { ...input, circle: circle.ref };
  const rules = await readCreditRules(db, input.stream, input.taskKind);
  const hours = await loggedHoursOn(db, input.member, input.date, replacing);
  const checked = validateContribution(resolved, {
    today,
    members: new Set(member && member.status === 'active' ? [member.id] : []),
    circles: circle.known,
    projects,
    resources,
    loggedHours: new Map([[dayKey(input.member, input.date), hours]]),
    rates: rules.rates,
  });
  if (!checked.ok)
    throw invalid(refusal('refusal.contribution-cannot-be-logged'), checked.problems);
  const standing = await standingOn(db, member!, checked.draft.date);
  const priced = contributionPayload(
    checked.draft,
    contributionId,
    standing,
    rules,
    await readValidationRule(db, checked.draft.stream),
  );
  if (!priced.ok) throw invalid(refusal('refusal.contribution-cannot-be-logged'), priced.problems);
  return priced.payload;
}

/**
 * An append guard that runs the 24-hour check again inside the write transaction: requests logged
 * in parallel each saw the day before the others were written, and on PostgreSQL they really run
 * at once, so only this second look can refuse the one that crosses the limit.
 *
 * @example await appendEvents(ctx, drafts, { guard: dayStillHasRoom(payload, replacing) });
 */
export function dayStillHasRoom(
  payload: Pick<ContributionLoggedPayload, 'member' | 'date' | 'quantity' | 'unit'>,
  replacing?: string,
): (db: Kysely<Database>) => Promise<void> {
  return async (db) => {
    const milli = parseQuantity(payload.quantity);
    if (payload.unit !== HOUR || milli === null) return;
    const before = await loggedHoursOn(db, payload.member, payload.date, replacing);
    const problem = dayLimitProblem(payload.member, payload.date, before, milli);
    if (problem) throw invalid(refusal('refusal.contribution-cannot-be-logged'), [problem]);
  };
}
