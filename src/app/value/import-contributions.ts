import { createReadStream } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import {
  contributionPayload,
  csvFileChecker,
  dayKey,
  HOUR,
  jsonLdFileChecker,
  VALUE_EVENT,
  type ContributionDraft,
  type ContributionFileChecker,
  type CreditRules,
  type DraftContext,
  type Stream,
  type ValidationRule,
} from '../../core/value/index.js';
import type { EventDraft } from '../../core/ledger/event.js';
import type { Database } from '../../store/schema.js';
import { appendEventPages } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { AppError, type FieldProblem, refusal } from '../errors.js';
import { readableFileSize } from '../file-reason.js';
import { newId } from '../ids.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { standingsOf } from './member-standing.js';
import { readCreditRules, readValidationRule } from './value-facts.js';

/*
 * Contributions in from a CSV file (columns of core's CSV_COLUMNS) or a Valueflows JSON-LD array
 * of vf:EconomicEvent, all or nothing, in bounded memory: the file is read as a stream once, inside
 * the write transaction. Each row is checked, priced and appended page after page as it is read;
 * from the first problem on nothing more is appended but every later row is still checked, and a
 * file with any problem rolls the whole transaction back and reports them all. A dry run only
 * checks. Reading the file once (it was read twice: checked, then priced) halves the parsing and
 * the checks, and the rows are never held: one page of events at a time.
 */

const formatSchema = z.enum(['csv', 'jsonld'], { error: "must be 'csv' or 'jsonld'" });
const baseSchema = z.url({ error: 'must be an absolute IRI' }).regex(/\/$/, "must end with '/'");

export const importInput = z.strictObject({
  format: formatSchema,
  base: baseSchema,
  /** The file's text: CSV, or a JSON array of vf:EconomicEvent. */
  content: z.string().max(20_000_000, 'must be at most 20 MB'),
  /** Check everything and report, appending nothing. */
  dryRun: z.boolean().default(false),
});
export type ImportInput = z.input<typeof importInput>;

export const importFileInput = z.strictObject({
  format: formatSchema,
  base: baseSchema,
  /** A file on this node's disk, read as a stream (no size limit but the disk's). */
  path: z.string().min(1, 'must name a file'),
  dryRun: z.boolean().default(false),
});
export type ImportFileInput = z.input<typeof importFileInput>;

/**
 * Where an import is, in bytes of the file read: checking (a dry run) or checking and recording at
 * once, `rows` the rows read so far and `recorded` those already appended.
 */
export type ImportProgress =
  | { phase: 'checking'; bytes: number; totalBytes: number; rows: number }
  | { phase: 'recording'; bytes: number; totalBytes: number; rows: number; recorded: number };

/** Events an import appended, as the API reports every write. */
interface Recorded {
  seq: number;
  type: string;
  hash: string;
}

export interface ImportResult {
  imported: number;
  contributionIds: string[];
  recorded: Recorded[];
}

/**
 * What a file import answers: how many rows, and the seqs of the first and last events they
 * became (contiguous: one transaction), not a line per row, so memory stays bounded.
 */
export interface FileImportResult {
  imported: number;
  /** Absent on a dry run. */
  seqs?: { from: number; to: number };
}

/** The file, readable from its start as often as asked, in pieces of text. */
interface ImportSource {
  read(): AsyncIterable<string>;
  /** Its size in bytes, for progress. */
  size: number;
}

/**
 * Contributions priced and appended at a time: memory holds two pages of events, one being
 * written while the next is priced.
 */
export const IMPORT_PAGE = 3000;
/** Characters of a text body handed to the checker at a time. */
const TEXT_PIECE = 1 << 16;

/**
 * Imports contributions all or nothing: every row is checked first (known member, circle,
 * project and resource; positive quantities within 24 hours a member a day across the file and
 * the ledger; no future dates; a rate in force) and every problem is reported with its line (CSV,
 * `line.N.field`) or entry (JSON-LD, `entry.N.property`); only a clean file is priced and appended,
 * in one transaction. Founders only: an import logs work for other members.
 *
 * @example const { imported } = await importContributions(ctx, founder, { format: 'csv', base, content });
 */
