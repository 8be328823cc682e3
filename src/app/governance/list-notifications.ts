import type { Actor } from '../../core/access/actor.js';
import {
  delegatesFor,
  resolveDelegations,
  type Delegation,
} from '../../core/governance/delegation.js';
import type { ProposalKind } from '../../core/governance/vocabulary.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';
import { decidedAs, readNotificationLog, recordNotifications } from '../notify/notification-log.js';
import { valueNotices } from '../value/value-notifications.js';
import { evaluationNotices } from '../evaluations/evaluation-notices.js';
import { careNotices } from '../notify/care-notices.js';
import { readGovernanceParameters } from './governance-parameters.js';
import { standingsOf } from './voter-standing.js';

/** How far back news (a new proposal, an outcome) reaches. */
export const NEWS_WINDOW_MS = 7 * 24 * 3_600_000;
/** How close a deadline must be for a reminder. */
export const REMINDER_WINDOW_MS = 24 * 3_600_000;

export interface Notification {
  /** Stable for what it is about (`deadline-soon:<proposalId>`), so a read mark sticks. */
  id: string;
  /** Marked read by the member. */
  read: boolean;
  /** A new proposal in your scope; a deadline within 24 h on which you may vote and have not; an outcome in your scope; a review of a decision in your scope; others' work waiting for your validation; your work disputed; a milestone of yours recorded; your check-in for the week not written yet; a gathering of your rhythms within 24 h; a duty of yours behind an even pace; thanks you received; a witness refusing the node's checkpoint. */
  kind:
    | 'proposal-opened'
    | 'deadline-soon'
    | 'outcome'
    | 'review-due'
    | 'validations-waiting'
    | 'dispute'
    | 'milestone-reached'
    | 'evaluation-opened'
    | 'checkin-due'
    | 'rhythm-starting'
    | 'duties-behind'
    | 'appreciation-received'
    | 'ledger-alarm';
  /** The proposal it is about (the governance kinds). */
  proposalId?: string;
  /** The contribution it is about (`dispute`). */
  contributionId?: string;
  /** The member whose path it is about (`milestone-reached`). */
  memberId?: string;
  /** The rhythm whose gathering starts (`rhythm-starting`). */
  rhythmId?: string;
  /** The circle it concerns, when it is a circle's (`rhythm-starting`). */
  circleId?: string;
  /** How many (`validations-waiting`). */
  count?: number;
  title: string;
  /** When it happened (opened, closed) or, for a reminder, the deadline. */
  at: string;
  /** For `outcome`: the members' statement of what was decided, when they wrote one. */
  outcome?: string;
  /** For `outcome` without a statement: what the proposal came to (`passed`, `no-quorum`, …). */
  outcomeCode?: string;
}

/**
 * The actor's notifications, newest first, from the stored notification log (see
 * `notify/notification-log.ts`): what `deriveNotifications` finds now is recorded first (once per
 * member and notice), and what stopped being current (a vote cast, news older than seven days) is
 * marked resolved and left out. Read marks live on the log rows; `unread` leaves the marked ones out.
 *
 * @example const items = await listNotifications(ctx, actor); items[0]?.kind // 'deadline-soon'
 */
export async function listNotifications(
  ctx: AppContext,
  actor: Actor | null,
  options: { unread?: boolean } = {},
): Promise<Notification[]> {
  ensureAllowed('notification.list', actor);
  const me = actor!;
  await recordNotifications(ctx, me.memberId, await deriveNotifications(ctx, me));
  return readNotificationLog(ctx, me.memberId, options);
}

/**
 * What the actor should be told now, derived from the governance read model
 * (and value tracking's, see `valueNotices`): proposals in their scope (the whole DisCO, or a circle they are in) opened or closed in the last
 * seven days, reviews that opened, and open proposals closing within 24 hours on which they may
 * vote and have not. The log records each once; the periodic sweep (`notifyTick`) runs this for
 * every member so that mail goes to members who do not open the Deck.
 */
