import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { columnTypes, type ColumnTypes, type Dialect } from './dialect.js';
import * as ledger from './migrations/0001_ledger.js';
import * as discoProfile from './migrations/0002_disco_profile.js';
import * as actorActivity from './migrations/0003_actor_activity.js';
import * as constituencies from './migrations/0004_constituencies.js';
import * as members from './migrations/0005_members.js';
import * as mentoring from './migrations/0006_mentoring.js';
import * as memberKeys from './migrations/0007_member_keys.js';
import * as circles from './migrations/0008_circles.js';
import * as accounts from './migrations/0010_accounts.js';
import * as value from './migrations/0011_value.js';
import * as governance from './migrations/0020_governance.js';
import * as proposalComments from './migrations/0021_proposal_comments.js';
import * as delegationSealedBallots from './migrations/0050_delegation_sealed_ballots.js';
import * as dashboardIndex from './migrations/0060_dashboard_index.js';
import * as distribution from './migrations/0030_distribution.js';
import * as memberLevelPeriods from './migrations/0040_member_level_periods.js';
import * as valueContributionsByDate from './migrations/0041_value_contributions_by_date.js';
import * as memberLeaves from './migrations/0070_member_leaves.js';
import * as passwordResets from './migrations/0090_password_resets.js';
import * as witnessing from './migrations/0100_witnessing.js';
import * as intentCommits from './migrations/0110_intent_commits.js';
import * as deviceKeys from './migrations/0120_device_keys.js';
import * as runStates from './migrations/0130_run_states.js';
import * as valueBalanceTotals from './migrations/0180_value_balance_totals.js';
import * as valueContributionsWindow from './migrations/0181_value_contributions_window.js';
import * as notificationLog from './migrations/0200_notification_log.js';
import * as rhythms from './migrations/0210_rhythms.js';
import * as appreciations from './migrations/0211_appreciations.js';
import * as checkins from './migrations/0212_checkins.js';
import * as calendarFeeds from './migrations/0213_calendar_feeds.js';
import * as evaluations from './migrations/0240_evaluations.js';
import * as federationEconomy from './migrations/0310_federation_economy.js';
import * as idempotencyKeep from './migrations/0230_idempotency_keep.js';
import * as activityFeed from './migrations/0220_activity_feed.js';
import * as searchDocuments from './migrations/0221_search_documents.js';
import * as notifySweeps from './migrations/0250_notify_sweeps.js';
import * as guideSeen from './migrations/0260_guide_seen.js';
import * as federation from './migrations/0300_federation.js';
import * as federationFollowLimits from './migrations/0320_federation_follow_limits.js';
import * as dropEconomyPeers from './migrations/0321_drop_economy_peers.js';
import * as runStateChunks from './migrations/0330_run_state_chunks.js';
import * as dropAccountKeyColumns from './migrations/0350_drop_account_key_columns.js';
import * as jobErrorCodes from './migrations/0351_job_error_codes.js';
import * as federationReceiptCosignatures from './migrations/0352_federation_receipt_cosignatures.js';
import * as witnessRefusalCodes from './migrations/0353_witness_refusal_codes.js';
import * as valueMonthTotals from './migrations/0356_value_month_totals.js';
import * as valueWeekHours from './migrations/0357_value_week_hours.js';
import * as dropValueContributionsByDate from './migrations/0358_drop_value_contributions_by_date.js';
import * as leanAppendPages from './migrations/0359_lean_append_pages.js';

interface MigrationModule {
  up(db: Kysely<unknown>, types: ColumnTypes): Promise<void>;
  down?(db: Kysely<unknown>, types: ColumnTypes): Promise<void>;
}

