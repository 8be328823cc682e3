import type { EventDraft } from '../ledger/event.js';
import { GENESIS_TYPE } from '../ledger/ledger-events.js';
import { calendarDateAt } from '../value/calendar.js';
import type { DatingEnd } from '../value/release.js';
import {
  MEMBER_ADDED,
  MEMBER_LEFT,
  MEMBER_LEVEL_CHANGED,
  MEMBER_RETURNED,
} from './member-events.js';
import type { LevelState } from './vocabulary.js';

/** Where a membership event leaves a member, as far as dating is concerned. */
export interface Membership {
  status: 'active' | 'left';
  level: LevelState['level'] | null;
}

/**
 * Whether a move from one membership to the next ends a dating spell, and how: only a move to
 * committed is a commitment; leaving or going back to casual ends it as leaving.
 *
 * @example datingEndBetween({ status: 'active', level: 'dating' }, { status: 'active', level: 'committed' }) // 'committed'
 */
export function datingEndBetween(
  before: Membership | undefined,
  after: Membership,
): DatingEnd['outcome'] | null {
  if (before?.status !== 'active' || before.level !== 'dating') return null;
  if (after.status === 'active' && after.level === 'dating') return null;
  return after.status === 'active' && after.level === 'committed' ? 'committed' : 'left';
}

/** The event types `membershipAfter` answers for; it is null for every other. */
export const MEMBERSHIP_MOVES = [
  MEMBER_ADDED,
  MEMBER_LEVEL_CHANGED,
  MEMBER_RETURNED,
  MEMBER_LEFT,
] as const;

/**
 * The member a membership event is about and the membership it leaves them with, or null for any
 * other event. The app validated every payload against the catalog before it was sealed.
 *
 * @example membershipAfter({ type: 'member.left', payload: { memberId: 'm', decision: { kind: 'founder-action' } } }) // { memberId: 'm', membership: { status: 'left', level: null } }
 */
export function membershipAfter(
  event: Pick<EventDraft, 'type' | 'payload'>,
): { memberId: string; membership: Membership } | null {
  const memberId = event.payload['memberId'] as string;
  switch (event.type) {
    case MEMBER_ADDED:
    case MEMBER_LEVEL_CHANGED:
    case MEMBER_RETURNED: {
      const level = event.payload['level'] as LevelState | null;
      return { memberId, membership: { status: 'active', level: level?.level ?? null } };
    }
    case MEMBER_LEFT:
      return { memberId, membership: { status: 'left', level: null } };
    default:
      return null;
  }
}

/** The dating ends read from a ledger so far, and what the next events are judged against. */
export interface DatingEndsState {
  /** From the genesis event: a membership event is dated by the DisCO's calendar day. */
  timeZone: string;
  memberships: ReadonlyMap<string, Membership>;
  /** In ledger order. */
  ends: readonly DatingEnd[];
}

export const EMPTY_DATING_ENDS: DatingEndsState = {
  timeZone: 'UTC',
  memberships: new Map(),
  ends: [],
};

/**
 * Folds ledger events into the day and outcome of every dating spell that ended, the same ends
 * the member_dating_ends projection holds, so that a run computed from an export alone releases
 * the same care credits the node's balances show. Leaves its input state untouched.
 *
 * @example foldDatingEnds(events).ends // [{ memberId: 'cy', on: '2026-03-01', outcome: 'committed' }]
 */
export function foldDatingEnds(
  events: Iterable<Pick<EventDraft, 'type' | 'time' | 'payload'>>,
  from: DatingEndsState = EMPTY_DATING_ENDS,
): DatingEndsState {
  let timeZone = from.timeZone;
  const memberships = new Map(from.memberships);
  const ends = [...from.ends];
  for (const event of events) {
    if (event.type === GENESIS_TYPE) {
      timeZone = event.payload['timeZone'] as string;
      continue;
    }
    const after = membershipAfter(event);
    if (!after) continue;
    const outcome = datingEndBetween(memberships.get(after.memberId), after.membership);
    if (outcome)
      ends.push({ memberId: after.memberId, on: calendarDateAt(event.time, timeZone), outcome });
    memberships.set(after.memberId, after.membership);
  }
  return { timeZone, memberships, ends };
}
