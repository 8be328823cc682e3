import type { ContributionRecord } from './contribution.js';
import { formatQuantity } from './quantity.js';
import {
  validateContributions,
  type ContributionDraft,
  type ContributionInput,
  type DraftContext,
} from './validation.js';

/*
 * A small RFC 4180 reader and writer for contribution files, written here because the core does
 * no I/O and the format is tiny: comma-separated, fields optionally in double quotes, a quote
 * inside a quoted field written twice, quoted fields may hold commas and line breaks, records end
 * with CRLF (LF alone is accepted too). A UTF-8 byte-order mark and blank lines are ignored.
 *
 * Text cells a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) are written with a leading apostrophe, OWASP's mitigation for CSV injection, and read
 * back without it; numbers and dates are never touched, so a file stays what it was.
 */

export const CSV_COLUMNS = [
  'date',
  'member',
  'stream',
  'quantity',
  'unit',
  'task_kind',
  'circle',
  'project',
  'resource',
  'description',
  'evidence',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Files written before the commons resource was exported lack its column; it reads as empty. */
const OPTIONAL_COLUMNS: ReadonlySet<CsvColumn> = new Set(['resource']);

/** Cells written in a column of numbers or dates, which the formula guard leaves alone. */
const UNGUARDED_COLUMNS: ReadonlySet<CsvColumn> = new Set(['date', 'quantity']);

/** Starts a cell a spreadsheet would evaluate, behind any apostrophes of an earlier guard. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A text cell as written: an apostrophe before one a spreadsheet would evaluate. Cells that already
 * start with apostrophes before such a character get one more, so reading strips exactly one.
 *
 * @example guardFormula('=1+1') // "'=1+1"
 */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * A text cell as read: without the apostrophe `guardFormula` put before a formula-like start.
 *
 * @example unguardFormula("'=1+1") // '=1+1'
 */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/** A problem at a line of the file (1 = the header; a record spanning lines is named by its first). */
export interface CsvProblem {
  line: number;
  /** The column concerned, or '' for the record as a whole. */
  field: string;
  message: string;
}

export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvRead = { ok: true; records: CsvRecord[] } | { ok: false; problem: CsvProblem };

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Where scanning one record from `start` ended: a record, a broken quote, or the need for more text. */
type Scanned =
  | { kind: 'record'; fields: string[]; next: number; nextLine: number }
  | { kind: 'problem'; problem: CsvProblem }
  | { kind: 'more' };

const MORE: Scanned = { kind: 'more' };

function brokenQuote(line: number, message: string): Scanned {
  return { kind: 'problem', problem: { line, field: '', message } };
}

function countLineFeeds(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = text.indexOf('\n', from); k !== -1 && k < to; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

/**
 * One record from `start`. Unless `final` (the end of the text is the end of the file), a record
 * that reaches the end of the text may go on in the next piece, so it is asked for again then.
 */
function scanRecord(text: string, start: number, startLine: number, final: boolean): Scanned {
  const fields: string[] = [];
  let i = start;
  let line = startLine;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      const quoteLine = line;
      let value = '';
      i += 1;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1)
          return final ? brokenQuote(quoteLine, 'a quoted field is never closed') : MORE;
        value += text.slice(i, q);
        line += countLineFeeds(text, i, q);
        // A quote at the end of a piece may be the first of a doubled quote.
        if (q + 1 >= text.length && !final) return MORE;
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const c = text.charCodeAt(i);
      if (i < text.length && c !== COMMA && c !== CR && c !== LF)
        return brokenQuote(
          line,
          'text after a closing quote; write a quote inside a quoted field as ""',
        );
      fields.push(value);
    } else {
      let j = i;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === CR || c === LF) break;
        if (c === QUOTE)
          return brokenQuote(
            line,
            'a quote inside an unquoted field; quote the whole field and write the quote as ""',
          );
      }
      if (j >= text.length && !final) return MORE;
      fields.push(text.slice(i, j));
      i = j;
    }
    if (i >= text.length) {
      if (!final) return MORE;
      return { kind: 'record', fields, next: i, nextLine: line + 1 };
    }
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i += 1;
      continue;
    }
    if (c === CR) {
      // CR at the end of a piece may be the first half of CRLF.
      if (i + 1 >= text.length && !final) return MORE;
      i += text.charCodeAt(i + 1) === LF ? 2 : 1;
    } else i += 1;
    return { kind: 'record', fields, next: i, nextLine: line + 1 };
  }
}

