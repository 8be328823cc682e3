import type { TypedLedgerEvent } from '../event-payloads.js';
import type { MessageCode, MessageParams } from '../messages/codes.js';

/** The kinds of activity a reader can filter the feed by. */
export const ACTIVITY_KINDS = [
  'work',
  'decisions',
  'people',
  'circles',
  'money',
  'ledger',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * One line of the activity feed, as the event alone says it. `proposalId` and `circleId` name what
 * the line is about; the projector adds their titles (`proposal`, `circle` params) from the read
 * models, which hold them by the time the line is written.
 */
export interface ActivityLine {
  kind: ActivityKind;
  /** The member the line is about (who did the work, who joined...), null when nobody is. */
  memberId: string | null;
  circleId: string | null;
  proposalId: string | null;
  code: MessageCode;
  params: MessageParams;
}

const line = (
  kind: ActivityKind,
  code: MessageCode,
  memberId: string | null,
  params: MessageParams = {},
  about: { circleId?: string | null; proposalId?: string | null } = {},
): ActivityLine => ({
  kind,
  code,
  memberId,
  circleId: about.circleId ?? null,
  proposalId: about.proposalId ?? null,
  params: memberId === null ? params : { memberId, ...params },
});

/** How much work, in the reader's words: hours read "2 h", other units as they were logged. */
const quantityOf = (quantity: string, unit: string): MessageParams[string] =>
  unit === 'hour'
    ? { code: 'activity.quantity.hours', params: { quantity } }
    : { code: 'activity.quantity.other', params: { quantity, unit } };

const streamOf = (stream: string): MessageParams[string] => ({
  code: `activity.stream.${stream}`,
  params: {},
});

/**
 * The feed line an event makes. It never says more than the reader of the ledger may know: a
 * sealed ballot names neither the voter nor the choice, a ballot names no choice, and check-ins
 * are never on the ledger at all. An event the node recorded without a member reads as the node's.
 *
 * @example activityLineOf(contributionLogged) // { kind: 'work', code: 'activity.contribution-logged-in-circle', params: { memberId: 'ana', quantity: {…}, stream: {…} }, circleId: 'care', … }
 */
export function activityLineOf(event: TypedLedgerEvent): ActivityLine {
  const actor = event.actor;
  const byActor = (
    kind: ActivityKind,
    code: MessageCode,
    params: MessageParams = {},
    about: { circleId?: string | null; proposalId?: string | null } = {},
  ): ActivityLine =>
    actor === null
      ? line(kind, 'activity.node-recorded', null, {}, about)
      : line(kind, code, actor, params, about);
  switch (event.type) {
    case 'ledger.genesis':
      return line('ledger', 'activity.ledger-started', null, { name: event.payload.name });
    case 'disco.renamed':
      return line('ledger', 'activity.disco-renamed', null, { name: event.payload.name });
    case 'constituency.defined':
      return byActor('people', 'activity.constituency-defined', { name: event.payload.name });
    case 'constituency.rights-changed':
      return byActor('people', 'activity.constituency-rights-changed', {
        constituency: event.payload.constituencyId,
      });
    case 'member.added':
      return line('people', 'activity.member-added', event.payload.memberId);
    case 'member.level-changed':
      return line('people', 'activity.member-level-changed', event.payload.memberId);
    case 'member.left':
      return line('people', 'activity.member-left', event.payload.memberId);
    case 'member.returned':
      return line('people', 'activity.member-returned', event.payload.memberId);
    case 'member.constituency-joined':
      return line('people', 'activity.member-constituency-joined', event.payload.memberId, {
        constituency: event.payload.constituencyId,
      });
    case 'member.constituency-left':
      return line('people', 'activity.member-constituency-left', event.payload.memberId, {
        constituency: event.payload.constituencyId,
      });
    case 'member.mentor-assigned':
      return line('people', 'activity.mentor-assigned', event.payload.memberId);
    case 'member.mentor-removed':
      return line('people', 'activity.mentor-removed', event.payload.memberId);
    case 'member.milestone-recorded':
      return line('people', 'activity.milestone-recorded', event.payload.memberId, {
        title: event.payload.title,
      });
    case 'member.commitment-recorded':
      return line('people', 'activity.commitment-recorded', event.payload.memberId);
    case 'member.key-registered':
      return line('people', 'activity.key-registered', event.payload.memberId);
    case 'member.key-revoked':
      return line('people', 'activity.key-revoked', event.payload.memberId);
    case 'member.leave-recorded':
      return line('people', 'activity.leave-recorded', event.payload.memberId, {
        from: event.payload.from,
      });
    case 'member.leave-ended':
      return line('people', 'activity.leave-ended', event.payload.memberId, {
        lastDay: event.payload.lastDay,
      });
    case 'circle.created':
      return byActor(
        'circles',
        'activity.circle-created',
        {},
        { circleId: event.payload.circleId },
      );
    case 'circle.joined':
      return line(
        'circles',
        'activity.circle-joined',
        event.payload.memberId,
        {},
        {
          circleId: event.payload.circleId,
        },
      );
    case 'circle.left':
      return line(
        'circles',
        'activity.circle-left',
        event.payload.memberId,
        {},
        {
          circleId: event.payload.circleId,
        },
      );
    case 'circle.steward-appointed':
      return line(
        'circles',
        'activity.steward-appointed',
        event.payload.memberId,
        {},
        {
          circleId: event.payload.circleId,
        },
      );
    case 'circle.stewardship-ended':
      return line(
        'circles',
        'activity.stewardship-ended',
        event.payload.memberId,
        {},
        {
          circleId: event.payload.circleId,
        },
      );
    case 'value.contribution.logged': {
      const p = event.payload;
      const params = { quantity: quantityOf(p.quantity, p.unit), stream: streamOf(p.stream) };
      return p.circle === undefined
        ? line('work', 'activity.contribution-logged', p.member, params)
        : line('work', 'activity.contribution-logged-in-circle', p.member, params, {
            circleId: p.circle,
          });
    }
    case 'value.contribution.edited':
      return line(
        'work',
        'activity.contribution-corrected',
        event.payload.member,
        {},
        {
          circleId: event.payload.circle ?? null,
        },
      );
    case 'value.contribution.validated':
      return byActor('work', 'activity.contribution-acknowledged');
    case 'value.contribution.disputed':
      return byActor('work', 'activity.contribution-disputed');
    case 'value.dispute.withdrawn':
      return byActor('work', 'activity.dispute-withdrawn');
    case 'value.dispute.resolved':
      return line('work', 'activity.dispute-resolved', null);
    case 'value.rate.set':
    case 'value.stage-multipliers.set':
    case 'value.validation-rules.set':
    case 'value.duty-rules.set':
    case 'value.dater-care-release.set':
    case 'value.casual-rule.set':
      return byActor('work', 'activity.value-rules-changed');
    case 'value.project.created':
      return byActor(
        'work',
        'activity.project-created',
        { name: event.payload.name },
        { circleId: event.payload.circle ?? null },
      );
    case 'value.project.updated':
      return byActor('work', 'activity.project-updated');
    case 'value.commons-resource.registered':
      return byActor('work', 'activity.commons-registered', { title: event.payload.title });
    case 'proposal.opened':
      return byActor(
        'decisions',
        'activity.proposal-opened',
        {},
        {
          proposalId: event.payload.proposalId,
          circleId: event.payload.circleId,
        },
      );
    case 'proposal.amended':
      return byActor(
        'decisions',
        'activity.proposal-amended',
        {},
        {
          proposalId: event.payload.proposalId,
        },
      );
    case 'proposal.withdrawn':
      return byActor(
        'decisions',
        'activity.proposal-withdrawn',
        {},
        {
          proposalId: event.payload.proposalId,
        },
      );
    case 'proposal.ballot-cast':
      return byActor(
        'decisions',
        'activity.ballot-cast',
        {},
        {
          proposalId: event.payload.proposalId,
        },
      );
    case 'proposal.ballot-sealed':
      // Sealed means unnamed: the line keeps the voter out as the tally does.
      return line(
        'decisions',
        'activity.ballot-sealed',
        null,
        {},
        {
          proposalId: event.payload.proposalId,
        },
      );
    case 'proposal.ballots-revealed':
      return line(
        'decisions',
        'activity.ballots-revealed',
        null,
        {},
        {
          proposalId: event.payload.proposalId,
        },
      );
    case 'proposal.closed':
      return line(
        'decisions',
        'activity.proposal-closed',
        null,
        {},
        {
          proposalId: event.payload.proposalId,
        },
      );
    case 'proposal.outcome-stated':
      return byActor(
        'decisions',
        'activity.outcome-stated',
        {},
        {
          proposalId: event.payload.proposalId,
        },
      );
    case 'proposal.comment-posted':
      return byActor(
        'decisions',
        'activity.comment-posted',
        {},
        {
          proposalId: event.payload.proposalId,
        },
      );
    case 'proposal.comment-edited':
      return byActor(
        'decisions',
        'activity.comment-edited',
        {},
        {
          proposalId: event.payload.proposalId,
        },
      );
    case 'proposal.comment-reaction':
      return byActor(
        'decisions',
        'activity.comment-reaction',
        {},
        {
          proposalId: event.payload.proposalId,
        },
      );
    case 'governance.parameters-set':
      return line('decisions', 'activity.governance-parameters-set', null);
    case 'delegation.set':
      return byActor(
        'decisions',
        'activity.delegation-set',
        {},
        {
          circleId: event.payload.circleId,
        },
      );
    case 'delegation.revoked':
      return byActor(
        'decisions',
        'activity.delegation-revoked',
        {},
        {
          circleId: event.payload.circleId,
        },
      );
    case 'finance.income.recorded':
      return byActor('money', 'activity.income-recorded', { amount: event.payload.amount });
    case 'finance.expense.recorded':
      return byActor('money', 'activity.expense-recorded', { amount: event.payload.amount });
    case 'cat.parameters.set':
      return line('money', 'activity.cat-parameters-set', null);
    case 'distribution.run.committed':
      return line('money', 'activity.run-committed', null, { period: event.payload.period });
    case 'distribution.payout.recorded':
      return line('money', 'activity.payout-recorded', event.payload.memberId, {
        amount: event.payload.amount,
      });
    case 'rhythm.created':
      return byActor(
        'circles',
        'activity.rhythm-created',
        { name: event.payload.name },
        { circleId: event.payload.circleId },
      );
    case 'rhythm.changed':
      return byActor('circles', 'activity.rhythm-changed', { name: event.payload.name });
    case 'rhythm.ended':
      return byActor('circles', 'activity.rhythm-ended');
    case 'rhythm.attendance-recorded':
      return byActor('circles', 'activity.attendance-recorded', {
        count: event.payload.participants.length,
      });
    case 'rhythm.occurrence-credited':
      return byActor('circles', 'activity.gathering-credited', {
        count: event.payload.contributionIds.length,
      });
    case 'appreciation.given':
      return line('work', 'activity.thanks-given', event.payload.memberId);
    case 'value.commons-resource.updated':
      return byActor('work', 'activity.commons-updated');
    case 'value.commons-resource.withdrawn':
      return byActor('work', 'activity.commons-withdrawn');
    case 'evaluation.opened':
      return byActor('decisions', 'activity.evaluation-opened', {
        quarter: event.payload.quarter,
      });
    case 'evaluation.reflected':
      return byActor('decisions', 'activity.evaluation-reflected');
    case 'evaluation.closed':
      return byActor('decisions', 'activity.evaluation-closed');
    case 'solidarity.transfer.offered':
      return byActor('money', 'activity.solidarity-offered', {
        amount: event.payload.amount,
        peer: event.payload.peer,
      });
    case 'solidarity.offer.received':
      return line('money', 'activity.solidarity-offer-received', null, {
        amount: event.payload.amount,
        peer: event.payload.peer,
      });
    case 'solidarity.transfer.accepted':
      return byActor('money', 'activity.solidarity-accepted', { peer: event.payload.peer });
    case 'solidarity.transfer.receipted':
      return line('money', 'activity.solidarity-receipted', null, { peer: event.payload.peer });
    case 'solidarity.transfer.cancelled':
      return line('money', 'activity.solidarity-cancelled', null, { peer: event.payload.peer });
    case 'solidarity.transfer.refunded':
      return line('money', 'activity.solidarity-refunded', null, { peer: event.payload.peer });
    case 'solidarity.refund.receipted':
      return line('money', 'activity.solidarity-refund-receipted', null, {
        peer: event.payload.peer,
      });
    case 'credit.line.set':
      return byActor('money', 'activity.credit-line-set', { peer: event.payload.peer });
    case 'federation.follow-decided':
      return line('decisions', 'activity.federation-follow-decided', null, {
        peer: event.payload.peer.handle ?? event.payload.peer.actorId,
      });
    case 'federation.unfollow-decided':
      return line('decisions', 'activity.federation-unfollow-decided', null, {
        peer: event.payload.peerActorId,
      });
    case 'federation.follow-received':
      return line('ledger', 'activity.federation-follow-received', null, {
        peer: event.payload.peer.handle ?? event.payload.peer.actorId,
      });
    case 'federation.follow-accepted':
      return line('ledger', 'activity.federation-follow-accepted', null, {
        peer: event.payload.peerActorId,
      });
    case 'federation.unfollow-received':
      return line('ledger', 'activity.federation-unfollow-received', null, {
        peer: event.payload.peerActorId,
      });
    case 'credit.transfer.offered':
    case 'credit.transfer.received':
    case 'credit.transfer.settled':
    case 'credit.transfer.refused':
      return line('money', 'activity.credit-transfer', null, { peer: event.payload.peer });
  }
}
