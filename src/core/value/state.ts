import type { CalendarDate } from './calendar.js';
import { contributionFromPayload, type ContributionRecord } from './contribution.js';
import type { CasualRuleEntry, StageMultipliersEntry } from './credits.js';
import type { DutyRulesEntry } from './duties.js';
import {
  casualRuleSetPayload,
  commonsResourceRegisteredPayload,
  commonsResourceUpdatedPayload,
  commonsResourceWithdrawnPayload,
  contributionDisputedPayload,
  contributionEditedPayload,
  contributionLoggedPayload,
  contributionValidatedPayload,
  daterCareReleaseSetPayload,
  disputeResolvedPayload,
  disputeWithdrawnPayload,
  dutyRulesSetPayload,
  projectCreatedPayload,
  projectUpdatedPayload,
  rateSetPayload,
  stageMultipliersSetPayload,
  VALUE_EVENT,
  validationRulesSetPayload,
  type ContributionLoggedPayload,
} from './events.js';
import {
  DEFAULT_VALIDATION_RULE,
  startValidation,
  transition,
  type ValidationAction,
  type ValidationRule,
} from './peer-validation.js';
import { findRate, type Rate } from './rates.js';
import type { DaterCareReleaseRuleEntry } from './release.js';
import type { Stream } from './streams.js';
import { loggedHoursByDay, type DraftContext } from './validation.js';

export interface Project {
  id: string;
  name: string;
  client: string;
  budget?: bigint;
  agreedPrice?: bigint;
  status: 'proposed' | 'active' | 'completed' | 'cancelled';
  circle?: string;
}

export interface CommonsResource {
  id: string;
  title: string;
  kind: string;
  licence: string;
  link: string;
}

/** Everything value tracking knows, as folded from the ledger's value events. Tables keep ledger order. */
export interface ValueState {
  contributions: ReadonlyMap<string, ContributionRecord>;
  rates: readonly Rate[];
  stageMultipliers: readonly StageMultipliersEntry[];
  casualRules: readonly CasualRuleEntry[];
  validationRules: Readonly<Record<Stream, ValidationRule>>;
  dutyRules: readonly DutyRulesEntry[];
  releaseRules: readonly DaterCareReleaseRuleEntry[];
  projects: ReadonlyMap<string, Project>;
  resources: ReadonlyMap<string, CommonsResource>;
}

export const EMPTY_VALUE_STATE: ValueState = {
  contributions: new Map(),
  rates: [],
  stageMultipliers: [],
  casualRules: [],
  validationRules: {
    livelihood: DEFAULT_VALIDATION_RULE,
    love: DEFAULT_VALIDATION_RULE,
    care: DEFAULT_VALIDATION_RULE,
  },
  dutyRules: [],
  releaseRules: [],
  projects: new Map(),
  resources: new Map(),
};

/** The part of a ledger event the fold reads; a `LedgerEvent` fits as it is. */
export interface ValueEventInput {
  type: string;
  schema: number;
  payload: unknown;
  /** The acting member, signed by the ledger; null when the node acts. */
  actor: string | null;
}

/** Why an event cannot follow the state: on replay this means a corrupt ledger, before append a refusal. */
export interface FoldError {
  /** Position of the event in the batch given. */
  index: number;
  type: string;
  message: string;
}

export type FoldResult = { ok: true; state: ValueState } | { ok: false; error: FoldError };

/**
 * A value state its holder owns: `foldValueEventsInPlace` changes it rather than copying it, so a
 * long fold copies its tables once, not once per batch. Made by `ownValueState`.
 */
export interface OwnedValueState extends ValueState {
  contributions: Map<string, ContributionRecord>;
  rates: Rate[];
  stageMultipliers: StageMultipliersEntry[];
  casualRules: CasualRuleEntry[];
  validationRules: Record<Stream, ValidationRule>;
  dutyRules: DutyRulesEntry[];
  releaseRules: DaterCareReleaseRuleEntry[];
  projects: Map<string, Project>;
  resources: Map<string, CommonsResource>;
}

type Working = OwnedValueState;

/**
 * A copy of `from` (its tables, not its records, which the fold replaces and never changes) that
 * the caller owns and may fold in place.
 *
 * @example const state = ownValueState(); foldValueEventsInPlace(batch, state);
 */
