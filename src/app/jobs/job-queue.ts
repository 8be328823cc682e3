import { sql } from 'kysely';
import {
  isMessage,
  message,
  type Message,
  type MessageParam,
  type MessageParams,
} from '../../core/messages/codes.js';
import { renderEnglish } from '../../core/messages/render-en.js';
import { RemoteFetchError } from '../federation/guarded-fetch.js';
import type { AppContext } from '../context.js';
import { uuidv7 } from '../ids.js';
import { redactUrls } from './redact-urls.js';

/*
 * The durable job table: work that must happen once, survive a restart and be retried with
 * backoff (witness submissions now; mail, webhooks and federation deliveries later). Several
 * servers on one PostgreSQL database share it: a claim is one UPDATE over a row picked with
 * FOR UPDATE SKIP LOCKED, and the claimant holds a lease, so no two servers run a job at once.
 */

export const DEFAULT_MAX_ATTEMPTS = 8;
/** How long a claimed job is its claimant's before another server may take it (a crash). */
export const JOB_LEASE_MS = 60_000;
const MAX_BACKOFF_MS = 10 * 60_000;

export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  /** Counting this one. */
  attempts: number;
  maxAttempts: number;
}

/**
 * Thrown by a handler that quotes what a remote party answered. The quote is kept with the job,
 * after the reason, for an operator to read, but never logged: a peer's body may hold anything.
 */
export class JobFailure extends Error {
  constructor(
    /** Why, as a code the Deck words in the reader's language; the error's message is its English. */
    readonly said: Message,
    readonly answer = '',
    /** What the system said besides (English), kept in the text for an operator. */
    detail = '',
  ) {
    super(detail ? `${renderEnglish(said)}: ${detail}` : renderEnglish(said));
    this.name = 'JobFailure';
  }
}

/** Thrown by a handler when trying again cannot help: the job is given up at once, reason kept. */
export class PermanentJobFailure extends JobFailure {
  constructor(said: Message, answer = '', detail = '') {
    super(said, answer, detail);
    this.name = 'PermanentJobFailure';
  }
}

/**
 * Thrown by a handler whose job waits on another party that has not acted yet (a witness that has
 * not cosigned): the job is tried again after `retryMs` and its attempt is given back, so a long
 * wait, or that party's outage, exhausts none of the retries meant for the job's own failures.
 */
export class JobNotReady extends Error {
  constructor(
    readonly said: Message,
    readonly retryMs: number,
  ) {
    super(renderEnglish(said));
    this.name = 'JobNotReady';
  }
}

export interface JobView {
  id: string;
  kind: string;
  dedupeKey: string | null;
  state: 'pending' | 'done' | 'failed';
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lastError: string | null;
  /** `lastError` as a code and its parameters; null on rows failed before codes were kept. */
  lastErrorSaid: Message | null;
  updatedAt: string;
}

/**
 * Adds a job (due now, or after `delayMs`), or with a `dedupeKey` replaces the job of that key unless it is pending or running
 * (a pending job of the key will do the same work).
 */
export async function enqueueJob(
  ctx: AppContext,
  job: {
    kind: string;
    payload: unknown;
    dedupeKey?: string;
    maxAttempts?: number;
    delayMs?: number;
  },
): Promise<void> {
  const now = ctx.clock().toISOString();
  const runAt = job.delayMs ? new Date(ctx.clock().getTime() + job.delayMs).toISOString() : now;
  const values = {
    kind: job.kind,
    payload: JSON.stringify(job.payload),
    state: 'pending' as const,
    attempts: 0,
    max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    run_at: runAt,
    locked_until: null,
    last_error: null,
    last_error_code: null,
    last_error_params: null,
    updated_at: now,
  };
  await ctx.store.db
    .insertInto('jobs')
    .values({
      id: uuidv7(ctx.clock),
      dedupe_key: job.dedupeKey ?? null,
      created_at: now,
      ...values,
    })
    .onConflict((oc) =>
      oc.column('dedupe_key').doUpdateSet(values).where('jobs.state', '!=', 'pending'),
    )
    .execute();
}

/** Takes the oldest due job, if any, under a lease. */
export async function claimJob(ctx: AppContext): Promise<Job | null> {
  const now = ctx.clock();
  const iso = now.toISOString();
  const lease = new Date(now.getTime() + JOB_LEASE_MS).toISOString();
  const lock = ctx.store.dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const { rows } = await sql<{
    id: string;
    kind: string;
    payload: string;
    attempts: number;
    max_attempts: number;
  }>`update jobs set locked_until = ${lease}, attempts = attempts + 1, updated_at = ${iso}
     where id = (select id from jobs where state = 'pending' and run_at <= ${iso}
                 and (locked_until is null or locked_until <= ${iso})
                 order by run_at limit 1 ${lock})
     returning id, kind, payload, attempts, max_attempts`.execute(ctx.store.db);
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
  };
}

export async function completeJob(ctx: AppContext, job: Job): Promise<void> {
  await ctx.store.db
    .updateTable('jobs')
    .set({
      state: 'done',
      locked_until: null,
      last_error: null,
      last_error_code: null,
      last_error_params: null,
      updated_at: ctx.clock().toISOString(),
    })
    .where('id', '=', job.id)
    .execute();
}

/**
 * Records why it failed; retries later with exponential backoff, or gives up after the last try.
 * Returns when it is to be tried next, or null when it was given up.
 */
