import {
  checkpointBodyOf,
  checkpointMessage,
  CHECKPOINT_FORMAT,
  type Checkpoint,
} from './checkpoint.js';
import type { EventCatalog } from './event-catalog.js';
import {
  eventHashBytes,
  EVENT_FORMAT,
  intentBytes,
  nodeSignatureMessageOf,
  type LedgerEvent,
} from './event.js';
import { ZERO_HASH, isHexHash } from './hash.js';
import { verifySignature } from './keys.js';
import { GENESIS_TYPE } from './ledger-events.js';
import { leafHash, MerkleFrontier, type StoredNode } from './merkle.js';
import { MEMBER_KEY_REGISTERED, MEMBER_KEY_REVOKED } from '../members/member-events.js';
import { message, type Message } from '../messages/codes.js';

/**
 * Every kind of fault, in the order of the checks: when two faults share a position, the one
 * whose check comes first is named (docs/ledger.md, "Verifying").
 */
export const FAULT_KINDS = [
  'gap',
  'size-mismatch',
  'bad-format',
  'broken-link',
  'hash-mismatch',
  'bad-genesis',
  'header-mismatch',
  'bad-payload',
  'bad-signature',
  'bad-member-key',
  'bad-member-signature',
  'merkle-node-mismatch',
  'chain-head-mismatch',
  'checkpoint-mismatch',
  'bad-checkpoint-signature',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * The first thing wrong with a ledger. `seq` is its position as docs/ledger.md defines it: the
 * event's sequence number, the first missing or surplus one for a gap or size mismatch, the last
 * leaf under a Merkle node, or a checkpoint's tree size.
 */
export interface Fault {
  seq: number;
  kind: FaultKind;
  message: string;
  /** Why, as a code, where the kind alone does not say which key or event (bad-member-key). */
  reason?: Message;
}

/**
 * The fault said as a code, carrying its reason when it has one: what a refusal to import or
 * restore a ledger names, so a client in any language sees which key and why.
 *
 * @example faultSaid({ seq: 6, kind: 'gap', message: 'missing event 6' }) // { code: 'ledger.fault.gap', params: {} }
 */
export function faultSaid(fault: Fault): Message {
  if (fault.kind === 'bad-member-key' && fault.reason)
    return message('ledger.fault.bad-member-key', { reason: fault.reason });
  return message(`ledger.fault.${fault.kind}`);
}

/** Whether `fault` is named before `than`: a lower position, or on the same one an earlier check. */
export function isEarlierFault(fault: Fault, than: Fault | null): boolean {
  if (than === null || fault.seq < than.seq) return true;
  return fault.seq === than.seq && FAULT_KINDS.indexOf(fault.kind) < FAULT_KINDS.indexOf(than.kind);
}

/**
 * What the ledger's holder says about it besides the events: an export header, or a database's
 * chain head. The events must bear it out.
 */
export interface LedgerPromise {
  /** How the fault names it: `the header`, `the chain head`. */
  source: string;
  size: number;
  ledgerId?: string;
  nodeKey?: string;
  /** The hash of event `size` (64 zeros when empty). */
  lastHash?: string;
}

/** A perfect Merkle node above the leaves, with the seq of the event that completed it. */
export interface CompletedNode extends StoredNode {
  seq: number;
}

interface MemberKey {
  memberId: string;
  revokedAt: number | null;
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
  /** The header or chain head the events must agree with. */
  promised?: LedgerPromise;
  /** Keep the Merkle nodes each event completes, for `takeCompletedNodes` (to check stored ones). */
  collectNodes?: boolean;
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
  /** Member keys by public key, as the ledger's own key events registered and revoked them. */
  private readonly memberKeys = new Map<string, MemberKey>();
  private completed: CompletedNode[] = [];

  constructor(private readonly options: VerifierOptions = {}) {
    this.nodeKey = options.nodeKey ?? null;
  }

  get size(): number {
    return this.frontier.size;
  }

  /** The hash of the last event pushed (64 zeros before any). */
  get lastHash(): string {
    return this.prev;
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
    // `this.prev` is 64 zeros or a hash the events gave, so a `prev` equal to it is well formed:
    // only a `prev` that differs needs the pattern, to tell a bad format from a broken link.
    const linked = event.prev === this.prev;
    if (
      event.format !== EVENT_FORMAT ||
      !isHexHash(event.hash) ||
      (!linked && !isHexHash(event.prev))
    ) {
      return this.report({
        seq: event.seq,
        kind: 'bad-format',
        message: `not a ${EVENT_FORMAT} event`,
      });
    }
    if (!linked) {
      return this.report({
        seq: event.seq,
        kind: 'broken-link',
        message: `prev is ${event.prev} but the event before has hash ${this.prev}`,
      });
    }
    // The bytes, once: the Merkle leaf and the node's signed message are made from them.
    const hashBytes = eventHashBytes(event);
    const hash = hashBytes.toString('hex');
    if (hash !== event.hash) {
      return this.report({
        seq: event.seq,
        kind: 'hash-mismatch',
        message: `content hashes to ${hash}, event says ${event.hash}`,
      });
    }
    if (event.seq === 1 && !this.checkGenesis(event)) return false;
    if (event.seq === 1 && !this.checkHeader(event)) return false;
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
      message: nodeSignatureMessageOf(hashBytes),
      signature: event.nodeSig,
    });
    if (event.memberSig) {
      const keyProblem = this.memberKeyProblem(event);
      if (keyProblem)
        return this.report({
          seq: event.seq,
          kind: 'bad-member-key',
          message: keyProblem.english,
          reason: keyProblem.said,
        });
      this.check({
        seq: event.seq,
        kind: 'bad-member-signature',
        publicKey: event.memberSig.publicKey,
        message: intentBytes(event),
        signature: event.memberSig.sig,
      });
    }
    this.recordKeyEvent(event);
    this.prev = event.hash;
    const written = this.frontier.append(leafHash(hashBytes));
    if (this.options.collectNodes)
      for (const { level, index, hash } of written)
        if (level > 0) this.completed.push({ level, index, hash, seq: event.seq });
    this.checkPendingCheckpoints();
    return this.fault === null;
  }

  /** The Merkle nodes above the leaves completed since the last call (with `collectNodes`). */
  takeCompletedNodes(): CompletedNode[] {
    const out = this.completed;
    this.completed = [];
    return out;
  }

  /** A fault the caller found itself, such as a stored Merkle node that the events contradict. */
  reportFault(fault: Fault): void {
    this.report(fault);
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
    this.checkPromise();
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

  private checkHeader(genesis: LedgerEvent): boolean {
    const promised = this.options.promised;
    if (promised?.ledgerId !== undefined && promised.ledgerId !== genesis.hash) {
      return this.report({
        seq: 1,
        kind: 'header-mismatch',
        message: `${promised.source} names ledger ${promised.ledgerId}, but event 1 hashes to ${genesis.hash}`,
      });
    }
    if (promised?.nodeKey !== undefined && promised.nodeKey !== this.nodeKey) {
      return this.report({
        seq: 1,
        kind: 'header-mismatch',
        message: `${promised.source} names node key ${promised.nodeKey}, but the genesis names ${this.nodeKey}`,
      });
    }
    return true;
  }

  /** Why the event's member signature speaks for nobody, or null when its key is its actor's. */
  private memberKeyProblem(event: LedgerEvent): { english: string; said: Message } | null {
    const publicKey = event.memberSig!.publicKey;
    const key = this.memberKeys.get(publicKey);
    if (!key)
      return {
        english: `signed with key ${publicKey}, which no earlier event registers`,
        said: message('ledger.member-key.unregistered', { key: publicKey }),
      };
    if (key.memberId !== event.actor)
      return {
        english: `signed with a key of member ${key.memberId}, but the actor is ${event.actor ?? 'the node'}`,
        said:
          event.actor === null
            ? message('ledger.member-key.on-node-event', { key: publicKey, owner: key.memberId })
            : message('ledger.member-key.of-another-member', {
                key: publicKey,
                owner: key.memberId,
                actor: event.actor,
              }),
      };
    if (key.revokedAt !== null)
      return {
        english: `signed with key ${publicKey}, revoked at event ${key.revokedAt}`,
        said: message('ledger.member-key.revoked', { key: publicKey, seq: key.revokedAt }),
      };
    if (event.type === MEMBER_KEY_REVOKED && event.payload['publicKey'] === publicKey)
      return {
        english: `signed with the key it revokes; a revocation takes effect from its own event`,
        said: message('ledger.member-key.revokes-itself', { key: publicKey }),
      };
    return null;
  }

  private recordKeyEvent(event: LedgerEvent): void {
    if (event.type !== MEMBER_KEY_REGISTERED && event.type !== MEMBER_KEY_REVOKED) return;
    const { memberId, publicKey } = event.payload;
    if (event.schema !== 1 || typeof memberId !== 'string' || typeof publicKey !== 'string') return;
    const known = this.memberKeys.get(publicKey);
    if (event.type === MEMBER_KEY_REGISTERED) {
      if (!known) this.memberKeys.set(publicKey, { memberId, revokedAt: null });
    } else if (known && known.memberId === memberId && known.revokedAt === null) {
      known.revokedAt = event.seq;
    }
  }

  /** The size, ledger and last hash the header or chain head promised, against the events read. */
  private checkPromise(): void {
    const promised = this.options.promised;
    if (!promised) return;
    const size = this.frontier.size;
    if (size !== promised.size) {
      const at = Math.min(size, promised.size) + 1;
      // Reading stopped at an earlier fault: the events after it were never counted.
      if (this.fault && this.fault.seq <= at) return;
      this.report({
        seq: at,
        kind: 'size-mismatch',
        message:
          size < promised.size
            ? `${promised.source} promises ${promised.size} events, the ledger holds ${size}: event ${at} is missing`
            : `${promised.source} promises ${promised.size} events, the ledger holds ${size}`,
      });
    } else if (promised.lastHash !== undefined && promised.lastHash !== this.prev) {
      this.report({
        seq: Math.max(size, 1),
        kind: 'chain-head-mismatch',
        message: `${promised.source} names ${promised.lastHash} as the hash of event ${size}, the events give ${this.prev}`,
      });
    }
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
    if (isEarlierFault(fault, this.fault)) this.fault = fault;
    return false;
  }
}
