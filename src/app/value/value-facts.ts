import { sql, type Kysely } from 'kysely';
import {
  DEFAULT_VALIDATION_RULE,
  transition,
  VALUE_EVENT,
  type CasualRuleSetPayload,
  type CreditRules,
  type DaterCareReleaseRuleEntry,
  type DaterCareReleaseSetPayload,
  type PeerValidation,
  type Rate,
  type StageMultipliersSetPayload,
  type Stream,
  type ValidationAction,
  type ValidationRule,
  type ValidationRulesSetPayload,
} from '../../core/value/index.js';
import type { Database, ValueContributionsTable } from '../../store/schema.js';
import { AppError, conflict, notFound, refusal } from '../errors.js';

/*
 * Value-tracking state read from the projections, in the shapes core's rules take.
 */

/** A contribution as the faces show it: money as digit strings of minor units. */
export interface Contribution {
  contributionId: string;
  memberId: string;
  loggedBy: string | null;
  stream: string;
  quantity: string;
  unit: string;
  taskKind: string;
  date: string;
  circleId: string | null;
  projectId: string | null;
  resourceId: string | null;
  description: string;
  evidence: string[];
  credit: {
    rate: string;
    rateEffectiveFrom: string;
    base: string;
    multiplierBp: number;
    amount: string;
    standing: string;
  };
  status: ValueContributionsTable['status'];
  supersedes: string | null;
  acknowledgedBy: string[];
  dispute: { by: string; reason: string } | null;
  loggedAt: string;
}

export function contributionFromRow(row: ValueContributionsTable): Contribution {
  const validation = JSON.parse(row.validation) as PeerValidation;
  return {
    contributionId: row.id,
    memberId: row.member_id,
    loggedBy: row.logged_by,
    stream: row.stream,
    quantity: row.quantity,
    unit: row.unit,
    taskKind: row.task_kind,
    date: row.date,
    circleId: row.circle_id,
    projectId: row.project_id,
    resourceId: row.resource_id,
    description: row.description,
    evidence: JSON.parse(row.evidence) as string[],
    credit: {
      rate: row.rate,
      rateEffectiveFrom: row.rate_effective_from,
      base: row.base,
      multiplierBp: row.multiplier_bp,
      amount: row.amount,
      standing: row.standing,
    },
    status: row.status,
    supersedes: row.supersedes,
    acknowledgedBy: validation.acknowledgements.map((a) => a.by),
    dispute: validation.dispute,
    loggedAt: row.logged_at,
  };
}

/**
 * The stored row and core validation state of a contribution, or a 404.
 *
 * @example const { row, validation } = await requireContribution(db, id);
 */
export async function requireContribution(
  db: Kysely<Database>,
  contributionId: string,
): Promise<{ row: ValueContributionsTable; validation: PeerValidation }> {
  const row = await db
    .selectFrom('value_contributions')
    .selectAll()
    .where('id', '=', contributionId)
    .executeTakeFirst();
  if (!row)
    throw notFound(
      refusal('refusal.no-such-contribution', { contributionId }),
      refusal('hint.list-contributions-disco-log-list-get'),
    );
  return { row, validation: JSON.parse(row.validation) as PeerValidation };
}

/**
 * The 409 for a contribution another request replaced first: the member edited an old version.
 *
 * @example throw supersededConflict(row.id, validation);
 */
export function supersededConflict(contributionId: string, validation: PeerValidation): AppError {
  const newer = validation.supersededBy;
  return new AppError(
    409,
    'conflict',
    newer
      ? refusal('refusal.contribution-replaced-by', { contributionId, newer })
      : refusal('refusal.contribution-replaced', { contributionId }),
    newer ? refusal('hint.reload-newest-id', { newer }) : refusal('hint.reload-newest'),
    [{ field: 'contributionId', message: newer ? `superseded by ${newer}` : 'superseded' }],
  );
}

/**
 * An append guard that runs a contribution's move again on its state inside the write transaction:
 * parallel writes (two edits, an edit and a dispute) each checked the move on the state they read,
 * and a move that no longer applies would fail in the projection, as a 500. Refuses with a 409
 * telling the member to reload.
 *
 * @example await appendEvents(ctx, drafts, { guard: stillMoves(contributionId, { kind: 'acknowledge', by, stewardOfCircle }) });
 */
