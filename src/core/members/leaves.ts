import { isEventOf } from '../event-payloads.js';
import type { EventDraft } from '../ledger/event.js';
import { MEMBER_LEAVE_ENDED, MEMBER_LEAVE_RECORDED } from './leave-events.js';

/** A member's leave as the ledger holds it now. Dates are calendar days, both inclusive. */
export interface Leave {
  leaveId: string;
  memberId: string;
  from: string;
  /** Null: open-ended. */
  to: string | null;
  reason: string | null;
  /** True once a `member.leave-ended` event fixed its last day: it cannot end again. */
  ended: boolean;
}

export interface LeaveState {
  /** By leave id, in ledger order. */
  leaves: ReadonlyMap<string, Leave>;
}

export const EMPTY_LEAVES: LeaveState = { leaves: new Map() };

/**
 * Folds the leave events of a ledger (others are skipped) into every member's leaves, the same
 * rows the `member_leaves` projection holds, so a run computed from an export alone sees the
 * leaves the node saw. Leaves its input state untouched; folding in batches equals folding at once.
 *
 * @example foldLeaves(events).leaves.get(leaveId) // { memberId, from: '2026-03-01', to: null, reason: 'parental leave', ended: false, ... }
 */
export function foldLeaves(
  events: Iterable<Pick<EventDraft, 'type' | 'payload'>>,
  from: LeaveState = EMPTY_LEAVES,
): LeaveState {
  const leaves = new Map(from.leaves);
  for (const event of events) {
    // The app validated every payload against the catalog before it was sealed.
    if (isEventOf(event, MEMBER_LEAVE_RECORDED)) {
      const p = event.payload;
      leaves.set(p.leaveId, {
        leaveId: p.leaveId,
        memberId: p.memberId,
        from: p.from,
        to: p.to,
        reason: p.reason,
        ended: false,
      });
    } else if (isEventOf(event, MEMBER_LEAVE_ENDED)) {
      const p = event.payload;
      const leave = leaves.get(p.leaveId);
      if (leave) leaves.set(p.leaveId, { ...leave, to: p.lastDay, ended: true });
    }
  }
  return { leaves };
}

/**
 * Whether two spans of days share at least one day; a null end runs forever.
 *
 * @example spansOverlap({ from: '2026-03-01', to: '2026-03-10' }, { from: '2026-03-10', to: null }) // true
 */
export function spansOverlap(
  a: { from: string; to: string | null },
  b: { from: string; to: string | null },
): boolean {
  return (b.to === null || a.from <= b.to) && (a.to === null || b.from <= a.to);
}

/**
 * Each member's leaves that share a day with the dates after `after` up to and including
 * `through` (an empty `after` means from the beginning), ordered by first day.
 *
 * @example leavesWithin(state.leaves.values(), '2026-02-28', '2026-03-31').get('ana') // [{ from: '2026-03-15', to: null, ... }]
 */
export function leavesWithin(
  leaves: Iterable<Leave>,
  after: string,
  through: string,
): Map<string, Leave[]> {
  const byMember = new Map<string, Leave[]>();
  for (const leave of leaves) {
    if (leave.from > through || (leave.to !== null && leave.to <= after)) continue;
    const list = byMember.get(leave.memberId);
    if (list) list.push(leave);
    else byMember.set(leave.memberId, [leave]);
  }
  for (const list of byMember.values())
    list.sort((a, b) =>
      a.from < b.from ? -1 : a.from > b.from ? 1 : a.leaveId < b.leaveId ? -1 : 1,
    );
  return byMember;
}
