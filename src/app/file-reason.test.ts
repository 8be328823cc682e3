import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusal, type AppError } from './errors.js';
import { jsonReason, parseJsonFile } from './file-reason.js';
import { openLedgerFile } from './ledger/ledger-file.js';

const hint = refusal('hint.see-distribution-doc-parameters');
const refusalOf = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
};

describe('a file that should hold JSON', () => {
  it('says where the JSON breaks as a code, without the runtime’s English', () => {
    const error = refusalOf(() => parseJsonFile('params.json', '{"a": 1,}', hint));
    expect(error.status).toBe(400);
    expect(error.said).toEqual({
      code: 'refusal.file-not-json',
      params: { path: 'params.json', reason: { code: 'file.json.breaks-near', params: { at: 9 } } },
    });
    expect(error.message).toBe(
      'Cannot read params.json as JSON: it cannot be read near its character 9; check its quotes, commas and brackets.',
    );
    expect(error.hint).toBe('See docs/distribution.md for an example parameter document.');
    expect(error.problems).toEqual([
      {
        field: 'file',
        message: 'it cannot be read near its character 9; check its quotes, commas and brackets',
        code: 'file.json.breaks-near',
        params: { at: 9 },
      },
    ]);
  });

  it('names an empty file, and a parse error without a position, each by its code', () => {
    expect(jsonReason('  \n', new SyntaxError('Unexpected end of JSON input'))).toEqual({
      code: 'file.json.empty',
      params: {},
    });
    expect(jsonReason('[1,', new SyntaxError('Unexpected end of JSON input'))).toEqual({
      code: 'file.json.cannot-be-read',
      params: {},
    });
  });

  it('refuses JSON that is not an object when an object is asked for, and reads it otherwise', () => {
    const error = refusalOf(() => parseJsonFile('params.json', '[1, 2]', hint));
    expect(error.said).toEqual({
      code: 'refusal.file-not-json-object',
      params: { path: 'params.json' },
    });
    expect(error.message).toBe('params.json does not hold a JSON object.');
    expect(error.problems).toMatchObject([{ field: 'file', code: 'field.not-json-object' }]);
    expect(parseJsonFile('e.json', '[1, 2]', hint, { object: false })).toEqual([1, 2]);
    expect(parseJsonFile('p.json', '{"a": 1}', hint)).toEqual({ a: 1 });
  });
});

describe('a file that is not a ledger export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'file-reason-'));
  const fileWith = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  for (const [what, text, line, why] of [
    ['a line that is not JSON', 'not json\n', 1, { code: 'file.export.not-json', params: {} }],
    [
      'a foreign header',
      '{"format":"other"}\n',
      1,
      { code: 'file.export.no-header', params: { format: 'disco-cat/export@1' } },
    ],
    ['an empty file', '', 1, { code: 'file.export.empty', params: {} }],
    [
      'a line after the header that is neither',
      '{"format":"disco-cat/export@1","size":0,"ledgerId":"l","nodeKey":"k"}\n[1]\n',
      2,
      { code: 'file.export.neither-checkpoint-nor-event', params: {} },
    ],
  ] as const)
    it(`says why by a code for ${what}, the CLI’s English unchanged`, async () => {
      const path = fileWith(`${line}-${what}.ndjson`, text);
      const error = (await openLedgerFile(path).catch((e: unknown) => e)) as AppError;
      expect(error.said).toEqual({
        code: 'refusal.file-not-ledger-export',
        params: { path, line, why },
      });
      expect(error.message).toMatch(
        new RegExp(
          `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a disco-cat ledger export: line ${line} \\w`,
        ),
      );
      expect(error.problems).toMatchObject([{ field: `line ${line}`, code: why.code }]);
    });

  it('keeps the English of the reason as it was', async () => {
    const error = (await openLedgerFile(fileWith('x.ndjson', 'not json\n')).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(error.message).toMatch(/: line 1 is not JSON\.$/);
    expect(error.problems[0]?.message).toBe('is not JSON');
  });
});
