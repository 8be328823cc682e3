import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from './test-cli.js';

const { tmp, disco, json } = cliSandbox('value');

describe('disco log, validate, dispute and balance on the local data directory', () => {
  it('logs work at the frozen rate, validates it as another member and shows the balance', async () => {
    const { founderId } = await json([
      'init',
      '--name',
      'Cooperativa Valor',
      '--founder-name',
      'Ana',
    ]);
    const bo = await json(['member', 'add', '--name', 'Bo', '--level', 'committed']);
    await json(['rate', 'set', 'care', 'meeting', '1500', '--from', '2026-01-01']);
    const logged = await json([
      'log',
      '2',
      'care',
      'Monthly assembly',
      '--task',
      'meeting',
      '--circle',
      'care',
      '--date',
      '2026-01-02',
    ]);
    expect(logged.recorded[0].type).toBe('value.contribution.logged');

    const refused = await disco([
      'log',
      '0',
      'care',
      'Nothing',
      '--task',
      'meeting',
      '--circle',
      'care',
      '--date',
      '2026-01-02',
      '--json',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stdout + refused.stderr).toMatch(
      /"field": "body.quantity",\s*"message": "must be greater than 0; got 0"/,
    );

    await json(['validate', logged.contributionId, '--as', bo.memberId]);
    const balance = await json(['balance']);
    expect(balance.items).toEqual([
      {
        memberId: founderId,
        stream: 'care',
        earned: '3000',
        historical: '0',
        released: '0',
        forfeited: '0',
        payable: '3000',
        paid: '0',
        recorded: '0',
      },
    ]);
    expect((await disco(['balance'])).stdout).toMatch(/earned 30\.00/);
    // Human output names members; JSON keeps the ids.
    const everyone = (await disco(['balance', '--all'])).stdout;
    expect(everyone).toMatch(/^Ana +care +earned 30\.00/m);
    expect(everyone).not.toContain(founderId);
    expect((await disco(['log', '--list'])).stdout).toMatch(
      /2026-01-02 +Ana +care .* Monthly assembly/,
    );
    const duties = await json(['duties', '--date', '2026-01-02']);
    expect(duties.items.find((d: { memberId: string }) => d.memberId === founderId)).toMatchObject({
      stream: 'love',
      period: '2026-Q1',
      owed: '40000',
      done: '0',
    });

    const resource = await json([
      'commons',
      'add',
      'Care guide',
      '--kind',
      'article',
      '--licence',
      'CC-BY-SA-4.0',
      '--link',
      'https://example.org/guide',
    ]);
    expect((await json(['commons', 'list'])).items).toMatchObject([
      { resourceId: resource.resourceId, title: 'Care guide' },
    ]);

    const { projectId } = await json([
      'project',
      'add',
      'Website',
      '--client',
      'Coop X',
      '--budget',
      '100000',
    ]);
    await json(['project', 'update', projectId, '--status', 'completed']);
    expect((await json(['project', 'list'])).items).toMatchObject([
      { projectId, status: 'completed', budget: '100000', remaining: '100000' },
    ]);

    const file = join(tmp, 'contributions.csv');
    expect(await json(['export', '--output', file])).toMatchObject({ format: 'csv', output: file });
    expect(await json(['import', file, '--dry-run'])).toEqual({ imported: 1 });

    await json([
      'dispute',
      logged.contributionId,
      '--reason',
      'It was one hour',
      '--as',
      bo.memberId,
    ]);
    expect((await json(['balance'])).items).toEqual([]);
  });

  it('sets the casual and care release rules and settles a dispute only by a passed proposal', async () => {
    expect(
      (await json(['rate', 'casual', 'payable', '--from', '2026-02-01'])).recorded[0].type,
    ).toBe('value.casual-rule.set');
    expect(
      (
        await json([
          'rate',
          'care-release',
          '--over-months',
          '3',
          '--on-leaving',
          'release-all',
          '--from',
          '2026-01-01',
        ])
      ).recorded[0].type,
    ).toBe('value.dater-care-release.set');
    const badRule = await disco([
      'rate',
      'care-release',
      '--over-months',
      '0',
      '--from',
      '2026-01-01',
      '--json',
    ]);
    expect(badRule.code).toBe(2);
    expect(badRule.stdout + badRule.stderr).toMatch(/onCommitment\.months/);
    const badCasual = await disco([
      'rate',
      'casual',
      'sometimes',
      '--from',
      '2026-01-01',
      '--json',
    ]);
    expect(badCasual.code).toBe(2);
    expect(badCasual.stdout + badCasual.stderr).toMatch(/payable/);

    const [disputed] = (await json(['log', '--list'])).items.filter(
      (c: { status: string }) => c.status === 'disputed',
    );
    const opened = await json([
      'propose',
      '--title',
      'Settle the assembly dispute',
      '--body',
      'One hour it was.',
      '--method',
      'majority',
      '--deadline',
      '2099-01-01T00:00:00Z',
    ]);
    const early = await disco([
      'dispute',
      'resolve',
      disputed.contributionId,
      '--proposal',
      opened.proposalId,
      '--outcome',
      'upheld',
      '--json',
    ]);
    expect(early.code).toBe(1);
    expect(early.stdout + early.stderr).toMatch(/is open/);
    const unclear = await disco([
      'dispute',
      'resolve',
      disputed.contributionId,
      '--proposal',
      opened.proposalId,
      '--outcome',
      'perhaps',
      '--json',
    ]);
    expect(unclear.code).toBe(2);
    expect(unclear.stdout + unclear.stderr).toMatch(/upheld/);
  });
});
