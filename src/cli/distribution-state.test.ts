import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sampleParameters } from '../app/distribution/test-finance.js';
import { cliSandbox } from './test-cli.js';

const { tmp, dataDir, disco, json } = cliSandbox('distribution-state');

/** The month `back` months before this one, so that it has ended whatever day the test runs. */
function monthsAgo(back: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return d.toISOString().slice(0, 7);
}

describe('disco distribution verify --from-state', () => {
  it('refuses, exit 1, a previous run state that does not match its run’s hash, naming the run and what to do', async () => {
    const { founderId } = await json([
      'init',
      '--name',
      'Cooperativa Estado',
      '--founder-name',
      'Ana',
    ]);
    const bo = await json(['member', 'add', '--name', 'Bo', '--level', 'committed']);
    await json(['rate', 'set', 'care', 'meeting', '1500', '--from', '2020-01-01']);
    const params = join(tmp, 'params.json');
    writeFileSync(params, JSON.stringify(sampleParameters({ effectiveFrom: '2020-01-01' })));
    await json(['cat', 'params', '--set', params]);
    const runs = [];
    for (const month of [monthsAgo(2), monthsAgo(1)]) {
      for (const [by, as] of [
        [founderId, bo.memberId],
        [bo.memberId, founderId],
      ]) {
        const logged = await json([
          'log',
          '4',
          'care',
          'Assemblies',
          '--task',
          'meeting',
          '--circle',
          'care',
          '--date',
          `${month}-03`,
          '--as',
          by,
        ]);
        await json(['validate', logged.contributionId, '--as', as]);
      }
      await json([
        'income',
        'add',
        '9000',
        '--source',
        'donation',
        '--description',
        'A gift',
        '--date',
        `${month}-05`,
      ]);
      runs.push(await json(['distribute', month, '--commit']));
    }
    const [first, second] = runs;

    const good = join(tmp, 'good.ndjson');
    expect((await disco(['ledger', 'export', good])).code).toBe(0);
    expect(
      await json(['distribution', 'verify', second.id, '--from', good, '--from-state']),
    ).toMatchObject({ confirmed: true });

    // The first run's stored state, altered by hand: one past payout a cent higher.
    const db = new Database(join(dataDir, 'disco.sqlite'));
    const row = db
      .prepare('select state from distribution_run_states where run_id = ?')
      .get(first.id) as { state: string };
    const altered = row.state.replace(/"payouts":\["(\d+)/, (_, n: string) => `"payouts":["${n}1`);
    expect(altered).not.toBe(row.state);
    db.prepare('update distribution_run_states set state = ? where run_id = ?').run(
      altered,
      first.id,
    );
    db.close();
    const tampered = join(tmp, 'tampered.ndjson');
    expect((await disco(['ledger', 'export', tampered])).code).toBe(0);

    const refused = await disco([
      'distribution',
      'verify',
      second.id,
      '--from',
      tampered,
      '--from-state',
    ]);
    expect(refused.code).toBe(1);
    const said = refused.stdout + refused.stderr;
    expect(said).toContain(`The run state of run ${first.id} (${first.period}) in ${tampered}`);
    expect(said).toMatch(/hashes to [0-9a-f]{64}, not to [0-9a-f]{64} as its event recorded/);
    // What to do: verify from event 1, which does not read the state.
    expect(said).toMatch(/without --from-state/);
    expect(await json(['distribution', 'verify', second.id, '--from', tampered])).toMatchObject({
      confirmed: true,
    });
  });
});
