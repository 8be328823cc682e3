import { sql, type Insertable, type Kysely } from 'kysely';
import { typedEvent } from '../../core/event-payloads.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import {
  parseQuantity,
  startValidation,
  transition,
  VALUE_EVENT,
  type ContributionLoggedPayload,
  type PeerValidation,
  type ValidationAction,
} from '../../core/value/index.js';
import { insertRows } from '../insert-rows.js';
import type { Database, ValueContributionsTable, ValueValidationsTable } from '../schema.js';
import type { Projector, ReplayPass } from './projector.js';
import { WindowChanges, writeWindows, type WindowFacts } from './value-windows.js';

const SETTINGS = new Set<string>([
  VALUE_EVENT.stageMultipliersSet,
  VALUE_EVENT.validationRulesSet,
  VALUE_EVENT.dutyRulesSet,
  VALUE_EVENT.daterCareReleaseSet,
  VALUE_EVENT.casualRuleSet,
]);

type ContributionRow = Insertable<ValueContributionsTable>;
type ValidationRow = Omit<ValueValidationsTable, 'seq' | 'at'>;

function contributionRow(
  event: LedgerEvent,
  p: ContributionLoggedPayload,
  supersedes: string | null,
): ContributionRow {
  const validation = startValidation(p.member, p.validation);
  return {
    id: p.contributionId,
    seq: event.seq,
    member_id: p.member,
    logged_by: event.actor,
    stream: p.stream,
    quantity: p.quantity,
    // At most 12 integer digits × 1000: well inside 2^53.
    quantity_milli: Number(parseQuantity(p.quantity)),
    unit: p.unit,
    task_kind: p.taskKind,
    date: p.date,
    circle_id: p.circle ?? null,
    project_id: p.project ?? null,
    resource_id: p.resource ?? null,
    description: p.description,
    evidence: JSON.stringify(p.evidence),
    rate: p.credit.rate,
    rate_effective_from: p.credit.rateEffectiveFrom,
    base: p.credit.base,
    multiplier_bp: p.credit.multiplierBp,
    amount: p.credit.amount,
    amount_minor: p.credit.amount,
    standing: p.credit.standing,
    status: validation.status,
    supersedes,
    validation: JSON.stringify(validation),
    logged_at: event.time,
  };
}

/** An older contribution's place in the balance totals, as the batch found it. */
interface Counted {
  key: string;
  amount: bigint;
  counted: boolean;
}

const totalsKey = (member: string, stream: string, standing: string) =>
  `${member}\u0000${stream}\u0000${standing}`;

/** What a batch adds to one counted total. */
interface Change {
  amount: bigint;
  count: number;
}

/** A replay's sums carried from page to page and written once at its end. */
interface CarriedSums {
  totals: Map<string, Change>;
  windows: WindowChanges;
}

/**
 * Adds each change to the counted totals. A total left with no contribution is removed, so the
 * table holds exactly what a replay from the first event builds.
 */
async function writeTotals(db: Kysely<Database>, changes: Map<string, Change>): Promise<void> {
  const rows: Insertable<Database['value_balance_totals']>[] = [];
  const fell: [string, string, string][] = [];
  for (const [key, { amount, count }] of changes) {
    if (count === 0 && amount === 0n) continue;
    const [member_id, stream, standing] = key.split('\u0000') as [string, string, 'payable'];
    rows.push({
      member_id,
      stream,
      standing,
      amount_minor: amount.toString(),
      contributions: count,
    });
    if (count < 0) fell.push([member_id, stream, standing]);
  }
  await insertRows(
    db,
    'value_balance_totals',
    ['member_id', 'stream', 'standing', 'amount_minor', 'contributions'],
    rows,
    { keys: ['member_id', 'stream', 'standing'], sums: ['amount_minor', 'contributions'] },
  );
  for (const [member_id, stream, standing] of fell)
    await db
      .deleteFrom('value_balance_totals')
      .where('member_id', '=', member_id)
      .where('stream', '=', stream)
      .where('standing', '=', standing as 'payable')
      .where('contributions', '=', 0)
      .execute();
}

/** Ids a lookup or rows an update statement carries: 3 parameters × 400 stays far under either dialect's bound-parameter limit. */
const CHUNK = 400;

