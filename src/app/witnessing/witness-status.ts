import type { Message, MessageParams } from '../../core/messages/codes.js';
import type { AppContext } from '../context.js';
import { jobErrorSaid } from '../jobs/job-queue.js';
import { configuredWitnesses } from './configured-witnesses.js';
import { WITNESS_SUBMISSION } from './submit-checkpoint.js';

export interface WitnessStatus {
  url: string;
  key: string;
  name: string;
  /** The largest checkpoint size this witness cosigned; 0 when it never did. */
  cosignedSize: number;
  cosignedAt: string | null;
  /** Why the witness last refused this node's checkpoint; null when it has not since it cosigned. */
  refusal: string | null;
  /** `refusal` as a code, for the reader's language; null when none or kept before codes. */
  refusalSaid: Message | null;
  /** The witness's own answer with its refusal, in its words; null when it gave none. */
  refusalAnswer: string | null;
  refusedAt: string | null;
  /** The submission job: pending (with its last error, e.g. unreachable), done, or given up. */
  submission: {
    state: 'pending' | 'done' | 'failed';
    attempts: number;
    lastError: string | null;
    /** `lastError` as a code, for the reader's language; null on failures kept before codes. */
    lastErrorSaid: Message | null;
  } | null;
}

export interface WitnessingStatus {
  latestCheckpoint: number | null;
  witnesses: WitnessStatus[];
}

/** Each configured witness and how far it follows this ledger, refusals included. */
export async function showWitnessStatus(ctx: AppContext): Promise<WitnessingStatus> {
  const latest = await ctx.store.latestCheckpoint();
  const progress = await ctx.store.db.selectFrom('witness_progress').selectAll().execute();
  const jobs = await ctx.store.db
    .selectFrom('jobs')
    .select([
      'dedupe_key',
      'state',
      'attempts',
      'last_error',
      'last_error_code',
      'last_error_params',
    ])
    .where('kind', '=', WITNESS_SUBMISSION)
    .execute();
  return {
    latestCheckpoint: latest?.treeSize ?? null,
    witnesses: (await configuredWitnesses(ctx)).map((w) => {
      const p = progress.find((row) => row.witness_key === w.key);
      const job = jobs.find((row) => row.dedupe_key === `witness:${w.key}`);
      return {
        url: w.url,
        key: w.key,
        name: w.verifier.keyName,
        cosignedSize: p?.cosigned_size ?? 0,
        cosignedAt: p?.cosigned_at ?? null,
        refusal: p?.refusal ?? null,
        refusalSaid:
          p?.refusal && p.refusal_code
            ? {
                code: p.refusal_code,
                params: JSON.parse(p.refusal_params ?? '{}') as MessageParams,
              }
            : null,
        refusalAnswer: p?.refusal ? p.refusal_answer : null,
        refusedAt: p?.refused_at ?? null,
        submission: job
          ? {
              state: job.state,
              attempts: job.attempts,
              lastError: job.last_error,
              lastErrorSaid: jobErrorSaid(job),
            }
          : null,
      };
    }),
  };
}
