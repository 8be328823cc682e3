/** What federation needs, read once at start (`--public-url` and the federation settings). */
export interface FederationContext {
  /** The node's public URL (`--public-url`); its origin is the actor's. Null: federation is off. */
  publicUrl: string | null;
  /** The actor's preferred username: `acct:<handle>@<host>`. */
  handle: string;
  /** Test-only: lets remote fetches reach loopback and private addresses (several nodes on one machine). */
  allowPrivateAddresses: boolean;
  /** Test-only: lets remote fetches use plain http. */
  allowHttp: boolean;
  /** The longest a remote fetch or delivery may take, whole. */
  timeoutMs: number;
  /** The largest remote answer read; a bigger one is cut off and refused. */
  maxResponseBytes: number;
  /**
   * How many Follows from actors this DisCO did not decide to follow are recorded per origin in
   * an hour; past it they are dropped, so a hostile server cannot fill the ledger.
   */
  unsolicitedFollowsPerOriginPerHour: number;
  /**
   * How many distinct witnesses this DisCO trusts must have cosigned the checkpoint a peer's
   * receipt is proved against (`--federation-receipt-cosignatures`): more witnesses, more
   * parties a peer showing two histories would have to fool.
   */
  receiptCosignatures: number;
  /**
   * The oldest an inbound activity's object proof may be (`--federation-proof-max-age`): a proof
   * made long ago is refused, whatever its id, so a key that leaked once cannot have old signed
   * activities replayed for ever. Senders prove a delivery afresh when it waited (outbox.ts).
   */
  proofMaxAgeMs: number;
  /** How the node reaches other servers; tests may wrap it. */
  fetch: typeof fetch;
}

export const DEFAULT_FEDERATION_HANDLE = 'disco';
export const DEFAULT_FEDERATION_TIMEOUT_MS = 10_000;
export const DEFAULT_FEDERATION_MAX_RESPONSE_BYTES = 1024 * 1024;
export const DEFAULT_UNSOLICITED_FOLLOWS_PER_ORIGIN_PER_HOUR = 5;
export const DEFAULT_RECEIPT_COSIGNATURES = 1;
export const DEFAULT_PROOF_MAX_AGE_MS = 3_600_000;
/** How far ahead of this node's clock an inbound proof may be dated: peers' clocks drift. */
export const PROOF_FUTURE_LEEWAY_MS = 3_600_000;

/** The federation context of a node at `publicUrl`, with production defaults for the rest. */
export function federationContext(
  publicUrl: string | null,
  overrides: Partial<Omit<FederationContext, 'publicUrl'>> = {},
): FederationContext {
  return {
    publicUrl,
    handle: DEFAULT_FEDERATION_HANDLE,
    allowPrivateAddresses: false,
    allowHttp: false,
    timeoutMs: DEFAULT_FEDERATION_TIMEOUT_MS,
    maxResponseBytes: DEFAULT_FEDERATION_MAX_RESPONSE_BYTES,
    unsolicitedFollowsPerOriginPerHour: DEFAULT_UNSOLICITED_FOLLOWS_PER_ORIGIN_PER_HOUR,
    receiptCosignatures: DEFAULT_RECEIPT_COSIGNATURES,
    proofMaxAgeMs: DEFAULT_PROOF_MAX_AGE_MS,
    fetch: globalThis.fetch,
    ...overrides,
  };
}
