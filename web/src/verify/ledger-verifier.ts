import canonicalize from 'canonicalize';
import { concatBytes, fromHex, isHexHash, toHex, utf8 } from './bytes.js';
import {
  CHECKPOINT_FORMAT,
  EVENT_FORMAT,
  GENESIS_TYPE,
  INTENT_FORMAT,
  isEarlierFault,
  MEMBER_KEY_REGISTERED,
  MEMBER_KEY_REVOKED,
  ZERO_HASH,
  type CheckpointJson,
  type Fault,
  type LedgerEventJson,
} from './ledger-types.js';
import { leafHash, MerkleFrontier } from './merkle.js';

type Subtle = typeof globalThis.crypto.subtle;

const NODE_SIGNATURE_CONTEXT = utf8('disco-cat/event-signature@1\n');

/** A signature still to be checked; signatures are checked in batches, off the hashing loop. */
export interface PendingSignature {
  seq: number;
  kind: 'bad-signature' | 'bad-member-signature' | 'bad-checkpoint-signature';
  publicKey: string;
  message: Uint8Array;
  signature: string;
}

export interface ChainReport {
  ok: boolean;
  size: number;
  root: string;
  ledgerId: string | null;
  nodeKey: string | null;
  checkpointsChecked: number;
  signaturesChecked: number;
  memberSignaturesChecked: number;
  fault: Fault | null;
}

function canonicalBytes(value: unknown): Uint8Array {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no canonical JSON form');
  return utf8(text);
}

/** `JCS(envelope)`: the event without hash and nodeSig, and without memberSig when there is none. */
export function envelopeBytes(event: LedgerEventJson): Uint8Array {
  const { hash: _hash, nodeSig: _nodeSig, memberSig, ...rest } = event;
  return canonicalBytes(memberSig ? { ...rest, memberSig } : rest);
}

/**
 * `SHA-256(JCS(envelope))` of each event, as hex; null for one that has no canonical JSON form.
 * Hashed all at once by WebCrypto: in Chromium, a batch of `crypto.subtle.digest` runs on the
 * browser's threads beside the worker, and the whole verification measured faster with it than with
 * @noble/hashes on the worker's one thread (bench/notes.md). The Merkle tree, whose every node
 * waits for the one before, stays with @noble/hashes.
 */
export async function eventHashes(
  events: readonly unknown[],
  subtle: Subtle = globalThis.crypto.subtle,
): Promise<Array<string | null>> {
  return Promise.all(
    events.map(async (event) => {
      let envelope: Uint8Array<ArrayBuffer>;
      try {
        envelope = new Uint8Array(envelopeBytes(event as LedgerEventJson));
      } catch {
        return null;
      }
      return toHex(new Uint8Array(await subtle.digest('SHA-256', envelope)));
    }),
  );
}

/** The bytes the node signs for an event: a context string, then the raw event hash. */
export function nodeSignatureMessage(hash: string): Uint8Array {
  return concatBytes(NODE_SIGNATURE_CONTEXT, fromHex(hash)!);
}

/** What a member signs: the event's intent, without seq and prev. */
export function intentBytes(event: LedgerEventJson): Uint8Array {
  return canonicalBytes({
    format: INTENT_FORMAT,
    type: event.type,
    schema: event.schema,
    payload: event.payload,
    actor: event.actor,
    time: event.time,
  });
}

export function checkpointMessage(checkpoint: CheckpointJson): Uint8Array {
  const { sig: _sig, ...body } = checkpoint;
  return canonicalBytes(body);
}

/**
 * Checks a ledger as it streams past, in the order `docs/ledger.md` gives: links, hashes, the
 * genesis, the Merkle root at every checkpoint. Signatures are handed out as `PendingSignature`s
 * (collect them with `takeSignatures`, report failures with `signatureFailed`) so they can be
 * checked in batches by native WebCrypto.
 *
 * @example
 * const v = new ChainVerifier();
 * for (const c of checkpoints) v.pushCheckpoint(c);
 * const hashes = await eventHashes(events);
 * events.forEach((e, i) => v.pushEvent(e, hashes[i]!));
 * // check v.takeSignatures(), calling v.signatureFailed(s) for each that fails
 * v.finish();
 */
export class ChainVerifier {
  private readonly frontier = new MerkleFrontier();
  private prev = ZERO_HASH;
  private nodeKey: string | null;
  private ledgerId: string | null = null;
  private readonly pending = new Map<number, CheckpointJson[]>();
  private readonly roots = new Map<number, string>();
  private signatures: PendingSignature[] = [];
  private checkpointsChecked = 0;
  private signaturesChecked = 0;
  private memberSignaturesChecked = 0;
  private fault: Fault | null = null;
  /** Member keys as the ledger's own key events registered (and, at a seq, revoked) them. */
  private readonly memberKeys = new Map<string, { memberId: string; revokedAt: number | null }>();

  /** `nodeKey`: the key an auditor expects; without it, the key the genesis names is used. */
  constructor(nodeKey?: string) {
    this.nodeKey = nodeKey ?? null;
  }

  get size(): number {
    return this.frontier.size;
  }

