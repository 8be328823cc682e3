import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import {
  contributionPayload,
  contributionsToCsv,
  dayKey,
  dayLimitProblem,
  HOUR,
  formatQuantity,
  fromEconomicEvent,
  importContributionsCsv,
  toEconomicEvent,
  validateContributions,
  VALUE_EVENT,
  type ContributionDraft,
  type CreditRules,
  type DraftContext,
  type Stream,
  type ValidationRule,
} from '../../core/value/index.js';
import { appendEventPages } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { AppError, type FieldProblem, refusal } from '../errors.js';
import { newId } from '../ids.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { contributionRecords } from './contribution-records.js';
import { standingsOf } from './member-standing.js';
import type { Database } from '../../store/schema.js';
import { readCreditRules, readValidationRule } from './value-facts.js';

/*
 * Contributions in and out as CSV (columns of core's CSV_COLUMNS) or Valueflows JSON-LD (an array
 * of vf:EconomicEvent). IRIs of members, circles and projects hang off `base`, which defaults to
 * the node's own address so an export imports back into the same DisCO.
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
  const parsed = parseInput(exportInput, input, refusal('refusal.contributions-cannot-exported'));
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

export const importInput = z.strictObject({
  format: formatSchema,
  base: baseSchema,
  /** The file's text: CSV, or a JSON array of vf:EconomicEvent. */
  content: z.string().max(20_000_000, 'must be at most 20 MB'),
  /** Check everything and report, appending nothing. */
  dryRun: z.boolean().default(false),
});
export type ImportInput = z.input<typeof importInput>;

/** Every known id, and circles by slug too, as a file may name either. */
async function importContext(
  ctx: AppContext,
): Promise<{ context: DraftContext; circleIds: Map<string, string> }> {
  const db = ctx.store.db;
  const [members, circles, projects, resources, rates, hours, today] = await Promise.all([
    db.selectFrom('members').select('id').where('status', '=', 'active').execute(),
    db.selectFrom('circles').select(['id', 'slug']).execute(),
    db.selectFrom('value_projects').select('id').execute(),
    db.selectFrom('value_commons').select('id').execute(),
    db.selectFrom('value_rates').selectAll().orderBy('seq').execute(),
    db
      .selectFrom('value_contributions')
      .select(['member_id', 'date', sql<string>`cast(sum(quantity_milli) as text)`.as('milli')])
      .where('unit', '=', 'hour')
      .where('status', 'not in', ['superseded', 'void'])
      .groupBy(['member_id', 'date'])
      .execute(),
    discoToday(ctx),
  ]);
  const circleIds = new Map<string, string>();
  for (const c of circles) circleIds.set(c.id, c.id).set(c.slug, c.id);
  return {
    circleIds,
    context: {
      today,
      members: new Set(members.map((m) => m.id)),
      circles: new Set(circleIds.keys()),
      projects: new Set(projects.map((p) => p.id)),
      resources: new Set(resources.map((r) => r.id)),
      loggedHours: new Map(hours.map((h) => [dayKey(h.member_id, h.date), BigInt(h.milli)])),
      rates: rates.map((r) => ({
        stream: r.stream as Stream,
        taskKind: r.task_kind,
        per: r.per,
        amount: BigInt(r.amount),
        effectiveFrom: r.effective_from,
      })),
    },
  };
}

/** JSON-LD entries are checked one by one by core, then together for the 24-hour limit across entries. */
function draftsFromJsonLd(
  content: string,
  base: string,
  context: DraftContext,
): { drafts: ContributionDraft[] } | { problems: FieldProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return {
      problems: [{ field: 'content', message: `is not JSON: ${(error as Error).message}` }],
    };
  }
  if (!Array.isArray(json))
    return {
      problems: [{ field: 'content', message: 'must be a JSON array of vf:EconomicEvent' }],
    };
  const problems: FieldProblem[] = [];
  const drafts: ContributionDraft[] = [];
  json.forEach((entry, k) => {
    const result = fromEconomicEvent(entry, { base }, { ...context, loggedHours: new Map() });
    if (result.ok) drafts.push(result.draft);
    else
      for (const p of result.problems)
        problems.push({ field: `entry.${k}.${p.field}`, message: p.message });
  });
  if (problems.length > 0) return { problems };
  const together = validateContributions(
    drafts.map((d) => ({
      ...d,
      quantity: formatQuantity(d.quantity.milli),
      unit: d.quantity.unit,
    })),
    context,
  );
  together.forEach((r, k) => {
    if (!r.ok)
      for (const p of r.problems)
        problems.push({ field: `entry.${k}.${p.field}`, message: p.message });
  });
  return problems.length > 0 ? { problems } : { drafts };
}

