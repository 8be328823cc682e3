import { describe, expect, it } from 'vitest';
import { cliSandbox } from './test-cli.js';

/*
 * Text with an unpaired UTF-16 surrogate has no UTF-8 form and so no place on the ledger. The CLI
 * can be handed one through a JSON escape (`\ud800`) in a JSON option; it must say which field and
 * what to do, exit non-zero, and record nothing.
 */

const { disco, json } = cliSandbox('surrogate');

describe('disco and unpaired surrogates', () => {
  it('refuses a proposal whose options hold an unpaired surrogate, naming the field, and records nothing', async () => {
    await json(['init', '--name', 'Cooperativa Texto', '--founder-name', 'Ana']);
    const before = (await json(['proposals'])).items.length;
    const deadline = new Date(Date.now() + 3600_000).toISOString();
    const args = [
      'propose',
      '--title',
      'Pick a logo',
      '--body',
      'Which one?',
      '--method',
      'approval',
      '--settings',
      '{"options":["A","B \\ud800"]}',
      '--deadline',
      deadline,
    ];
    const refused = await disco(args);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      'body.settings.options.1: contains an unpaired UTF-16 surrogate',
    );
    expect(refused.stderr).toMatch(/^hint: .*surrogate/m);

    const asJson = await disco([...args, '--json']);
    expect(asJson.code).not.toBe(0);
    expect(JSON.parse(asJson.stdout)).toMatchObject({
      error: 'invalid-input',
      errors: [
        { field: 'body.settings.options.1', message: 'contains an unpaired UTF-16 surrogate' },
      ],
      hint: expect.any(String),
    });
    expect((await json(['proposals'])).items.length).toBe(before);

    // The same text written as a proper surrogate pair is one character, and welcome.
    const fine = await json([
      ...args.slice(0, 8),
      '{"options":["A","B \\ud83d\\ude00"]}',
      ...args.slice(9),
    ]);
    expect(fine.proposalId).toEqual(expect.any(String));
  });
});