export function ownValueState(from: ValueState = EMPTY_VALUE_STATE): OwnedValueState {
  return {
    contributions: new Map(from.contributions),
    rates: [...from.rates],
    stageMultipliers: [...from.stageMultipliers],
    casualRules: [...from.casualRules],
    validationRules: { ...from.validationRules },
    dutyRules: [...from.dutyRules],
    releaseRules: [...from.releaseRules],
    projects: new Map(from.projects),
    resources: new Map(from.resources),
  };
}

const VALUE_TYPES = new Set<string>(Object.values(VALUE_EVENT));

/**
 * Folds value events into a state, returning a new state and leaving `from` untouched. Events of
 * other domains are skipped, so the whole ledger can be passed. Folding a ledger in one go or in
 * any number of consecutive batches gives the same state: that is what makes replayed balances
 * equal live ones.
 *
 * @example
 * const state = tryFoldValueEvents(ledgerEvents);
 * if (!state.ok) console.error(state.error.message);
 */
export function tryFoldValueEvents(
  events: Iterable<ValueEventInput>,
  from: ValueState = EMPTY_VALUE_STATE,
): FoldResult {
  const work = ownValueState(from);
  const error = foldInto(work, events);
  return error === null ? { ok: true, state: work } : { ok: false, error };
}

/**
 * Folds value events into `state` itself. On an event that cannot follow, throws
 * `ValueFoldError` with the events before it already applied: for replaying a ledger that
 * verified, where such an event ends the replay anyway.
 *
 * @example const state = ownValueState(); for (const batch of batches) foldValueEventsInPlace(batch, state);
 */
export function foldValueEventsInPlace(
  events: Iterable<ValueEventInput>,
  state: OwnedValueState,
): void {
  const error = foldInto(state, events);
  if (error !== null) throw new ValueFoldError(error);
}

function foldInto(work: Working, events: Iterable<ValueEventInput>): FoldError | null {
  let index = 0;
  for (const event of events) {
    if (VALUE_TYPES.has(event.type)) {
      const message =
        event.schema === 1
          ? apply(work, event)
          : `unknown schema version ${event.schema} of ${event.type}`;
      if (message !== null) return { index, type: event.type, message };
    }
    index += 1;
  }
  return null;
}

/** Thrown by `foldValueEvents` when an event cannot follow the state. */
export class ValueFoldError extends Error {
  readonly detail: FoldError;
  constructor(detail: FoldError) {
    super(`value event #${detail.index} (${detail.type}): ${detail.message}`);
    this.name = 'ValueFoldError';
    this.detail = detail;
  }
}

/**
 * Like `tryFoldValueEvents`, but throws `ValueFoldError`: for replaying a ledger that verified.
 *
 * @example const state = foldValueEvents(more, foldValueEvents(earlier));
 */
export function foldValueEvents(
  events: Iterable<ValueEventInput>,
  from: ValueState = EMPTY_VALUE_STATE,
): ValueState {
  const result = tryFoldValueEvents(events, from);
  if (!result.ok) throw new ValueFoldError(result.error);
  return result.state;
}

function parsed<T>(
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  payload: unknown,
): T | string {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return `payload.${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'invalid'}`;
}

/** The frozen rate must be the one in force when the event was appended: the ledger checks its own arithmetic. */
function checkFrozenRate(work: Working, payload: ContributionLoggedPayload): string | null {
  const found = findRate(work.rates, {
    stream: payload.stream,
    taskKind: payload.taskKind,
    unit: payload.unit,
    date: payload.date,
  });
  if (!found.ok) return found.error.message;
  if (
    found.rate.amount.toString() !== payload.credit.rate ||
    found.rate.effectiveFrom !== payload.credit.rateEffectiveFrom
  ) {
    return `credit.rate ${payload.credit.rate} from ${payload.credit.rateEffectiveFrom} is not the rate in force (${found.rate.amount} from ${found.rate.effectiveFrom})`;
  }
  return null;
}

/** How a fold error about a contribution the state does not hold begins. */
export const UNKNOWN_CONTRIBUTION = 'unknown contribution ';

/**
 * Whether a fold failed on an event about a contribution the state does not hold: on a fold that
 * started from a run state, one the state left out as settled (its fold must start from event 1).
 *
 * @example isUnknownContribution(error.detail) // true
 */
export function isUnknownContribution(error: FoldError): boolean {
  return error.message.startsWith(UNKNOWN_CONTRIBUTION);
}