/**
 * Splits CSV text that arrives in pieces (a file read as a stream) into records, holding only
 * the record in progress: `push` each piece, then `end`. After a broken quote it reads nothing more.
 *
 * @example const reader = new CsvReader(); reader.push('a,"b'); reader.push('"\r\n'); reader.end() // ... { line: 1, fields: ['a', 'b'] }
 */
export class CsvReader {
  private text = '';
  private line = 1;
  private started = false;
  private failed = false;

  /** The records this piece completes. */
  push(piece: string): CsvRead {
    return this.read(piece, false);
  }

  /** The last record, once the whole file has been pushed. */
  end(): CsvRead {
    return this.read('', true);
  }

  private read(piece: string, final: boolean): CsvRead {
    if (this.failed) return { ok: true, records: [] };
    let text = this.text + piece;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const records: CsvRecord[] = [];
    let i = 0;
    while (i < text.length) {
      const scanned = scanRecord(text, i, this.line, final);
      if (scanned.kind === 'more') break;
      if (scanned.kind === 'problem') {
        this.failed = true;
        this.text = '';
        return { ok: false, problem: scanned.problem };
      }
      const blank = scanned.fields.length === 1 && scanned.fields[0] === '';
      if (!blank) records.push({ line: this.line, fields: scanned.fields });
      i = scanned.next;
      this.line = scanned.nextLine;
    }
    this.text = text.slice(i);
    return { ok: true, records };
  }
}

/**
 * Splits CSV text into records of fields, or reports where the quoting breaks.
 *
 * @example parseCsv('a,"b ""c""",d\r\n1,2,3\r\n') // { ok: true, records: [{ line: 1, fields: ['a', 'b "c"', 'd'] }, { line: 2, fields: ['1', '2', '3'] }] }
 */
export function parseCsv(text: string): CsvRead {
  const reader = new CsvReader();
  const read = reader.push(text);
  if (!read.ok) return read;
  const last = reader.end();
  return last.ok ? { ok: true, records: [...read.records, ...last.records] } : last;
}

export interface CsvRow {
  line: number;
  values: Record<CsvColumn, string>;
}

/**
 * The column names a contribution file's header gives, in order, or what is wrong with it
 * (every column, any order, nothing else; `resource` may be left out).
 *
 * @example csvHeader({ line: 1, fields: [...CSV_COLUMNS] }) // { ok: true, names: ['date', 'member', ...] }
 */
export function csvHeader(
  header: CsvRecord,
): { ok: true; names: string[] } | { ok: false; problems: CsvProblem[] } {
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const problems: CsvProblem[] = [];
  for (const name of names) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name))
      problems.push({
        line: header.line,
        field: name,
        message: `unknown column ${JSON.stringify(name)}; the columns are ${CSV_COLUMNS.join(',')}`,
      });
  }
  for (const column of CSV_COLUMNS) {
    const count = names.filter((n) => n === column).length;
    if (count === 0 && !OPTIONAL_COLUMNS.has(column))
      problems.push({
        line: header.line,
        field: column,
        message: `the header lacks the column ${column}`,
      });
    if (count > 1)
      problems.push({
        line: header.line,
        field: column,
        message: `the column ${column} appears ${count} times`,
      });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, names };
}

/** What a file without even a header is told. */
export const EMPTY_CSV_PROBLEM: CsvProblem = {
  line: 1,
  field: '',
  message: `the file is empty; the first line must be the header ${CSV_COLUMNS.join(',')}`,
};

/**
 * One record under the header's columns, or the problem with its number of fields.
 *
 * @example csvRow(names, { line: 2, fields }) // { line: 2, values: { date: '2024-03-01', ... } }
 */
export function csvRow(names: readonly string[], record: CsvRecord): CsvRow | CsvProblem {
  if (record.fields.length !== names.length)
    return {
      line: record.line,
      field: '',
      message: `expected ${names.length} fields, got ${record.fields.length}`,
    };
  const values = {} as Record<CsvColumn, string>;
  for (const name of OPTIONAL_COLUMNS) values[name] = '';
  names.forEach((name, k) => {
    const cell = record.fields[k]!;
    values[name as CsvColumn] = UNGUARDED_COLUMNS.has(name as CsvColumn)
      ? cell
      : unguardFormula(cell);
  });
  return { line: record.line, values };
}

