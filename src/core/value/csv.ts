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

/**
 * Splits CSV text into records of fields, or reports where the quoting breaks.
 *
 * @example parseCsv('a,"b ""c""",d\r\n1,2,3\r\n') // { ok: true, records: [{ line: 1, fields: ['a', 'b "c"', 'd'] }, { line: 2, fields: ['1', '2', '3'] }] }
 */
export function parseCsv(
  text: string,
): { ok: true; records: CsvRecord[] } | { ok: false; problem: CsvProblem } {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    let atRecordEnd = false;
    while (!atRecordEnd) {
      let value = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i += 1;
        for (;;) {
          if (i >= text.length)
            return {
              ok: false,
              problem: { line: quoteLine, field: '', message: 'a quoted field is never closed' },
            };
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (ch === '\n') line += 1;
          value += ch;
          i += 1;
        }
        if (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          return {
            ok: false,
            problem: {
              line,
              field: '',
              message: 'text after a closing quote; write a quote inside a quoted field as ""',
            },
          };
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"')
            return {
              ok: false,
              problem: {
                line,
                field: '',
                message:
                  'a quote inside an unquoted field; quote the whole field and write the quote as ""',
              },
            };
          value += text[i];
          i += 1;
        }
      }
      fields.push(value);
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
      else if (text[i] === '\r' || text[i] === '\n') i += 1;
      line += 1;
      atRecordEnd = true;
    }
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) records.push({ line: start, fields });
  }
  return { ok: true, records };
}

export interface CsvRow {
  line: number;
  values: Record<CsvColumn, string>;
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
  if (!header)
    return {
      ok: false,
      problems: [
        {
          line: 1,
          field: '',
          message: `the file is empty; the first line must be the header ${CSV_COLUMNS.join(',')}`,
        },
      ],
    };
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
  if (problems.length > 0) return { ok: false, problems };
  const rows: CsvRow[] = [];
  for (const record of records) {
    if (record.fields.length !== names.length) {
      problems.push({
        line: record.line,
        field: '',
        message: `expected ${names.length} fields, got ${record.fields.length}`,
      });
      continue;
    }
    const values = Object.fromEntries([
      ...[...OPTIONAL_COLUMNS].map((name) => [name, '']),
      ...names.map((name, k) => {
        const cell = record.fields[k]!;
        return [name, UNGUARDED_COLUMNS.has(name as CsvColumn) ? cell : unguardFormula(cell)];
      }),
    ]) as Record<CsvColumn, string>;
    rows.push({ line: record.line, values });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

const CSV_FIELD: Record<string, CsvColumn> = { taskKind: 'task_kind' };

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
  const inputs = rows.map(({ values: v }): ContributionInput => ({
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
  }));
  const results = validateContributions(inputs, context);
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
