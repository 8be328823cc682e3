import type { Actor } from '../../core/access/actor.js';
import {
  DEFAULT_DUTIES,
  DEFAULT_RELEASE_RULE,
  DEFAULT_STAGE_MULTIPLIERS,
  DEFAULT_VALIDATION_RULE,
  latestOnOrBefore,
  VALUE_EVENT,
  type CalendarDate,
  type CasualRuleSetPayload,
  type DaterCareReleaseSetPayload,
  type DutyRulesSetPayload,
  type StageMultipliersSetPayload,
  type ValidationRulesSetPayload,
} from '../../core/value/index.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed } from '../use-case-steps.js';
import { settingsOf } from './value-facts.js';

type StreamBasisPoints = StageMultipliersSetPayload['stages']['1'];

/**
 * The five value settings in force on a day, each with the day it took effect (`null`: never set,
 * the default applies). Validation rules have no date: the latest set applies to contributions
 * logged after it, so `set` says whether any was.
 */
export interface ValueSettingsView {
  asOf: CalendarDate;
  stageMultipliers: {
    effectiveFrom: CalendarDate | null;
    stages: { '1': StreamBasisPoints; '2': StreamBasisPoints; '3': StreamBasisPoints };
  };
  validationRules: { set: boolean; streams: ValidationRulesSetPayload['streams'] };
  dutyRules: { effectiveFrom: CalendarDate | null; duties: DutyRulesSetPayload['duties'] };
  casualRule: { effectiveFrom: CalendarDate | null; payable: boolean };
  careRelease: {
    effectiveFrom: CalendarDate | null;
    onCommitment: DaterCareReleaseSetPayload['onCommitment'];
    onLeaving: DaterCareReleaseSetPayload['onLeaving'];
  };
}

/**
 * The value settings in force today (in the DisCO's time zone), or on `asOf`: what credits, duties
 * and validation follow now, so members read them and founders start their changes from them.
 *
 * @example const { casualRule } = await valueSettingsInForce(ctx, actor); casualRule.payable // false
 */
export async function valueSettingsInForce(
  ctx: AppContext,
  actor: Actor | null,
  asOf?: CalendarDate,
): Promise<ValueSettingsView> {
  ensureAllowed('value.rate.list', actor);
  const db = ctx.store.db;
  const day = asOf ?? (await discoToday(ctx));
  const [multipliers, validation, duties, casual, release] = await Promise.all([
    settingsOf<StageMultipliersSetPayload>(db, VALUE_EVENT.stageMultipliersSet),
    settingsOf<ValidationRulesSetPayload>(db, VALUE_EVENT.validationRulesSet),
    settingsOf<DutyRulesSetPayload>(db, VALUE_EVENT.dutyRulesSet),
    settingsOf<CasualRuleSetPayload>(db, VALUE_EVENT.casualRuleSet),
    settingsOf<DaterCareReleaseSetPayload>(db, VALUE_EVENT.daterCareReleaseSet),
  ]);
  const m = latestOnOrBefore(multipliers, day);
  const v = validation.at(-1);
  const d = latestOnOrBefore(duties, day);
  const c = latestOnOrBefore(casual, day);
  const r = latestOnOrBefore(release, day);
  return {
    asOf: day,
    stageMultipliers: {
      effectiveFrom: m?.effectiveFrom ?? null,
      stages: m?.stages ?? {
        '1': { ...DEFAULT_STAGE_MULTIPLIERS[1] },
        '2': { ...DEFAULT_STAGE_MULTIPLIERS[2] },
        '3': { ...DEFAULT_STAGE_MULTIPLIERS[3] },
      },
    },
    validationRules: {
      set: v !== undefined,
      streams: v?.streams ?? {
        livelihood: { ...DEFAULT_VALIDATION_RULE },
        love: { ...DEFAULT_VALIDATION_RULE },
        care: { ...DEFAULT_VALIDATION_RULE },
      },
    },
    dutyRules: {
      effectiveFrom: d?.effectiveFrom ?? null,
      duties: d?.duties ?? DEFAULT_DUTIES.map((x) => ({ ...x, amount: x.amount.toString() })),
    },
    casualRule: { effectiveFrom: c?.effectiveFrom ?? null, payable: c?.payable ?? false },
    careRelease: {
      effectiveFrom: r?.effectiveFrom ?? null,
      onCommitment: r?.onCommitment ?? DEFAULT_RELEASE_RULE.onCommitment,
      onLeaving: r?.onLeaving ?? DEFAULT_RELEASE_RULE.onLeaving,
    },
  };
}
