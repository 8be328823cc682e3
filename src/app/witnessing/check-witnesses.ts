import type { Checkpoint } from '../../core/ledger/checkpoint.js';
import { checkpointNoteText, parseCheckpointText } from '../../core/ledger/checkpoint-note.js';
import { verifyCosignature } from '../../core/ledger/cosignature.js';
import { sha256 } from '../../core/ledger/hash.js';
import {
  NoteFormatError,
  parseSignatureLine,
  parseSignedNote,
  parseVerifierKey,
  SIGNATURE_TYPE_COSIGNATURE_V1,
  type VerifierKey,
} from '../../core/ledger/signed-note.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';
import type { LedgerFile } from '../ledger/ledger-file.js';
import { rootAt } from '../ledger/ledger-proofs.js';
import { configuredWitnesses, witnessEndpoint } from './configured-witnesses.js';
import { readLedgerOrigin } from './ledger-origin.js';

export interface WitnessSplit {
  witness: string;
  /** The size and root the witness cosigned, which this ledger contradicts. */
  witnessSize: number;
  witnessRoot: string;
  /** The largest size this witness cosigned that the ledger still agrees with (0: none known). */
  consistentSize: number;
  /** The first event that differs, when the evidence pins it down; else it lies in the range. */
  firstDifferingSeq: number | null;
  range: [number, number];
}

export interface WitnessCheck {
  ok: boolean;
  treeSize: number | null;
  required: number;
  /** Witnesses whose valid cosignature on the latest checkpoint the node holds. */
  cosignedBy: Array<{ name: string; timestamp: number }>;
  /** Witnesses that hold a cosigned checkpoint this ledger contradicts. */
  splits: WitnessSplit[];
  /** Everything that went wrong, in words (unreachable witnesses included). */
  problems: string[];
}

/**
 * Checks the latest checkpoint against the given witness keys: it needs `minWitnesses` valid
 * cosignatures, and no witness may hold a cosigned checkpoint the ledger contradicts. Each
 * witness the governed parameter lists is asked what it last cosigned (tlog-witness's monitoring
 * read); one that cannot be reached is reported but proves nothing either way.
 */
export async function checkWitnesses(
  ctx: AppContext,
  options: { witnessKeys: readonly string[]; minWitnesses: number },
): Promise<WitnessCheck> {
  const keys = parseWitnessKeys(options);
  const latest = await ctx.store.latestCheckpoint();
  const problems: string[] = [];
  const cosignedBy: WitnessCheck['cosignedBy'] = [];
  const splits: WitnessSplit[] = [];
  if (!latest) {
    return {
      ok: options.minWitnesses === 0,
      treeSize: null,
      required: options.minWitnesses,
      cosignedBy,
      splits,
      problems: ['the ledger has no checkpoint'],
    };
  }
  const origin = await readLedgerOrigin(ctx);
  const text = checkpointNoteText({ origin, treeSize: latest.treeSize, root: latest.root });
  const stored = await ctx.store.db
    .selectFrom('checkpoint_cosignatures')
    .select(['tree_size', 'witness_key', 'line'])
    .execute();
  const configured = await configuredWitnesses(ctx);
  const { size: ledgerSize } = await ctx.store.head();
  for (const { key } of keys) {
    const mine = stored.filter((row) => sameKey(row.witness_key, key));
    const onLatest = mine.find((row) => row.tree_size === latest.treeSize);
    const verified =
      onLatest && verifyCosignature(text, parseSignatureLine(onLatest.line.trimEnd()), key);
    if (verified) cosignedBy.push({ name: key.keyName, timestamp: verified.timestamp });
    else
      problems.push(
        `${key.keyName} has not cosigned the latest checkpoint (${latest.treeSize} events)`,
      );
    const url = configured.find((w) => sameKey(w.key, key))?.url;
    if (!url) continue;
    const held = await readWitnessedCheckpoint(ctx, url, origin, key);
    if (typeof held === 'string') {
      problems.push(`${key.keyName}: ${held}`);
      continue;
    }
    if (!held) continue;
    const agrees = held.size <= ledgerSize && (await rootAt(ctx.store, held.size)) === held.root;
    if (agrees) continue;
    let consistentSize = 0;
    for (const row of mine) {
      if (
        row.tree_size >= held.size ||
        row.tree_size > ledgerSize ||
        row.tree_size <= consistentSize
      )
        continue;
      const rowText = checkpointNoteText({
        origin,
        treeSize: row.tree_size,
        root: await rootAt(ctx.store, row.tree_size),
      });
      if (verifyCosignature(rowText, parseSignatureLine(row.line.trimEnd()), key)) {
        consistentSize = row.tree_size;
      }
    }
    const range: [number, number] = [consistentSize + 1, held.size];
    splits.push({
      witness: key.keyName,
      witnessSize: held.size,
      witnessRoot: held.root,
      consistentSize,
      firstDifferingSeq: range[0] === range[1] ? range[0] : null,
      range,
    });
    problems.push(
      `${key.keyName} cosigned ${held.size} events with a root this ledger contradicts: the histories split after event ${consistentSize} (the first differing event is in ${range[0]}..${range[1]})`,
    );
  }
  return {
    ok: cosignedBy.length >= options.minWitnesses && splits.length === 0,
    treeSize: latest.treeSize,
    required: options.minWitnesses,
    cosignedBy,
    splits,
    problems,
  };
}

