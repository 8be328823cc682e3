import type { MemberContext, ParameterDocument } from '../distribution/index.js';
import { leavesWithin, type Leave } from '../members/leaves.js';
import { formatQuantity, HOUR } from '../value/quantity.js';
import type { ValueState } from '../value/state.js';

/** The days a run takes in: after `after` (exclusive; '' for the beginning) up to `through` (inclusive). */
export interface RunDates {
  after: string;
  through: string;
}

/**
 * What smoothing sees of each member in a run, keyed by member id:
 *
 * - `pastPayouts`: their payouts of earlier runs, oldest first (`pastPayoutsBefore`).
 * - `onLeave`: one of their leaves shares at least one day with the run's dates (the month and
 *   any earlier month no run closed). A single day is enough: the smoothing floor only pays
 *   claims the member already earned, sooner, so a generous test costs nobody anything.
 * - `heavyCare`: the parameters set `smoothing.heavyCareHours`, and the counted care
 *   contributions logged in hours and dated in the run's dates add up to at least that. Care
 *   logged in other units (pages, sessions) has no common measure with hours and is not counted.
 *
 * Pure: the node and an auditor's export give the same contexts.
 *
 * @example smoothingContexts(value, pastPayoutsBefore(finance, '2026-03'), leaves, { after: '2026-02-28', through: '2026-03-31' }, params).ana // { onLeave: true, leaves: [...], pastPayouts: [120000n] }
 */
export function smoothingContexts(
  value: ValueState,
  pastPayouts: ReadonlyMap<string, readonly bigint[]>,
  leaves: readonly Leave[],
  dates: RunDates,
  params: ParameterDocument,
): Record<string, MemberContext> {
  const members: Record<string, MemberContext> = {};
  const of = (memberId: string): MemberContext => (members[memberId] ??= {});

  for (const [memberId, list] of pastPayouts) of(memberId).pastPayouts = [...list];

  for (const [memberId, list] of leavesWithin(leaves, dates.after, dates.through)) {
    const ctx = of(memberId);
    ctx.onLeave = true;
    ctx.leaves = list.map((l) => ({ from: l.from, to: l.to }));
  }

  const threshold = params.smoothing?.heavyCareHours;
  if (threshold !== undefined) {
    const hours = new Map<string, bigint>();
    for (const c of value.contributions.values()) {
      if (c.stream !== 'care' || c.quantity.unit !== HOUR || c.validation.status !== 'counted')
        continue;
      if (c.date <= dates.after || c.date > dates.through) continue;
      hours.set(c.member, (hours.get(c.member) ?? 0n) + c.quantity.milli);
    }
    for (const [memberId, milli] of hours) {
      if (milli < threshold) continue;
      const ctx = of(memberId);
      ctx.heavyCare = true;
      ctx.careHours = { logged: formatQuantity(milli), threshold: formatQuantity(threshold) };
    }
  }
  return members;
}
