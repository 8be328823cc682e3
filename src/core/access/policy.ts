import type { Message } from '../messages/codes.js';
import type { Actor } from './actor.js';

/*
 * Who may do what, in one place. `policyTable` is the whole policy: `authorize` only reads it, so
 * the table rendered into docs/security.md is the rule the code applies. Rights follow from the
 * facts on the `Actor` (founder, status, level, circles, mentees), which `loadActor` reads afresh
 * for every request: a member removed from a circle loses its rights on their next request.
 */

/** How someone comes to be allowed an operation. */
export type Grant =
  /** Anyone, signed in or not. */
  | 'anyone'
  /** Any member who has not left, whatever their constituencies. */
  | 'member'
  /** An active worker-member at the committed level. */
  | 'committed'
  | 'founder'
  /** The member the operation is about is the actor. */
  | 'self'
  /** The actor acts on themselves in a circle that is open to anyone. */
  | 'self-if-open'
  /** The actor is a current steward of the circle the operation is about. */
  | 'circle-steward'
  /** The actor belongs to the circle the operation is about; any member when it is about the whole DisCO. */
  | 'circle-member'
  /** The operation is about the whole DisCO (no circle), and the actor stewards some circle. */
  | 'steward-for-whole-disco'
  /** The actor mentors the member the operation is about. */
  | 'mentor'
  /** The actor wrote the proposal (or comment) the operation is about. */
  | 'author'
  /** One of the actor's constituencies has the right to propose (to comment, to vote). */
  | 'may-propose'
  | 'may-comment'
  | 'may-vote';

export interface PolicyRule {
  /** Any one of these is enough. */
  who: readonly Grant[];
  /** What the operation does, for the security documentation. */
  what: string;
}

/**
 * Every operation the faces expose and who may perform it. Until governance lands, founders hold
 * the decisions the collective will later take by proposal (levels, constituencies and their
 * rights). The ledger is readable by anyone in this release: verifiability by outsiders is the
 * point of a tamper-evident ledger, and it holds no personal data.
 */
