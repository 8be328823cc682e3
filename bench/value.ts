import { sql, type Kysely } from 'kysely';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appendEvents } from '../src/app/ledger/append-events.js';
import { openApp, type AppContext } from '../src/app/context.js';
import { uuidv7 } from '../src/app/ids.js';
import { initLedger } from '../src/app/ledger/init-ledger.js';
import { loadActor } from '../src/app/members/load-actor.js';
import { careIndicators } from '../src/app/value/care-indicators.js';
import { memberBalances } from '../src/app/value/member-balances.js';
import { setCareReleaseRule, setDutyRules } from '../src/app/value/set-value-settings.js';
import type { Actor } from '../src/core/access/actor.js';
import type { JsonObject } from '../src/core/ledger/canonical.js';
import type { EventDraft, LedgerEvent } from '../src/core/ledger/event.js';
import { MEMBER_ADDED, MEMBER_LEVEL_CHANGED } from '../src/core/members/member-events.js';
import { addDays, VALUE_EVENT, type ContributionLoggedPayload } from '../src/core/value/index.js';
import { project, runDeferred } from '../src/store/projections/projector.js';
import type { Database } from '../src/store/schema.js';
import { valueProjector } from '../src/store/projections/value.js';
import { randomStream } from './decisions.js';
import { adminStatement, cpuSecondsSince, DIALECT, freshDatabase } from './bench-database.js';
import { urlOf } from './kept-disco.js';
import { backendCpu, backendCpuSince } from './replay.js';
import { bestOfAsync, fmt, Report } from './report.js';

/*
 * Issue 4: balances and indicators over 1,000,000 contributions by 10,000 members (BENCH_EVENTS
 * shrinks both, 100 contributions a member). Members and their level changes go through the
 * ledger; contributions go through the real value projector (the code that runs inside every
 * append and replay) as unsigned events, so the rows are exactly what the ledger would build
 * without paying a million signatures to get them.
 */

const CONTRIBUTIONS = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
/** `BENCH_VALUE_MEMBERS` keeps the issue's 10,000 members on a smaller `BENCH_EVENTS`. */
const MEMBERS = Number(
  process.env['BENCH_VALUE_MEMBERS'] ?? Math.max(10, Math.round(CONTRIBUTIONS / 100)),
);
const YEAR_START = '2026-01-01';
const LAST_DAY = '2026-12-31';
const ID_BATCH = 500;

const WORK = [
  { stream: 'care', taskKind: 'meeting', unit: 'hour', rate: 1500n },
  { stream: 'love', taskKind: 'translation', unit: 'word', rate: 8n },
  { stream: 'livelihood', taskKind: 'coding', unit: 'hour', rate: 4000n },
] as const;

/**
 * 10% of members date all year at stage 2, and half of those commit on 1 July, so balances have
 * historical care credits to release; everyone else is committed.
 */
async function addMembers(
  ctx: AppContext,
  workers: string,
): Promise<{ ids: string[]; daters: Set<string> }> {
  const ids: string[] = [];
  const daters = new Set<string>();
  const decision = { kind: 'founder-action' };
  for (let done = 0; done < MEMBERS; done += ID_BATCH) {
    const drafts: EventDraft[] = [];
    for (let i = done; i < Math.min(MEMBERS, done + ID_BATCH); i++) {
      const memberId = uuidv7(ctx.clock);
      ids.push(memberId);
      const dating = i % 10 === 0;
      if (dating) daters.add(memberId);
      const level: JsonObject = dating
        ? { level: 'dating', stage: 3, timeline: 'agile', startDate: '2025-12-01' }
        : { level: 'committed' };
      drafts.push({
        type: MEMBER_ADDED,
        schema: 1,
        actor: null,
        time: '2025-12-01T09:00:00.000Z',
        payload: {
          memberId,
          displayName: `Member ${i}`,
          founder: false,
          level,
          constituencyIds: [workers],
          decision,
        },
      });
    }
    await appendEvents(ctx, drafts);
  }
  const committing = [...daters].filter((_, k) => k % 2 === 0);
  for (let done = 0; done < committing.length; done += ID_BATCH) {
    const drafts = committing.slice(done, done + ID_BATCH).map((memberId): EventDraft => ({
      type: MEMBER_LEVEL_CHANGED,
      schema: 1,
      actor: null,
      time: '2026-07-01T09:00:00.000Z',
      payload: { memberId, level: { level: 'committed' }, decision },
    }));
    await appendEvents(ctx, drafts);
  }
  return { ids, daters };
}

