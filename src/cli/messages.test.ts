import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleParameters } from '../app/distribution/test-finance.js';
import { cliSandbox } from './test-cli.js';

const { tmp, disco, json } = cliSandbox('messages');

/** The first day of the month `back` months before this one, as YYYY-MM. */
function monthsAgo(back: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1))
    .toISOString()
    .slice(0, 7);
}

describe('what the CLI says when it refuses', () => {
  it('names unknown members, explains members paid nothing, refuses what committing refuses, one error style', async () => {
    const month = monthsAgo(1);
    const { founderId } = await json([
      'init',
      '--name',
      'Cooperativa Avisos',
      '--founder-name',
      'Ana',
    ]);
    const bo = await json(['member', 'add', '--name', 'Bo', '--level', 'committed']);
    await json(['rate', 'set', 'care', 'meeting', '1500', '--from', '2020-01-01']);
    const logged = await json([
      'log',
      '10',
      'care',
      'Assemblies',
      '--task',
      'meeting',
      '--circle',
      'care',
      '--date',
      `${month}-03`,
    ]);
    await json(['validate', logged.contributionId, '--as', bo.memberId]);
    const params = join(tmp, 'params.json');
    writeFileSync(params, JSON.stringify(sampleParameters({ effectiveFrom: '2020-01-01' })));
    await json(['cat', 'params', '--set', params]);
    await json([
      'income',
      'add',
      '20000',
      '--source',
      'donation',
      '--description',
      'A gift',
      '--date',
      `${month}-05`,
    ]);
    await json(['distribute', month, '--commit']);

    // A name or an unknown id is nobody, not a member the run owes nothing.
    for (const who of ['Ben', '00000000-0000-7000-8000-000000000000']) {
      const payout = await disco(['payout', month, who, '30967', '--reference', 'SEPA-9']);
      expect(payout.code).toBe(1);
      expect(payout.stderr).toMatch(new RegExp(`^error: There is no member ${who}`));
      expect(payout.stderr).not.toMatch(/still owes/);
      expect(payout.stderr).toMatch(/\nhint: /);
    }
    // A member of the run may be named by their name.
    const paid = await json(['payout', month, 'Ana', '100', '--reference', 'SEPA-1']);
    expect(paid.id).toEqual(expect.any(String));
    const csv = await json(['payout', month]);
    expect(csv.content).toMatch(new RegExp(`${founderId},Ana,EUR,\\d+,100,`));

    // Bo acknowledged work but logged none: paid nothing, which is an answer, not an error.
    const text = await disco(['distribution', 'explain', month, '--member', 'Bo']);
    const asJson = await disco(['distribution', 'explain', month, '--member', 'Bo', '--json']);
    expect([text.code, asJson.code]).toEqual([0, 0]);
    expect(text.stdout).toMatch(/Bo was paid nothing by the run of/);
    expect(JSON.parse(asJson.stdout).members).toEqual([]);
    const nobody = await disco(['distribution', 'explain', month, '--member', 'Nobody']);
    const nobodyJson = await disco([
      'distribution',
      'explain',
      month,
      '--member',
      'Nobody',
      '--json',
    ]);
    expect([nobody.code, nobodyJson.code]).toEqual([1, 1]);
    expect(nobody.stderr).toMatch(/^error: There is no member Nobody/);
    expect(JSON.parse(nobodyJson.stdout)).toMatchObject({ error: 'not-found' });

    // A month before a closed one: the preview refuses what the commit refuses.
    const earlier = monthsAgo(2);
    const commit = await disco(['distribute', earlier, '--commit']);
    const preview = await disco(['distribute', earlier, '--preview']);
    expect(preview.code).toBe(commit.code);
    expect(preview.code).toBe(1);
    expect(preview.stderr).toMatch(/which a run already closed/);
    expect(preview.stderr).toMatch(/\nhint: /);
    // The closed month itself can still be looked at again.
    expect((await json(['distribute', month, '--preview'])).period).toBe(month);

    // Usage errors, refusals and commander's own errors all start the same way.
    const usage = await disco(['distribute', month, '--preview', '--commit']);
    const unknownOption = await disco(['distribute', month, '--frobnicate']);
    for (const refused of [usage, unknownOption, commit]) {
      expect(refused.stderr).toMatch(/^error: /);
      expect(refused.stderr).not.toMatch(/Error:/);
    }
    for (const refused of [usage, commit]) expect(refused.stderr).toMatch(/\nhint: \S/);
  });
});
