/** The ledger's JSON shapes as `docs/ledger.md` and `GET /api/ledger/*` give them. */

export const EVENT_FORMAT = 'disco-cat/event@1';
export const CHECKPOINT_FORMAT = 'disco-cat/checkpoint@1';
export const INTENT_FORMAT = 'disco-cat/intent@1';
export const GENESIS_TYPE = 'ledger.genesis';
export const MEMBER_KEY_REGISTERED = 'member.key-registered';
export const MEMBER_KEY_REVOKED = 'member.key-revoked';
export const ZERO_HASH = '0'.repeat(64);

export interface LedgerEventJson {
  format: string;
  seq: number;
  prev: string;
  type: string;
  schema: number;
  payload: Record<string, unknown>;
  actor: string | null;
  time: string;
  memberSig?: { publicKey: string; sig: string };
  hash: string;
  nodeSig: string;
}

export interface CheckpointJson {
  format: string;
  ledgerId: string;
  treeSize: number;
  root: string;
  time: string;
  nodeKey: string;
  sig: string;
}

export interface InclusionProofJson {
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  path: string[];
  root: string;
  checkpoint: CheckpointJson | null;
}

/**
 * The kinds of fault of the server's verifier (`src/core/ledger/verify.ts`), and one more: an
 * inclusion proof the server gave that does not lead to the root the browser computed.
 * `bad-payload`, `header-mismatch`, `merkle-node-mismatch` and `chain-head-mismatch` are the
 * server's alone: payload schemas live on the server, the browser reads no export header, and a
 * node's stored Merkle nodes and chain head are not served (the browser recomputes the tree).
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
  'bad-inclusion-proof',
] as const;
/** In the order of the checks on one event: when two faults share a seq, the earlier check names it. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** The first thing wrong: `seq` is the event's sequence number, or a checkpoint's tree size. */
export interface Fault {
  seq: number;
  kind: FaultKind;
  /** The English detail, for a log or a reader without the catalogue. */
  message: string;
  /**
   * The detail as a server message code (the same codes as src/core/ledger/verify.ts), where the
   * kind alone does not say which key or event: the Deck words it in the reader's language.
   */
  reason?: { code: string; params: Record<string, string | number> };
}

/** Whether `fault` comes before `than` in a report: a lower seq, or on the same seq an earlier check. */
export function isEarlierFault(fault: Fault, than: Fault | null): boolean {
  if (than === null || fault.seq < than.seq) return true;
  return fault.seq === than.seq && FAULT_KINDS.indexOf(fault.kind) < FAULT_KINDS.indexOf(than.kind);
}