/**
 * The contributions, 100 a member spread over the year, projected a page at a time in one
 * transaction: a commit per page made the shared disk's fsyncs and WAL checkpoints most of the
 * build time.
 */
async function logContributions(
  ctx: AppContext,
  members: { ids: string[]; daters: Set<string> },
  firstSeq: number,
): Promise<void> {
  await ctx.store.db.transaction().execute((trx) => projectContributions(trx, members, firstSeq));
}

async function projectContributions(
  db: Kysely<Database>,
  members: { ids: string[]; daters: Set<string> },
  firstSeq: number,
): Promise<void> {
  const next = randomStream(88172645);
  const page = 2_000;
  let seq = firstSeq;
  for (let done = 0; done < CONTRIBUTIONS; done += page) {
    const events: LedgerEvent[] = [];
    for (let i = done; i < Math.min(CONTRIBUTIONS, done + page); i++) {
      const member = members.ids[i % members.ids.length]!;
      const work = WORK[Math.floor(next() * 3)]!;
      const milli =
        work.unit === 'hour'
          ? BigInt(500 + Math.floor(next() * 7) * 500)
          : BigInt((100 + Math.floor(next() * 2000)) * 1000);
      const base = (milli * work.rate) / 1000n;
      const dating = members.daters.has(member);
      const multiplierBp = dating && work.stream === 'livelihood' ? 7500 : 10000;
      const amount = (base * BigInt(multiplierBp)) / 10000n;
      const payload: ContributionLoggedPayload = {
        contributionId: `c-${i}`,
        member,
        stream: work.stream,
        quantity: (Number(milli) / 1000).toString(),
        unit: work.unit,
        taskKind: work.taskKind,
        date: addDays(YEAR_START, Math.floor(next() * 365)),
        circle: work.stream,
        description: 'Bench work',
        evidence: [],
        credit: {
          rate: work.rate.toString(),
          rateEffectiveFrom: '2025-01-01',
          base: base.toString(),
          multiplierBp,
          amount: amount.toString(),
          standing: dating && work.stream === 'care' ? 'historical' : 'payable',
        },
        // One in ten waits for an acknowledgement; the rest count at once (a rule of zero).
        validation: { acknowledgements: i % 10 === 0 ? 1 : 0, stewardRequired: false },
      };
      seq += 1;
      events.push({
        seq,
        type: VALUE_EVENT.contributionLogged,
        schema: 1,
        actor: member,
        time: '2026-12-31T18:00:00.000Z',
        payload,
      } as unknown as LedgerEvent);
    }
    await runDeferred(db, await project(db, [valueProjector], events));
  }
}