const CONTRIBUTION_COLUMNS = [
  'id',
  'seq',
  'member_id',
  'logged_by',
  'stream',
  'quantity',
  'quantity_milli',
  'unit',
  'task_kind',
  'date',
  'circle_id',
  'project_id',
  'resource_id',
  'description',
  'evidence',
  'rate',
  'rate_effective_from',
  'base',
  'multiplier_bp',
  'amount',
  'amount_minor',
  'standing',
  'status',
  'supersedes',
  'validation',
  'logged_at',
] as const satisfies readonly (keyof ContributionRow)[];

/**
 * One batch of value events folded in memory, then written with a few multi-row statements:
 * contributions logged and moved within the batch are inserted once in their final state, and
 * older ones touched by the batch are read in one query and updated once each.
 */
class ValueBatch {
  private readonly created = new Map<string, ContributionRow>();
  private readonly known = new Map<string, PeerValidation>();
  /** What the balance totals held for each older contribution before the batch moved it. */
  private readonly before = new Map<string, Counted>();
  /** The same contributions as the window summaries (value-windows.ts) counted them. */
  private readonly facts = new Map<string, WindowFacts>();
  private readonly changed = new Set<string>();
  readonly validations: Insertable<ValueValidationsTable>[] = [];
  readonly settings: Insertable<Database['value_settings']>[] = [];
  readonly rates: Insertable<Database['value_rates']>[] = [];

  constructor(private readonly db: Kysely<Database>) {}

  /** Reads, in one query per chunk, the stored state of every older contribution the batch moves. */
  async prefetch(ids: Iterable<string>): Promise<void> {
    const wanted = [...new Set(ids)];
    for (let i = 0; i < wanted.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom('value_contributions')
        .select(['id', 'validation', 'status', 'member_id', 'stream', 'standing', 'amount_minor'])
        .select(['date', 'unit', 'quantity_milli'])
        .where('id', 'in', wanted.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) {
        this.facts.set(row.id, row);
        this.known.set(row.id, JSON.parse(row.validation) as PeerValidation);
        this.before.set(row.id, {
          key: totalsKey(row.member_id, row.stream, row.standing),
          amount: BigInt(row.amount_minor),
          counted: row.status === 'counted',
        });
      }
    }
  }

  log(event: LedgerEvent, p: ContributionLoggedPayload, supersedes: string | null): void {
    this.created.set(p.contributionId, contributionRow(event, p, supersedes));
  }

  /** Runs core's validation state machine on the state so far; the app checked the move before appending. */
  move(contributionId: string, action: ValidationAction): void {
    const fresh = this.created.get(contributionId);
    const current = fresh
      ? (JSON.parse(fresh.validation) as PeerValidation)
      : this.known.get(contributionId);
    if (!current) throw new Error(`contribution ${contributionId}: unknown`);
    const next = transition(current, action);
    if (!next.ok) throw new Error(`contribution ${contributionId}: ${next.error.message}`);
    if (fresh) {
      fresh.status = next.state.status;
      fresh.validation = JSON.stringify(next.state);
    } else {
      this.known.set(contributionId, next.state);
      this.changed.add(contributionId);
    }
  }

  record(event: LedgerEvent, row: ValidationRow): void {
    this.validations.push({ seq: event.seq, at: event.time, ...row });
  }

  /** Whether the batch has nothing for `flush` to write (no event of its kinds came). */
  get empty(): boolean {
    return (
      this.created.size === 0 &&
      this.changed.size === 0 &&
      this.validations.length === 0 &&
      this.settings.length === 0 &&
      this.rates.length === 0
    );
  }