export async function failJob(
  ctx: AppContext,
  job: Job,
  reason: string,
  options: { permanent?: boolean; said?: Message | null } = {},
): Promise<{ nextTry: string | null }> {
  const now = ctx.clock();
  const giveUp = options.permanent || job.attempts >= job.maxAttempts;
  const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (job.attempts - 1));
  const runAt = new Date(now.getTime() + (giveUp ? 0 : backoff)).toISOString();
  await ctx.store.db
    .updateTable('jobs')
    .set({
      state: giveUp ? 'failed' : 'pending',
      run_at: runAt,
      locked_until: null,
      last_error: reason.slice(0, 2000),
      ...saidColumns(options.said ?? null),
      updated_at: now.toISOString(),
    })
    .where('id', '=', job.id)
    .execute();
  return { nextTry: giveUp ? null : runAt };
}

/** Puts a job that is not ready back, due after `retryMs`, without counting its attempt. */
async function deferJob(ctx: AppContext, job: Job, said: Message, retryMs: number): Promise<void> {
  const now = ctx.clock();
  await ctx.store.db
    .updateTable('jobs')
    .set({
      state: 'pending',
      attempts: job.attempts - 1,
      run_at: new Date(now.getTime() + retryMs).toISOString(),
      locked_until: null,
      last_error: redactUrls(renderEnglish(said)).slice(0, 2000),
      ...saidColumns(said),
      updated_at: now.toISOString(),
    })
    .where('id', '=', job.id)
    .execute();
}

function saidColumns(said: Message | null) {
  return {
    last_error_code: said?.code ?? null,
    last_error_params: said ? JSON.stringify(redactParams(said.params)) : null,
  };
}

/** The parameters with their URLs redacted as the English text's are (a URL may carry a token). */
function redactParams(params: MessageParams): MessageParams {
  const redact = (value: MessageParam): MessageParam =>
    typeof value === 'string'
      ? redactUrls(value)
      : Array.isArray(value)
        ? value.map(redact)
        : isMessage(value)
          ? { code: value.code, params: redactParams(value.params) }
          : value;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, redact(v)]));
}

/** Why a handler failed, as a code, when it said so: our failures and a peer's refusals do. */
function saidOf(error: unknown): Message | null {
  if (error instanceof JobFailure || error instanceof JobNotReady) return error.said;
  if (error instanceof RemoteFetchError) return error.reason;
  return null;
}

/**
 * Makes the pending jobs of a kind due now: what they waited for has arrived. Returns how many.
 *
 * @example await wakeJobs(ctx, COSIGNED_PROOF_JOB);
 */
export async function wakeJobs(ctx: AppContext, kind: string): Promise<number> {
  const now = ctx.clock().toISOString();
  const result = await ctx.store.db
    .updateTable('jobs')
    .set({ run_at: now, updated_at: now })
    .where('kind', '=', kind)
    .where('state', '=', 'pending')
    .where('run_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export type JobHandler = (ctx: AppContext, job: Job) => Promise<void>;

/**
 * Runs due jobs one after another until none is due or `limit` ran. A handler's error retries
 * the job later; a PermanentJobFailure gives it up; a JobNotReady puts it back uncounted. Each failure is one line in `ctx.log`, when
 * the server gave one (a warning while it will be retried, an error once given up). Returns how
 * many ran.
 */
export async function runDueJobs(
  ctx: AppContext,
  handlers: Readonly<Record<string, JobHandler>>,
  limit = 100,
): Promise<number> {
  let ran = 0;
  for (; ran < limit; ran++) {
    const job = await claimJob(ctx);
    if (!job) break;
    const handler = handlers[job.kind];
    try {
      if (!handler)
        throw new PermanentJobFailure(message('job.failure.no-handler', { kind: job.kind }));
      await handler(ctx, job);
      await completeJob(ctx, job);
    } catch (error) {
      if (error instanceof JobNotReady) {
        await deferJob(ctx, job, error.said, error.retryMs);
        continue;
      }
      const reason = redactUrls(error instanceof Error ? error.message : String(error));
      const answer = error instanceof JobFailure && error.answer ? error.answer : null;
      const { nextTry } = await failJob(ctx, job, answer ? `${reason}: ${answer}` : reason, {
        permanent: error instanceof PermanentJobFailure,
        said: saidOf(error),
      });
      logFailure(ctx, job, reason, nextTry);
    }
  }
  return ran;
}

/** Never the payload nor a remote's answer: either may carry personal data or a peer's junk. */
function logFailure(ctx: AppContext, job: Job, reason: string, nextTry: string | null): void {
  if (!ctx.log) return;
  const fields = {
    job: {
      kind: job.kind,
      id: job.id,
      attempt: job.attempts,
      maxAttempts: job.maxAttempts,
      nextTry,
    },
    reason: reason.slice(0, 500),
  };
  if (nextTry === null) ctx.log.error(fields, 'job given up');
  else ctx.log.warn(fields, 'job failed, will retry');
}

export async function listJobs(
  ctx: AppContext,
  filter: { kind?: string; state?: JobView['state'] } = {},
  limit = 100,
): Promise<JobView[]> {
  let query = ctx.store.db.selectFrom('jobs').selectAll();
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.state) query = query.where('state', '=', filter.state);
  const rows = await query.orderBy('updated_at', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    dedupeKey: r.dedupe_key,
    state: r.state,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    runAt: r.run_at,
    lastError: r.last_error,
    lastErrorSaid: jobErrorSaid(r),
    updatedAt: r.updated_at,
  }));
}

/**
 * A job row's last failure as a code and its parameters, or null when it has none (never failed,
 * or failed before codes were kept: then its English text is all there is).
 *
 * @example jobErrorSaid({ last_error_code: 'job.failure.receiver-answered', last_error_params: '{"status":500}' })
 */
export function jobErrorSaid(row: {
  last_error_code: string | null;
  last_error_params: string | null;
}): Message | null {
  if (row.last_error_code === null) return null;
  return {
    code: row.last_error_code,
    params: JSON.parse(row.last_error_params ?? '{}') as MessageParams,
  };
}
