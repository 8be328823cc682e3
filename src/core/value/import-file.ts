import {
  CSV_FIELD,
  CsvReader,
  csvHeader,
  csvInput,
  csvRow,
  EMPTY_CSV_PROBLEM,
  type CsvProblem,
  type CsvRead,
} from './csv.js';
import { formatQuantity } from './quantity.js';
import {
  contributionChecker,
  type ContributionDraft,
  type DraftContext,
  type FieldProblem,
} from './validation.js';
import { fromEconomicEvent, type IriOptions } from './valueflows.js';

/*
 * A contribution file checked as it is read, piece by piece, so an import holds one piece and the
 * problems found, never the whole file or its rows. Both formats keep the all-or-nothing rules of
 * `importContributionsCsv` and of a JSON-LD array checked whole: every problem is reported, the
 * shape of the file before the rows' contents (a CSV row with the wrong number of fields, a JSON-LD
 * entry that is not a contribution), and hours count across rows in file order for the 24-hour limit.
 */

/**
 * Feed the file's text in pieces (`push`), then `end`; each call answers the drafts of the rows it
 * completed. The file may be imported only if `problems()` is empty once `end` has been called.
 */
export interface ContributionFileChecker {
  push(piece: string): ContributionDraft[];
  end(): ContributionDraft[];
  /**
   * Every problem, located as an import reports them: `line.N.field` (CSV), `entry.N.property`
   * (JSON-LD) or `content` for the file as a whole.
   */
  problems(): FieldProblem[];
  /** Rows read so far (CSV records after the header, JSON-LD entries). */
  readonly rows: number;
}

const located = (p: CsvProblem): FieldProblem => ({
  field: `line.${p.line}${p.field ? `.${p.field}` : ''}`,
  message: p.message,
});

/**
 * A CSV contribution file (columns of CSV_COLUMNS) checked as it is read.
 *
 * @example const file = csvFileChecker(context); file.push(text); file.end(); file.problems() // []
 */
export function csvFileChecker(context: DraftContext): ContributionFileChecker {
  const reader = new CsvReader();
  const check = contributionChecker(context);
  let names: string[] | null = null;
  let fatal: FieldProblem[] | null = null;
  const shape: FieldProblem[] = [];
  const contents: FieldProblem[] = [];
  let rows = 0;
  const take = (read: CsvRead): ContributionDraft[] => {
    if (fatal) return [];
    if (!read.ok) {
      fatal = [located(read.problem)];
      return [];
    }
    const drafts: ContributionDraft[] = [];
    for (const record of read.records) {
      if (names === null) {
        const header = csvHeader(record);
        if (!header.ok) {
          fatal = header.problems.map(located);
          return [];
        }
        names = header.names;
        continue;
      }
      rows++;
      const row = csvRow(names, record);
      if (!('values' in row)) {
        shape.push(located(row));
        continue;
      }
      const result = check(csvInput(row.values));
      if (result.ok) drafts.push(result.draft);
      else
        for (const p of result.problems)
          contents.push(
            located({ line: row.line, field: CSV_FIELD[p.field] ?? p.field, message: p.message }),
          );
    }
    return drafts;
  };
  return {
    push: (piece) => take(reader.push(piece)),
    end: () => {
      const drafts = take(reader.end());
      if (!fatal && names === null) fatal = [located(EMPTY_CSV_PROBLEM)];
      return drafts;
    },
    problems: () => fatal ?? (shape.length > 0 ? shape : contents),
    get rows() {
      return rows;
    },
  };
}

/**
 * A Valueflows JSON-LD file (an array of vf:EconomicEvent) checked as it is read: each entry by
 * itself, then against the 24-hour limit with the entries before it.
 *
 * @example const file = jsonLdFileChecker(context, { base }); file.push(text); file.end(); file.problems()
 */
export function jsonLdFileChecker(
  context: DraftContext,
  options: IriOptions,
): ContributionFileChecker {
  const reader = new JsonArrayReader();
  const check = contributionChecker(context);
  const alone: DraftContext = { ...context, loggedHours: new Map() };
  let fatal: FieldProblem[] | null = null;
  const shape: FieldProblem[] = [];
  const together: FieldProblem[] = [];
  let rows = 0;
  const take = (read: JsonArrayRead): ContributionDraft[] => {
    if (fatal) return [];
    if (!read.ok) {
      fatal = [{ field: 'content', message: read.problem }];
      return [];
    }
    const drafts: ContributionDraft[] = [];
    for (const entry of read.entries) {
      const k = rows++;
      const result = fromEconomicEvent(entry, options, alone);
      if (!result.ok) {
        for (const p of result.problems)
          shape.push({ field: `entry.${k}.${p.field}`, message: p.message });
        continue;
      }
      const d = result.draft;
      const counted = check({
        ...d,
        quantity: formatQuantity(d.quantity.milli),
        unit: d.quantity.unit,
      });
      if (counted.ok) drafts.push(d);
      else
        for (const p of counted.problems)
          together.push({ field: `entry.${k}.${p.field}`, message: p.message });
    }
    return drafts;
  };
  return {
    push: (piece) => take(reader.push(piece)),
    end: () => take(reader.end()),
    problems: () => fatal ?? (shape.length > 0 ? shape : together),
    get rows() {
      return rows;
    },
  };
}

