import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { genesisDraft, testNode, testTime } from '../../test/support/ledger.js';
import { dialects, skipping, testLocation } from '../../test/support/stores.js';
import { openStore, SQLITE_FILE } from './open-store.js';

const [sqlite, postgres] = dialects as [(typeof dialects)[0], (typeof dialects)[0]];
const node = testNode().signer;

describe('openStore on SQLite', () => {
  it('keeps the ledger in <dataDir>/disco.sqlite, in WAL mode, fsynced at every commit', async () => {
    const place = await testLocation(sqlite);
    const store = await place.open();
    expect(existsSync(join((place.options as { dataDir: string }).dataDir, SQLITE_FILE))).toBe(
      true,
    );
    const pragma = async (name: string) =>
      (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(store.db)).rows[0];
    expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await pragma('synchronous')).toEqual({ synchronous: 2 });
    expect(await pragma('secure_delete')).toEqual({ secure_delete: 1 });
    expect(Number(Object.values((await pragma('busy_timeout'))!)[0])).toBeGreaterThanOrEqual(5000);
  });

  it('reopens an existing store without migrating it again', async () => {
    const place = await testLocation(sqlite);
    const first = await place.open();
    const [genesis] = await first.append([genesisDraft(node)], { node, now: testTime(0) });
    await first.close();
    const again = await place.open();
    expect(await again.head()).toEqual({ size: 1, hash: genesis!.hash });
    const { rows } = await sql<{
      name: string;
    }>`select name from kysely_migration order by name`.execute(again.db);
    expect(rows.map((r) => r.name)).toEqual([
      '0001_ledger',
      '0002_disco_profile',
      '0003_actor_activity',
      '0004_constituencies',
      '0005_members',
      '0006_mentoring',
      '0007_member_keys',
      '0008_circles',
      '0010_accounts',
      '0011_value',
      '0020_governance',
      '0021_proposal_comments',
      '0030_distribution',
      '0040_member_level_periods',
      '0041_value_contributions_by_date',
      '0050_delegation_sealed_ballots',
      '0060_dashboard_index',
      '0070_member_leaves',
      '0090_password_resets',
      '0100_witnessing',
      '0110_intent_commits',
      '0120_device_keys',
      '0130_run_states',
      '0180_value_balance_totals',
      '0181_value_contributions_window',
      '0200_notification_log',
      '0210_rhythms',
      '0211_appreciations',
      '0212_checkins',
      '0213_calendar_feeds',
      '0220_activity_feed',
      '0221_search_documents',
      '0230_idempotency_keep',
      '0240_evaluations',
      '0250_notify_sweeps',
      '0260_guide_seen',
      '0300_federation',
      '0310_federation_economy',
      '0320_federation_follow_limits',
      '0321_drop_economy_peers',
      '0330_run_state_chunks',
      '0350_drop_account_key_columns',
      '0351_job_error_codes',
      '0352_federation_receipt_cosignatures',
      '0353_witness_refusal_codes',
      '0356_value_month_totals',
      '0357_value_week_hours',
      '0358_drop_value_contributions_by_date',
      '0359_lean_append_pages',
    ]);
  });
});

describe('openStore on PostgreSQL, before connecting', () => {
  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(
      openStore({ databaseUrl: 'postgres://unused', schema: 'x"; drop table events; --' }),
    ).rejects.toThrow(/identifier/);
  });
});

describe.skipIf(skipping(postgres, 'openStore on PostgreSQL'))('openStore on PostgreSQL', () => {
  it('keeps each schema a ledger of its own', async () => {
    const [a, b] = [await testLocation(postgres), await testLocation(postgres)];
    const [storeA, storeB] = [await a.open(), await b.open()];
    await storeA.append([genesisDraft(node)], { node, now: testTime(0) });
    expect(await storeA.count()).toBe(1);
    expect(await storeB.count()).toBe(0);
    const schema = (a.options as { schema: string }).schema;
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = ${schema} order by table_name`.execute(
      storeA.db,
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'actor_activity',
        'chain_head',
        'checkpoints',
        'disco_profile',
        'events',
        'merkle_nodes',
      ]),
    );
  });

  it('reads bigint as a number, and refuses one a number cannot hold exactly', async () => {
    const store = await (await testLocation(postgres)).open();
    expect(
      (await sql<{ n: unknown }>`select 9007199254740991::bigint as n`.execute(store.db)).rows[0]!
        .n,
    ).toBe(9007199254740991);
    await expect(sql`select 9007199254740993::bigint as n`.execute(store.db)).rejects.toThrow(
      RangeError,
    );
  });
});
