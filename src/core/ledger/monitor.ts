import { z } from 'zod';
import { CHECKPOINT_FORMAT, verifyCheckpointSignature, type Checkpoint } from './checkpoint.js';
import { nodeHash } from './merkle.js';

/*
 * Every member a monitor: a member keeps the last checkpoint it verified (pinned on first use)
 * and, each time it talks to the node, asks for the latest one and a consistency proof between
 * the two. The node can then no longer show a member one history and later another without the
 * member holding two signatures that contradict each other.
 */

export const EVIDENCE_FORMAT = 'disco-cat/evidence@1';

/**
 * What a monitor can see go wrong. The first three are contradictions between two checkpoints
 * signed by one key; the last three are alarms a single sighting raises but cannot prove to others.
 */
export const ALARM_KINDS = [
  'fork',
  'inconsistent',
  'tree-shrank',
  'bad-signature',
  'other-ledger',
  'node-key-changed',
] as const;
export type AlarmKind = (typeof ALARM_KINDS)[number];

/** A consistency proof as `GET /api/ledger/consistency` serves it. */
export interface ConsistencyProofJson {
  from: number;
  to: number;
  fromRoot: string;
  toRoot: string;
  path: string[];
}

/** The file a monitor writes when it raises an alarm; `checkEvidence` re-derives everything from it. */
export interface Evidence {
  format: typeof EVIDENCE_FORMAT;
  kind: AlarmKind;
  /** What the monitor concluded, in words, when it raised the alarm. */
  conclusion: string;
  /** Where the checkpoints came from: a server URL or a local database. */
  source: string;
  detectedAt: string;
  /** The checkpoint the monitor had pinned; null when the first sighting was already bad. */
  earlier: Checkpoint | null;
  /** The checkpoint the node served when the alarm was raised. */
  later: Checkpoint;
  /** The consistency proof from `earlier` to `later` as the node served it, if one was asked for. */
  proof: ConsistencyProofJson | null;
}

export interface Alarm {
  kind: AlarmKind;
  message: string;
  evidence: Evidence;
}

export type MonitorOutcome =
  /** Keep `checkpoint` as the new pin (first use, or proven an extension of the old pin). */
  | { status: 'pin'; checkpoint: Checkpoint; reason: 'first-sighting' | 'consistent' }
  /** The node still stands by the pinned tree: nothing to fetch or store. */
  | { status: 'unchanged' }
  /** Ask the node for `GET /api/ledger/consistency?from=&to=` and decide again with the answer. */
  | { status: 'needs-proof'; from: number; to: number }
  | { status: 'alarm'; alarm: Alarm };

export interface MonitorInput {
  pinned: Checkpoint | null;
  latest: Checkpoint;
  /** Undefined: not asked yet. Null: asked, and the node gave none. */
  proof?: ConsistencyProofJson | null;
  source: string;
  /** When the check runs (time is injected). */
  now: string;
}

function short(hash: string): string {
  return hash.slice(0, 16);
}

function describe(checkpoint: Checkpoint): string {
  return `size ${checkpoint.treeSize}, root ${short(checkpoint.root)}…, signed ${checkpoint.time}`;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

/**
 * The two roots an RFC 9162 §2.1.4.2 consistency proof leads to: the old tree's (`fromRoot`) and
 * the new tree's (`toRoot`). When `toRoot` equals a signed root, the path's hashes are bound to
 * that tree, so `fromRoot` is what its first `oldSize` leaves hash to. For an old size that is a
 * power of two the proof starts from the old root itself, so `seed` (the root the node claims for
 * its prefix) takes its place. Null when the path does not fit the two sizes.
 */
export function consistencyRoots(
  oldSize: number,
  newSize: number,
  seed: string,
  path: readonly string[],
): { fromRoot: string; toRoot: string } | null {
  if (!(Number.isSafeInteger(oldSize) && Number.isSafeInteger(newSize))) return null;
  if (oldSize < 1 || oldSize >= newSize) return null;
  const hashes = (isPowerOfTwo(oldSize) ? [seed, ...path] : [...path]).map((h) =>
    Buffer.from(h, 'hex'),
  );
  if (hashes.length === 0 || hashes.some((h) => h.length !== 32)) return null;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Buffer = hashes[0]!;
  let sr: Buffer = hashes[0]!;
  for (const c of hashes.slice(1)) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) return null;
  return { fromRoot: fr.toString('hex'), toRoot: sr.toString('hex') };
}

