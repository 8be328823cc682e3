import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleParameters } from '../app/distribution/test-finance.js';
import { cliSandbox } from './test-cli.js';

const { tmp, disco, json } = cliSandbox('distribution');

/** Last month, so that it has ended and can be committed whatever day the test runs. */
function lastMonth(): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

describe('disco income, expense, cat params, distribute, distribution, whatif, books and payout', () => {
  it('runs a month end to end on the local data directory', async () => {
    const month = lastMonth();
    const { founderId } = await json([
      'init',
      '--name',
      'Cooperativa Reparto',
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

    const bad = join(tmp, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify(
        sampleParameters({ buckets: [{ name: 'commons', of: 'total', percent: 12000 }] }),
      ),
    );
    const refused = await disco(['cat', 'params', '--set', bad, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(
      /"field": "body\.buckets\[0\]\.percent",\s*"message": "must not exceed 100%/,
    );
    const params = join(tmp, 'params.json');
    writeFileSync(params, JSON.stringify(sampleParameters({ effectiveFrom: '2020-01-01' })));
    expect((await json(['cat', 'params', '--set', params])).version).toBe(1);
    expect((await json(['cat', 'params'])).history).toHaveLength(1);
    const again = await disco(['cat', 'params', '--set', params, '--json']);
    expect(again.code).toBe(1);
    expect(again.stdout + again.stderr).toMatch(/passed cat-parameter-change proposal/);

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
      '--fee',
      '100',
    ]);
    const foreign = await disco([
      'income',
      'add',
      '20000',
      '--source',
      'grant',
      '--currency',
      'USD',
      '--description',
      'Grant',
      '--date',
      `${month}-06`,
      '--json',
    ]);
    expect(foreign.code).toBe(2);
    expect(foreign.stdout + foreign.stderr).toMatch(/body\.exchangeRate/);
    await json([
      'expense',
      'add',
      '500',
      '--payee',
      'Hosting',
      '--reason',
      'Servers',
      '--date',
      `${month}-07`,
    ]);
    expect((await json(['income', 'list', '--period', month])).items).toHaveLength(1);
    expect((await json(['expense', 'list', '--period', month])).items).toHaveLength(1);

    const preview = await json(['distribute', month, '--preview']);
    expect(preview).toMatchObject({ id: null, closed: false, totals: { income: '19900' } });
    const run = await json(['distribute', month, '--commit']);
    expect(run).toMatchObject({ closed: true, totals: preview.totals });
    const second = await disco(['distribute', month, '--commit', '--json']);
    expect(second.code).toBe(1);
    expect(second.stdout + second.stderr).toMatch(/already closed/);

    expect((await json(['distribution', 'show'])).items).toMatchObject([
      { id: run.id, period: month },
    ]);
    const explained = await json(['distribution', 'explain', month, '--member', founderId]);
    const ana = explained.members[0];
    expect(
      ana.explanation.reduce((s: bigint, l: { amount: string }) => s + BigInt(l.amount), 0n),
    ).toBe(BigInt(ana.amount));
    expect((await disco(['distribution', 'explain', month])).stdout).toMatch(/Ana: /);

    const whatif = await json(['whatif', params, '--period', month]);
    expect(whatif.periods[0]).toMatchObject({
      period: month,
      totals: { current: run.totals.paid, candidate: run.totals.paid },
    });

    const books = await json(['books', '--period', month]);
    expect(books).toMatchObject({ trialBalance: '0', closed: true });
    const booksText = (await disco(['books', '--period', month])).stdout;
    expect(booksText).toMatch(/^payable:Ana /m);
    expect(booksText).not.toContain(founderId);

    await json(['payout', month, founderId, '100', '--reference', 'SEPA-1']);
    const csv = await json(['payout', month]);
    expect(csv.content).toMatch(new RegExp(`${founderId},Ana,EUR,${ana.amount},100,`));

    const file = join(tmp, 'ledger.ndjson');
    expect((await disco(['ledger', 'export', file])).code).toBe(0);
    expect(await json(['distribution', 'verify', month, '--from', file])).toMatchObject({
      confirmed: true,
      differences: [],
    });
    expect((await disco(['distribution', 'verify', month, '--from', file])).stdout).toMatch(
      /Confirmed/,
    );
  });
});