/**
 * Reads a contribution file: checks the header (every column, any order, nothing else; `resource`
 * may be left out) and the number of fields of every record.
 *
 * @example parseContributionCsv('date,member,stream,quantity,unit,task_kind,circle,project,resource,description,evidence\r\n2024-03-01,ana,care,1.5,hour,meeting,c1,,,,\r\n')
 * // { ok: true, rows: [{ line: 2, values: { date: '2024-03-01', member: 'ana', ... } }] }
 */
export function parseContributionCsv(
  text: string,
): { ok: true; rows: CsvRow[] } | { ok: false; problems: CsvProblem[] } {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, problems: [EMPTY_CSV_PROBLEM] };
  const columns = csvHeader(header);
  if (!columns.ok) return columns;
  const problems: CsvProblem[] = [];
  const rows: CsvRow[] = [];
  for (const record of records) {
    const row = csvRow(columns.names, record);
    if ('values' in row) rows.push(row);
    else problems.push(row);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/** CSV's names for the fields core's checks report. */
export const CSV_FIELD: Record<string, CsvColumn> = { taskKind: 'task_kind' };

/**
 * A row's cells as core's checks take them.
 *
 * @example csvInput(row.values) // { member: 'ana', stream: 'care', quantity: '1.5', ... }
 */
export function csvInput(v: Record<CsvColumn, string>): ContributionInput {
  return {
    member: v.member.trim(),
    stream: v.stream.trim(),
    quantity: v.quantity.trim(),
    unit: v.unit.trim(),
    taskKind: v.task_kind.trim(),
    date: v.date.trim(),
    circle: v.circle.trim() || undefined,
    project: v.project.trim() || undefined,
    resource: v.resource.trim() || undefined,
    description: v.description,
    evidence: v.evidence.split(/\s+/).filter((link) => link !== ''),
  };
}

/**
 * Checks every row of an import. The import is all or nothing: either every row becomes a draft,
 * or the answer lists every problem of every bad row and nothing is to be logged. Hours count
 * across rows for the 24-hour limit, so two rows of 16 hours on one day refuse the second.
 *
 * @example validateImport(rows, context) // { problems: [{ line: 3, field: 'quantity', message: 'must be greater than 0; got 0' }, ...] }
 */
export function validateImport(
  rows: readonly CsvRow[],
  context: DraftContext,
): { drafts: ContributionDraft[] } | { problems: CsvProblem[] } {
  const results = validateContributions(
    rows.map(({ values }) => csvInput(values)),
    context,
  );
  const problems: CsvProblem[] = [];
  const drafts: ContributionDraft[] = [];
  results.forEach((result, k) => {
    if (result.ok) drafts.push(result.draft);
    else
      for (const p of result.problems)
        problems.push({
          line: rows[k]!.line,
          field: CSV_FIELD[p.field] ?? p.field,
          message: p.message,
        });
  });
  return problems.length > 0 ? { problems } : { drafts };
}

/**
 * Parses and checks a contribution file in one step.
 *
 * @example importContributionsCsv(text, context) // { drafts: [...] } or { problems: [...] }
 */
export function importContributionsCsv(
  text: string,
  context: DraftContext,
): { drafts: ContributionDraft[] } | { problems: CsvProblem[] } {
  const parsed = parseContributionCsv(text);
  return parsed.ok ? validateImport(parsed.rows, context) : { problems: parsed.problems };
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/**
 * Writes contributions in the same format, CRLF line ends, evidence links separated by spaces.
 * Scopes a contribution lacks (circle, project, commons resource) are empty cells.
 *
 * @example contributionsToCsv([contribution]) // 'date,member,...\r\n2024-03-01,ana,care,1.5,hour,meeting,c1,,,,\r\n'
 */
export function contributionsToCsv(contributions: Iterable<ContributionRecord>): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const c of contributions) {
    lines.push(
      [
        c.date,
        c.member,
        c.stream,
        formatQuantity(c.quantity.milli),
        c.quantity.unit,
        c.taskKind,
        c.circle ?? '',
        c.project ?? '',
        c.resource ?? '',
        c.description,
        c.evidence.join(' '),
      ]
        .map((cell, k) => (UNGUARDED_COLUMNS.has(CSV_COLUMNS[k]!) ? cell : guardFormula(cell)))
        .map(quote)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