  /** Writes the batch; its changes to the summaries go into `carried` when given, else to the tables. */
  async flush(carried?: CarriedSums): Promise<void> {
    await insertRows(this.db, 'value_contributions', CONTRIBUTION_COLUMNS, [
      ...this.created.values(),
    ]);
    const totals = carried?.totals ?? new Map<string, Change>();
    const add = (key: string, amount: bigint, count: number) => {
      const t = totals.get(key) ?? { amount: 0n, count: 0 };
      t.amount += amount;
      t.count += count;
      totals.set(key, t);
    };
    for (const row of this.created.values())
      if (row.status === 'counted')
        add(totalsKey(row.member_id, row.stream, row.standing), BigInt(row.amount_minor), 1);
    const moved: [string, string, string][] = [];
    for (const id of this.changed) {
      const state = this.known.get(id)!;
      const was = this.before.get(id)!;
      const counted = state.status === 'counted';
      if (counted !== was.counted)
        add(was.key, counted ? was.amount : -was.amount, counted ? 1 : -1);
      moved.push([id, state.status, JSON.stringify(state)]);
    }
    // One statement per chunk rather than one per contribution: on PostgreSQL a replay page
    // acknowledging work logged on earlier pages would otherwise cost a round trip each.
    for (let i = 0; i < moved.length; i += CHUNK) {
      const rows = moved
        .slice(i, i + CHUNK)
        .map(([id, status, validation]) => sql`(${id}, ${status}, ${validation})`);
      await sql`with moved(id, status, validation) as (values ${sql.join(rows)})
        update value_contributions set status = moved.status, validation = moved.validation
        from moved where value_contributions.id = moved.id`.execute(this.db);
    }
    if (!carried) await writeTotals(this.db, totals);
    await writeWindows(
      this.db,
      this.created.values(),
      this.changed,
      this.facts,
      this.known,
      carried?.windows,
    );
    await insertRows(
      this.db,
      'value_validations',
      ['seq', 'contribution_id', 'kind', 'member_id', 'detail', 'at'],
      this.validations,
    );
    await insertRows(this.db, 'value_settings', ['seq', 'type', 'payload'], this.settings);
    await insertRows(
      this.db,
      'value_rates',
      ['seq', 'stream', 'task_kind', 'per', 'amount', 'effective_from', 'set_by'],
      this.rates,
    );
  }
}

/** Contributions a batch moves: those not logged earlier in the same batch are read from the table. */
function movedElsewhere(events: readonly LedgerEvent[]): string[] {
  const logged = new Set<string>();
  const moved: string[] = [];
  for (const event of events) {
    const p = event.payload as { contributionId?: string; supersedes?: string };
    switch (event.type) {
      case VALUE_EVENT.contributionLogged:
        logged.add(p.contributionId!);
        break;
      case VALUE_EVENT.contributionEdited:
        if (!logged.has(p.supersedes!)) moved.push(p.supersedes!);
        logged.add(p.contributionId!);
        break;
      case VALUE_EVENT.contributionValidated:
      case VALUE_EVENT.contributionDisputed:
      case VALUE_EVENT.disputeWithdrawn:
      case VALUE_EVENT.disputeResolved:
        if (!logged.has(p.contributionId!)) moved.push(p.contributionId!);
        break;
    }
  }
  return moved;
}

/**
 * Value tracking's read model: rates, settings, contributions with their validation state, the
 * history of acknowledgements and disputes, livelihood projects and the commons registry.
 *
 * @example await store.db.selectFrom('value_contributions').selectAll().where('member_id', '=', ana).execute();
 */