function wellSigned(checkpoint: Checkpoint): boolean {
  return checkpoint.format === CHECKPOINT_FORMAT && verifyCheckpointSignature(checkpoint);
}

/**
 * Compares the pinned checkpoint with the node's latest and, when the tree grew, with the
 * consistency proof between them. Pure: the caller fetches, stores and raises the alarm.
 *
 * @example
 * let outcome = monitorCheckpoint({ pinned, latest, source, now });
 * if (outcome.status === 'needs-proof') outcome = monitorCheckpoint({ pinned, latest, source, now, proof });
 */
export function monitorCheckpoint(input: MonitorInput): MonitorOutcome {
  const { pinned, latest } = input;
  const proof = input.proof ?? null;
  const alarm = (kind: AlarmKind, message: string): MonitorOutcome => ({
    status: 'alarm',
    alarm: {
      kind,
      message,
      evidence: {
        format: EVIDENCE_FORMAT,
        kind,
        conclusion: message,
        source: input.source,
        detectedAt: input.now,
        earlier: pinned,
        later: latest,
        proof,
      },
    },
  });
  if (!wellSigned(latest))
    return alarm(
      'bad-signature',
      `The node's latest checkpoint (${describe(latest)}) does not carry a valid signature by its node key ${latest.nodeKey}.`,
    );
  if (!pinned) return { status: 'pin', checkpoint: latest, reason: 'first-sighting' };
  if (latest.ledgerId !== pinned.ledgerId)
    return alarm(
      'other-ledger',
      `${input.source} now serves ledger ${short(latest.ledgerId)}…, not ledger ${short(pinned.ledgerId)}… it served before.`,
    );
  if (latest.nodeKey !== pinned.nodeKey)
    return alarm(
      'node-key-changed',
      `Ledger ${short(latest.ledgerId)}… is now signed by node key ${latest.nodeKey}, not by ${pinned.nodeKey} as before.`,
    );
  if (latest.treeSize < pinned.treeSize)
    return alarm(
      'tree-shrank',
      `The ledger shrank: the node signed ${describe(pinned)} before, and now serves ${describe(latest)}.`,
    );
  if (latest.treeSize === pinned.treeSize) {
    if (latest.root === pinned.root) return { status: 'unchanged' };
    return alarm(
      'fork',
      `The node signed two different ledgers of ${latest.treeSize} events: root ${pinned.root} (signed ${pinned.time}) and root ${latest.root} (signed ${latest.time}).`,
    );
  }
  if (input.proof === undefined)
    return { status: 'needs-proof', from: pinned.treeSize, to: latest.treeSize };
  if (!proof)
    return alarm(
      'inconsistent',
      `The node gave no consistency proof from size ${pinned.treeSize} to size ${latest.treeSize}.`,
    );
  const roots =
    proof.from === pinned.treeSize && proof.to === latest.treeSize
      ? consistencyRoots(proof.from, proof.to, proof.fromRoot, proof.path)
      : null;
  if (roots && roots.toRoot === latest.root && roots.fromRoot === pinned.root)
    return { status: 'pin', checkpoint: latest, reason: 'consistent' };
  if (roots && roots.toRoot === latest.root)
    return alarm(
      'inconsistent',
      `The ledger's history was rewritten: the node signed ${describe(pinned)}, and its own proof shows the first ${pinned.treeSize} events of the ledger it now signs (${describe(latest)}) hash to ${roots.fromRoot}.`,
    );
  return alarm(
    'inconsistent',
    `The node cannot prove its ledger of ${latest.treeSize} events extends the one of ${pinned.treeSize} events it signed before: its consistency proof does not lead to its own signed root ${latest.root}.`,
  );
}

const hexHash = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');
const checkpointSchema = z.strictObject({
  format: z.literal(CHECKPOINT_FORMAT),
  ledgerId: hexHash,
  treeSize: z.number().int().min(0),
  root: hexHash,
  time: z.string(),
  nodeKey: z.string(),
  sig: z.string(),
});
const evidenceSchema = z.strictObject({
  format: z.literal(EVIDENCE_FORMAT),
  kind: z.enum(ALARM_KINDS),
  conclusion: z.string(),
  source: z.string(),
  detectedAt: z.string(),
  earlier: checkpointSchema.nullable(),
  later: checkpointSchema,
  proof: z
    .strictObject({
      from: z.number().int().min(1),
      to: z.number().int().min(1),
      fromRoot: hexHash,
      toRoot: hexHash,
      path: z.array(hexHash),
    })
    .nullable(),
});

