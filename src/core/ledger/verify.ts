import {
  checkpointBodyOf,
  checkpointMessage,
  CHECKPOINT_FORMAT,
  type Checkpoint,
} from './checkpoint.js';
import type { EventCatalog } from './event-catalog.js';
import {
  envelopeOf,
  EVENT_FORMAT,
  hashEnvelope,
  intentBytes,
  nodeSignatureMessage,
  type LedgerEvent,
} from './event.js';
import { ZERO_HASH, isHexHash } from './hash.js';
import { verifySignature } from './keys.js';
import { GENESIS_TYPE } from './ledger-events.js';
import { leafHash, MerkleFrontier } from './merkle.js';

export type FaultKind =
  | 'gap'
  | 'bad-format'
  | 'hash-mismatch'
  | 'broken-link'
  | 'bad-signature'
  | 'bad-member-signature'
  | 'bad-payload'
  | 'bad-genesis'
  | 'checkpoint-mismatch'
  | 'bad-checkpoint-signature';

/** The first thing wrong with a ledger: `seq` is the event's sequence number, or the checkpoint's tree size. */
export interface Fault {
  seq: number;
  kind: FaultKind;
  message: string;
}

/** A signature the verifier wants checked; callers may check them in worker threads instead of inline. */
export interface SignatureCheck {
  seq: number;
  kind: 'bad-signature' | 'bad-member-signature' | 'bad-checkpoint-signature';
  publicKey: string;
  message: Buffer;
  signature: string;
}

export interface VerifierOptions {
  /** The node key an auditor expects; without it the key named in the genesis event is trusted. */
  nodeKey?: string;
  /** Checks payloads against their schemas; without it only the chain is checked. */
  catalog?: EventCatalog;
  /**
   * Where signature checks go. By default they are done inline; a caller with worker threads
   * collects them and reports the failures with `signatureFailed`.
   */
  onSignature?: (check: SignatureCheck) => void;
}

export interface VerifyReport {
  ok: boolean;
  size: number;
  root: string;
  ledgerId: string | null;
  nodeKey: string | null;
  checkpointsChecked: number;
  fault: Fault | null;
}

/**
 * Checks a ledger as it streams past, in constant memory: every hash, link, signature, payload
 * and checkpoint. Events must be pushed in order; checkpoints may be pushed at any time before
 * `finish`, and each is checked when the tree reaches its size.
 *
 * @example
 * const v = new LedgerVerifier({ nodeKey });
 * for (const e of events) v.pushEvent(e);
 * for (const c of checkpoints) v.pushCheckpoint(c);
 * v.finish(); // { ok: true, size, root, ... }
 */
export class LedgerVerifier {
  private readonly frontier = MerkleFrontier.empty();
  private prev = ZERO_HASH;
  private nodeKey: string | null;
  private ledgerId: string | null = null;
  private readonly pending = new Map<number, Checkpoint[]>();
  private checkpointsChecked = 0;
  private fault: Fault | null = null;

  constructor(private readonly options: VerifierOptions = {}) {
    this.nodeKey = options.nodeKey ?? null;
  }

  get size(): number {
    return this.frontier.size;
  }

  /** The first fault found so far (faults reported later for an earlier seq take its place). */
  get firstFault(): Fault | null {
    return this.fault;
  }

  /** Returns false once a fault is known, so a caller can stop reading. */
  pushEvent(event: LedgerEvent): boolean {
    if (this.fault && this.fault.seq <= event.seq) return false;
    const expectedSeq = this.frontier.size + 1;
    if (event.seq !== expectedSeq) {
      return this.report({
        seq: expectedSeq,
        kind: 'gap',
        message: `expected event ${expectedSeq}, found ${event.seq}`,
      });
    }
    if (event.format !== EVENT_FORMAT || !isHexHash(event.hash) || !isHexHash(event.prev)) {
      return this.report({
        seq: event.seq,
        kind: 'bad-format',
        message: `not a ${EVENT_FORMAT} event`,
      });
    }
    if (event.prev !== this.prev) {
      return this.report({
        seq: event.seq,
        kind: 'broken-link',
        message: `prev is ${event.prev} but the event before has hash ${this.prev}`,
      });
    }
    const hash = hashEnvelope(envelopeOf(event));
    if (hash !== event.hash) {
      return this.report({
        seq: event.seq,
        kind: 'hash-mismatch',
        message: `content hashes to ${hash}, event says ${event.hash}`,
      });
    }
    if (event.seq === 1 && !this.checkGenesis(event)) return false;
    if (this.options.catalog) {
      const problems = this.options.catalog.check(event);
      if (problems.length > 0) {
        const first = problems[0]!;
        return this.report({
          seq: event.seq,
          kind: 'bad-payload',
          message: `${first.path}: ${first.message}`,
        });
      }
    }
    this.check({
      seq: event.seq,
      kind: 'bad-signature',
      publicKey: this.nodeKey ?? '',
      message: nodeSignatureMessage(event.hash),
      signature: event.nodeSig,
    });
    if (event.memberSig) {
      this.check({
        seq: event.seq,
        kind: 'bad-member-signature',
        publicKey: event.memberSig.publicKey,
        message: intentBytes(event),
        signature: event.memberSig.sig,
      });
    }
    this.prev = event.hash;
    this.frontier.append(leafHash(Buffer.from(event.hash, 'hex')));
    this.checkPendingCheckpoints();
    return this.fault === null;
  }

  pushCheckpoint(checkpoint: Checkpoint): void {
    if (checkpoint.treeSize <= this.frontier.size && checkpoint.treeSize !== this.frontier.size) {
      this.report({
        seq: checkpoint.treeSize,
        kind: 'checkpoint-mismatch',
        message: `checkpoint for size ${checkpoint.treeSize} arrived after the tree grew past it; push checkpoints first or in order`,
      });
      return;
    }
    const list = this.pending.get(checkpoint.treeSize) ?? [];
    list.push(checkpoint);
    this.pending.set(checkpoint.treeSize, list);
    this.checkPendingCheckpoints();
  }

  /** A signature check done elsewhere failed. */
  signatureFailed(check: Pick<SignatureCheck, 'seq' | 'kind'>): void {
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

  finish(): VerifyReport {
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
      root: this.frontier.root().toString('hex'),
      ledgerId: this.ledgerId,
      nodeKey: this.nodeKey,
      checkpointsChecked: this.checkpointsChecked,
      fault: this.fault,
    };
  }

  private checkGenesis(event: LedgerEvent): boolean {
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

  private checkPendingCheckpoints(): void {
    const list = this.pending.get(this.frontier.size);
    if (!list) return;
    this.pending.delete(this.frontier.size);
    const root = this.frontier.root().toString('hex');
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
          message: `checkpoint signed by ${cp.nodeKey}, not the node key ${this.nodeKey}`,
        });
      } else {
        this.check({
          seq: cp.treeSize,
          kind: 'bad-checkpoint-signature',
          publicKey: cp.nodeKey,
          message: checkpointMessage(checkpointBodyOf(cp)),
          signature: cp.sig,
        });
      }
    }
  }

  private check(check: SignatureCheck): void {
    if (this.options.onSignature) {
      this.options.onSignature(check);
    } else if (!verifySignature(check.publicKey, check.message, check.signature)) {
      this.signatureFailed(check);
    }
  }

  private report(fault: Fault): false {
    if (this.fault === null || fault.seq < this.fault.seq) this.fault = fault;
    return false;
  }
}