  /** The node key events and checkpoints must be signed with: the expected one, or the genesis's. */
  get trustedNodeKey(): string | null {
    return this.nodeKey;
  }

  get firstFault(): Fault | null {
    return this.fault;
  }

  /** The root of the tree at a checkpoint's size, once the events reached it. */
  rootAt(treeSize: number): string | undefined {
    return treeSize === this.frontier.size ? this.frontier.rootHex() : this.roots.get(treeSize);
  }

  /**
   * `hash`: what the event's envelope hashes to (`eventHashes`), null when it has none. Returns
   * false once a fault is known at or before this event, so a caller can stop reading.
   */
  pushEvent(input: unknown, hash: string | null): boolean {
    const expectedSeq = this.frontier.size + 1;
    if (this.fault && this.fault.seq <= expectedSeq) return false;
    const event = input as Partial<LedgerEventJson> | null;
    if (typeof event !== 'object' || event === null || event.seq !== expectedSeq) {
      return this.report({
        seq: expectedSeq,
        kind: 'gap',
        message: `expected event ${expectedSeq}, found ${String(event?.seq)}`,
      });
    }
    if (event.format !== EVENT_FORMAT || !isHexHash(event.hash) || !isHexHash(event.prev)) {
      return this.report({
        seq: expectedSeq,
        kind: 'bad-format',
        message: `not a ${EVENT_FORMAT} event`,
      });
    }
    const full = event as LedgerEventJson;
    if (full.prev !== this.prev) {
      return this.report({
        seq: full.seq,
        kind: 'broken-link',
        message: `prev is ${full.prev} but the event before has hash ${this.prev}`,
      });
    }
    if (hash === null)
      return this.report({
        seq: full.seq,
        kind: 'bad-format',
        message: 'the event has no canonical JSON form',
      });
    if (hash !== full.hash) {
      return this.report({
        seq: full.seq,
        kind: 'hash-mismatch',
        message: `content hashes to ${hash}, event says ${full.hash}`,
      });
    }
    if (full.seq === 1 && !this.checkGenesis(full)) return false;
    this.signatures.push({
      seq: full.seq,
      kind: 'bad-signature',
      publicKey: this.nodeKey ?? '',
      message: nodeSignatureMessage(full.hash),
      signature: String(full.nodeSig),
    });
    this.signaturesChecked += 1;
    if (full.memberSig) {
      const keyProblem = this.memberKeyProblem(full);
      if (keyProblem) return this.report({ seq: full.seq, kind: 'bad-member-key', ...keyProblem });
      this.signatures.push({
        seq: full.seq,
        kind: 'bad-member-signature',
        publicKey: String(full.memberSig.publicKey),
        message: intentBytes(full),
        signature: String(full.memberSig.sig),
      });
      this.memberSignaturesChecked += 1;
    }
    this.noteKeyEvent(full);
    this.prev = full.hash;
    this.frontier.append(leafHash(fromHex(full.hash)!));
    this.checkPendingCheckpoints();
    return this.fault === null;
  }

  /** Checkpoints must come before the events that reach their size (the export puts them first). */
  pushCheckpoint(checkpoint: CheckpointJson): void {
    if (checkpoint.treeSize < this.frontier.size) {
      this.report({
        seq: checkpoint.treeSize,
        kind: 'checkpoint-mismatch',
        message: `checkpoint for size ${checkpoint.treeSize} arrived after the tree grew past it`,
      });
      return;
    }
    const list = this.pending.get(checkpoint.treeSize) ?? [];
    list.push(checkpoint);
    this.pending.set(checkpoint.treeSize, list);
    this.checkPendingCheckpoints();
  }

  /** The signatures handed out since the last call. */
  takeSignatures(): PendingSignature[] {
    const out = this.signatures;
    this.signatures = [];
    return out;
  }

  signatureFailed(check: Pick<PendingSignature, 'seq' | 'kind'>): void {
    const what =
      check.kind === 'bad-checkpoint-signature'
        ? 'checkpoint'
        : check.kind === 'bad-member-signature'
          ? "member's"
          : 'node';
    this.report({
      seq: check.seq,
      kind: check.kind,
      message: `the ${what} signature does not verify`,
    });
  }

  /** Any fault the caller found itself (e.g. a bad inclusion proof). */
  reportFault(fault: Fault): void {
    this.report(fault);
  }

  /**
   * `listedSize`: how many events the node said it holds when verification began. Fewer events
   * listed is a fault at the first one missing; more is a ledger that grew meanwhile.
   */
  finish(listedSize?: number): ChainReport {
    const missing = this.frontier.size + 1;
    if (
      listedSize !== undefined &&
      this.frontier.size < listedSize &&
      !(this.fault && this.fault.seq <= missing)
    ) {
      this.report({
        seq: missing,
        kind: 'size-mismatch',
        message: `the node says it holds ${listedSize} events but lists ${this.frontier.size}: event ${missing} is missing`,
      });
    }
    for (const size of this.pending.keys()) {
      if (size > this.frontier.size) {
        this.report({
          seq: size,
          kind: 'checkpoint-mismatch',
          message: `a checkpoint names size ${size} but the ledger has ${this.frontier.size} events`,
        });
      }
    }
    return {
      ok: this.fault === null,
      size: this.frontier.size,
      root: this.frontier.rootHex(),
      ledgerId: this.ledgerId,
      nodeKey: this.nodeKey,
      checkpointsChecked: this.checkpointsChecked,
      signaturesChecked: this.signaturesChecked,
      memberSignaturesChecked: this.memberSignaturesChecked,
      fault: this.fault,
    };
  }