export type EvidenceCheck =
  | { verdict: 'proven'; kind: 'fork' | 'inconsistent' | 'tree-shrank'; message: string }
  | { verdict: 'unproven'; message: string }
  | { verdict: 'malformed'; message: string; errors: { field: string; message: string }[] };

/**
 * Decides, from the file alone, whether it proves the node misbehaved: two checkpoints validly
 * signed by one node key for one ledger that cannot both be true. What the monitor concluded
 * when it wrote the file is not trusted; everything is recomputed.
 *
 * @example checkEvidence(JSON.parse(readFileSync(file, 'utf8'))).verdict // 'proven'
 */
export function checkEvidence(value: unknown): EvidenceCheck {
  const parsed = evidenceSchema.safeParse(value);
  if (!parsed.success)
    return {
      verdict: 'malformed',
      message: `This is not a ${EVIDENCE_FORMAT} file.`,
      errors: parsed.error.issues.map((issue) => ({
        field: issue.path.join('.') || '(file)',
        message: issue.message,
      })),
    };
  const { earlier, later, proof } = parsed.data;
  if (!earlier)
    return {
      verdict: 'unproven',
      message:
        'The file holds one checkpoint; a single checkpoint cannot contradict itself, so it proves nothing to others.',
    };
  for (const [name, checkpoint] of [
    ['earlier', earlier],
    ['later', later],
  ] as const) {
    if (!verifyCheckpointSignature(checkpoint))
      return {
        verdict: 'unproven',
        message: `The ${name} checkpoint's signature does not verify under its node key ${checkpoint.nodeKey}: anyone could have written it, so it proves nothing.`,
      };
  }
  if (earlier.ledgerId !== later.ledgerId)
    return {
      verdict: 'unproven',
      message: `The two checkpoints are of different ledgers (${short(earlier.ledgerId)}… and ${short(later.ledgerId)}…): they do not contradict each other.`,
    };
  if (earlier.nodeKey !== later.nodeKey)
    return {
      verdict: 'unproven',
      message: `The two checkpoints are signed by different node keys (${earlier.nodeKey} and ${later.nodeKey}): neither key contradicts itself.`,
    };
  if (earlier.treeSize === later.treeSize) {
    if (earlier.root === later.root)
      return { verdict: 'unproven', message: 'The two checkpoints agree: same size, same root.' };
    return {
      verdict: 'proven',
      kind: 'fork',
      message: `Proven: node key ${earlier.nodeKey} signed two different ledgers of ${earlier.treeSize} events, with roots ${earlier.root} and ${later.root}.`,
    };
  }
  const [small, big] = earlier.treeSize < later.treeSize ? [earlier, later] : [later, earlier];
  if (proof && proof.from === small.treeSize && proof.to === big.treeSize) {
    const roots = consistencyRoots(proof.from, proof.to, proof.fromRoot, proof.path);
    if (roots && roots.toRoot === big.root && roots.fromRoot !== small.root)
      return {
        verdict: 'proven',
        kind: 'inconsistent',
        message: `Proven: node key ${small.nodeKey} signed a ledger of ${small.treeSize} events with root ${small.root}, and a ledger of ${big.treeSize} events whose first ${small.treeSize} events hash to ${roots.fromRoot} (the consistency proof leads to its signed root). The node rewrote its history.`,
      };
  }
  if (small.time > big.time)
    return {
      verdict: 'proven',
      kind: 'tree-shrank',
      message: `Proven: node key ${small.nodeKey} signed a ledger of ${big.treeSize} events at ${big.time}, then a ledger of only ${small.treeSize} events at ${small.time}. A ledger is only ever appended to.`,
    };
  return {
    verdict: 'unproven',
    message: proof
      ? 'The consistency proof in the file does not show the two checkpoints contradict each other (it is either a valid proof that they agree, or not bound to the larger signed root).'
      : 'Two checkpoints of different sizes, with no consistency proof between them, do not prove a contradiction.',
  };
}
