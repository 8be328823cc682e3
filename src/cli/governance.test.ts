import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli, type CliResult } from './test-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'disco-governance-'));
const dataDir = join(tmp, 'data');

afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

/**
 * Moves this process's clock just past a deadline rather than waiting for it: the CLI closes due
 * proposals by the system clock on its next command. Only Date is faked, so the database's own
 * timers keep running; afterEach brings real time back.
 */
function passDeadline(deadline: string): void {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(Date.parse(deadline) + 50);
}

function disco(...args: string[]): Promise<CliResult> {
  return runCli(dataDir, args);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads the CLI's JSON ad hoc
async function json(...args: string[]): Promise<any> {
  const result = await disco(...args, '--json');
  if (result.code !== 0)
    throw new Error(
      `disco ${args.join(' ')} exited ${result.code}: ${result.stdout}${result.stderr}`,
    );
  return JSON.parse(result.stdout);
}

describe('disco propose, proposals, show and vote', () => {
  it('proposes, refuses a bad ballot, votes, and closes by itself once the deadline passed', async () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('DISCO_SERVER', '');
    await json('init', '--name', 'Cooperativa Prova', '--founder-name', 'Ana');
    const deadline = new Date(Date.now() + 3600_000).toISOString();
    const opened = await json(
      'propose',
      '--title',
      'Pick a logo',
      '--body',
      'Which one?',
      '--method',
      'schulze',
      '--option',
      'A',
      'B',
      'C',
      '--deadline',
      deadline,
    );
    expect(opened.recorded[0].type).toBe('proposal.opened');

    const bad = await disco('vote', opened.proposalId, 'A', 'A', '--json');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stderr || bad.stdout)).toMatchObject({
      errors: [{ field: 'body.ballot.ranking[1]' }],
    });
    expect((await json('vote', opened.proposalId, 'B', 'A', 'C')).recorded[0].type).toBe(
      'proposal.ballot-cast',
    );

    const comment = await json('comment', opened.proposalId, 'I like B.');
    expect(
      (await json('comment', opened.proposalId, 'Me too.', '--reply-to', comment.commentId))
        .recorded[0].type,
    ).toBe('proposal.comment-posted');

    const listed = await json('proposals', '--status', 'open');
    expect(listed.items.map((p: { proposalId: string }) => p.proposalId)).toEqual([
      opened.proposalId,
    ]);
    const human = await disco('show', opened.proposalId);
    expect(human.stdout).toContain('Pick a logo (general, version 1) by Ana');
    expect(human.stdout).toContain('"ranking":["B","A","C"]');

    passDeadline(deadline);
    const shown = await json('show', opened.proposalId);
    expect(shown).toMatchObject({
      status: 'closed',
      outcome: 'winner',
      result: { winners: ['B'] },
      endedAt: deadline,
    });
    await json('outcome', opened.proposalId, 'Logo B it is.', '--review-date', '2099-01-01');
    const closed = (await disco('show', opened.proposalId)).stdout;
    expect(closed).toContain('Outcome: Logo B it is. (review on 2099-01-01)');
    // The result reads from its coded lines: the same English, members by name.
    expect(closed).toContain('1 binding ballot (total weight 1).');
    expect(closed).toContain('Winner: B.');
    vi.unstubAllEnvs();
  });
});

describe('disco delegate, notifications and sealed ballots', () => {
  const dir = join(tmp, 'delegation');
  const as = (memberId: string, ...args: string[]) => runCli(dir, ['--as', memberId, ...args]);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads the CLI's JSON ad hoc
  const out = async (run: Promise<CliResult>): Promise<any> => {
    const result = await run;
    if (result.code !== 0)
      throw new Error(`exited ${result.code}: ${result.stdout}${result.stderr}`);
    return JSON.parse(result.stdout);
  };
  const local = (...args: string[]) => runCli(dir, [...args, '--json']);

  it('switches delegation on by proposal, delegates, marks notifications read, and hides a secret vote', async () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('DISCO_SERVER', '');
    await out(local('init', '--name', 'Cooperativa Delega', '--founder-name', 'Ana'));
    const bo = (await out(local('member', 'add', '--name', 'Bo', '--level', 'committed')))
      .memberId as string;
    const founder = (await out(local('whoami'))).member.memberId as string;

    const off = await as(bo, 'delegate', 'set', founder, '--json');
    expect(off.code).toBe(1);
    const deadline = new Date(Date.now() + 1800_000).toISOString();
    const change = await out(
      local(
        'propose',
        '--title',
        'Delegation',
        '--body',
        'Let us delegate.',
        '--method',
        'majority',
        '--kind',
        'policy-amendment',
        '--governance-parameters',
        '{"delegation":{"enabled":true}}',
        '--deadline',
        deadline,
      ),
    );
    const secret = await out(
      local(
        'propose',
        '--title',
        'Secret',
        '--body',
        'Vote in secret.',
        '--method',
        'majority',
        '--secret',
        '--deadline',
        new Date(Date.now() + 3600_000).toISOString(),
      ),
    );
    await out(local('vote', change.proposalId, 'yes'));
    await out(as(bo, 'vote', secret.proposalId, 'no', '--json'));
    const sealed = await runCli(dir, ['show', secret.proposalId]);
    expect(sealed.stdout).toContain('secret ballots');
    expect(sealed.stdout).toContain('Bo: voted (sealed)');

    const news = await out(as(bo, 'notifications', '--json'));
    expect(news.items.map((n: { kind: string; title: string }) => [n.kind, n.title])).toEqual(
      expect.arrayContaining([['proposal-opened', 'Delegation']]),
    );
    expect(
      await out(as(bo, 'notifications', 'read', `proposal-opened:${change.proposalId}`, '--json')),
    ).toEqual({ marked: 1 });
    const unread = await out(as(bo, 'notifications', '--unread', '--json'));
    expect(unread.items.map((n: { id: string }) => n.id)).not.toContain(
      `proposal-opened:${change.proposalId}`,
    );

    passDeadline(deadline);
    expect(await out(local('show', change.proposalId))).toMatchObject({
      status: 'closed',
      outcome: 'passed',
    });
    expect(
      (await out(as(bo, 'delegate', 'set', founder, '--topic', 'general', '--json'))).recorded[0]
        .type,
    ).toBe('delegation.set');
    const cycle = await runCli(dir, ['delegate', 'set', bo, '--json']);
    expect(cycle.code).toBe(1);
    expect(JSON.parse(cycle.stderr || cycle.stdout)).toMatchObject({
      errors: [{ field: 'body.delegateId' }],
    });
    expect((await as(bo, 'delegate', 'list')).stdout).toContain('You → Ana');
    expect(
      (await out(as(bo, 'delegate', 'revoke', '--topic', 'general', '--json'))).recorded[0].type,
    ).toBe('delegation.revoked');
    expect(await out(as(bo, 'delegate', 'list', '--json'))).toEqual({ given: [], received: [] });
    vi.unstubAllEnvs();
  });
});