export type JsonArrayRead = { ok: true; entries: unknown[] } | { ok: false; problem: string };

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Splits a JSON array that arrives in pieces into its entries, each parsed by `JSON.parse`,
 * holding only the entry in progress: `push` each piece, then `end`. Only the array's own commas
 * and brackets are found here (outside strings, at the array's depth); everything within an entry
 * is JSON.parse's to judge. After a problem it reads nothing more.
 *
 * @example const r = new JsonArrayReader(); r.push('[{"a":1},'); r.push('2]'); r.end() // entries {a:1}, then 2
 */
export class JsonArrayReader {
  private state: 'start' | 'first' | 'next' | 'entry' | 'done' | 'failed' = 'start';
  /** The entry in progress, from its first character. */
  private text = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private count = 0;
  private seen = false;

  push(piece: string): JsonArrayRead {
    return this.read(piece);
  }

  end(): JsonArrayRead {
    if (this.state === 'failed') return { ok: true, entries: [] };
    if (this.state === 'done') return { ok: true, entries: [] };
    this.state = 'failed';
    return {
      ok: false,
      problem: this.seen
        ? 'is not JSON: the file ends before the array is closed with ]'
        : 'is not JSON: the file is empty',
    };
  }

  private fail(problem: string): JsonArrayRead {
    this.state = 'failed';
    this.text = '';
    return { ok: false, problem };
  }

  private read(piece: string): JsonArrayRead {
    const entries: unknown[] = [];
    if (this.state === 'failed') return { ok: true, entries };
    let text = piece;
    let i = 0;
    if (this.state === 'entry') {
      i = this.text.length;
      text = this.text + piece;
    }
    let start = 0;
    const finish = (at: number): string | null => {
      const entryText = text.slice(start, at);
      if (entryText.trim() === '') return `is not JSON: entry ${this.count} is empty`;
      try {
        entries.push(JSON.parse(entryText));
      } catch (error) {
        // JSON.parse's own words are the runtime's English; where it says a position, pass that on.
        const at = /position (\d+)/.exec((error as Error).message)?.[1];
        return at === undefined
          ? `is not JSON: entry ${this.count} cannot be read; check its quotes, commas and brackets`
          : `is not JSON: entry ${this.count} cannot be read near its character ${Number(at) + 1}; check its quotes, commas and brackets`;
      }
      this.count++;
      return null;
    };
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isSpace(c)) this.seen = true;
      switch (this.state) {
        case 'start':
          if (isSpace(c) || (c === 0xfeff && i === 0)) continue;
          if (c !== OPEN_BRACKET) return this.fail('must be a JSON array of vf:EconomicEvent');
          this.state = 'first';
          continue;
        case 'first':
        case 'next':
          if (isSpace(c)) continue;
          if (c === CLOSE_BRACKET && this.state === 'first') {
            this.state = 'done';
            continue;
          }
          start = i;
          this.state = 'entry';
          this.depth = 0;
          this.inString = false;
          this.escaped = false;
          i--;
          continue;
        case 'entry':
          if (this.inString) {
            if (this.escaped) this.escaped = false;
            else if (c === BACKSLASH) this.escaped = true;
            else if (c === QUOTE) this.inString = false;
            continue;
          }
          if (c === QUOTE) this.inString = true;
          else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
          else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && this.depth > 0) this.depth--;
          else if (this.depth === 0 && (c === COMMA || c === CLOSE_BRACKET)) {
            const problem = finish(i);
            if (problem) return this.fail(problem);
            this.state = c === COMMA ? 'next' : 'done';
          }
          continue;
        case 'done':
          if (!isSpace(c)) return this.fail('is not JSON: text after the closing ] of the array');
          continue;
      }
    }
    this.text = this.state === 'entry' ? text.slice(start) : '';
    return { ok: true, entries };
  }
}
