import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_COLUMNS, CsvReader, importContributionsCsv, parseCsv } from './csv.js';
import { csvFileChecker, JsonArrayReader, jsonLdFileChecker } from './import-file.js';
import { foldValueEvents } from './state.js';
import { baseRates } from './test-support.js';
import type { DraftContext } from './validation.js';
import { VF_NAMESPACE } from './valueflows.js';

const HEADER = CSV_COLUMNS.join(',');
const context: DraftContext = {
  today: '2024-03-10',
  members: new Set(['ana', 'ben']),
  circles: new Set(['c1']),
  projects: new Set(['p1']),
  resources: new Set(),
  rates: foldValueEvents(baseRates).rates,
};

/** `text` cut at the given offsets, so a test feeds it as a stream would. */
function piecesOf(text: string, cuts: readonly number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of at) {
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  pieces.push(text.slice(from));
  return pieces;
}

describe('CsvReader', () => {
  it('reads a file cut anywhere exactly as parseCsv reads it whole', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'b', ',', '"', '\r\n', '\n', '\r', ' ', 'é'),
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (rows, quoted, cuts) => {
          // Quoted cells make any text a valid file; raw ones also exercise broken quoting.
          const show = (v: string) => (quoted ? `"${v.replace(/"/g, '""')}"` : v);
          const text = rows.map((r) => r.map(show).join(',')).join('\r\n');
          const reader = new CsvReader();
          const records = [];
          let failed: object | null = null;
          for (const piece of [...piecesOf(text, cuts), null]) {
            const read = piece === null ? reader.end() : reader.push(piece);
            if (!read.ok) {
              failed = { ok: false, problem: read.problem };
              break;
            }
            records.push(...read.records);
          }
          expect(failed ?? { ok: true, records }).toEqual(parseCsv(text));
        },
      ),
    );
  });

  it('holds only the record in progress', () => {
    const reader = new CsvReader();
    expect(reader.push('a,b\r\nc,"d')).toEqual({
      ok: true,
      records: [{ line: 1, fields: ['a', 'b'] }],
    });
    expect(reader.push('""e"\r')).toEqual({ ok: true, records: [] });
    expect(reader.push('\nf,g')).toEqual({
      ok: true,
      records: [{ line: 2, fields: ['c', 'd"e'] }],
    });
    expect(reader.end()).toEqual({ ok: true, records: [{ line: 3, fields: ['f', 'g'] }] });
  });
});

describe('csvFileChecker', () => {
  const lines = [
    HEADER,
    '2024-03-01,ana,care,1.5,hour,meeting,c1,,,,', // line 2: good
    '2024-03-01,ana,care,-2,hour,meeting,c1,,,,', // line 3: negative
    '2024-03-02,ben,care,16,hour,meeting,c1,,,,', // line 4: good
    '2024-03-02,ben,care,9,hour,meeting,c1,,,,', // line 5: 25 h that day
    '2024-03-01,ana,"care, not",1,hour,meeting,c1,,,,', // line 6: unknown stream
  ];

  it('finds the problems importContributionsCsv finds, however the file is cut', () => {
    fc.assert(
      fc.property(
        fc.subarray(lines.slice(1)),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, short, cuts) => {
          const body = short && rows.length > 0 ? [...rows, rows[0]!.slice(0, -1)] : rows;
          const text = [HEADER, ...body].join('\r\n') + '\r\n';
          const file = csvFileChecker(context);
          const drafts = [];
          for (const piece of piecesOf(text, cuts)) drafts.push(...file.push(piece));
          drafts.push(...file.end());
          const whole = importContributionsCsv(text, context);
          const problems = file.problems();
          if ('drafts' in whole) {
            expect(problems).toEqual([]);
            expect(drafts).toEqual(whole.drafts);
          } else
            expect(problems).toEqual(
              whole.problems.map((p) => ({
                field: `line.${p.line}${p.field ? `.${p.field}` : ''}`,
                message: p.message,
              })),
            );
          expect(file.rows).toBe(body.length);
        },
      ),
    );
  });

  it('reports an empty file, a bad header and broken quoting, and reads no further', () => {
    const empty = csvFileChecker(context);
    empty.end();
    expect(empty.problems()).toEqual([
      { field: 'line.1', message: expect.stringContaining('the file is empty') },
    ]);
    const header = csvFileChecker(context);
    header.push('date,member,colour\r\n2024-03-01,ana,red\r\n');
    header.end();
    expect(header.problems()).toContainEqual({
      field: 'line.1.colour',
      message: expect.stringContaining('unknown column "colour"'),
    });
    expect(header.rows).toBe(0);
    const quote = csvFileChecker(context);
    quote.push(`${HEADER}\r\n2024-03-01,ana,care,1,hour,meeting,"c1,,,,\r\n`);
    quote.end();
    expect(quote.problems()).toEqual([
      { field: 'line.2', message: 'a quoted field is never closed' },
    ]);
  });
});