export async function deriveNotifications(
  ctx: AppContext,
  me: Actor,
): Promise<Omit<Notification, 'read'>[]> {
  const db = ctx.store.db;
  const now = ctx.clock().getTime();
  const since = new Date(now - NEWS_WINDOW_MS).toISOString();
  const circles = me.circles.map((c) => c.id);
  const rows = await db
    .selectFrom('proposals as p')
    .leftJoin('ballots as b', (join) =>
      join.onRef('b.proposal_id', '=', 'p.id').on('b.voter_id', '=', me.memberId),
    )
    .select([
      'p.id',
      'p.kind',
      'p.title',
      'p.status',
      'p.author_id',
      'p.circle_id',
      'p.deadline',
      'p.opened_at',
      'p.ended_at',
      'p.outcome',
      'p.outcome_statement',
      'p.review_of',
      'b.seq as my_ballot',
    ])
    .where((eb) =>
      eb.or([
        eb('p.status', '=', 'open'),
        eb.and([eb('p.status', '=', 'closed'), eb('p.ended_at', '>=', since)]),
      ]),
    )
    .execute();
  const standing = await standingsOf(ctx, me);
  const mayVote = (kind: string) => standing(kind as ProposalKind).constituencyIds.length > 0;

  const votedForMe = await delegateVoted(ctx, me.memberId);

  type Unmarked = Omit<Notification, 'read'>;
  const items: Unmarked[] = [];
  for (const p of rows) {
    const inScope = p.circle_id === null || circles.includes(p.circle_id);
    const base = { proposalId: p.id, title: p.title };
    if (p.status === 'closed') {
      if (inScope)
        items.push({
          ...base,
          id: `outcome:${p.id}`,
          kind: 'outcome',
          at: p.ended_at!,
          ...decidedAs(p),
        });
      continue;
    }
    if (inScope && p.author_id !== me.memberId && p.opened_at >= since)
      items.push({
        ...base,
        id: `${p.review_of ? 'review-due' : 'proposal-opened'}:${p.id}`,
        kind: p.review_of ? 'review-due' : 'proposal-opened',
        at: p.opened_at,
      });
    const left = Date.parse(p.deadline) - now;
    if (
      left > 0 &&
      left <= REMINDER_WINDOW_MS &&
      p.my_ballot === null &&
      mayVote(p.kind) &&
      !(await votedForMe({ id: p.id, circleId: p.circle_id, kind: p.kind as ProposalKind }))
    ) {
      items.push({ ...base, id: `deadline-soon:${p.id}`, kind: 'deadline-soon', at: p.deadline });
    }
  }
  items.push(...(await valueNotices(ctx, me, since)));
  items.push(...(await evaluationNotices(ctx, me, since)));
  items.push(...(await careNotices(ctx, me, since)));
  return items;
}

/**
 * Whether a delegate down the member's chain has already voted on a proposal, so the member's
 * voice counts without them: a reminder would only nag. A delegate who has not voted yet leaves
 * the reminder in place, since the vote would otherwise be lost.
 */
async function delegateVoted(
  ctx: AppContext,
  memberId: string,
): Promise<
  (proposal: { id: string; circleId: string | null; kind: ProposalKind }) => Promise<boolean>
> {
  const db = ctx.store.db;
  if (!(await readGovernanceParameters(db)).delegation.enabled) return async () => false;
  const rows = await db.selectFrom('delegations').selectAll().execute();
  const delegations: Delegation[] = rows.map((r) => ({
    delegatorId: r.delegator_id,
    delegateId: r.delegate_id,
    circleId: r.circle_id,
    topic: r.topic as ProposalKind | null,
  }));
  if (!delegations.some((d) => d.delegatorId === memberId)) return async () => false;
  return async (proposal) => {
    const delegates = delegatesFor(delegations, proposal);
    if (!delegates.has(memberId)) return false;
    const voters = await db
      .selectFrom('ballots')
      .select('voter_id')
      .where('proposal_id', '=', proposal.id)
      .execute();
    return resolveDelegations(new Set(voters.map((v) => v.voter_id)), delegates).has(memberId);
  };
}
