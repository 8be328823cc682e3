import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli, type CliResult } from './test-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'disco-governance-'));
const dataDir = join(tmp, 'data');

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function disco(...args: string[]): Promise<CliResult> {
  return runCli(dataDir, args);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads the CLI's JSON ad hoc
async function json(...args: string[]): Promise<any> {
  const result = await disco(...args, '--json');
  if (result.code !== 0) throw new Error(`disco ${args.join(' ')} exited ${result.code}: ${result.stdout}${result.stderr}`);
  return JSON.parse(result.stdout);
}

describe('disco propose, proposals, show and vote', () => {
  it('proposes, refuses a bad ballot, votes, and closes by itself once the deadline passed', async () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('DISCO_SERVER', '');
    await json('init', '--name', 'Cooperativa Prova', '--founder-name', 'Ana');
    const deadline = new Date(Date.now() + 4000).toISOString();
    const opened = await json('propose', '--title', 'Pick a logo', '--body', 'Which one?', '--method', 'schulze', '--option', 'A', 'B', 'C', '--deadline', deadline);
    expect(opened.recorded[0].type).toBe('proposal.opened');

    const bad = await disco('vote', opened.proposalId, 'A', 'A', '--json');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stderr || bad.stdout)).toMatchObject({ errors: [{ field: 'body.ballot.ranking[1]' }] });
    expect((await json('vote', opened.proposalId, 'B', 'A', 'C')).recorded[0].type).toBe('proposal.ballot-cast');

    const comment = await json('comment', opened.proposalId, 'I like B.');
    expect((await json('comment', opened.proposalId, 'Me too.', '--reply-to', comment.commentId)).recorded[0].type).toBe('proposal.comment-posted');

    const listed = await json('proposals', '--status', 'open');
    expect(listed.items.map((p: { proposalId: string }) => p.proposalId)).toEqual([opened.proposalId]);
    const human = await disco('show', opened.proposalId);
    expect(human.stdout).toContain('Pick a logo (general, version 1)');
    expect(human.stdout).toContain('"ranking":["B","A","C"]');

    await new Promise((resolve) => setTimeout(resolve, Date.parse(deadline) - Date.now() + 50));
    const shown = await json('show', opened.proposalId);
    expect(shown).toMatchObject({ status: 'closed', outcome: 'winner', result: { winners: ['B'] }, endedAt: deadline });
    await json('outcome', opened.proposalId, 'Logo B it is.', '--review-date', '2099-01-01');
    expect((await disco('show', opened.proposalId)).stdout).toContain('Outcome: Logo B it is. (review on 2099-01-01)');
    vi.unstubAllEnvs();
  });
});
