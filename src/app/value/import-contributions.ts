import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import {
  contributionPayload,
  csvFileChecker,
  dayKey,
  dayLimitProblem,
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
 * of vf:EconomicEvent, all or nothing, in bounded memory: the file is read as a stream twice. The
 * first pass checks every row and keeps only the problems and what the write needs (the kinds of
 * work, the members named, the hours per member-day); the second prices the rows and appends them
 * page after page in one transaction. A file that changed between the passes records nothing.
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

/** Where an import is: checking the file (bytes read of its size), or recording its rows. */
export type ImportProgress =
  | { phase: 'checking'; bytes: number; totalBytes: number; rows: number }
  | { phase: 'recording'; rows: number; totalRows: number };

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

/** Contributions priced and appended at a time: memory holds one page of events. */
const IMPORT_PAGE = 2000;
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
    read: () => createReadStream(parsed.path, { encoding: 'utf8', highWaterMark: 1 << 18 }),
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

/** What the first pass keeps of a clean file: never its rows, only what the write needs. */
interface FileSummary {
  count: number;
  digest: string;
  /** Hours the file logs per member-day, for the re-check inside the write transaction. */
  days: Map<string, { member: string; date: string; milli: bigint }>;
  kinds: Map<string, { stream: Stream; taskKind: string }>;
  members: Set<string>;
}

const kindKey = (stream: string, taskKind: string) => `${stream}\u0000${taskKind}`;

/** Reads the whole source through a fresh checker, handing each draft on; answers its digest. */
async function readThrough(
  source: ImportSource,
  file: ContributionFileChecker,
  onDraft: (draft: ContributionDraft) => void | Promise<void>,
  onPiece?: (bytes: number) => void,
): Promise<string> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const piece of source.read()) {
    hash.update(piece);
    bytes += Buffer.byteLength(piece);
    for (const draft of file.push(piece)) await onDraft(draft);
    onPiece?.(bytes);
  }
  for (const draft of file.end()) await onDraft(draft);
  onPiece?.(bytes);
  return hash.digest('hex');
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
  const { context, circleIds } = await importContext(ctx);
  const checker = () =>
    input.format === 'csv'
      ? csvFileChecker(context)
      : jsonLdFileChecker(context, { base: input.base });
  const progress = options.onProgress ?? (() => undefined);

  const first = checker();
  const summary: FileSummary = {
    count: 0,
    digest: '',
    days: new Map(),
    kinds: new Map(),
    members: new Set(),
  };
  summary.digest = await readThrough(
    source,
    first,
    (d) => {
      summary.count++;
      summary.members.add(d.member);
      summary.kinds.set(kindKey(d.stream, d.taskKind), { stream: d.stream, taskKind: d.taskKind });
      if (d.quantity.unit !== HOUR) return;
      const key = dayKey(d.member, d.date);
      const day = summary.days.get(key) ?? { member: d.member, date: d.date, milli: 0n };
      day.milli += d.quantity.milli;
      summary.days.set(key, day);
    },
    (bytes) => progress({ phase: 'checking', bytes, totalBytes: source.size, rows: first.rows }),
  );
  const problems = first.problems();
  if (problems.length > 0)
    throw new AppError(
      422,
      'refused',
      refusal('refusal.file-has-problems', {
        problemsCount: problems.length,
      }),
      refusal('hint.fix-every-row-listed-import-whole'),
      problems,
    );
  if (summary.count === 0)
    throw new AppError(422, 'refused', refusal('refusal.file-holds-no-contributions'), undefined, [
      { field: 'content', message: 'has no rows' },
    ]);
  if (input.dryRun) return { imported: summary.count };

  const price = await pricing(ctx, actor, summary, circleIds);
  const pages = async function* (): AsyncGenerator<EventDraft[]> {
    const second = checker();
    const hash = createHash('sha256');
    let page: EventDraft[] = [];
    const take = (drafts: ContributionDraft[]) => {
      for (const draft of drafts) {
        const { id, event } = price(draft);
        options.onContribution?.(id);
        page.push(event);
      }
    };
    for await (const piece of source.read()) {
      hash.update(piece);
      take(second.push(piece));
      if (page.length >= IMPORT_PAGE) {
        yield page;
        page = [];
      }
    }
    take(second.end());
    const digest = hash.digest('hex');
    // Throwing here rolls back every page already written: the transaction is still open.
    if (digest !== summary.digest || second.problems().length > 0 || second.rows !== first.rows)
      throw fileChanged();
    if (page.length > 0) yield page;
  };
  let recorded = 0;
  const imported = await appendEventPages(ctx, pages(), {
    guard: daysStillHaveRoom(summary.days),
    onSealed: (events) => {
      recorded += events.length;
      if (options.onRecorded)
        for (const e of events) options.onRecorded({ seq: e.seq, type: e.type, hash: e.hash });
      progress({ phase: 'recording', rows: recorded, totalRows: summary.count });
    },
  });
  return { imported };
}

