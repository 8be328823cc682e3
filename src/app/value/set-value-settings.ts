import { refusal } from '../errors.js';
import type { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import {
  casualRuleSetPayload,
  daterCareReleaseSetPayload,
  dutyRulesSetPayload,
  rateSetPayload,
  stageMultipliersSetPayload,
  VALUE_EVENT,
  validationRulesSetPayload,
} from '../../core/value/index.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';

/*
 * The founders' value settings (until governance decides them by proposal): rates, stage
 * multipliers, validation rules, duties, the casual rule and the dater care release rule. Each applies from its effective date (rates, multipliers) or
 * to contributions logged afterwards (validation rules); credits already logged keep theirs.
 */

export type SetRateInput = z.input<typeof rateSetPayload>;

/**
 * Sets the rate of a task kind in a stream, per hour or per unit, from a date on.
 *
 * @example await setRate(ctx, founder, { stream: 'love', taskKind: 'translation', per: 'word', amount: '8', effectiveFrom: '2026-01-01' });
 */
export async function setRate(
  ctx: AppContext,
  actor: Actor | null,
  input: SetRateInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(rateSetPayload, input, refusal('refusal.rate-cannot-be-set'));
  ensureAllowed('value.rate.set', actor);
  return { events: await appendEvents(ctx, [draftOf(ctx, actor, VALUE_EVENT.rateSet, parsed)]) };
}

export type SetStageMultipliersInput = z.input<typeof stageMultipliersSetPayload>;

/**
 * Sets the basis points of credit value daters earn per stage and stream, from a date on.
 *
 * @example await setStageMultipliers(ctx, founder, { effectiveFrom: '2026-01-01', stages: { '1': { livelihood: 0, love: 10000, care: 10000 }, ... } });
 */
export async function setStageMultipliers(
  ctx: AppContext,
  actor: Actor | null,
  input: SetStageMultipliersInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    stageMultipliersSetPayload,
    input,
    refusal('refusal.stage-multipliers-cannot-be-set'),
  );
  ensureAllowed('value.rate.set', actor);
  return {
    events: await appendEvents(ctx, [draftOf(ctx, actor, VALUE_EVENT.stageMultipliersSet, parsed)]),
  };
}

export type SetValidationRulesInput = z.input<typeof validationRulesSetPayload>;

/**
 * Sets how many acknowledgements each stream needs and whether a circle steward must give one.
 *
 * @example await setValidationRules(ctx, founder, { streams: { livelihood: { acknowledgements: 2, stewardRequired: true }, love: ..., care: ... } });
 */
export async function setValidationRules(
  ctx: AppContext,
  actor: Actor | null,
  input: SetValidationRulesInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    validationRulesSetPayload,
    input,
    refusal('refusal.validation-rules-cannot-be-set'),
  );
  ensureAllowed('value.rate.set', actor);
  return {
    events: await appendEvents(ctx, [draftOf(ctx, actor, VALUE_EVENT.validationRulesSet, parsed)]),
  };
}

export type SetDutyRulesInput = z.input<typeof dutyRulesSetPayload>;

/**
 * Sets the credits each membership level owes per period and stream, from a date on; a duty
 * applies for a whole period when in force on its first day.
 *
 * @example await setDutyRules(ctx, founder, { effectiveFrom: '2026-04-01', duties: [{ level: 'committed', stream: 'love', period: 'quarter', amount: '40000' }] });
 */
export async function setDutyRules(
  ctx: AppContext,
  actor: Actor | null,
  input: SetDutyRulesInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(dutyRulesSetPayload, input, refusal('refusal.duties-cannot-be-set'));
  ensureAllowed('value.rate.set', actor);
  return {
    events: await appendEvents(ctx, [draftOf(ctx, actor, VALUE_EVENT.dutyRulesSet, parsed)]),
  };
}

export type SetCasualRuleInput = z.input<typeof casualRuleSetPayload>;

/**
 * Sets whether casual contributors' work dated from a day on earns payable credits (by default it
 * is recorded, never a claim). Frozen into each contribution when logged, like the stage.
 *
 * @example await setCasualRule(ctx, founder, { effectiveFrom: '2026-04-01', payable: true });
 */
export async function setCasualRule(
  ctx: AppContext,
  actor: Actor | null,
  input: SetCasualRuleInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    casualRuleSetPayload,
    input,
    refusal('refusal.casual-rule-cannot-be-set'),
  );
  ensureAllowed('value.rate.set', actor);
  return {
    events: await appendEvents(ctx, [draftOf(ctx, actor, VALUE_EVENT.casualRuleSet, parsed)]),
  };
}

export type SetCareReleaseRuleInput = z.input<typeof daterCareReleaseSetPayload>;

/**
 * Sets what happens to care credits earned while dating once dating ends: on commitment, released
 * at once or in monthly tranches; on leaving (or going back to casual), forfeited or released.
 * The rule in force on the day a dating spell ends applies to that spell, so balances as of any
 * date follow from the ledger.
 *
 * @example await setCareReleaseRule(ctx, founder, { effectiveFrom: '2026-01-01', onCommitment: { kind: 'release-over-months', months: 3 }, onLeaving: 'forfeit' });
 */
export async function setCareReleaseRule(
  ctx: AppContext,
  actor: Actor | null,
  input: SetCareReleaseRuleInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    daterCareReleaseSetPayload,
    input,
    refusal('refusal.care-release-rule-cannot-be-set'),
  );
  ensureAllowed('value.rate.set', actor);
  return {
    events: await appendEvents(ctx, [draftOf(ctx, actor, VALUE_EVENT.daterCareReleaseSet, parsed)]),
  };
}
