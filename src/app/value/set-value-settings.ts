import type { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { JsonObject } from '../../core/ledger/canonical.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { dutyRulesSetPayload, rateSetPayload, stageMultipliersSetPayload, VALUE_EVENT, validationRulesSetPayload } from '../../core/value/index.js';
import { appendEvents } from '../append-events.js';
import type { AppContext } from '../context.js';
import { draftOf, ensureAllowed, parseInput } from '../members/use-case-steps.js';

/*
 * The founders' value settings (until governance decides them by proposal): rates, stage
 * multipliers, validation rules and duties. Each applies from its effective date (rates, multipliers) or
 * to contributions logged afterwards (validation rules); credits already logged keep theirs.
 */

export type SetRateInput = z.input<typeof rateSetPayload>;

/**
 * Sets the rate of a task kind in a stream, per hour or per unit, from a date on.
 *
 * @example await setRate(ctx, founder, { stream: 'love', taskKind: 'translation', per: 'word', amount: '8', effectiveFrom: '2026-01-01' });
 */
export async function setRate(ctx: AppContext, actor: Actor | null, input: SetRateInput): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(rateSetPayload, input, 'The rate cannot be set.');
  ensureAllowed('value.rate.set', actor);
  return { events: await appendEvents(ctx, [draftOf(ctx, actor, VALUE_EVENT.rateSet, parsed)]) };
}

export type SetStageMultipliersInput = z.input<typeof stageMultipliersSetPayload>;

/**
 * Sets the basis points of credit value daters earn per stage and stream, from a date on.
 *
 * @example await setStageMultipliers(ctx, founder, { effectiveFrom: '2026-01-01', stages: { '1': { livelihood: 0, love: 10000, care: 10000 }, ... } });
 */
export async function setStageMultipliers(ctx: AppContext, actor: Actor | null, input: SetStageMultipliersInput): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(stageMultipliersSetPayload, input, 'The stage multipliers cannot be set.');
  ensureAllowed('value.rate.set', actor);
  return { events: await appendEvents(ctx, [draftOf(ctx, actor, VALUE_EVENT.stageMultipliersSet, parsed as unknown as JsonObject)]) };
}

export type SetValidationRulesInput = z.input<typeof validationRulesSetPayload>;

/**
 * Sets how many acknowledgements each stream needs and whether a circle steward must give one.
 *
 * @example await setValidationRules(ctx, founder, { streams: { livelihood: { acknowledgements: 2, stewardRequired: true }, love: ..., care: ... } });
 */
export async function setValidationRules(ctx: AppContext, actor: Actor | null, input: SetValidationRulesInput): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(validationRulesSetPayload, input, 'The validation rules cannot be set.');
  ensureAllowed('value.rate.set', actor);
  return { events: await appendEvents(ctx, [draftOf(ctx, actor, VALUE_EVENT.validationRulesSet, parsed as unknown as JsonObject)]) };
}

export type SetDutyRulesInput = z.input<typeof dutyRulesSetPayload>;

/**
 * Sets the credits each membership level owes per period and stream, from a date on; a duty
 * applies for a whole period when in force on its first day.
 *
 * @example await setDutyRules(ctx, founder, { effectiveFrom: '2026-04-01', duties: [{ level: 'committed', stream: 'love', period: 'quarter', amount: '40000' }] });
 */
export async function setDutyRules(ctx: AppContext, actor: Actor | null, input: SetDutyRulesInput): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(dutyRulesSetPayload, input, 'The duties cannot be set.');
  ensureAllowed('value.rate.set', actor);
  return { events: await appendEvents(ctx, [draftOf(ctx, actor, VALUE_EVENT.dutyRulesSet, parsed as unknown as JsonObject)]) };
}