export const policyTable = {
  'health.read': { who: ['anyone'], what: 'see that the node is up and how large its ledger is' },
  'ledger.read': {
    who: ['anyone'],
    what: 'read events, proofs, checkpoints and the export of the ledger',
  },
  'ledger.checkpoint': { who: ['founder'], what: 'ask the node to sign a checkpoint now' },
  'disco.rename': { who: ['founder'], what: 'rename the DisCO' },
  'constituency.list': { who: ['member'], what: 'list constituencies and their rights' },
  'constituency.define': { who: ['founder'], what: 'define a new constituency with its rights' },
  'constituency.rights': { who: ['founder'], what: "change a constituency's rights" },
  'member.list': { who: ['member'], what: 'list members (shown names, levels, constituencies)' },
  'member.show': {
    who: ['member'],
    what: "see a member's public profile, circles, mentors and keys",
  },
  'member.show-private': {
    who: ['self', 'founder'],
    what: "see a member's off-ledger account details (email)",
  },
  'member.add': {
    who: ['founder', 'committed'],
    what: 'add a member to one or more constituencies',
  },
  'member.invite': { who: ['founder', 'committed'], what: 'invite someone to create an account' },
  'member.level': {
    who: ['founder'],
    what: "record a decision on a member's level, leaving or return",
  },
  'member.constituency.join': {
    who: ['founder'],
    what: 'put a member in a constituency (rights come with it)',
  },
  'member.constituency.leave': {
    who: ['self', 'founder'],
    what: 'take a member out of a constituency',
  },
  'member.mentor': { who: ['founder', 'committed'], what: 'assign or remove a mentor of a dater' },
  'member.milestone': {
    who: ['mentor', 'founder'],
    what: "record a milestone of a dater's mentoring plan",
  },
  'member.commitment': { who: ['self', 'founder'], what: "record a dater's commitment statement" },
  'member.key.register': { who: ['self'], what: 'register one of your own signing keys' },
  'member.key.revoke': { who: ['self', 'founder'], what: 'revoke a signing key' },
  'member.leave': {
    who: ['self', 'founder'],
    what: "record a member's leave, or end it (your own, or anyone's as a founder)",
  },
  'member.leave.list': {
    who: ['member'],
    what: "see members' leaves (dates and the public reason)",
  },
  'circle.list': { who: ['member'], what: 'list working circles' },
  'circle.show': { who: ['member'], what: 'see a circle, its members and stewards' },
  'circle.create': { who: ['founder', 'committed'], what: 'create a working circle' },
  'circle.join': {
    who: ['self-if-open', 'circle-steward', 'founder'],
    what: 'add a member to a circle',
  },
  'circle.leave': {
    who: ['self', 'circle-steward', 'founder'],
    what: 'take a member out of a circle',
  },
  'circle.steward': {
    who: ['circle-steward', 'founder'],
    what: 'appoint or end a steward of a circle (rotation)',
  },
  'value.contribution.log': { who: ['self'], what: 'log or correct your own work (contributions)' },
  'value.contribution.list': {
    who: ['member'],
    what: 'see contributions, their frozen credits and validation',
  },
  'value.contribution.import': {
    who: ['founder'],
    what: "import contributions from a CSV or Valueflows file (it logs other members' work)",
  },
  'value.contribution.validate': {
    who: ['member'],
    what: "acknowledge, dispute or withdraw a dispute of another member's contribution",
  },
  'value.dispute.resolve': {
    who: ['author', 'circle-steward', 'founder'],
    what: "record how a passed proposal settled a dispute on a contribution (whoever may state that proposal's outcome: its author, a steward of its circle, a founder)",
  },
  'value.rate.list': { who: ['member'], what: 'see credit rates and value settings' },
  'value.rate.set': {
    who: ['founder'],
    what: 'set credit rates, stage multipliers, validation rules, duties, the casual rule and the care release rule',
  },
  'value.balance': { who: ['member'], what: "see members' credit balances per stream" },
  'value.indicators': {
    who: ['member'],
    what: 'see duties progress and care indicators (care share, Gini, overload, behind on duties)',
  },
  'value.commons.list': {
    who: ['anyone'],
    what: 'read the commons registry and its Atom feed (public, like the ledger)',
  },
  'value.commons.add': {
    who: ['member'],
    what: 'register a commons resource the collective made or keeps',
  },
  'value.project.list': {
    who: ['member'],
    what: 'see livelihood projects, their budgets and the work logged against them',
  },
  'value.project.manage': {
    who: ['founder', 'committed'],
    what: 'create or update a livelihood project (client, budget, agreed price, status)',
  },
  'proposal.list': { who: ['member'], what: 'list and read proposals, their ballots and results' },
  'proposal.create': { who: ['may-propose'], what: 'open a proposal' },
  'proposal.amend': { who: ['author'], what: 'amend or withdraw your own open proposal' },
  'proposal.vote': { who: ['may-vote'], what: 'cast or change your ballot on an open proposal' },
  'proposal.outcome': {
    who: ['author', 'circle-steward', 'founder'],
    what: "state a closed proposal's outcome and review date (its author, or a facilitator: a steward of its circle or a founder)",
  },
  'proposal.comment': { who: ['may-comment'], what: 'comment on a proposal, reply and react' },
  'proposal.comment.edit': {
    who: ['author'],
    what: 'edit your own comment while the proposal is open',
  },
  'notification.list': { who: ['member'], what: 'see your own notifications' },
  'governance.parameters.show': {
    who: ['member'],
    what: 'see who votes on what, ballot weights and quorums',
  },
  'governance.parameters.set': {
    who: ['founder'],
    what: 'set the first governance parameters (once: later changes only by a passed proposal)',
  },
  'delegation.list': { who: ['member'], what: 'see the delegations you gave and received' },
  'delegation.set': {
    who: ['may-vote'],
    what: 'delegate your vote on a circle, a topic or everything (when the DisCO allows delegation)',
  },
  'delegation.revoke': { who: ['may-vote'], what: 'take back your own delegation' },
  'notification.read': { who: ['member'], what: 'mark your own notifications read' },
  'notification.settings': {
    who: ['member'],
    what: 'see and choose how your own notifications reach you (mail now, daily or weekly digest, off) and in which language',
  },
  'notification.deliveries': {
    who: ['founder'],
    what: 'see mail and webhook deliveries that wait for a retry or were given up, with the reason',
  },
  'webhook.manage': {
    who: ['founder'],
    what: 'see, add and remove the outgoing webhooks of the DisCO and of its circles',
  },
  'token.create': { who: ['self'], what: 'create an API token for yourself' },
  'token.list': {
    who: ['self', 'founder'],
    what: "list a member's API tokens (never their secrets)",
  },
  'token.revoke': { who: ['self', 'founder'], what: "revoke a member's API token" },
  'account.password': { who: ['self'], what: 'change your own password (knowing the current one)' },
  'account.password-reset': {
    who: ['founder'],
    what: 'issue a single-use link with which a member who lost their password chooses a new one',
  },
  'dashboard.read': {
    who: ['member'],
    what: 'see the dashboard: credits per stream and week, care shares, duties, proposals awaiting your vote',
  },
  'finance.read': {
    who: ['member'],
    what: 'see income, expenses, the books, CAT parameters, distribution runs, explanations, flows and what-ifs',
  },
  'finance.record': {
    who: ['founder', 'committed'],
    what: 'record income (client payments, grants, donations) and expenses',
  },
  'cat.parameters.bootstrap': {
    who: ['founder'],
    what: 'set the first CAT parameter document (every later one only by a passed cat-parameter-change proposal)',
  },
  'distribution.commit': {
    who: ['founder'],
    what: 'commit the distribution run of a month that has ended, closing it',
  },
  'distribution.payout': {
    who: ['founder'],
    what: 'record that a member was paid what a run owes them, with the payment reference',
  },
  'rhythm.list': {
    who: ['member'],
    what: 'see rhythms (recurring gatherings), their next dates and who took part',
  },
  'rhythm.manage': {
    who: ['circle-steward', 'founder'],
    what: "create, change or end a rhythm (a circle's as its steward; any, or the whole DisCO's, as a founder)",
  },
  'rhythm.attendance': {
    who: ['circle-steward', 'steward-for-whole-disco', 'founder'],
    what: "record who took part in a rhythm's gathering and turn its time into care contributions (a circle's as its steward; the whole DisCO's as any circle's steward)",
  },
  'calendar.feed': {
    who: ['self'],
    what: 'make, replace or revoke your own private calendar feed link',
  },
  'checkin.write': { who: ['self'], what: 'write or delete your own check-in' },
  'guide.seen': {
    who: ['self'],
    what: 'read or record that you have seen the first-run guide, on any device',
  },
  'checkin.read': {
    who: ['member'],
    what: 'read the check-ins whose audience includes you (others answer 404) and the capacity signal',
  },
  'checkin.settings': { who: ['founder'], what: 'set how long check-ins are kept' },
  'appreciation.give': {
    who: ['member'],
    what: 'thank another member for a contribution or a period of care (never yourself)',
  },
  'appreciation.list': { who: ['member'], what: 'see appreciations given and received' },
  'evaluation.read': {
    who: ['member'],
    what: 'read quarterly evaluations, their facts, reflections and decisions',
  },
  'evaluation.manage': {
    who: ['circle-steward', 'founder'],
    what: "open or close a quarter's evaluation (a circle's as its steward; any, or the whole DisCO's, as a founder)",
  },
  'evaluation.reflect': {
    who: ['circle-member', 'circle-steward', 'founder'],
    what: "add a reflection to an open evaluation (a circle's as one of its members; the whole DisCO's as any member)",
  },
  'economy.read': {
    who: ['member'],
    what: 'see solidarity transfers and mutual-credit lines with federated DisCOs',
  },
  'economy.transfer': {
    who: ['founder', 'committed'],
    what: 'send, accept or cancel a solidarity transfer, set a credit line or send mutual credit, each as a passed proposal decided',
  },
  'activity.read': {
    who: ['member'],
    what: 'read the activity feed: what happened, newest first, in words (never a sealed ballot’s voter)',
  },
  'search.run': {
    who: ['anyone'],
    what: 'search proposals, comments, members, contributions and commons (each kind only where you may list it)',
  },
} as const satisfies Record<string, PolicyRule>;