function act(work: Working, contributionId: string, action: ValidationAction): string | null {
  const record = work.contributions.get(contributionId);
  if (!record) return UNKNOWN_CONTRIBUTION + contributionId;
  const next = transition(record.validation, action);
  if (!next.ok) return next.error.message;
  work.contributions.set(contributionId, { ...record, validation: next.state });
  return null;
}

function apply(work: Working, event: ValueEventInput): string | null {
  const actor = event.actor;
  const needActor = 'this event needs a member as its actor';
  switch (event.type) {
    case VALUE_EVENT.contributionLogged: {
      const p = parsed(contributionLoggedPayload, event.payload);
      if (typeof p === 'string') return p;
      if (work.contributions.has(p.contributionId))
        return `contribution ${p.contributionId} already exists`;
      const rateProblem = checkFrozenRate(work, p);
      if (rateProblem) return rateProblem;
      work.contributions.set(
        p.contributionId,
        contributionFromPayload(p, startValidation(p.member, p.validation)),
      );
      return null;
    }
    case VALUE_EVENT.contributionEdited: {
      const p = parsed(contributionEditedPayload, event.payload);
      if (typeof p === 'string') return p;
      const old = work.contributions.get(p.supersedes);
      if (!old) return UNKNOWN_CONTRIBUTION + p.supersedes;
      if (work.contributions.has(p.contributionId))
        return `contribution ${p.contributionId} already exists`;
      if (p.member !== old.member) return `an edit cannot change whose work it is (${old.member})`;
      if (actor === null) return needActor;
      const rateProblem = checkFrozenRate(work, p);
      if (rateProblem) return rateProblem;
      const superseded = act(work, p.supersedes, {
        kind: 'supersede',
        by: actor,
        newContributionId: p.contributionId,
      });
      if (superseded) return superseded;
      work.contributions.set(
        p.contributionId,
        contributionFromPayload(p, startValidation(p.member, p.validation), p.supersedes),
      );
      return null;
    }
    case VALUE_EVENT.contributionValidated: {
      const p = parsed(contributionValidatedPayload, event.payload);
      if (typeof p === 'string') return p;
      if (actor === null) return needActor;
      return act(work, p.contributionId, {
        kind: 'acknowledge',
        by: actor,
        stewardOfCircle: p.stewardOfCircle,
      });
    }
    case VALUE_EVENT.contributionDisputed: {
      const p = parsed(contributionDisputedPayload, event.payload);
      if (typeof p === 'string') return p;
      if (actor === null) return needActor;
      return act(work, p.contributionId, { kind: 'dispute', by: actor, reason: p.reason });
    }
    case VALUE_EVENT.disputeWithdrawn: {
      const p = parsed(disputeWithdrawnPayload, event.payload);
      if (typeof p === 'string') return p;
      if (actor === null) return needActor;
      return act(work, p.contributionId, { kind: 'withdraw', by: actor });
    }
    case VALUE_EVENT.disputeResolved: {
      const p = parsed(disputeResolvedPayload, event.payload);
      if (typeof p === 'string') return p;
      return act(work, p.contributionId, {
        kind: 'resolve',
        decision: p.decision,
        outcome: p.outcome,
      });
    }
    case VALUE_EVENT.rateSet: {
      const p = parsed(rateSetPayload, event.payload);
      if (typeof p === 'string') return p;
      work.rates.push({
        stream: p.stream,
        taskKind: p.taskKind,
        per: p.per,
        amount: BigInt(p.amount),
        effectiveFrom: p.effectiveFrom,
      });
      return null;
    }
    case VALUE_EVENT.stageMultipliersSet: {
      const p = parsed(stageMultipliersSetPayload, event.payload);
      if (typeof p === 'string') return p;
      work.stageMultipliers.push({
        effectiveFrom: p.effectiveFrom,
        stages: { 1: p.stages['1'], 2: p.stages['2'], 3: p.stages['3'] },
      });
      return null;
    }
    case VALUE_EVENT.validationRulesSet: {
      const p = parsed(validationRulesSetPayload, event.payload);
      if (typeof p === 'string') return p;
      work.validationRules = { ...p.streams };
      return null;
    }
    case VALUE_EVENT.dutyRulesSet: {
      const p = parsed(dutyRulesSetPayload, event.payload);
      if (typeof p === 'string') return p;
      work.dutyRules.push({
        effectiveFrom: p.effectiveFrom,
        duties: p.duties.map((d) => ({ ...d, amount: BigInt(d.amount) })),
      });
      return null;
    }
    case VALUE_EVENT.daterCareReleaseSet: {
      const p = parsed(daterCareReleaseSetPayload, event.payload);
      if (typeof p === 'string') return p;
      work.releaseRules.push(p);
      return null;
    }
    case VALUE_EVENT.casualRuleSet: {
      const p = parsed(casualRuleSetPayload, event.payload);
      if (typeof p === 'string') return p;
      work.casualRules.push(p);
      return null;
    }
    case VALUE_EVENT.projectCreated: {
      const p = parsed(projectCreatedPayload, event.payload);
      if (typeof p === 'string') return p;
      if (work.projects.has(p.projectId)) return `project ${p.projectId} already exists`;
      const { projectId, budget, agreedPrice, ...rest } = p;
      work.projects.set(projectId, {
        id: projectId,
        ...rest,
        ...(budget !== undefined ? { budget: BigInt(budget) } : {}),
        ...(agreedPrice !== undefined ? { agreedPrice: BigInt(agreedPrice) } : {}),
      });
      return null;
    }
    case VALUE_EVENT.projectUpdated: {
      const p = parsed(projectUpdatedPayload, event.payload);
      if (typeof p === 'string') return p;
      const old = work.projects.get(p.projectId);
      if (!old) return `unknown project ${p.projectId}`;
      const { projectId: _id, budget, agreedPrice, ...rest } = p;
      const changes = Object.fromEntries(
        Object.entries(rest).filter(([, v]) => v !== undefined),
      ) as Partial<Project>;
      work.projects.set(old.id, {
        ...old,
        ...changes,
        ...(budget !== undefined ? { budget: BigInt(budget) } : {}),
        ...(agreedPrice !== undefined ? { agreedPrice: BigInt(agreedPrice) } : {}),
      });
      return null;
    }
    case VALUE_EVENT.commonsResourceRegistered: {
      const p = parsed(commonsResourceRegisteredPayload, event.payload);
      if (typeof p === 'string') return p;
      if (work.resources.has(p.resourceId))
        return `commons resource ${p.resourceId} already exists`;
      const { resourceId, ...rest } = p;
      work.resources.set(resourceId, { id: resourceId, ...rest });
      return null;
    }
    case VALUE_EVENT.commonsResourceUpdated: {
      const p = parsed(commonsResourceUpdatedPayload, event.payload);
      if (typeof p === 'string') return p;
      const old = work.resources.get(p.resourceId);
      if (!old) return `no commons resource ${p.resourceId}`;
      const { resourceId: _id, ...rest } = p;
      const changes = Object.fromEntries(
        Object.entries(rest).filter(([, v]) => v !== undefined),
      ) as Partial<CommonsResource>;
      work.resources.set(old.id, { ...old, ...changes });
      return null;
    }
    case VALUE_EVENT.commonsResourceWithdrawn: {
      const p = parsed(commonsResourceWithdrawnPayload, event.payload);
      if (typeof p === 'string') return p;
      // A withdrawn resource takes no new love work; the work already logged keeps its own record.
      if (!work.resources.delete(p.resourceId)) return `no commons resource ${p.resourceId}`;
      return null;
    }
    default:
      return `no fold for ${event.type}`;
  }
}

/**
 * The context for checking new contributions against this state: known projects and commons
 * resources, hours already logged, rates. Circles and members come from their own domains.
 *
 * @example validateContribution(input, draftContextOf(state, { today: '2024-03-01', circles: new Set(['c1']) }))
 */
export function draftContextOf(
  state: ValueState,
  outside: {
    today: CalendarDate;
    circles: ReadonlySet<string>;
    members?: ReadonlySet<string>;
    limits?: DraftContext['limits'];
    editing?: string;
  },
): DraftContext {
  const context: DraftContext = {
    today: outside.today,
    circles: outside.circles,
    projects: new Set(state.projects.keys()),
    resources: new Set(state.resources.keys()),
    loggedHours: loggedHoursByDay(
      state.contributions.values(),
      outside.editing !== undefined ? { excluding: outside.editing } : {},
    ),
    rates: state.rates,
  };
  if (outside.members) context.members = outside.members;
  if (outside.limits) context.limits = outside.limits;
  return context;
}