function fileChanged(): AppError {
  return new AppError(
    409,
    'file-changed',
    refusal('refusal.file-changed-while-importing'),
    refusal('hint.import-again-once-nothing-writes'),
    [{ field: 'content', message: 'changed between the check and the write' }],
  );
}

/**
 * Reads, before the write, every rule the file's rows need, and answers how to price one row:
 * pages are priced inside the transaction, where the store cannot be read. A file names a few
 * kinds of work many times over.
 */
async function pricing(
  ctx: AppContext,
  actor: Actor | null,
  summary: FileSummary,
  circleIds: Map<string, string>,
): Promise<(draft: ContributionDraft) => { id: string; event: EventDraft }> {
  const db = ctx.store.db;
  const memberRows = await db.selectFrom('members').selectAll().execute();
  const members = new Map(memberRows.map((m) => [m.id, m]));
  const standing = await standingsOf(
    db,
    memberRows.filter((m) => summary.members.has(m.id)),
  );
  const creditRules = new Map<string, CreditRules>();
  const validationRules = new Map<string, ValidationRule>();
  for (const [key, { stream, taskKind }] of summary.kinds) {
    creditRules.set(key, await readCreditRules(db, stream, taskKind));
    if (!validationRules.has(stream))
      validationRules.set(stream, await readValidationRule(db, stream));
  }
  return (draft) => {
    if (draft.circle !== undefined) draft.circle = circleIds.get(draft.circle) ?? draft.circle;
    const id = newId(ctx);
    const rules = creditRules.get(kindKey(draft.stream, draft.taskKind));
    const member = members.get(draft.member);
    // Both were read for every row of the first pass; a row not seen then means the file changed.
    if (!rules || !member) throw fileChanged();
    const payload = contributionPayload(
      draft,
      id,
      standing(member, draft.date),
      rules,
      validationRules.get(draft.stream)!,
    );
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

/** The 24-hour limit again inside the write transaction, for work logged while the file was checked. */
function daysStillHaveRoom(days: FileSummary['days']) {
  return async (db: Kysely<Database>): Promise<void> => {
    const problems: FieldProblem[] = [];
    if (days.size === 0) return;
    let from = '9999-12-31';
    let to = '0000-01-01';
    for (const { date } of days.values()) {
      if (date < from) from = date;
      if (date > to) to = date;
    }
    // One grouped read over the file's dates, not a query per member-day.
    const logged = new Map<string, bigint>();
    const rows = await db
      .selectFrom('value_contributions')
      .select(['member_id', 'date', sql<string>`cast(sum(quantity_milli) as text)`.as('milli')])
      .where('unit', '=', HOUR)
      .where('status', 'not in', ['superseded', 'void'])
      .where('date', '>=', from)
      .where('date', '<=', to)
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
        refusal('refusal.file-no-room-after-new-work'),
        refusal('hint.check-file-again-dry-run-import'),
        problems,
      );
  };
}
