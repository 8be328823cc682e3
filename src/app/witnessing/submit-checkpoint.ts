import { message, type Message } from '../../core/messages/codes.js';
import { renderEnglish } from '../../core/messages/render-en.js';
import { verifyCosignature } from '../../core/ledger/cosignature.js';
import { consistencyPlan } from '../../core/ledger/merkle.js';
import { formatSignatureLine, parseSignatureLine } from '../../core/ledger/signed-note.js';
import { formatAddCheckpointRequest } from '../../core/ledger/witness-protocol.js';
import type { AppContext } from '../context.js';
import { isoNow } from '../clock.js';
import { getConsistencyProof } from '../ledger/ledger-proofs.js';
import { JobFailure, PermanentJobFailure, wakeJobs, type Job } from '../jobs/job-queue.js';
import { COSIGNED_PROOF_JOB } from '../federation/outbox.js';
import { showCheckpointNote } from './checkpoint-note.js';
import {
  configuredWitnesses,
  witnessEndpoint,
  type ConfiguredWitness,
} from './configured-witnesses.js';

export const WITNESS_SUBMISSION = 'witness.add-checkpoint';
const REQUEST_TIMEOUT_MS = 10_000;

export interface WitnessSubmissionPayload {
  witnessKey: string;
  treeSize: number;
}

/**
 * The job that sends this node's latest checkpoint to one witness (tlog-witness add-checkpoint)
 * with a consistency proof from the size the witness last cosigned, and keeps its cosignature.
 * A 409 teaches the size the witness holds, and the request is made again once from there. A
 * refusal (400, 403, 404, 422, or a size this ledger cannot prove from) is recorded for the
 * operator and the members to see and gives the job up; an unreachable witness is retried.
 */
export async function submitCheckpointToWitness(ctx: AppContext, job: Job): Promise<void> {
  const { witnessKey } = job.payload as WitnessSubmissionPayload;
  const witness = (await configuredWitnesses(ctx)).find((w) => w.key === witnessKey);
  if (!witness) return; // no longer configured: nothing to do
  const view = await showCheckpointNote(ctx);
  const size = view.checkpoint.treeSize;
  let oldSize = await cosignedSize(ctx, witness.key);
  for (let round = 0; round < 2; round++) {
    if (oldSize > size) {
      return refuse(ctx, witness, message('job.failure.witness-holds-more', { oldSize, size }));
    }
    const proof =
      oldSize === 0 || oldSize === size
        ? []
        : (await getConsistencyProof(ctx.store, oldSize, size)).path.map((h) =>
            Buffer.from(h, 'hex'),
          );
    if (
      proof.length !==
      (oldSize === 0 || oldSize === size ? 0 : consistencyPlan(oldSize, size).length)
    ) {
      throw new JobFailure(message('job.failure.consistency-proof-incomplete'));
    }
    const body = formatAddCheckpointRequest({ oldSize, proof, note: view.signedByNode });
    const response = await (ctx.witnessing?.fetch ?? fetch)(
      witnessEndpoint(witness.url, 'add-checkpoint'),
      {
        method: 'POST',
        body,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      },
    );
    const answer = await response.text();
    if (response.status === 200) return keepCosignature(ctx, witness, view.text, size, answer);
    if (response.status === 409 && /^(0|[1-9][0-9]*)\n$/.test(answer)) {
      oldSize = Number(answer.trim());
      await recordProgress(ctx, witness, { cosigned_size: oldSize });
      continue;
    }
    if (response.status >= 500 || response.status === 429) {
      throw new JobFailure(
        message('job.failure.witness-answered', { status: response.status }),
        answer.trim().slice(0, 300),
      );
    }
    return refuse(
      ctx,
      witness,
      message('job.failure.witness-status', { status: response.status }),
      answer.trim().slice(0, 300),
    );
  }
  throw new JobFailure(message('job.failure.witness-conflict-twice'));
}

async function keepCosignature(
  ctx: AppContext,
  witness: ConfiguredWitness,
  text: string,
  size: number,
  answer: string,
): Promise<void> {
  for (const line of answer.split('\n').filter((l) => l !== '')) {
    let signature;
    try {
      signature = parseSignatureLine(line);
    } catch {
      continue;
    }
    const verified = verifyCosignature(text, signature, witness.verifier);
    if (!verified) continue;
    const now = isoNow(ctx.clock);
    await ctx.store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('checkpoint_cosignatures')
        .values({
          tree_size: size,
          witness_key: witness.key,
          timestamp: verified.timestamp,
          line: formatSignatureLine(signature),
          received_at: now,
        })
        .onConflict((oc) => oc.columns(['tree_size', 'witness_key']).doNothing())
        .execute();
    });
    // Deliveries waiting for a proof against a cosigned checkpoint may have theirs now.
    await wakeJobs(ctx, COSIGNED_PROOF_JOB);
    await recordProgress(ctx, witness, {
      cosigned_size: size,
      cosigned_at: now,
      ...NO_REFUSAL,
    });
    return;
  }
  await refuse(ctx, witness, message('job.failure.witness-no-cosignature'));
}

async function refuse(
  ctx: AppContext,
  witness: ConfiguredWitness,
  reason: Message,
  answer = '',
): Promise<never> {
  const english = renderEnglish(reason);
  const refusal = answer ? `${english}: ${answer}` : english;
  await recordProgress(ctx, witness, {
    refusal,
    refused_at: isoNow(ctx.clock),
    refusal_code: reason.code,
    refusal_params: JSON.stringify(reason.params),
    refusal_answer: answer || null,
  });
  throw new PermanentJobFailure(
    message('job.failure.witness-refused', { witness: witness.verifier.keyName, reason }),
    answer,
  );
}

const NO_REFUSAL = {
  refusal: null,
  refused_at: null,
  refusal_code: null,
  refusal_params: null,
  refusal_answer: null,
} as const;

async function cosignedSize(ctx: AppContext, witnessKey: string): Promise<number> {
  const row = await ctx.store.db
    .selectFrom('witness_progress')
    .select('cosigned_size')
    .where('witness_key', '=', witnessKey)
    .executeTakeFirst();
  return row?.cosigned_size ?? 0;
}

async function recordProgress(
  ctx: AppContext,
  witness: ConfiguredWitness,
  changes: Partial<{
    cosigned_size: number;
    cosigned_at: string | null;
    refusal: string | null;
    refused_at: string | null;
    refusal_code: string | null;
    refusal_params: string | null;
    refusal_answer: string | null;
  }>,
): Promise<void> {
  await ctx.store.db
    .insertInto('witness_progress')
    .values({
      witness_key: witness.key,
      url: witness.url,
      cosigned_size: 0,
      cosigned_at: null,
      ...NO_REFUSAL,
      ...changes,
    })
    .onConflict((oc) => oc.column('witness_key').doUpdateSet({ url: witness.url, ...changes }))
    .execute();
}
