import { describe, expect, it } from 'vitest';
import { cliSandbox } from './test-cli.js';

const { disco, json } = cliSandbox('evaluations');

// The CLI's node runs on the real clock: last year's third quarter has ended, next year's has not.
const ended = `${new Date().getUTCFullYear() - 1}-Q3`;
const future = `${new Date().getUTCFullYear() + 1}-Q1`;

describe('disco evaluation', () => {
  it('opens, shows, takes a reflection, closes and lists; refuses a quarter not ended', async () => {
    await json(['init', '--name', 'Cooperativa Evaluada', '--founder-name', 'Ana']);
    const early = await disco(['evaluation', 'open', future, '--json']);
    expect(early.code).not.toBe(0);
    expect(early.stdout + early.stderr).toMatch(/The evaluation cannot be opened/);
    expect(early.stdout + early.stderr).toMatch(/"field": "body\.quarter"/);

    const opened = await json(['evaluation', 'open', ended]);
    expect(opened.recorded.map((r: { type: string }) => r.type)).toEqual(['evaluation.opened']);
    expect(opened.factsHash).toMatch(/^[0-9a-f]{64}$/);
    const again = await disco(['evaluation', 'open', ended]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already has an evaluation/);

    const id = opened.evaluationId as string;
    await json(['evaluation', 'reflect', id, '--text', 'We grew slowly.']);
    const shown = await disco(['evaluation', 'show', id]);
    expect(shown.stdout).toMatch(new RegExp(`Evaluation of ${ended} .* for the whole DisCO: open`));
    expect(shown.stdout).toMatch(/Facts match the hash on the ledger/);
    expect(shown.stdout).toMatch(/Ana: We grew slowly\./);
    await json(['evaluation', 'close', id, '--summary', 'Keep the pace.']);
    const late = await disco(['evaluation', 'reflect', id, '--text', 'Late']);
    expect(late.code).not.toBe(0);
    expect(late.stderr).toMatch(/is closed/);
    expect((await disco(['evaluation', 'list'])).stdout).toMatch(
      new RegExp(`${ended} the whole DisCO: closed, 1 reflection\\(s\\), 0 decision\\(s\\)`),
    );
    expect((await json(['evaluation', 'show', id])).status).toBe('closed');
  });
});
