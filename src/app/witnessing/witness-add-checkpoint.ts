import { parseCheckpointText } from '../../core/ledger/checkpoint-note.js';
import { cosign } from '../../core/ledger/cosignature.js';
import {
  formatSignatureLine,
  NoteFormatError,
  parseSignedNote,
  parseVerifierKey,
} from '../../core/ledger/signed-note.js';
import {
  decideAddCheckpoint,
  parseAddCheckpointRequest,
  type AddCheckpointRequest,
  type WitnessedLog,
} from '../../core/ledger/witness-protocol.js';
import type { AppContext } from '../context.js';

/** The answer of add-checkpoint, as tlog-witness writes it: a plain-text body and its type. */
export interface WitnessAnswer {
  status: 200 | 400 | 403 | 404 | 409 | 422 | 503;
  body: string;
  contentType: 'text/plain; charset=utf-8' | 'text/x.tlog.size';
}

/**
 * C2SP tlog-witness add-checkpoint: checks the log's signature and the consistency proof from the
 * size this witness last cosigned, then cosigns. Checking and persisting are one atomic step: the
 * new state is written only if the stored size and root are still those the proof was checked
 * against (compare-and-set), so two racing requests can never roll the log back.
 */
export async function witnessAddCheckpoint(ctx: AppContext, body: string): Promise<WitnessAnswer> {
  const identity = ctx.witnessing?.witness;
  if (!identity) {
    return text(503, 'this node does not witness: set DISCO_PUBLIC_URL or DISCO_WITNESS_NAME');
  }
  let request: AddCheckpointRequest;
  let origin: string;
  try {
    request = parseAddCheckpointRequest(body);
    origin = parseCheckpointText(parseSignedNote(request.note).text).origin;
  } catch (error) {
    if (error instanceof NoteFormatError) return text(400, error.message);
    throw error;
  }
  for (;;) {
    const log = await readWitnessedLog(ctx, origin);
    const decision = decideAddCheckpoint(request, (o) => (o === log?.origin ? log : undefined));
    if (decision.status === 409) {
      return { status: 409, body: `${decision.knownSize}\n`, contentType: 'text/x.tlog.size' };
    }
    if (decision.status !== 200) return text(decision.status, decision.reason);
    const now = ctx.clock();
    const timestamp = Math.floor(now.getTime() / 1000);
    const line = formatSignatureLine(
      cosign(decision.text, timestamp, identity.keyName, identity.signer),
    );
    const result = await ctx.store.db
      .updateTable('witnessed_logs')
      .set({
        size: decision.checkpoint.treeSize,
        root: decision.checkpoint.root,
        checkpoint: `${request.note}${line}`,
        updated_at: now.toISOString(),
      })
      .where('origin', '=', origin)
      .where('size', '=', log!.size)
      .where('root', '=', log!.root)
      .executeTakeFirst();
    // Another request moved the log meanwhile: decide again against what it stored.
    if (Number(result.numUpdatedRows) === 1) {
      return { status: 200, body: line, contentType: 'text/plain; charset=utf-8' };
    }
  }
}

async function readWitnessedLog(
  ctx: AppContext,
  origin: string,
): Promise<WitnessedLog | undefined> {
  const row = await ctx.store.db
    .selectFrom('witnessed_logs')
    .select(['origin', 'log_key', 'size', 'root'])
    .where('origin', '=', origin)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    origin: row.origin,
    logKeys: [parseVerifierKey(row.log_key)],
    size: row.size,
    root: row.root,
  };
}

function text(status: WitnessAnswer['status'], message: string): WitnessAnswer {
  return { status, body: `${message}\n`, contentType: 'text/plain; charset=utf-8' };
}