/** The --witness keys, refused with their position when one is not a cosignature/v1 vkey. */
function parseWitnessKeys(options: {
  witnessKeys: readonly string[];
  minWitnesses: number;
}): Array<{ text: string; key: VerifierKey }> {
  const keys = options.witnessKeys.map((text, i) => {
    try {
      const key = parseVerifierKey(text);
      if (key.type !== SIGNATURE_TYPE_COSIGNATURE_V1) throw new NoteFormatError('not type 0x04');
      return { text, key };
    } catch (error) {
      throw invalid(refusal('refusal.witness-key-not-verifier'), [
        { field: `witness[${i}]`, message: (error as Error).message },
      ]);
    }
  });
  if (options.minWitnesses > keys.length) {
    throw invalid(
      refusal('refusal.min-witnesses-above-keys', {
        minWitnesses: options.minWitnesses,
        keysCount: keys.length,
      }),
      [{ field: 'minWitnesses', message: 'at most the number of --witness keys' }],
    );
  }
  return keys;
}

/**
 * The same check on an export file, offline: the file's latest checkpoint needs `minWitnesses`
 * valid cosignatures among those the file carries (its `cosignatures` line). No witness is asked
 * what it holds, so a split cannot be seen from a file alone; run the check on the node for that.
 */
export function checkFileCosignatures(
  file: Pick<LedgerFile, 'header' | 'checkpoints' | 'cosignatures'>,
  options: { witnessKeys: readonly string[]; minWitnesses: number },
): WitnessCheck {
  const keys = parseWitnessKeys(options);
  const latest = file.checkpoints
    .filter((c) => c.treeSize <= file.header.size)
    .reduce<Checkpoint | null>((a, c) => (a && a.treeSize >= c.treeSize ? a : c), null);
  const problems: string[] = [];
  const cosignedBy: WitnessCheck['cosignedBy'] = [];
  const done = (): WitnessCheck => ({
    ok: cosignedBy.length >= options.minWitnesses,
    treeSize: latest?.treeSize ?? null,
    required: options.minWitnesses,
    cosignedBy,
    splits: [],
    problems,
  });
  if (!latest) {
    problems.push('the file has no checkpoint');
    return done();
  }
  const carried = file.cosignatures;
  if (!carried || carried.treeSize !== latest.treeSize) {
    problems.push(
      `the file carries no cosignatures of its latest checkpoint (${latest.treeSize} events)`,
    );
    return done();
  }
  // The origin names the ledger: cosignatures of another ledger's note prove nothing here.
  if (!carried.origin.endsWith(`/${file.header.ledgerId}`)) {
    problems.push(
      `the cosignatures' origin ${carried.origin} is not of ledger ${file.header.ledgerId}`,
    );
    return done();
  }
  const text = checkpointNoteText({
    origin: carried.origin,
    treeSize: latest.treeSize,
    root: latest.root,
  });
  for (const { key } of keys) {
    let verified: { timestamp: number } | null = null;
    for (const line of carried.lines) {
      try {
        verified = verifyCosignature(text, parseSignatureLine(line.trimEnd()), key) || null;
      } catch {
        verified = null;
      }
      if (verified) break;
    }
    if (verified) cosignedBy.push({ name: key.keyName, timestamp: verified.timestamp });
    else
      problems.push(
        `${key.keyName} has not cosigned the latest checkpoint (${latest.treeSize} events) in this file`,
      );
  }
  return done();
}

function sameKey(text: string, key: VerifierKey): boolean {
  try {
    const other = parseVerifierKey(text);
    return (
      other.keyId === key.keyId &&
      other.keyName === key.keyName &&
      other.publicKey.equals(key.publicKey)
    );
  } catch {
    return false;
  }
}

/** What the witness says it last cosigned for `origin`: null for nothing, a string for a problem. */
async function readWitnessedCheckpoint(
  ctx: AppContext,
  url: string,
  origin: string,
  key: VerifierKey,
): Promise<{ size: number; root: string } | null | string> {
  const path = `${sha256(Buffer.from(origin, 'utf8')).toString('hex')}/checkpoint`;
  let response: Response;
  try {
    response = await (ctx.witnessing?.fetch ?? fetch)(witnessEndpoint(url, path), {
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    return `could not be asked what it cosigned (${(error as Error).message})`;
  }
  if (response.status === 404) return null;
  if (response.status !== 200) return `answered ${response.status} when asked what it cosigned`;
  try {
    const note = parseSignedNote(await response.text());
    const checkpoint = parseCheckpointText(note.text);
    if (checkpoint.origin !== origin) return 'answered with the checkpoint of another log';
    const cosigned = note.signatures.some((s) => verifyCosignature(note.text, s, key));
    if (!cosigned) return 'answered with a checkpoint that carries no valid cosignature of its key';
    return { size: checkpoint.treeSize, root: checkpoint.root };
  } catch (error) {
    return `answered with a malformed checkpoint (${(error as Error).message})`;
  }
}