async function measure(
  report: Report,
  ctx: AppContext,
  founder: Actor,
  members: { ids: string[] },
  application: string | null,
): Promise<void> {
  // CPU per call of this process and, on PostgreSQL, of its own backends: on a shared machine
  // the wall time is mostly the wait for a core, the CPU what the query costs.
  const cpuPerCall = async (runs: number, work: () => Promise<unknown>): Promise<string> => {
    const server = application ? await backendCpu(application) : null;
    const cpu = process.cpuUsage();
    for (let i = 0; i < runs; i++) await work();
    const ours = (cpuSecondsSince(cpu) * 1000) / runs;
    if (!application || !server) return `${fmt(ours, 0)} ms`;
    const theirs = (backendCpuSince(server, await backendCpu(application)) * 1000) / runs;
    return `${fmt(ours, 0)} + ${fmt(theirs, 0)} = ${fmt(ours + theirs, 0)} ms`;
  };
  const db = ctx.store.db;
  const from = '2026-10-01';
  // A dater who committed: their balance has historical care credits released.
  const member = members.ids[0]!;
  const plainBalance = () =>
    db
      .selectFrom('value_contributions')
      .select(['stream', 'standing', sql<string>`cast(sum(amount_minor) as text)`.as('total')])
      .where('member_id', '=', member)
      .where('status', '=', 'counted')
      .where('date', '<=', LAST_DAY)
      .groupBy(['stream', 'standing'])
      .execute();
  const plainIndicators = () =>
    db
      .selectFrom('value_contributions')
      .select([
        'member_id',
        'stream',
        sql<string>`cast(sum(quantity_milli) as text)`.as('milli'),
        sql<string>`cast(sum(amount_minor) as text)`.as('total'),
      ])
      .where('status', 'in', ['pending', 'counted', 'disputed'])
      .where('date', '>=', from)
      .where('date', '<=', LAST_DAY)
      .groupBy(['member_id', 'stream'])
      .execute();
  const rows = await db
    .selectFrom('value_contributions')
    .select(sql<string>`cast(count(*) as text)`.as('n'))
    .where('date', '>=', from)
    .where('date', '<=', LAST_DAY)
    .executeTakeFirstOrThrow();
  const balanceBase = await bestOfAsync(20, plainBalance);
  const balance = await bestOfAsync(20, () =>
    memberBalances(ctx, founder, { member, asOf: LAST_DAY }),
  );
  const allBalances = await bestOfAsync(3, () => memberBalances(ctx, founder, { asOf: LAST_DAY }));
  const indicatorsBase = await bestOfAsync(3, plainIndicators);
  const indicators = await bestOfAsync(3, () =>
    careIndicators(ctx, founder, { from, to: LAST_DAY }),
  );
  const allBalancesCpu = await cpuPerCall(3, () =>
    memberBalances(ctx, founder, { asOf: LAST_DAY }),
  );
  const indicatorsCpu = await cpuPerCall(3, () =>
    careIndicators(ctx, founder, { from, to: LAST_DAY }),
  );
  const load = loadavg()[0]!;
  const say = (line?: string) => report.say(line);
  say(
    `## Value tracking: balances and indicators (${fmt(CONTRIBUTIONS)} contributions by ${fmt(MEMBERS)} members)`,
  );
  say();
  say(
    `Contributions dated over 2026 (${fmt(CONTRIBUTIONS / MEMBERS)} a member, a third in each stream; 10% of members dating, half of them committing on 1 July; 90% counted), on ${DIALECT === 'postgres' ? 'PostgreSQL' : 'SQLite'}. The indicators window is Q4: ${fmt(Number(rows.n))} contributions. Baselines: one plain SQL aggregation over the same rows (the member's sums by stream and standing; the window's sums by member and stream). Load average (1 min) at the end: ${fmt(load, 1)}.`,
  );
  say();
  say(
    `| query | time | baseline | ratio | target | CPU per call (this process${application ? ' + its backends' : ''}) |`,
  );
  say('| --- | ---: | ---: | ---: | ---: | ---: |');
  say(
    `| one member's balance (with care released when dating ended) | ${fmt(balance, 2)} ms | ${fmt(balanceBase, 2)} ms | ${fmt(balance / balanceBase, 1)} | < 200 ms | |`,
  );
  say(`| every member's balance | ${fmt(allBalances, 0)} ms | | | < 0.5 s | ${allBalancesCpu} |`);
  say(
    `| the whole DisCO's care indicators and duties (Q4) | ${fmt(indicators, 0)} ms | ${fmt(indicatorsBase, 0)} ms | ${fmt(indicators / indicatorsBase, 1)} | < 1 s | ${indicatorsCpu} |`,
  );
  say();
}

/** Written last into a kept build's directory: a build stopped half-way has none, so it is redone. */
const KEPT = 'bench-value.json';

/**
 * Builds the DisCO in `workDir` and reports the figures. With `BENCH_VALUE_KEEP=DIR` the DisCO is
 * built once and kept (the 1,000,000-contribution build takes minutes, the reads it is built for
 * milliseconds): on SQLite the data directory `DIR/sqlite/<contributions>`; on PostgreSQL the
 * database `BENCH_VALUE_DATABASE` (default `disco_bench_value_kept_<contributions>`), its node key
 * in `DIR/postgres/<contributions>`. A later run with the same settings only measures.
 *
 * @example await benchValue(report, workDir);
 */
