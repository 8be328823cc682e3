import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from './test-cli.js';

const { tmp, disco } = cliSandbox('unreadable');

/*
 * Every command that reads a file the operator names refuses an unreadable one the same way:
 * `unreadable-file`, a reason coded from the system's error code, never the OS's own English.
 */
describe('a file the CLI cannot read', () => {
  const missing = () => join(tmp, 'missing.json');
  const folder = () => {
    const path = join(tmp, 'a-folder');
    mkdirSync(path, { recursive: true });
    return path;
  };

  const commands: [string, (path: string) => string[]][] = [
    ['import', (path) => ['import', path, '--format', 'csv']],
    ['cat params --set', (path) => ['cat', 'params', '--set', path]],
    ['ledger evidence', (path) => ['ledger', 'evidence', path]],
    ['ledger verify --file', (path) => ['ledger', 'verify', '--file', path]],
  ];

  for (const [name, args] of commands) {
    it(`${name}: a missing file and a folder are refused with a coded reason`, async () => {
      for (const [path, reason] of [
        [missing(), 'there is no such file'],
        [folder(), 'it is a folder, not a file'],
      ] as const) {
        const refused = await disco([...args(path), '--json']);
        expect(refused.code).toBe(1);
        const body = JSON.parse(refused.stdout) as {
          error: string;
          message: string;
          errors: { field: string; message: string; code: string }[];
        };
        expect(body.error).toBe('unreadable-file');
        expect(body.message).toBe(`Cannot read ${path}: ${reason}.`);
        expect(body.message).not.toMatch(/ENOENT|EISDIR|no such file or directory/);
        expect(body.errors).toMatchObject([
          { message: 'cannot be read', code: 'field.cannot-be-read' },
        ]);
      }
    });
  }

  it('a remote import reads the file before sending it, and says why it could not', async () => {
    const refused = await disco([
      'import',
      missing(),
      '--server',
      'http://127.0.0.1:9',
      '--format',
      'csv',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`error: Cannot read ${missing()}: there is no such file.`);
  });

  it('a readable file that is not what the command reads is a different refusal', async () => {
    const path = join(tmp, 'not-json.json');
    writeFileSync(path, 'not json');
    const refused = await disco(['cat', 'params', '--set', path, '--json']);
    expect(JSON.parse(refused.stdout).error).not.toBe('unreadable-file');
    const notAnExport = await disco(['ledger', 'verify', '--file', path, '--json']);
    expect(JSON.parse(notAnExport.stdout)).toMatchObject({ error: 'invalid-input' });
  });

  it('a file that is not JSON is refused with a coded reason, the English as before', async () => {
    const path = join(tmp, 'broken.json');
    writeFileSync(path, '{"a": 1,}');
    for (const [args, hint] of [
      [['ledger', 'evidence', path], 'Give the path of the evidence file the alarm printed.'],
      [
        ['cat', 'params', '--set', path],
        'See docs/distribution.md for an example parameter document.',
      ],
    ] as const) {
      const refused = await disco([...args, '--json']);
      expect(refused.code).toBe(2);
      const body = JSON.parse(refused.stdout) as Record<string, unknown>;
      expect(body).toMatchObject({
        error: 'invalid-input',
        message: `Cannot read ${path} as JSON: it cannot be read near its character 9; check its quotes, commas and brackets.`,
        hint,
        errors: [{ field: 'file', code: 'file.json.breaks-near', params: { at: 9 } }],
      });
    }
    const list = join(tmp, 'list.json');
    writeFileSync(list, '[1]');
    const notObject = await disco(['cat', 'params', '--set', list]);
    expect(notObject.code).toBe(2);
    expect(notObject.stderr).toContain(`${list} does not hold a JSON object.`);
  });
});