describe('JsonArrayReader', () => {
  it('splits an array cut anywhere into the entries JSON.parse finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (values, cuts) => {
          const text = JSON.stringify(values, null, 1);
          const reader = new JsonArrayReader();
          const entries: unknown[] = [];
          for (const piece of piecesOf(text, cuts)) {
            const read = reader.push(piece);
            expect(read.ok).toBe(true);
            if (read.ok) entries.push(...read.entries);
          }
          expect(reader.end()).toEqual({ ok: true, entries: [] });
          expect(entries).toEqual(JSON.parse(text));
        },
      ),
    );
  });

  it('says what is wrong with a file that is not a JSON array', () => {
    const problemOf = (text: string) => {
      const reader = new JsonArrayReader();
      const read = reader.push(text);
      const end = reader.end();
      return !read.ok ? read.problem : !end.ok ? end.problem : null;
    };
    expect(problemOf('{"a":1}')).toBe('must be a JSON array of vf:EconomicEvent');
    expect(problemOf('')).toBe('is not JSON: the file is empty');
    expect(problemOf('[{"a":1},')).toContain('ends before the array is closed');
    expect(problemOf('[{"a":1},]')).toBe('is not JSON: entry 1 is empty');
    expect(problemOf('[{"a":1}] x')).toContain('text after the closing ]');
    expect(problemOf('[{"a":}]')).toMatch(/^is not JSON: entry 0 cannot be read/);
    expect(problemOf('[{"a":1}, {b:1}]')).toBe(
      'is not JSON: entry 1 cannot be read near its character 2; check its quotes, commas and brackets',
    );
    expect(problemOf(' [ "a,]", {"b":"\\"]"} ] ')).toBeNull();
  });
});

describe('jsonLdFileChecker', () => {
  const base = 'https://deck.example.coop/';
  const entry = (member: string, hours: number, date = '2024-03-02') => ({
    '@context': {
      vf: VF_NAMESPACE,
      om2: 'http://www.ontology-of-units-of-measure.org/resource/om-2/',
      rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    },
    '@type': 'vf:EconomicEvent',
    'vf:action': 'work',
    'vf:effortQuantity': {
      '@type': 'om2:Measure',
      'om2:hasNumericalValue': hours,
      'om2:hasUnit': 'om2:hour',
    },
    'vf:provider': `${base}members/${member}`,
    'vf:receiver': base,
    'vf:resourceClassifiedAs': ['urn:disco-cat:stream:care', 'urn:disco-cat:task-kind:meeting'],
    'vf:inScopeOf': [`${base}circles/c1`],
    'vf:hasPointInTime': date,
  });

  it('checks entries one by one, then the 24-hour limit across them', () => {
    const file = jsonLdFileChecker(context, { base });
    const text = JSON.stringify([entry('ana', 16), entry('ana', 9), entry('ben', 2)]);
    const drafts = [...file.push(text.slice(0, 50)), ...file.push(text.slice(50)), ...file.end()];
    expect(drafts.map((d) => d.member)).toEqual(['ana', 'ben']);
    expect(file.rows).toBe(3);
    expect(file.problems()).toEqual([
      { field: 'entry.1.quantity', message: expect.stringContaining('over the limit of 24 hours') },
    ]);
  });

  it('reports entries that are not contributions before the limit across entries', () => {
    const file = jsonLdFileChecker(context, { base });
    file.push(JSON.stringify([entry('ana', 16), entry('ana', 9), { '@type': 'vf:Other' }]));
    file.end();
    expect(new Set(file.problems().map((p) => p.field.split('.')[1]))).toEqual(new Set(['2']));
  });
});