export async function benchValue(report: Report, workDir: string): Promise<void> {
  const keep = process.env['BENCH_VALUE_KEEP'];
  const dataDir = keep
    ? join(keep, DIALECT, String(CONTRIBUTIONS))
    : mkdtempSync(join(workDir, 'value-'));
  const marker = join(dataDir, KEPT);
  const kept =
    keep && existsSync(marker)
      ? (JSON.parse(readFileSync(marker, 'utf8')) as { founderId: string; firstMember: string })
      : null;
  let now = Date.UTC(2027, 0, 1, 9);
  const keptName = process.env['BENCH_VALUE_DATABASE'] ?? `disco_bench_value_kept_${CONTRIBUTIONS}`;
  let database: { url: string; drop(): Promise<void> } | null = null;
  if (DIALECT === 'postgres' && keep) {
    if (!kept) {
      await adminStatement(`drop database if exists ${keptName} with (force)`);
      await adminStatement(`create database ${keptName}`);
    }
    database = { url: urlOf(keptName), drop: async () => undefined };
  } else if (DIALECT === 'postgres') database = await freshDatabase('value');
  if (keep && !kept) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
  }
  // Names this run's connections, so their backends' CPU can be read apart from other sessions'.
  const application = database ? `disco_bench_value_${process.pid}` : null;
  const url = database && new URL(database.url);
  if (url && application) url.searchParams.set('application_name', application);
  const ctx = await openApp({
    dataDir,
    clock: () => new Date(now++),
    ...(url ? { databaseUrl: url.href } : {}),
  });
  try {
    // A production PostgreSQL analyzes a table after a bulk load by itself (autovacuum); a test
    // server may run without it, and its planner then guesses. `BENCH_VALUE_ANALYZE=1` gives it
    // the statistics (and the visibility map) autovacuum would have.
    const analyze = async () => {
      if (DIALECT === 'postgres' && process.env['BENCH_VALUE_ANALYZE'] === '1')
        await sql`vacuum analyze`.execute(ctx.store.db);
    };
    if (kept) {
      await analyze();
      const founder = (await loadActor(ctx, kept.founderId))!;
      await measure(report, ctx, founder, { ids: [kept.firstMember] }, application);
      return;
    }
    const { founderId } = await initLedger(ctx, {
      name: 'Bench DisCO',
      currency: 'EUR',
      timeZone: 'UTC',
      founderName: 'Founder',
    });
    const founder = (await loadActor(ctx, founderId))!;
    await setDutyRules(ctx, founder, {
      effectiveFrom: '2025-01-01',
      duties: [{ level: 'committed', stream: 'love', period: 'quarter', amount: '40000' }],
    });
    await setCareReleaseRule(ctx, founder, {
      effectiveFrom: '2025-01-01',
      onCommitment: { kind: 'release-over-months', months: 3 },
      onLeaving: 'forfeit',
    });
    const workers = await ctx.store.db
      .selectFrom('constituencies')
      .select('id')
      .where('slug', '=', 'worker-members')
      .executeTakeFirstOrThrow();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const server = application ? await backendCpu(application) : null;
    const members = await addMembers(ctx, workers.id);
    await logContributions(ctx, members, (await ctx.store.count()) + 1_000);
    process.stderr.write(
      `value bench: ${fmt(CONTRIBUTIONS)} contributions built in ${fmt((performance.now() - started) / 1000, 0)} s (CPU ${fmt(cpuSecondsSince(cpu), 1)} s${server && application ? ` + its backends ${fmt(backendCpuSince(server, await backendCpu(application)), 1)} s` : ''}, load ${fmt(loadavg()[0]!, 1)})\n`,
    );
    if (keep) writeFileSync(marker, JSON.stringify({ founderId, firstMember: members.ids[0] }));
    await analyze();
    await measure(report, ctx, founder, members, application);
  } finally {
    await ctx.store.close();
    await database?.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const workDir = mkdtempSync(join(tmpdir(), 'disco-bench-value-'));
  try {
    await benchValue(new Report(), workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