export const valueProjector = {
  name: 'value',
  tables: [
    'value_rates',
    'value_settings',
    'value_contributions',
    'value_validations',
    'value_balance_totals',
    'value_month_totals',
    'value_week_hours',
    'value_projects',
    'value_commons',
  ],
  // A batch (or a replay page) of thousands of contributions costs a few multi-row inserts, not a
  // round trip each. Its changes to the summaries go into `carried` when given (a replay pass).
  async applyBatch(
    db: Kysely<Database>,
    events: readonly LedgerEvent[],
    carried?: CarriedSums,
  ): Promise<void> {
    const batch = new ValueBatch(db);
    await batch.prefetch(movedElsewhere(events));
    for (const sealed of events) {
      // The app validated every payload against the catalog (and every move against core) before sealing.
      const event = typedEvent(sealed);
      if (event === null) continue;
      if (SETTINGS.has(event.type)) {
        batch.settings.push({
          seq: event.seq,
          type: event.type,
          payload: JSON.stringify(event.payload),
        });
        continue;
      }
      switch (event.type) {
        case VALUE_EVENT.rateSet: {
          const p = event.payload;
          batch.rates.push({
            seq: event.seq,
            stream: p.stream,
            task_kind: p.taskKind,
            per: p.per,
            amount: p.amount,
            effective_from: p.effectiveFrom,
            set_by: event.actor,
          });
          break;
        }
        case VALUE_EVENT.contributionLogged:
          batch.log(event, event.payload, null);
          break;
        case VALUE_EVENT.contributionEdited: {
          const { supersedes, ...p } = event.payload;
          batch.move(supersedes, {
            kind: 'supersede',
            by: event.actor ?? '',
            newContributionId: p.contributionId,
          });
          batch.log(event, p, supersedes);
          break;
        }
        case VALUE_EVENT.contributionValidated: {
          const p = event.payload;
          batch.move(p.contributionId, {
            kind: 'acknowledge',
            by: event.actor ?? '',
            stewardOfCircle: p.stewardOfCircle,
          });
          batch.record(event, {
            contribution_id: p.contributionId,
            kind: 'acknowledged',
            member_id: event.actor,
            detail: p.stewardOfCircle ? 'steward' : null,
          });
          break;
        }
        case VALUE_EVENT.contributionDisputed: {
          const p = event.payload;
          batch.move(p.contributionId, {
            kind: 'dispute',
            by: event.actor ?? '',
            reason: p.reason,
          });
          batch.record(event, {
            contribution_id: p.contributionId,
            kind: 'disputed',
            member_id: event.actor,
            detail: p.reason,
          });
          break;
        }
        case VALUE_EVENT.disputeWithdrawn: {
          const p = event.payload;
          batch.move(p.contributionId, { kind: 'withdraw', by: event.actor ?? '' });
          batch.record(event, {
            contribution_id: p.contributionId,
            kind: 'withdrawn',
            member_id: event.actor,
            detail: null,
          });
          break;
        }
        case VALUE_EVENT.disputeResolved: {
          const p = event.payload;
          batch.move(p.contributionId, {
            kind: 'resolve',
            decision: p.decision,
            outcome: p.outcome,
          });
          batch.record(event, {
            contribution_id: p.contributionId,
            kind: 'resolved',
            member_id: event.actor,
            detail: `${p.outcome} by ${p.decision}`,
          });
          break;
        }
        // Projects and the commons are rare and touch no contribution: written as they come.
        case VALUE_EVENT.projectCreated: {
          const p = event.payload;
          await db
            .insertInto('value_projects')
            .values({
              id: p.projectId,
              name: p.name,
              client: p.client,
              budget: p.budget ?? null,
              agreed_price: p.agreedPrice ?? null,
              status: p.status,
              circle_id: p.circle ?? null,
              created_at: event.time,
            })
            .execute();
          break;
        }
        case VALUE_EVENT.projectUpdated: {
          const p = event.payload;
          const changes = {
            ...(p.name !== undefined ? { name: p.name } : {}),
            ...(p.client !== undefined ? { client: p.client } : {}),
            ...(p.budget !== undefined ? { budget: p.budget } : {}),
            ...(p.agreedPrice !== undefined ? { agreed_price: p.agreedPrice } : {}),
            ...(p.status !== undefined ? { status: p.status } : {}),
            ...(p.circle !== undefined ? { circle_id: p.circle } : {}),
          };
          await db
            .updateTable('value_projects')
            .set(changes)
            .where('id', '=', p.projectId)
            .execute();
          break;
        }
        case VALUE_EVENT.commonsResourceRegistered: {
          const p = event.payload;
          await db
            .insertInto('value_commons')
            .values({
              id: p.resourceId,
              seq: event.seq,
              title: p.title,
              kind: p.kind,
              licence: p.licence,
              link: p.link,
              registered_at: event.time,
              updated_at: null,
              withdrawn_at: null,
            })
            .execute();
          break;
        }
        case VALUE_EVENT.commonsResourceUpdated: {
          const p = event.payload;
          await db
            .updateTable('value_commons')
            .set({
              ...(p.title !== undefined ? { title: p.title } : {}),
              ...(p.kind !== undefined ? { kind: p.kind } : {}),
              ...(p.licence !== undefined ? { licence: p.licence } : {}),
              ...(p.link !== undefined ? { link: p.link } : {}),
              updated_at: event.time,
            })
            .where('id', '=', p.resourceId)
            .execute();
          break;
        }
        case VALUE_EVENT.commonsResourceWithdrawn: {
          await db
            .updateTable('value_commons')
            .set({ withdrawn_at: event.time })
            .where('id', '=', event.payload.resourceId)
            .execute();
          break;
        }
      }
    }
    // Most appends are not about value (a rename, a vote): their flush would only await no-ops.
    if (!batch.empty) await batch.flush(carried);
  },
  // A replay adds every page's changes to the balance totals and the window summaries in memory
  // and writes them once at the end: rows that many pages would otherwise update again (on
  // PostgreSQL each update leaves an old version behind in the replay's one transaction).
  replayPass(): ReplayPass {
    const carried: CarriedSums = { totals: new Map(), windows: new WindowChanges() };
    return {
      applyBatch: (db, events) => valueProjector.applyBatch(db, events, carried),
      finish: async (db) => {
        await writeTotals(db, carried.totals);
        await carried.windows.write(db);
      },
    };
  },
} satisfies Projector;