export type Operation = keyof typeof policyTable;

/** Every operation, in the table's order, for documentation and tests that walk the policy. */
export const operations = Object.keys(policyTable) as Operation[];

/** What the operation is about, when it is about someone or some circle. */
export interface PolicyTarget {
  memberId?: string;
  circleId?: string;
  /** Whether the circle in `circleId` is open to anyone joining themselves. */
  circleOpen?: boolean;
  /** The author of the proposal or comment the operation is about. */
  authorId?: string;
}

/** A refusal's reason is a coded message (policy.reason.*), so each face says it in its language. */
export type Authorization =
  { allowed: true } | { allowed: false; status: 401 | 403; reason: Message };

/** Who holds a grant, in English; the reason codes in src/core/messages/policy-codes.ts use it. */
export const describeGrant: Record<Grant, string> = {
  anyone: 'anyone',
  member: 'members',
  committed: 'committed members',
  founder: 'founders',
  self: 'the member themselves',
  'self-if-open': 'the member themselves in an open circle',
  'circle-steward': "the circle's stewards",
  'circle-member': "the circle's members (any member for the whole DisCO)",
  'steward-for-whole-disco': "any circle's stewards, for what concerns the whole DisCO",
  mentor: "the member's mentors",
  author: 'its author',
  'may-propose': 'members of a constituency with the right to propose',
  'may-comment': 'members of a constituency with the right to comment',
  'may-vote': 'members of a constituency with the right to vote',
};