export function stillMoves(
  contributionId: string,
  action: ValidationAction,
): (db: Kysely<Database>) => Promise<void> {
  return async (db) => {
    const now = await db
      .selectFrom('value_contributions')
      .select('validation')
      .where('id', '=', contributionId)
      .executeTakeFirstOrThrow();
    const validation = JSON.parse(now.validation) as PeerValidation;
    if (transition(validation, action).ok) return;
    if (validation.status === 'superseded') throw supersededConflict(contributionId, validation);
    throw conflict(
      refusal('refusal.contribution-changed-meanwhile', {
        contributionId,
        status: validation.status,
      }),
      refusal('hint.reload-try-again'),
    );
  };
}

/**
 * Rates of one stream and task kind, in ledger order, as core's rate table.
 *
 * @example findRate(await readRates(db, 'love', 'translation'), query)
 */
export async function readRates(
  db: Kysely<Database>,
  stream: string,
  taskKind: string,
): Promise<Rate[]> {
  const rows = await db
    .selectFrom('value_rates')
    .selectAll()
    .where('stream', '=', stream)
    .where('task_kind', '=', taskKind)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    stream: r.stream as Stream,
    taskKind: r.task_kind,
    per: r.per,
    amount: BigInt(r.amount),
    effectiveFrom: r.effective_from,
  }));
}

export async function settingsOf<T>(db: Kysely<Database>, type: string): Promise<T[]> {
  const rows = await db
    .selectFrom('value_settings')
    .select('payload')
    .where('type', '=', type)
    .orderBy('seq')
    .execute();
  return rows.map((r) => JSON.parse(r.payload) as T);
}

/**
 * What a credit is computed with for one stream and task kind: its rates, the stage multipliers
 * and the casual rules, as the ledger holds them.
 *
 * @example freezeCredit(work, standing, await readCreditRules(db, 'love', 'translation'))
 */
export async function readCreditRules(
  db: Kysely<Database>,
  stream: string,
  taskKind: string,
): Promise<CreditRules> {
  const [rates, multipliers, casual] = await Promise.all([
    readRates(db, stream, taskKind),
    settingsOf<StageMultipliersSetPayload>(db, VALUE_EVENT.stageMultipliersSet),
    settingsOf<CasualRuleSetPayload>(db, VALUE_EVENT.casualRuleSet),
  ]);
  return {
    rates,
    stageMultipliers: multipliers.map((m) => ({
      effectiveFrom: m.effectiveFrom,
      stages: { 1: m.stages['1'], 2: m.stages['2'], 3: m.stages['3'] },
    })),
    casualRules: casual,
  };
}

/**
 * The dater care release rules, in ledger order, as core's table.
 *
 * @example releaseRuleInForce(await readReleaseRules(db), '2026-03-01')
 */
export async function readReleaseRules(db: Kysely<Database>): Promise<DaterCareReleaseRuleEntry[]> {
  return settingsOf<DaterCareReleaseSetPayload>(db, VALUE_EVENT.daterCareReleaseSet);
}

/**
 * The validation rule in force now for a stream: the latest set, else one acknowledgement.
 *
 * @example (await readValidationRule(db, 'care')).acknowledgements // 1
 */
export async function readValidationRule(
  db: Kysely<Database>,
  stream: Stream,
): Promise<ValidationRule> {
  const all = await settingsOf<ValidationRulesSetPayload>(db, VALUE_EVENT.validationRulesSet);
  return all.at(-1)?.streams[stream] ?? DEFAULT_VALIDATION_RULE;
}

/**
 * Hours (thousandths) a member already has on a day in live contributions, for the 24-hour check.
 *
 * @example await loggedHoursOn(db, 'ana', '2026-01-05', 'c-17') // 6000n
 */
export async function loggedHoursOn(
  db: Kysely<Database>,
  memberId: string,
  date: string,
  excluding?: string,
): Promise<bigint> {
  let query = db
    .selectFrom('value_contributions')
    .select(sql<string | null>`cast(sum(quantity_milli) as text)`.as('milli'))
    .where('member_id', '=', memberId)
    .where('date', '=', date)
    .where('unit', '=', 'hour')
    .where('status', 'not in', ['superseded', 'void']);
  if (excluding !== undefined) query = query.where('id', '!=', excluding);
  const row = await query.executeTakeFirst();
  return BigInt(row?.milli ?? '0');
}