/** The 24-hour limit again inside the write transaction, for work logged while the file was checked. */
function daysStillHaveRoom(drafts: readonly ContributionDraft[]) {
  const days = new Map<string, { member: string; date: string; milli: bigint }>();
  for (const d of drafts) {
    if (d.quantity.unit !== HOUR) continue;
    const key = dayKey(d.member, d.date);
    const day = days.get(key) ?? { member: d.member, date: d.date, milli: 0n };
    days.set(key, { ...day, milli: day.milli + d.quantity.milli });
  }
  return async (db: Kysely<Database>): Promise<void> => {
    const problems: FieldProblem[] = [];
    if (days.size === 0) return;
    const dates = [...days.values()].map((d) => d.date).sort();
    // One grouped read over the file's dates, not a query per member-day.
    const logged = new Map<string, bigint>();
    const rows = await db
      .selectFrom('value_contributions')
      .select(['member_id', 'date', sql<string>`cast(sum(quantity_milli) as text)`.as('milli')])
      .where('unit', '=', HOUR)
      .where('status', 'not in', ['superseded', 'void'])
      .where('date', '>=', dates[0]!)
      .where('date', '<=', dates.at(-1)!)
      .groupBy(['member_id', 'date'])
      .execute();
    for (const row of rows) logged.set(dayKey(row.member_id, row.date), BigInt(row.milli));
    for (const [key, day] of days) {
      const problem = dayLimitProblem(day.member, day.date, logged.get(key) ?? 0n, day.milli);
      if (problem) problems.push({ field: 'content', message: problem.message });
    }
    if (problems.length > 0)
      throw new AppError(
        422,
        'refused',
        refusal('refusal.file-was-not-imported-work-logged'),
        refusal('hint.check-file-again-dry-run-import'),
        problems,
      );
  };
}

/** Events an import appended, as the API reports every write. */
interface Recorded {
  seq: number;
  type: string;
  hash: string;
}

/** Contributions priced, checked and appended at a time: memory holds one page of events. */
const IMPORT_PAGE = 1000;

/**
 * Imports contributions all or nothing: every row is checked first (known member, circle,
 * project and resource; positive quantities within 24 hours a member a day across the file and
 * the ledger; no future dates; a rate in force) and every problem is reported with its line (CSV,
 * `line.N.field`) or entry (JSON-LD, `entry.N.property`); only a clean file is priced and appended,
 * in one batch. Founders only: an import logs work for other members.
 *
 * @example const { imported } = await importContributions(ctx, founder, { format: 'csv', base, content });
 */
export async function importContributions(
  ctx: AppContext,
  actor: Actor | null,
  input: ImportInput,
): Promise<{ imported: number; contributionIds: string[]; recorded: Recorded[] }> {
  const parsed = parseInput(importInput, input, refusal('refusal.contributions-cannot-imported'));
  ensureAllowed('value.contribution.import', actor);
  const { context, circleIds } = await importContext(ctx);
  const checked =
    parsed.format === 'csv'
      ? (() => {
          const result = importContributionsCsv(parsed.content, context);
          return 'drafts' in result
            ? result
            : {
                problems: result.problems.map((p) => ({
                  field: `line.${p.line}${p.field ? `.${p.field}` : ''}`,
                  message: p.message,
                })),
              };
        })()
      : draftsFromJsonLd(parsed.content, parsed.base, context);
  if ('problems' in checked)
    throw new AppError(
      422,
      'refused',
      refusal('refusal.file-was-not-imported-problemscount-problem', {
        problemsCount: checked.problems.length,
      }),
      refusal('hint.fix-every-row-listed-import-whole'),
      checked.problems,
    );
  if (checked.drafts.length === 0)
    throw new AppError(422, 'refused', refusal('refusal.file-holds-no-contributions'), undefined, [
      { field: 'content', message: 'has no rows' },
    ]);
  if (parsed.dryRun) return { imported: checked.drafts.length, contributionIds: [], recorded: [] };

  const db = ctx.store.db;
  const memberRows = await db.selectFrom('members').selectAll().execute();
  const members = new Map(memberRows.map((m) => [m.id, m]));
  const named = new Set(checked.drafts.map((d) => d.member));
  const standing = await standingsOf(
    db,
    memberRows.filter((m) => named.has(m.id)),
  );
  // Every rule the file needs is read before the write: pages are priced inside the transaction,
  // where the store cannot be read. A file names a few kinds of work many times over.
  const creditRules = new Map<string, CreditRules>();
  const validationRules = new Map<string, ValidationRule>();
  for (const d of checked.drafts) {
    const kind = `${d.stream}\u0000${d.taskKind}`;
    if (!creditRules.has(kind))
      creditRules.set(kind, await readCreditRules(db, d.stream, d.taskKind));
    if (!validationRules.has(d.stream))
      validationRules.set(d.stream, await readValidationRule(db, d.stream));
  }
  const contributionIds: string[] = [];
  const priced = async function* () {
    for (let at = 0; at < checked.drafts.length; at += IMPORT_PAGE) {
      const page = [];
      for (const draft of checked.drafts.slice(at, at + IMPORT_PAGE)) {
        if (draft.circle !== undefined) draft.circle = circleIds.get(draft.circle) ?? draft.circle;
        const contributionId = newId(ctx);
        const payload = contributionPayload(
          draft,
          contributionId,
          // Every draft names an active member: the checks above refused the file otherwise.
          standing(members.get(draft.member)!, draft.date),
          creditRules.get(`${draft.stream}\u0000${draft.taskKind}`)!,
          validationRules.get(draft.stream)!,
        );
        if (!payload.ok)
          throw new AppError(
            422,
            'refused',
            refusal('refusal.file-was-not-imported-nothing-was'),
            undefined,
            payload.problems,
          );
        contributionIds.push(contributionId);
        page.push(draftOf(ctx, actor, VALUE_EVENT.contributionLogged, payload.payload));
      }
      yield page;
    }
  };
  const recorded: Recorded[] = [];
  const imported = await appendEventPages(ctx, priced(), {
    guard: daysStillHaveRoom(checked.drafts),
    onSealed: (events) => {
      for (const e of events) recorded.push({ seq: e.seq, type: e.type, hash: e.hash });
    },
  });
  return { imported, contributionIds, recorded };
}