function holds(grant: Grant, actor: Actor, target: PolicyTarget): boolean {
  switch (grant) {
    case 'anyone':
    case 'member':
      return true;
    case 'committed':
      return actor.level === 'committed';
    case 'founder':
      return actor.founder;
    case 'self':
      return target.memberId === actor.memberId;
    case 'self-if-open':
      return target.memberId === actor.memberId && target.circleOpen === true;
    case 'circle-steward':
      return (
        target.circleId !== undefined &&
        actor.circles.some((c) => c.id === target.circleId && c.steward)
      );
    case 'circle-member':
      return target.circleId === undefined || actor.circles.some((c) => c.id === target.circleId);
    case 'steward-for-whole-disco':
      return target.circleId === undefined && actor.circles.some((c) => c.steward);
    case 'mentor':
      return target.memberId !== undefined && (actor.mentees ?? []).includes(target.memberId);
    case 'author':
      return target.authorId === actor.memberId;
    case 'may-propose':
      return actor.constituencies.some((c) => c.rights.propose);
    case 'may-comment':
      return actor.constituencies.some((c) => c.rights.comment);
    case 'may-vote':
      return actor.constituencies.some((c) => c.rights.vote);
  }
}

/**
 * Whether `actor` (null when nobody signed in) may perform `operation` on `target`. Refusals say
 * 401 when signing in might help and 403 when it would not.
 *
 * @example
 * authorize('ledger.read', null) // { allowed: true }
 * authorize('member.list', null) // { allowed: false, status: 401, reason: { code: 'policy.reason.sign-in-to', ... } }
 * authorize('circle.steward', ana, { circleId: tech }) // allowed when Ana is a founder or stewards tech
 */
export function authorize(
  operation: Operation,
  actor: Actor | null,
  target: PolicyTarget = {},
): Authorization {
  const rule: PolicyRule = policyTable[operation];
  if (rule.who.includes('anyone')) return { allowed: true };
  const what: Message = { code: `policy.what.${operation}`, params: {} };
  if (!actor)
    return {
      allowed: false,
      status: 401,
      reason: { code: 'policy.reason.sign-in-to', params: { what } },
    };
  if (actor.status !== 'active')
    return {
      allowed: false,
      status: 403,
      reason: { code: 'policy.reason.member-left', params: {} },
    };
  if (rule.who.some((grant) => holds(grant, actor, target))) return { allowed: true };
  const alternatives: Message[] = rule.who.map((grant) => ({
    code: `policy.grant.${grant}`,
    params: {},
  }));
  return {
    allowed: false,
    status: 403,
    reason: { code: 'policy.reason.only-who-may', params: { alternatives, what } },
  };
}