export async function importContributions(
  ctx: AppContext,
  actor: Actor | null,
  input: ImportInput,
  options: { onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ImportResult> {
  const parsed = parseInput(
    importInput,
    input,
    refusal('refusal.contributions-cannot-be-imported'),
  );
  const { content } = parsed;
  const source: ImportSource = {
    size: Buffer.byteLength(content),
    async *read() {
      for (let at = 0; at < content.length; at += TEXT_PIECE)
        yield content.slice(at, at + TEXT_PIECE);
    },
  };
  const contributionIds: string[] = [];
  const recorded: Recorded[] = [];
  const { imported } = await importFrom(ctx, actor, parsed, source, {
    ...options,
    onContribution: (id) => contributionIds.push(id),
    onRecorded: (e) => recorded.push(e),
  });
  return { imported, contributionIds, recorded };
}

/**
 * `importContributions` of a file on this node's disk, read as a stream: memory holds a piece of
 * the file and a page of events, whatever the file's size. For the CLI on a local data directory.
 *
 * @example await importContributionsFile(ctx, founder, { format: 'csv', base, path: 'year.csv' }, { onProgress });
 */
export async function importContributionsFile(
  ctx: AppContext,
  actor: Actor | null,
  input: ImportFileInput,
  options: { onProgress?: (progress: ImportProgress) => void } = {},
): Promise<FileImportResult> {
  const parsed = parseInput(
    importFileInput,
    input,
    refusal('refusal.contributions-cannot-be-imported'),
  );
  const size = readableFileSize(parsed.path, 'path');
  const source: ImportSource = {
    size,
    read: () => createReadStream(parsed.path, { encoding: 'utf8', highWaterMark: TEXT_PIECE }),
  };
  let from = 0;
  let to = 0;
  const { imported } = await importFrom(ctx, actor, parsed, source, {
    ...options,
    onRecorded: (e) => {
      from ||= e.seq;
      to = e.seq;
    },
  });
  return parsed.dryRun ? { imported } : { imported, seqs: { from, to } };
}

/** Every known id, and circles by slug too, as a file may name either, read through `db`. */
async function importContext(
  db: Kysely<Database>,
  today: string,
): Promise<{ context: DraftContext; circleIds: Map<string, string> }> {
  const [members, circles, projects, resources, rates, hours] = await Promise.all([
    db.selectFrom('members').select('id').where('status', '=', 'active').execute(),
    db.selectFrom('circles').select(['id', 'slug']).execute(),
    db.selectFrom('value_projects').select('id').execute(),
    db.selectFrom('value_commons').select('id').execute(),
    db.selectFrom('value_rates').selectAll().orderBy('seq').execute(),
    db
      .selectFrom('value_contributions')
      .select(['member_id', 'date', sql<string>`cast(sum(quantity_milli) as text)`.as('milli')])
      .where('unit', '=', HOUR)
      .where('status', 'not in', ['superseded', 'void'])
      .groupBy(['member_id', 'date'])
      .execute(),
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

const kindKey = (stream: string, taskKind: string) => `${stream}\u0000${taskKind}`;

function checkerOf(
  input: { format: 'csv' | 'jsonld'; base: string },
  context: DraftContext,
): ContributionFileChecker {
  return input.format === 'csv'
    ? csvFileChecker(context)
    : jsonLdFileChecker(context, { base: input.base });
}

function fileHasProblems(problems: FieldProblem[]): AppError {
  return new AppError(
    422,
    'refused',
    refusal('refusal.file-has-problems', { problemsCount: problems.length }),
    refusal('hint.fix-every-row-listed-import-whole'),
    problems,
  );
}

function fileHasNoRows(): AppError {
  return new AppError(422, 'refused', refusal('refusal.file-holds-no-contributions'), undefined, [
    { field: 'content', message: 'has no rows' },
  ]);
}

async function importFrom(
  ctx: AppContext,
  actor: Actor | null,
  input: { format: 'csv' | 'jsonld'; base: string; dryRun: boolean },
  source: ImportSource,
  options: {
    onProgress?: (progress: ImportProgress) => void;
    onContribution?: (contributionId: string) => void;
    onRecorded?: (event: Recorded) => void;
  },
): Promise<{ imported: number }> {
  ensureAllowed('value.contribution.import', actor);
  const today = await discoToday(ctx);
  const progress = options.onProgress ?? (() => undefined);
  const totalBytes = source.size;

  if (input.dryRun) {
    const { context } = await importContext(ctx.store.db, today);
    const file = checkerOf(input, context);
    let count = 0;
    let bytes = 0;
    for await (const piece of source.read()) {
      bytes += Buffer.byteLength(piece);
      count += file.push(piece).length;
      progress({ phase: 'checking', bytes, totalBytes, rows: file.rows });
    }
    count += file.end().length;
    progress({ phase: 'checking', bytes, totalBytes, rows: file.rows });
    const problems = file.problems();
    if (problems.length > 0) throw fileHasProblems(problems);
    if (count === 0) throw fileHasNoRows();
    return { imported: count };
  }

  // Read under the write lock, where nothing else can change them until the file is recorded: the
  // rows are checked against exactly the state they are appended to, the 24-hour limit included.
  let file: ContributionFileChecker | undefined;
  let price: ((draft: ContributionDraft) => { id: string; event: EventDraft }) | undefined;
  const prepare = async (db: Kysely<Database>): Promise<void> => {
    const { context, circleIds } = await importContext(db, today);
    file = checkerOf(input, context);
    price = await pricing(ctx, actor, db, context, circleIds);
  };
  let recorded = 0;
  let bytes = 0;
  const pages = async function* (): AsyncGenerator<EventDraft[]> {
    const check = file!;
    const priced = price!;
    let page: EventDraft[] = [];
    let yielded = 0;
    let clean = true;
    // Priced a page at a time, however many rows a piece of the file held: a row's objects then
    // live for a page's time, not a piece's.
    const take = function* (drafts: ContributionDraft[]): Generator<EventDraft[]> {
      // From the first problem on the rows are only checked: the transaction will roll back.
      if (clean && check.problems().length > 0) {
        clean = false;
        page = [];
      }
      if (!clean) return;
      for (const draft of drafts) {
        const { id, event } = priced(draft);
        options.onContribution?.(id);
        page.push(event);
        if (page.length === IMPORT_PAGE) {
          yielded += page.length;
          yield page;
          page = [];
        }
      }
    };
    for await (const piece of source.read()) {
      bytes += Buffer.byteLength(piece);
      yield* take(check.push(piece));
      progress({ phase: 'recording', bytes, totalBytes, rows: check.rows, recorded });
    }
    yield* take(check.end());
    // Throwing here rolls back every page already written: the transaction is still open.
    const problems = check.problems();
    if (problems.length > 0) throw fileHasProblems(problems);
    // Counted as handed over: a page may still be on its way to the store (`recorded` lags).
    if (yielded + page.length === 0) throw fileHasNoRows();
    if (page.length > 0) yield page;
  };
  const imported = await appendEventPages(ctx, pages(), {
    guard: prepare,
    // Every draft is core's contributionPayload of a row the checker passed.
    builtFromChecked: true,
    onSealed: (events) => {
      recorded += events.length;
      if (options.onRecorded)
        for (const e of events) options.onRecorded({ seq: e.seq, type: e.type, hash: e.hash });
      progress({ phase: 'recording', bytes, totalBytes, rows: file!.rows, recorded });
    },
  });
  return { imported };
}

/**
 * Reads, before the first row, every rule a row may need, and answers how to price one row:
 * pages are priced while the transaction writes, where the store is not read. A DisCO has a few
 * kinds of work (those with a rate: a row without one is refused by the check).
 */
async function pricing(
  ctx: AppContext,
  actor: Actor | null,
  db: Kysely<Database>,
  context: DraftContext,
  circleIds: Map<string, string>,
): Promise<(draft: ContributionDraft) => { id: string; event: EventDraft }> {
  const memberRows = await db.selectFrom('members').selectAll().execute();
  const members = new Map(memberRows.map((m) => [m.id, m]));
  const standing = await standingsOf(
    db,
    memberRows.filter((m) => context.members?.has(m.id)),
  );
  const creditRules = new Map<string, CreditRules>();
  const validationRules = new Map<string, ValidationRule>();
  for (const { stream, taskKind } of context.rates ?? []) {
    const key = kindKey(stream, taskKind);
    if (!creditRules.has(key)) creditRules.set(key, await readCreditRules(db, stream, taskKind));
    if (!validationRules.has(stream))
      validationRules.set(stream, await readValidationRule(db, stream));
  }
  return (draft) => {
    if (draft.circle !== undefined) draft.circle = circleIds.get(draft.circle) ?? draft.circle;
    const id = newId(ctx);
    const rules = creditRules.get(kindKey(draft.stream, draft.taskKind));
    const member = members.get(draft.member);
    const rule = validationRules.get(draft.stream);
    // The check has found an active member and a rate in force for every row it passed.
    if (!rules || !member || !rule)
      throw new Error(
        `a checked row names ${draft.member} or ${draft.stream}/${draft.taskKind} unknown to its pricing`,
      );
    const payload = contributionPayload(draft, id, standing(member, draft.date), rules, rule);
    if (!payload.ok)
      throw new AppError(
        422,
        'refused',
        refusal('refusal.file-not-imported'),
        undefined,
        payload.problems,
      );
    return { id, event: draftOf(ctx, actor, VALUE_EVENT.contributionLogged, payload.payload) };
  };
}
