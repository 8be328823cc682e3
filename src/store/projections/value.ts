import type { Kysely } from 'kysely';
import type { LedgerEvent } from '../../core/ledger/event.js';
import {
  parseQuantity,
  startValidation,
  transition,
  VALUE_EVENT,
  type CommonsResourceRegisteredPayload,
  type ContributionDisputedPayload,
  type ContributionEditedPayload,
  type ContributionLoggedPayload,
  type ContributionValidatedPayload,
  type DisputeResolvedPayload,
  type DisputeWithdrawnPayload,
  type PeerValidation,
  type ProjectCreatedPayload,
  type ProjectUpdatedPayload,
  type RateSetPayload,
  type ValidationAction,
} from '../../core/value/index.js';
import type { Database, ValueValidationsTable } from '../schema.js';
import type { Projector } from './projector.js';

const SETTINGS = new Set<string>([
  VALUE_EVENT.stageMultipliersSet,
  VALUE_EVENT.validationRulesSet,
  VALUE_EVENT.dutyRulesSet,
  VALUE_EVENT.daterCareReleaseSet,
  VALUE_EVENT.casualRuleSet,
]);

async function insertContribution(db: Kysely<Database>, event: LedgerEvent, p: ContributionLoggedPayload, supersedes: string | null): Promise<void> {
  const validation = startValidation(p.member, p.validation);
  await db
    .insertInto('value_contributions')
    .values({
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
    })
    .execute();
}

/** Runs core's validation state machine on the stored state; the app checked the move before appending. */
async function move(db: Kysely<Database>, contributionId: string, action: ValidationAction): Promise<void> {
  const row = await db.selectFrom('value_contributions').select('validation').where('id', '=', contributionId).executeTakeFirstOrThrow();
  const next = transition(JSON.parse(row.validation) as PeerValidation, action);
  if (!next.ok) throw new Error(`contribution ${contributionId}: ${next.error.message}`);
  await db.updateTable('value_contributions').set({ status: next.state.status, validation: JSON.stringify(next.state) }).where('id', '=', contributionId).execute();
}

async function record(db: Kysely<Database>, event: LedgerEvent, row: Omit<ValueValidationsTable, 'seq' | 'at'>): Promise<void> {
  await db.insertInto('value_validations').values({ seq: event.seq, at: event.time, ...row }).execute();
}

/**
 * Value tracking's read model: rates, settings, contributions with their validation state, the
 * history of acknowledgements and disputes, livelihood projects and the commons registry.
 *
 * @example await store.db.selectFrom('value_contributions').selectAll().where('member_id', '=', ana).execute();
 */
export const valueProjector: Projector = {
  name: 'value',
  tables: ['value_rates', 'value_settings', 'value_contributions', 'value_validations', 'value_projects', 'value_commons'],
  async apply(db, event: LedgerEvent) {
    // The app validated every payload against the catalog (and every move against core) before sealing.
    if (SETTINGS.has(event.type)) {
      await db.insertInto('value_settings').values({ seq: event.seq, type: event.type, payload: JSON.stringify(event.payload) }).execute();
      return;
    }
    switch (event.type) {
      case VALUE_EVENT.rateSet: {
        const p = event.payload as unknown as RateSetPayload;
        await db
          .insertInto('value_rates')
          .values({ seq: event.seq, stream: p.stream, task_kind: p.taskKind, per: p.per, amount: p.amount, effective_from: p.effectiveFrom, set_by: event.actor })
          .execute();
        return;
      }
      case VALUE_EVENT.contributionLogged:
        await insertContribution(db, event, event.payload as unknown as ContributionLoggedPayload, null);
        return;
      case VALUE_EVENT.contributionEdited: {
        const { supersedes, ...p } = event.payload as unknown as ContributionEditedPayload;
        await move(db, supersedes, { kind: 'supersede', by: event.actor ?? '', newContributionId: p.contributionId });
        await insertContribution(db, event, p, supersedes);
        return;
      }
      case VALUE_EVENT.contributionValidated: {
        const p = event.payload as unknown as ContributionValidatedPayload;
        await move(db, p.contributionId, { kind: 'acknowledge', by: event.actor ?? '', stewardOfCircle: p.stewardOfCircle });
        await record(db, event, { contribution_id: p.contributionId, kind: 'acknowledged', member_id: event.actor, detail: p.stewardOfCircle ? 'steward' : null });
        return;
      }
      case VALUE_EVENT.contributionDisputed: {
        const p = event.payload as unknown as ContributionDisputedPayload;
        await move(db, p.contributionId, { kind: 'dispute', by: event.actor ?? '', reason: p.reason });
        await record(db, event, { contribution_id: p.contributionId, kind: 'disputed', member_id: event.actor, detail: p.reason });
        return;
      }
      case VALUE_EVENT.disputeWithdrawn: {
        const p = event.payload as unknown as DisputeWithdrawnPayload;
        await move(db, p.contributionId, { kind: 'withdraw', by: event.actor ?? '' });
        await record(db, event, { contribution_id: p.contributionId, kind: 'withdrawn', member_id: event.actor, detail: null });
        return;
      }
      case VALUE_EVENT.disputeResolved: {
        const p = event.payload as unknown as DisputeResolvedPayload;
        await move(db, p.contributionId, { kind: 'resolve', decision: p.decision, outcome: p.outcome });
        await record(db, event, { contribution_id: p.contributionId, kind: 'resolved', member_id: event.actor, detail: `${p.outcome} by ${p.decision}` });
        return;
      }
      case VALUE_EVENT.projectCreated: {
        const p = event.payload as unknown as ProjectCreatedPayload;
        await db
          .insertInto('value_projects')
          .values({ id: p.projectId, name: p.name, client: p.client, budget: p.budget ?? null, agreed_price: p.agreedPrice ?? null, status: p.status, circle_id: p.circle ?? null, created_at: event.time })
          .execute();
        return;
      }
      case VALUE_EVENT.projectUpdated: {
        const p = event.payload as unknown as ProjectUpdatedPayload;
        const changes = {
          ...(p.name !== undefined ? { name: p.name } : {}),
          ...(p.client !== undefined ? { client: p.client } : {}),
          ...(p.budget !== undefined ? { budget: p.budget } : {}),
          ...(p.agreedPrice !== undefined ? { agreed_price: p.agreedPrice } : {}),
          ...(p.status !== undefined ? { status: p.status } : {}),
          ...(p.circle !== undefined ? { circle_id: p.circle } : {}),
        };
        await db.updateTable('value_projects').set(changes).where('id', '=', p.projectId).execute();
        return;
      }
      case VALUE_EVENT.commonsResourceRegistered: {
        const p = event.payload as unknown as CommonsResourceRegisteredPayload;
        await db
          .insertInto('value_commons')
          .values({ id: p.resourceId, seq: event.seq, title: p.title, kind: p.kind, licence: p.licence, link: p.link, registered_at: event.time })
          .execute();
        return;
      }
    }
  },
};
