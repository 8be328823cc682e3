import type {
  CatParameterVersionsTable,
  DistributionAllocationsTable,
  DistributionPayoutsTable,
  DistributionRunsTable,
  FinanceExpensesTable,
  FinanceIncomeTable,
} from './distribution-schema.js';
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
}

/** Off-ledger: a member's signing key kept for one device (browser path, 0120). */
export interface DeviceKeysTable {
  member_id: string;
  /** Chosen by the browser and kept in its storage; names the device, nothing more. */
  device_id: string;
  /** Ed25519 public key, base64url, registered on the ledger. */
  key_public: string;
  /** The private key, encrypted in the browser under a key derived from the password; opaque here. */
  encrypted_private_key: string;
  created_at: string;
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

/** Off-ledger: a single-use link to choose a new password, issued by a founder; only its hash is kept. */
export interface PasswordResetsTable {
  id: string;
  token_hash: string;
  member_id: string;
  issued_by: string;
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
  /** Kept until this time when the client asked for longer than a day (0230); null: a day. */
  keep_until: string | null;
}

/** Off-ledger: member-signed drafts already committed, so none is recorded twice (0110). */
export interface IntentCommitsTable {
  draft_hash: string;
  member_id: string;
  committed_at: string;
}

/** Off-ledger: the state each committed run left for the next, canonical JSON and its hash (0130). */
export interface DistributionRunStatesTable {
  run_id: string;
  ledger_seq: number;
  hash: string;
  state: string;
}

/** Off-ledger: the chunks of open claims run states name, canonical JSON under its hash (0330). */
export interface DistributionRunStateChunksTable {
  hash: string;
  chunk: string;
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

/** Projection: every `value.rate.set`, keyed by its event's seq; `amount` is minor units as digits. */
export interface ValueRatesTable {
  seq: number;
  stream: string;
  task_kind: string;
  per: string;
  amount: string;
  effective_from: string;
  set_by: string | null;
}

/** Projection: the value settings events (stage multipliers, validation rules...), payload as JSON. */
export interface ValueSettingsTable {
  seq: number;
  type: string;
  payload: string;
}

/**
 * Projection: one row per contribution, superseded ones kept. `amount` is the frozen credit as
 * digits; `amount_minor` the same as an int8 for SQL sums (read sums back as text). `validation` is
 * core's `PeerValidation` as JSON and `status` its status.
 */
export interface ValueContributionsTable {
  id: string;
  seq: number;
  member_id: string;
  logged_by: string | null;
  stream: string;
  quantity: string;
  quantity_milli: number;
  unit: string;
  task_kind: string;
  date: string;
  circle_id: string | null;
  project_id: string | null;
  resource_id: string | null;
  description: string;
  /** JSON array of links. */
  evidence: string;
  rate: string;
  rate_effective_from: string;
  base: string;
  multiplier_bp: number;
  amount: string;
  amount_minor: string | number | bigint;
  standing: 'payable' | 'historical' | 'unpayable';
  status: 'pending' | 'counted' | 'disputed' | 'superseded' | 'void';
  supersedes: string | null;
  validation: string;
  logged_at: string;
}

/**
 * Projection: the sum of counted contributions per member, stream and standing, kept by the value
 * projector beside `value_contributions` so that every balance is read without summing every row.
 */
export interface ValueBalanceTotalsTable {
  member_id: string;
  stream: string;
  standing: 'payable' | 'historical' | 'unpayable';
  amount_minor: string | number | bigint;
  /** How many counted contributions the total sums. */
  contributions: string | number | bigint;
}

/**
 * Projection: live contributions (pending, counted, disputed) summed per month of their date
 * (`YYYY-MM`), member and stream, kept by the value projector so that the indicators and
 * duties of a window of whole months read these rows rather than every contribution.
 */
export interface ValueMonthTotalsTable {
  month: string;
  member_id: string;
  stream: string;
  /** Credits of the counted contributions. */
  counted_minor: string | number | bigint;
  /** Credits of the pending and disputed ones. */
  uncounted_minor: string | number | bigint;
  /** Thousandths of an hour of the hour-based contributions only. */
  hours_milli: string | number | bigint;
  /** How many contributions the row sums. */
  contributions: string | number | bigint;
}

/**
 * Projection: live hour-based contributions (every stream) summed per member and ISO week (named
 * by its Monday), kept by the value projector so that the weeks over a load are found by an index.
 */
export interface ValueWeekHoursTable {
  member_id: string;
  monday: string;
  hours_milli: string | number | bigint;
  contributions: string | number | bigint;
}

/** Projection: acknowledgements, disputes, withdrawals and resolutions, keyed by event seq. */
export interface ValueValidationsTable {
  seq: number;
  contribution_id: string;
  kind: 'acknowledged' | 'disputed' | 'withdrawn' | 'resolved';
  member_id: string | null;
  detail: string | null;
  at: string;
}

/** Projection: livelihood projects; money as digit strings of minor units. */
export interface ValueProjectsTable {
  id: string;
  name: string;
  client: string;
  budget: string | null;
  agreed_price: string | null;
  status: string;
  circle_id: string | null;
  created_at: string;
}

/** Projection: the commons registry. */
export interface ValueCommonsTable {
  id: string;
  seq: number;
  title: string;
  kind: string;
  licence: string;
  link: string;
  registered_at: string;
  /** When it last changed; null when never. */
  updated_at: string | null;
  /** When it left the registry; null while it is in it. */
  withdrawn_at: string | null;
}

/** Projection: proposals as they stand; JSON columns hold the ledger's canonical text. */
export interface ProposalsTable {
  id: string;
  kind: string;
  title: string;
  body: string;
  change: string;
  circle_id: string | null;
  author_id: string;
  deadline: string;
  method: string;
  settings: string;
  version: number;
  status: 'open' | 'withdrawn' | 'closed';
  opened_at: string;
  /** When it was withdrawn, or the deadline it closed at. */
  ended_at: string | null;
  outcome: string | null;
  result: string | null;
  /** The event that carried out what it decided (a membership change), once done. */
  executed_seq: number | null;
  /** What was decided, in words, by the author or a facilitator after the close. */
  outcome_statement: string | null;
  /** YYYY-MM-DD in the DisCO's time zone: when the decision is to be reviewed. */
  review_date: string | null;
  /** For a review proposal: the proposal it reviews. */
  review_of: string | null;
  /** The review proposal opened for this one, once opened. */
  review_id: string | null;
  /** 1 when ballots are secret: sealed until the close and never shown with their voters. */
  secret: number;
  /** 1 when ballots are sealed until the close, so that no one sees how the vote goes. */
  results_hidden: number;
}

/** Projection: every version of every proposal, the first included. */
export interface ProposalVersionsTable {
  proposal_id: string;
  version: number;
  title: string;
  body: string;
  change: string;
  recorded_at: string;
}

/** Projection: each member's current ballot on each proposal. */
export interface BallotsTable {
  proposal_id: string;
  voter_id: string;
  seq: number;
  version: number;
  ballot: string;
  weight: number;
  binding: number;
  /** JSON array of constituency ids. */
  constituency_ids: string;
  cast_at: string;
  /** For a sealed ballot: its commitment; `ballot` is `{}` until the close reveals it. */
  commitment: string | null;
}

/** Projection: every ballot ever cast, replaced or not. */
export interface BallotHistoryTable {
  seq: number;
  proposal_id: string;
  voter_id: string;
  version: number;
  ballot: string;
  cast_at: string;
  /** For a sealed ballot: its commitment (superseded sealed ballots are never revealed). */
  commitment: string | null;
}

/** Projection: the governance parameters in force (one row, id = 1, once set). */
export interface GovernanceParametersTable {
  id: number;
  parameters: string;
  set_at: string;
}

/** Projection: comments on proposals; `parent_id` threads replies. */
export interface ProposalCommentsTable {
  id: string;
  proposal_id: string;
  parent_id: string | null;
  author_id: string;
  text: string;
  posted_at: string;
  edited_at: string | null;
}

/** Projection: the text a comment had before each edit. */
export interface CommentEditsTable {
  seq: number;
  comment_id: string;
  previous_text: string;
  edited_at: string;
}

/** Projection: who reacted how to which comment. */
export interface CommentReactionsTable {
  comment_id: string;
  member_id: string;
  reaction: string;
}

/** Projection: each member's standing delegation per scope (`all`, `circle:<id>`, `topic:<kind>`). */
export interface DelegationsTable {
  delegator_id: string;
  scope: string;
  circle_id: string | null;
  topic: string | null;
  delegate_id: string;
  seq: number;
  set_at: string;
}

/** Off-ledger: the choice and salt of each sealed ballot, kept by the node until the close reveals them. */
export interface BallotOpeningsTable {
  commitment: string;
  proposal_id: string;
  voter_id: string;
  ballot: string;
  salt: string;
}

/** Off-ledger: which notifications a member marked read. */
export interface NotificationReadsTable {
  member_id: string;
  notification_id: string;
  read_at: string;
}

/** Projection: a member's level and dating stage from `from_date` (the DisCO's calendar day of the event) on. */
export interface MemberLevelPeriodsTable {
  member_id: string;
  seq: number;
  from_date: string;
  status: 'active' | 'left';
  level: 'casual' | 'dating' | 'committed' | null;
  dating_stage: number | null;
}

/** Projection: the day a dating spell ended, by commitment or otherwise (left, or back to casual). */
export interface MemberDatingEndsTable {
  member_id: string;
  seq: number;
  on_date: string;
  outcome: 'committed' | 'left';
}

/** Projection: members' leaves, both days inclusive; `to_date` null while open-ended. */
export interface MemberLeavesTable {
  leave_id: string;
  /** The event that recorded the leave: the listing's order and cursor. */
  seq: number;
  member_id: string;
  from_date: string;
  to_date: string | null;
  reason: string | null;
  recorded_at: string;
  recorded_by: string | null;
  /** When a `member.leave-ended` event fixed `to_date`; null until then. */
  ended_at: string | null;
  ended_by: string | null;
}

/** Projection: rhythms (recurring gatherings); `exceptions` is a JSON array of local start times. */
export interface RhythmsTable {
  rhythm_id: string;
  /** The event that created it: the listing's order. */
  seq: number;
  /** Null for a rhythm of the whole DisCO. */
  circle_id: string | null;
  kind: string;
  name: string;
  time_zone: string;
  start_local: string;
  duration_minutes: number;
  rrule: string;
  exceptions: string;
  created_at: string;
  created_by: string | null;
  changed_at: string | null;
  ended_at: string | null;
}

/** Projection: who took part in one gathering (a JSON array of member ids), and its crediting. */
export interface RhythmOccurrencesTable {
  rhythm_id: string;
  /** The gathering's instant, `YYYY-MM-DDTHH:MM:SSZ`. */
  occurrence: string;
  participants: string;
  recorded_at: string;
  recorded_by: string | null;
  credited_at: string | null;
  credited_by: string | null;
}

/** Projection: appreciations (thanks) between members; public like the ledger. */
export interface AppreciationsTable {
  appreciation_id: string;
  seq: number;
  from_member: string;
  member_id: string;
  contribution_id: string | null;
  period_from: string | null;
  period_to: string | null;
  note: string;
  given_at: string;
}

/** Off-ledger, personal: a member's check-in, deleted by the member or by the sweep once older than the retention period. */
export interface CheckinsTable {
  checkin_id: string;
  member_id: string;
  created_at: string;
  /** The Monday (YYYY-MM-DD, the DisCO's calendar) of the week it speaks for. */
  week_of: string;
  feeling: string;
  /** Percent of a usual week's capacity, 0 to 300. */
  capacity: number;
  blockers: string;
  needs: string;
  audience: 'circle' | 'mentors-stewards' | 'self';
}

/** Off-ledger: how long check-ins are kept (one row, id 1; absent means the default). */
export interface CheckinSettingsTable {
  id: number;
  retention_days: number;
  changed_at: string;
  changed_by: string | null;
}

/** Off-ledger: each member's private calendar feed, by the SHA-256 of its secret. */
export interface CalendarFeedsTable {
  member_id: string;
  token_hash: string;
  created_at: string;
}

/** Off-ledger: when a member first saw the Deck's first-run guide, on any device. */
export interface GuideSeenTable {
  member_id: string;
  seen_at: string;
}

/** Off-ledger: what the sources of notices looked like at the last full notification sweep (one row, id 1). */
export interface NotifySweepsTable {
  id: number;
  fingerprint: string;
  swept_at: string;
}

/** Off-ledger: the origin line of this node's checkpoint notes, fixed at first use (one row, id 1). */
export interface EvaluationsTable {
  evaluation_id: string;
  seq: number;
  quarter: string;
  circle_id: string | null;
  scope: string;
  facts_hash: string;
  status: 'open' | 'closed';
  opened_at: string;
  opened_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
  summary: string | null;
  /** JSON: the proposals the evaluation led to, `[{ kind, proposalId }]`. */
  decisions: string;
}

export interface EvaluationReflectionsTable {
  reflection_id: string;
  seq: number;
  evaluation_id: string;
  member_id: string;
  text: string;
  at: string;
}

/** Off the ledger: the facts an evaluation opened with, as canonical JSON. */
export interface EvaluationFactsTable {
  evaluation_id: string;
  facts: string;
}

export interface LedgerOriginTable {
  id: number;
  origin: string;
  fixed_at: string;
}

/** Off-ledger, as a witness: a log this node cosigns, the key it trusts, what it last cosigned. */
export interface WitnessedLogsTable {
  origin: string;
  /** SHA-256 of the origin, hex: how tlog-witness's monitoring read names the log. */
  origin_hash: string;
  /** The log's vkey (C2SP signed-note verifier key, type 0x01). */
  log_key: string;
  /** 0 until the first cosignature. */
  size: number;
  /** Hex root of the latest cosigned checkpoint (the empty tree's root at size 0). */
  root: string;
  /** The latest cosigned checkpoint note, with the log's signature and this witness's cosignature. */
  checkpoint: string | null;
  updated_at: string;
}

/** Off-ledger, as a log: what each configured witness last cosigned or refused. */
export interface WitnessProgressTable {
  /** The witness's vkey (type 0x04). */
  witness_key: string;
  url: string;
  cosigned_size: number;
  cosigned_at: string | null;
  /** Why the witness last refused (status and reason), null once it cosigns again. */
  refusal: string | null;
  refused_at: string | null;
  /** `refusal` as a message code and its parameters (JSON); null on refusals kept before codes. */
  refusal_code: string | null;
  refusal_params: string | null;
  /** What the witness itself answered with its refusal, in its own words; null when nothing. */
  refusal_answer: string | null;
}

/** Off-ledger: the witnesses' cosignature lines on this node's checkpoints. */
export interface CheckpointCosignaturesTable {
  tree_size: number;
  witness_key: string;
  timestamp: number;
  /** The note signature line, "— name base64\n". */
  line: string;
  received_at: string;
}

/** Off-ledger: durable jobs (witness submissions now; mail, webhooks, federation later). */
export interface JobsTable {
  id: string;
  kind: string;
  /** At most one pending job per key: enqueueing again refreshes it. */
  dedupe_key: string | null;
  payload: string;
  state: 'pending' | 'done' | 'failed';
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_until: string | null;
  last_error: string | null;
  /** Why, as a message code (src/core/messages/codes.ts); null on rows failed before codes. */
  last_error_code: string | null;
  /** The code's parameters, as JSON. */
  last_error_params: string | null;
  created_at: string;
  updated_at: string;
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
  value_rates: ValueRatesTable;
  value_settings: ValueSettingsTable;
  value_contributions: ValueContributionsTable;
  value_validations: ValueValidationsTable;
  value_balance_totals: ValueBalanceTotalsTable;
  value_month_totals: ValueMonthTotalsTable;
  value_week_hours: ValueWeekHoursTable;
  value_projects: ValueProjectsTable;
  value_commons: ValueCommonsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  api_tokens: ApiTokensTable;
  invitations: InvitationsTable;
  sign_in_failures: SignInFailuresTable;
  idempotent_responses: IdempotentResponsesTable;
  intent_commits: IntentCommitsTable;
  device_keys: DeviceKeysTable;
  proposals: ProposalsTable;
  proposal_versions: ProposalVersionsTable;
  ballots: BallotsTable;
  ballot_history: BallotHistoryTable;
  governance_parameters: GovernanceParametersTable;
  proposal_comments: ProposalCommentsTable;
  comment_edits: CommentEditsTable;
  comment_reactions: CommentReactionsTable;
  delegations: DelegationsTable;
  ballot_openings: BallotOpeningsTable;
  notification_reads: NotificationReadsTable;
  finance_income: FinanceIncomeTable;
  finance_expenses: FinanceExpensesTable;
  cat_parameter_versions: CatParameterVersionsTable;
  distribution_runs: DistributionRunsTable;
  distribution_run_states: DistributionRunStatesTable;
  distribution_run_state_chunks: DistributionRunStateChunksTable;
  distribution_allocations: DistributionAllocationsTable;
  distribution_payouts: DistributionPayoutsTable;
  member_level_periods: MemberLevelPeriodsTable;
  member_dating_ends: MemberDatingEndsTable;
  member_leaves: MemberLeavesTable;
  ledger_origin: LedgerOriginTable;
  witnessed_logs: WitnessedLogsTable;
  witness_progress: WitnessProgressTable;
  checkpoint_cosignatures: CheckpointCosignaturesTable;
  jobs: JobsTable;
  rhythms: RhythmsTable;
  rhythm_occurrences: RhythmOccurrencesTable;
  appreciations: AppreciationsTable;
  checkins: CheckinsTable;
  checkin_settings: CheckinSettingsTable;
  calendar_feeds: CalendarFeedsTable;
  notification_log: NotificationLogTable;
  notification_settings: NotificationSettingsTable;
  notification_profiles: NotificationProfilesTable;
  notify_secrets: NotifySecretsTable;
  notify_sweeps: NotifySweepsTable;
  guide_seen: GuideSeenTable;
  webhooks: WebhooksTable;
  evaluations: EvaluationsTable;
  evaluation_reflections: EvaluationReflectionsTable;
  evaluation_facts: EvaluationFactsTable;
  federated_commons: FederatedCommonsTable;
  solidarity_transfers: SolidarityTransfersTable;
  credit_lines: CreditLinesTable;
  credit_transfers: CreditTransfersTable;
  activity_feed: ActivityFeedTable;
  search_documents: SearchDocumentsTable;
  federation_keys: FederationKeysTable;
  federation_kv: FederationKvTable;
  federation_seen: FederationSeenTable;
  federation_relations: FederationRelationsTable;
  federation_follow_log: FederationFollowLogTable;
}

export type TableName = keyof Database & string;

/** Off-ledger: one row per member per notification, with its read mark and what mail did with it. */
export interface NotificationLogTable {
  id: string;
  member_id: string;
  /** The kind and its subject (`deadline-soon:<proposalId>`): unique per member. */
  notice_id: string;
  kind: string;
  /** JSON: title, proposalId, contributionId, memberId, count, outcome. */
  params: string;
  /** The Deck's path for it. */
  link: string;
  at: string;
  created_at: string;
  read_at: string | null;
  /** When it stopped being current (voted, validated, resolved): hidden from the bell. */
  resolved_at: string | null;
  /** Null until mail dealt with it: `immediate`, `daily:<day>`, `weekly:<day>`, `off` or `none`. */
  mailed: string | null;
}

/** Off-ledger: a member's delivery per kind; no row means the default. */
export interface NotificationSettingsTable {
  member_id: string;
  kind: string;
  delivery: 'immediate' | 'daily' | 'weekly' | 'off';
  updated_at: string;
}

/** Off-ledger: a member's mail language. */
export interface NotificationProfilesTable {
  member_id: string;
  language: 'en' | 'es';
  updated_at: string;
}

/** Off-ledger: the key that signs unsubscribe links (one row). */
export interface NotifySecretsTable {
  id: number;
  secret: string;
  created_at: string;
}

/** Off-ledger: outgoing webhooks of the DisCO (`circle_id` null) or a circle. */
export interface WebhooksTable {
  id: string;
  circle_id: string | null;
  format: 'chat' | 'signed-json';
  url: string;
  /** The HMAC-SHA256 key of `signed-json` hooks. */
  secret: string | null;
  created_by: string;
  created_at: string;
  removed_at: string | null;
}

/** Off-ledger: commons entries published by federated DisCOs, as their last activity left them. */
export interface FederatedCommonsTable {
  object_id: string;
  origin: string;
  title: string;
  kind: string;
  licence: string;
  link: string;
  published_at: string;
  updated_at: string | null;
  received_at: string;
}

/** Projection (`economy`): solidarity transfers out (offered by us) and in (offered to us). */
export interface SolidarityTransfersTable {
  peer: string;
  id: string;
  seq: number;
  direction: 'out' | 'in';
  amount: string;
  currency: string;
  reference: string;
  proposal_id: string | null;
  /** 'refunded': withdrawn after the peer accepted, and the income returned. */
  status: 'offered' | 'accepted' | 'cancelled' | 'refunded';
  offer_hash: string | null;
  acceptance_hash: string | null;
  offered_at: string;
  ended_at: string | null;
}

/** Projection (`economy`): the limit of the mutual-credit line with each peer. */
export interface CreditLinesTable {
  peer: string;
  seq: number;
  credit_limit: string;
  currency: string;
  proposal_id: string;
  set_at: string;
}

/** Projection (`economy`): mutual-credit transfers; only `settled` ones move balances. */
export interface CreditTransfersTable {
  peer: string;
  id: string;
  seq: number;
  direction: 'out' | 'in';
  amount: string;
  currency: string;
  memo: string;
  status: 'offered' | 'settled' | 'refused';
  refusal_code: string | null;
  offered_at: string;
  ended_at: string | null;
}

/** Projection: one line of the activity feed per event, as a message code and its parameters. */
export interface ActivityFeedTable {
  seq: number;
  kind: string;
  /** The member the line is about; null for lines about nobody (a sealed ballot, a run). */
  member_id: string | null;
  circle_id: string | null;
  proposal_id: string | null;
  code: string;
  /** JSON: the message's parameters. */
  params: string;
  at: string;
}

/** Projection: the searchable text of one proposal, comment, member, contribution or commons resource. */
export interface SearchDocumentsTable {
  /** The seq of the event that created it; on SQLite the rowid its FTS5 index refers to. */
  doc_id: number;
  kind: 'proposal' | 'comment' | 'member' | 'contribution' | 'commons';
  ref_id: string;
  /** The proposal a comment belongs to. */
  parent_id: string | null;
  /** The author, contributor or member it is about. */
  member_id: string | null;
  title: string;
  body: string;
  /** The event that last changed it. */
  seq: number;
}
/** Off-ledger: the federation actor's own key pairs, as JWK (never the ledger key). */
export interface FederationKeysTable {
  /** `RSASSA-PKCS1-v1_5` or `Ed25519`. */
  algorithm: string;
  private_jwk: string;
  public_jwk: string;
  created_at: string;
}

/** Off-ledger: Fedify's key-value store; `key` is the JSON of the key's parts. */
export interface FederationKvTable {
  key: string;
  value: string;
  expires_at: string | null;
}

/** Off-ledger: inbound activity ids already handled, so a replayed one changes nothing. */
export interface FederationSeenTable {
  activity_id: string;
  peer_actor_id: string;
  seen_at: string;
}

/** Projection of `federation.*`: a DisCO this one follows or that asked to follow it. */
export interface FederationRelationsTable {
  peer_actor_id: string;
  handle: string | null;
  inbox: string | null;
  /** 1 when a passed `federation` proposal decided to follow it (and none since to unfollow). */
  we_follow: number;
  /** 1 when its signed Follow arrived (and no Undo since). */
  they_follow: number;
  /** 1 when it accepted our Follow. */
  they_accepted: number;
  their_follow_id: string | null;
  /** The proposal that decided the latest follow or unfollow. */
  decided_by: string | null;
  /** Its C2SP witness endpoint and cosignature/v1 key, as its actor publishes them. */
  witness_url: string | null;
  witness_key: string | null;
  /** Its checkpoint log's verifier key, as its actor publishes it. */
  log_key: string | null;
  seq: number;
  updated_at: string;
  /** How many trusted witnesses it requires on a checkpoint our events are proved against (1 when it publishes none). */
  receipt_cosignatures: number;
}

/** Off-ledger: the unsolicited Follows recorded, by origin, for each origin's hourly allowance. */
export interface FederationFollowLogTable {
  activity_id: string;
  /** The Follow's actor's origin (`https://host:port`). */
  origin: string;
  peer_actor_id: string;
  received_at: string;
}