  private checkGenesis(event: LedgerEventJson): boolean {
    const nodeKey = event.type === GENESIS_TYPE ? event.payload['nodeKey'] : undefined;
    if (typeof nodeKey !== 'string') {
      return this.report({
        seq: 1,
        kind: 'bad-genesis',
        message: `the first event must be ${GENESIS_TYPE} naming the node key`,
      });
    }
    if (this.nodeKey !== null && this.nodeKey !== nodeKey) {
      return this.report({
        seq: 1,
        kind: 'bad-genesis',
        message: `the genesis names node key ${nodeKey}, expected ${this.nodeKey}`,
      });
    }
    this.nodeKey = nodeKey;
    this.ledgerId = event.hash;
    return true;
  }

  /** Why an event's member signature speaks for no one, or null when its key is its actor's. */
  private memberKeyProblem(event: LedgerEventJson): Pick<Fault, 'message' | 'reason'> | null {
    const publicKey = String(event.memberSig!.publicKey);
    const key = this.memberKeys.get(publicKey);
    if (!key)
      return {
        message: `signed with key ${publicKey}, which no earlier event registers`,
        reason: { code: 'ledger.member-key.unregistered', params: { key: publicKey } },
      };
    if (key.memberId !== event.actor)
      return {
        message: `signed with a key of member ${key.memberId}, but the actor is ${event.actor ?? 'the node'}`,
        reason:
          event.actor === null
            ? {
                code: 'ledger.member-key.on-node-event',
                params: { key: publicKey, owner: key.memberId },
              }
            : {
                code: 'ledger.member-key.of-another-member',
                params: { key: publicKey, owner: key.memberId, actor: event.actor },
              },
      };
    if (key.revokedAt !== null)
      return {
        message: `signed with key ${publicKey}, revoked at event ${key.revokedAt}`,
        reason: {
          code: 'ledger.member-key.revoked',
          params: { key: publicKey, seq: key.revokedAt },
        },
      };
    if (event.type === MEMBER_KEY_REVOKED && event.payload['publicKey'] === publicKey)
      return {
        message: 'signed with the key it revokes; a revocation takes effect from its own event',
        reason: { code: 'ledger.member-key.revokes-itself', params: { key: publicKey } },
      };
    return null;
  }

  private noteKeyEvent(event: LedgerEventJson): void {
    if (event.type !== MEMBER_KEY_REGISTERED && event.type !== MEMBER_KEY_REVOKED) return;
    const { memberId, publicKey } = event.payload ?? {};
    if (event.schema !== 1 || typeof memberId !== 'string' || typeof publicKey !== 'string') return;
    const known = this.memberKeys.get(publicKey);
    if (event.type === MEMBER_KEY_REGISTERED) {
      if (!known) this.memberKeys.set(publicKey, { memberId, revokedAt: null });
    } else if (known && known.memberId === memberId && known.revokedAt === null) {
      known.revokedAt = event.seq;
    }
  }

  private checkPendingCheckpoints(): void {
    const list = this.pending.get(this.frontier.size);
    if (!list) return;
    this.pending.delete(this.frontier.size);
    const root = this.frontier.rootHex();
    this.roots.set(this.frontier.size, root);
    for (const cp of list) {
      this.checkpointsChecked += 1;
      if (cp.format !== CHECKPOINT_FORMAT) {
        this.report({
          seq: cp.treeSize,
          kind: 'checkpoint-mismatch',
          message: `not a ${CHECKPOINT_FORMAT} checkpoint`,
        });
      } else if (cp.root !== root) {
        this.report({
          seq: cp.treeSize,
          kind: 'checkpoint-mismatch',
          message: `checkpoint root ${cp.root} but the events give ${root}`,
        });
      } else if (this.ledgerId !== null && cp.ledgerId !== this.ledgerId) {
        this.report({
          seq: cp.treeSize,
          kind: 'checkpoint-mismatch',
          message: `checkpoint is for ledger ${cp.ledgerId}, not ${this.ledgerId}`,
        });
      } else if (cp.nodeKey !== this.nodeKey) {
        this.report({
          seq: cp.treeSize,
          kind: 'bad-checkpoint-signature',
          message: `checkpoint signed by ${cp.nodeKey}, not the node key ${String(this.nodeKey)}`,
        });
      } else {
        this.signatures.push({
          seq: cp.treeSize,
          kind: 'bad-checkpoint-signature',
          publicKey: cp.nodeKey,
          message: checkpointMessage(cp),
          signature: cp.sig,
        });
      }
    }
  }

  private report(fault: Fault): false {
    if (isEarlierFault(fault, this.fault)) this.fault = fault;
    return false;
  }
}