/** Every migration, in order; a new one is appended here with the next number. */
const modules: Record<string, MigrationModule> = {
  '0001_ledger': ledger,
  '0002_disco_profile': discoProfile,
  '0003_actor_activity': actorActivity,
  '0004_constituencies': constituencies,
  '0005_members': members,
  '0006_mentoring': mentoring,
  '0007_member_keys': memberKeys,
  '0008_circles': circles,
  '0010_accounts': accounts,
  '0011_value': value,
  '0020_governance': governance,
  '0021_proposal_comments': proposalComments,
  '0030_distribution': distribution,
  '0040_member_level_periods': memberLevelPeriods,
  '0041_value_contributions_by_date': valueContributionsByDate,
  '0050_delegation_sealed_ballots': delegationSealedBallots,
  '0060_dashboard_index': dashboardIndex,
  '0070_member_leaves': memberLeaves,
  '0090_password_resets': passwordResets,
  '0100_witnessing': witnessing,
  '0110_intent_commits': intentCommits,
  '0120_device_keys': deviceKeys,
  '0130_run_states': runStates,
  '0180_value_balance_totals': valueBalanceTotals,
  '0181_value_contributions_window': valueContributionsWindow,
  '0200_notification_log': notificationLog,
  '0210_rhythms': rhythms,
  '0211_appreciations': appreciations,
  '0212_checkins': checkins,
  '0213_calendar_feeds': calendarFeeds,
  '0220_activity_feed': activityFeed,
  '0221_search_documents': searchDocuments,
  '0230_idempotency_keep': idempotencyKeep,
  '0240_evaluations': evaluations,
  '0250_notify_sweeps': notifySweeps,
  '0260_guide_seen': guideSeen,
  '0300_federation': federation,
  '0310_federation_economy': federationEconomy,
  '0320_federation_follow_limits': federationFollowLimits,
  '0321_drop_economy_peers': dropEconomyPeers,
  '0330_run_state_chunks': runStateChunks,
  '0350_drop_account_key_columns': dropAccountKeyColumns,
  '0351_job_error_codes': jobErrorCodes,
  '0352_federation_receipt_cosignatures': federationReceiptCosignatures,
  '0353_witness_refusal_codes': witnessRefusalCodes,
  '0356_value_month_totals': valueMonthTotals,
  '0357_value_week_hours': valueWeekHours,
  '0358_drop_value_contributions_by_date': dropValueContributionsByDate,
  '0359_lean_append_pages': leanAppendPages,
};

/**
 * Migrations are listed in code rather than read from a folder, so they work the same under tsx,
 * vitest and a bundled build; each is bound to the column types of its dialect.
 */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  const types = columnTypes(dialect);
  return {
    getMigrations: async () => {
      const bound: Record<string, Migration> = {};
      for (const [name, module] of Object.entries(modules)) {
        const { down } = module;
        bound[name] = {
          up: (db) => module.up(db, types),
          ...(down ? { down: (db: Kysely<unknown>) => down(db, types) } : {}),
        };
      }
      return bound;
    },
  };
}

/** The advisory lock between PostgreSQL migrations (shared) and dropping a schema (exclusive). */
export const SCHEMA_DROP_LOCK = 4_711_202_611n;

/**
 * Brings the schema to the latest version, all or nothing, one process at a time.
 *
 * @example await migrateToLatest(db, 'sqlite');
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: Dialect,
  schema?: string,
): Promise<void> {
  if (dialect === 'postgres') {
    // Kysely runs PostgreSQL migrations in a transaction under an advisory lock, but first reads
    // the catalog of every schema in the database (pg_get_serial_sequence on each table), which
    // fails when another schema is dropped meanwhile. Whoever drops a schema takes
    // SCHEMA_DROP_LOCK exclusively; migrations share it.
    return db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock_shared(${SCHEMA_DROP_LOCK})`.execute(conn);
      try {
        await run(db, dialect, schema);
      } finally {
        await sql`select pg_advisory_unlock_shared(${SCHEMA_DROP_LOCK})`.execute(conn);
      }
    });
  }
  // Kysely believes SQLite has no transactional DDL and runs each statement on its own, so two
  // processes opening a new data directory would both create the tables and a failed migration
  // would stay half-applied. Inside BEGIN IMMEDIATE the second process waits (busy_timeout),
  // then finds nothing left to do.
  await db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      await run(conn, dialect, schema);
      await sql`commit`.execute(conn);
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

async function run(
  db: Kysely<unknown>,
  dialect: Dialect,
  schema: string | undefined,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    // Kysely looks for its bookkeeping tables in any schema unless told which one is ours.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (!error) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName;
  const what = failed ? `database migration ${failed}` : 'database migration';
  throw new Error(`${what} failed: ${String(error)}`, { cause: error });
}
