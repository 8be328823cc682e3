/*
 * The tables of the store, as Kysely sees them. Both dialects return the same JS types: integers
 * as numbers (PostgreSQL bigint is parsed to number by the pool, see open-store.ts), bytes as
 * Buffer, text as string.
 */

/** One sealed event. `payload` keeps the exact RFC 8785 text that was hashed, never a re-encoded jsonb. */
export interface EventsTable {
  seq: number;
  type: string;
  schema: number;
  actor: string | null;
  time: string;
  prev: string;
  hash: string;
  node_sig: string;
  member_key: string | null;
  member_sig: string | null;
  payload: string;
}

/** Exactly one row (id = 1): the size and last hash of the chain; PostgreSQL appends lock it. */
export interface ChainHeadTable {
  id: number;
  size: number;
  hash: string;
}

/** Perfect Merkle nodes of level >= 1; leaves are derived from events.hash on read. */
export interface MerkleNodesTable {
  level: number;
  idx: number;
  hash: Buffer;
}

export interface CheckpointsTable {
  tree_size: number;
  ledger_id: string;
  root: string;
  time: string;
  node_key: string;
  sig: string;
}

/** Projection: the DisCO as its genesis and later renames describe it (one row, id = 1). */
export interface DiscoProfileTable {
  id: number;
  ledger_id: string;
  name: string;
  currency: string;
  time_zone: string;
  node_key: string;
  created_at: string;
}

/** Projection: how much each member has done on the ledger. */
export interface ActorActivityTable {
  actor: string;
  event_count: number;
  first_seq: number;
  last_seq: number;
  last_time: string;
}

/** Off-ledger (not a projection): a member's sign-in; `email` is stored lower-cased. */
export interface AccountsTable {
  member_id: string;
  email: string;
  /** argon2id, PHC string. */
  password_hash: string;
  created_at: string;
  /** The member's Ed25519 public key, base64url, when they keep it here (browser path). */
  key_public: string | null;
  /** Their private key, encrypted in the browser under a key derived from the password; opaque here. */
  encrypted_private_key: string | null;
}

/** Off-ledger: a signed-in browser. Only the SHA-256 of the cookie's token is kept. */
export interface SessionsTable {
  token_hash: string;
  member_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

/** Off-ledger: bearer tokens for the CLI and integrations; only their SHA-256 is kept. */
export interface ApiTokensTable {
  id: string;
  member_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** Off-ledger: single-use invitations; `terms` is JSON (level, stage, constituencies, or the founder to attach). */
export interface InvitationsTable {
  id: string;
  token_hash: string;
  kind: 'member' | 'founder';
  invited_by: string | null;
  member_id: string | null;
  terms: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Off-ledger: failed sign-ins inside the rate-limit window, shared by every server on one database. */
export interface SignInFailuresTable {
  id: string;
  /** SHA-256 of the lower-cased email, so the table holds no address book. */
  account_key: string;
  address: string;
  at: string;
}

/** Off-ledger: the answer to a write sent with an `Idempotency-Key`, replayed for a retry. */
export interface IdempotentResponsesTable {
  member_id: string;
  key: string;
  request_hash: string;
  /** Null while the first request with this key is still running. */
  status: number | null;
  body: string | null;
  created_at: string;
}

/** Projection: constituencies and their rights (0 or 1). */
export interface ConstituenciesTable {
  id: string;
  slug: string;
  name: string;
  propose: number;
  comment: number;
  vote: number;
  binding_vote: number;
  defined_at: string;
}

/** Projection: members as their level changes, leaving and returns leave them. No personal data. */
export interface MembersTable {
  id: string;
  display_name: string;
  founder: number;
  status: 'active' | 'left';
  level: 'casual' | 'dating' | 'committed' | null;
  dating_stage: number | null;
  timeline: 'fast-track' | 'agile' | 'long-run' | null;
  /** YYYY-MM-DD, the day dating began. */
  start_date: string | null;
  joined_at: string;
  left_at: string | null;
}

export interface MemberConstituenciesTable {
  member_id: string;
  constituency_id: string;
  joined_at: string;
}

/** Projection: the current mentors of each dater. */
export interface MentorsTable {
  member_id: string;
  mentor_id: string;
  assigned_at: string;
}

export interface MilestonesTable {
  id: string;
  member_id: string;
  title: string;
  date: string;
  recorded_at: string;
  recorded_by: string | null;
}

/** Keyed by the recording event's seq: a statement may be rewritten, and each version is kept. */
export interface CommitmentsTable {
  seq: number;
  member_id: string;
  statement: string;
  recorded_at: string;
}

export interface MemberKeysTable {
  public_key: string;
  member_id: string;
  registered_at: string;
  revoked_at: string | null;
}

export interface CirclesTable {
  id: string;
  slug: string;
  name: string;
  purpose: string;
  open: number;
  created_at: string;
}

export interface CircleMembersTable {
  circle_id: string;
  member_id: string;
  joined_at: string;
}

/** One row per appointment, keyed by its event's seq; terms are YYYY-MM-DD, first and last day. */
export interface StewardsTable {
  seq: number;
  circle_id: string;
  member_id: string;
  term_start: string;
  term_end: string;
  appointed_at: string;
  ended_at: string | null;
  end_reason: string | null;
}

export interface Database {
  events: EventsTable;
  chain_head: ChainHeadTable;
  merkle_nodes: MerkleNodesTable;
  checkpoints: CheckpointsTable;
  disco_profile: DiscoProfileTable;
  actor_activity: ActorActivityTable;
  constituencies: ConstituenciesTable;
  members: MembersTable;
  member_constituencies: MemberConstituenciesTable;
  mentors: MentorsTable;
  milestones: MilestonesTable;
  commitments: CommitmentsTable;
  member_keys: MemberKeysTable;
  circles: CirclesTable;
  circle_members: CircleMembersTable;
  stewards: StewardsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  invitations: InvitationsTable;
  sign_in_failures: SignInFailuresTable;
  idempotent_responses: IdempotentResponsesTable;
}

export type TableName = keyof Database & string;
