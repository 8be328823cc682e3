/* The access policy's refusals (src/core/messages/policy-codes.ts) in English: see catalogue.ts. */

export const en = {
  'policy.what.health.read': 'see that the node is up and how large its ledger is',
  'policy.what.ledger.read': 'read events, proofs, checkpoints and the export of the ledger',
  'policy.what.ledger.checkpoint': 'ask the node to sign a checkpoint now',
  'policy.what.disco.rename': 'rename the DisCO',
  'policy.what.constituency.list': 'list constituencies and their rights',
  'policy.what.constituency.define': 'define a new constituency with its rights',
  'policy.what.constituency.rights': "change a constituency's rights",
  'policy.what.member.list': 'list members (shown names, levels, constituencies)',
  'policy.what.member.show': "see a member's public profile, circles, mentors and keys",
  'policy.what.member.show-private': "see a member's off-ledger account details (email)",
  'policy.what.member.add': 'add a member to one or more constituencies',
  'policy.what.member.invite': 'invite someone to create an account',
  'policy.what.member.level': "record a decision on a member's level, leaving or return",
  'policy.what.member.constituency.join': 'put a member in a constituency (rights come with it)',
  'policy.what.member.constituency.leave': 'take a member out of a constituency',
  'policy.what.member.mentor': 'assign or remove a mentor of a dater',
  'policy.what.member.milestone': "record a milestone of a dater's mentoring plan",
  'policy.what.member.commitment': "record a dater's commitment statement",
  'policy.what.member.key.register': 'register one of your own signing keys',
  'policy.what.member.key.revoke': 'revoke a signing key',
  'policy.what.member.leave':
    "record a member's leave, or end it (your own, or anyone's as a founder)",
  'policy.what.member.leave.list': "see members' leaves (dates and the public reason)",
  'policy.what.circle.list': 'list working circles',
  'policy.what.circle.show': 'see a circle, its members and stewards',
  'policy.what.circle.create': 'create a working circle',
  'policy.what.circle.join': 'add a member to a circle',
  'policy.what.circle.leave': 'take a member out of a circle',
  'policy.what.circle.steward': 'appoint or end a steward of a circle (rotation)',
  'policy.what.value.contribution.log': 'log or correct your own work (contributions)',
  'policy.what.value.contribution.list': 'see contributions, their frozen credits and validation',
  'policy.what.value.contribution.import':
    "import contributions from a CSV or Valueflows file (it logs other members' work)",
  'policy.what.value.contribution.validate':
    "acknowledge, dispute or withdraw a dispute of another member's contribution",
  'policy.what.value.dispute.resolve':
    "record how a passed proposal settled a dispute on a contribution (whoever may state that proposal's outcome: its author, a steward of its circle, a founder)",
  'policy.what.value.rate.list': 'see credit rates and value settings',
  'policy.what.value.rate.set':
    'set credit rates, stage multipliers, validation rules, duties, the casual rule and the care release rule',
  'policy.what.value.balance': "see members' credit balances per stream",
  'policy.what.value.indicators':
    'see duties progress and care indicators (care share, Gini, overload, behind on duties)',
  'policy.what.value.commons.list':
    'read the commons registry and its Atom feed (public, like the ledger)',
  'policy.what.value.commons.add': 'register a commons resource the collective made or keeps',
  'policy.what.value.project.list':
    'see livelihood projects, their budgets and the work logged against them',
  'policy.what.value.project.manage':
    'create or update a livelihood project (client, budget, agreed price, status)',
  'policy.what.proposal.list': 'list and read proposals, their ballots and results',
  'policy.what.proposal.create': 'open a proposal',
  'policy.what.proposal.amend': 'amend or withdraw your own open proposal',
  'policy.what.proposal.vote': 'cast or change your ballot on an open proposal',
  'policy.what.proposal.outcome':
    "state a closed proposal's outcome and review date (its author, or a facilitator: a steward of its circle or a founder)",
  'policy.what.proposal.comment': 'comment on a proposal, reply and react',
  'policy.what.proposal.comment.edit': 'edit your own comment while the proposal is open',
  'policy.what.notification.list': 'see your own notifications',
  'policy.what.governance.parameters.show': 'see who votes on what, ballot weights and quorums',
  'policy.what.governance.parameters.set':
    'set the first governance parameters (once: later changes only by a passed proposal)',
  'policy.what.delegation.list': 'see the delegations you gave and received',
  'policy.what.delegation.set':
    'delegate your vote on a circle, a topic or everything (when the DisCO allows delegation)',
  'policy.what.delegation.revoke': 'take back your own delegation',
  'policy.what.notification.read': 'mark your own notifications read',
  'policy.what.notification.settings':
    'see and choose how your own notifications reach you (mail now, daily or weekly digest, off) and in which language',
  'policy.what.notification.deliveries':
    'see mail and webhook deliveries that wait for a retry or were given up, with the reason',
  'policy.what.webhook.manage':
    'see, add and remove the outgoing webhooks of the DisCO and of its circles',
  'policy.what.token.create': 'create an API token for yourself',
  'policy.what.token.list': "list a member's API tokens (never their secrets)",
  'policy.what.token.revoke': "revoke a member's API token",
  'policy.what.account.password': 'change your own password (knowing the current one)',
  'policy.what.account.password-reset':
    'issue a single-use link with which a member who lost their password chooses a new one',
  'policy.what.dashboard.read':
    'see the dashboard: credits per stream and week, care shares, duties, proposals awaiting your vote',
  'policy.what.finance.read':
    'see income, expenses, the books, CAT parameters, distribution runs, explanations, flows and what-ifs',
  'policy.what.finance.record': 'record income (client payments, grants, donations) and expenses',
  'policy.what.cat.parameters.bootstrap':
    'set the first CAT parameter document (every later one only by a passed cat-parameter-change proposal)',
  'policy.what.distribution.commit':
    'commit the distribution run of a month that has ended, closing it',
  'policy.what.distribution.payout':
    'record that a member was paid what a run owes them, with the payment reference',
  'policy.what.rhythm.list':
    'see rhythms (recurring gatherings), their next dates and who took part',
  'policy.what.rhythm.manage':
    "create, change or end a rhythm (a circle's as its steward; any, or the whole DisCO's, as a founder)",
  'policy.what.rhythm.attendance':
    "record who took part in a rhythm's gathering and turn its time into care contributions (a circle's as its steward; the whole DisCO's as any circle's steward)",
  'policy.what.calendar.feed': 'make, replace or revoke your own private calendar feed link',
  'policy.what.checkin.write': 'write or delete your own check-in',
  'policy.what.guide.seen': 'read or record that you have seen the first-run guide, on any device',
  'policy.what.checkin.read':
    'read the check-ins whose audience includes you (others answer 404) and the capacity signal',
  'policy.what.checkin.settings': 'set how long check-ins are kept',
  'policy.what.appreciation.give':
    'thank another member for a contribution or a period of care (never yourself)',
  'policy.what.appreciation.list': 'see appreciations given and received',
  'policy.grant.anyone': 'anyone',
  'policy.grant.member': 'members',
  'policy.grant.committed': 'committed members',
  'policy.grant.founder': 'founders',
  'policy.grant.self': 'the member themselves',
  'policy.grant.self-if-open': 'the member themselves in an open circle',
  'policy.grant.circle-steward': "the circle's stewards",
  'policy.grant.mentor': "the member's mentors",
  'policy.grant.author': 'its author',
  'policy.grant.may-propose': 'members of a constituency with the right to propose',
  'policy.grant.may-comment': 'members of a constituency with the right to comment',
  'policy.grant.may-vote': 'members of a constituency with the right to vote',
  'policy.grant.circle-member': "the circle's members (any member for the whole DisCO)",
  'policy.grant.steward-for-whole-disco':
    "any circle's stewards, for what concerns the whole DisCO",
  'policy.what.evaluation.read':
    'read quarterly evaluations, their facts, reflections and decisions',
  'policy.what.evaluation.manage':
    "open or close a quarter's evaluation (a circle's as its steward; any, or the whole DisCO's, as a founder)",
  'policy.what.evaluation.reflect':
    "add a reflection to an open evaluation (a circle's as one of its members; the whole DisCO's as any member)",
  'policy.what.economy.read':
    'see solidarity transfers and mutual-credit lines with federated DisCOs',
  'policy.what.economy.transfer':
    'send, accept or cancel a solidarity transfer, set a credit line or send mutual credit, each as a passed proposal decided',
  'policy.what.activity.read':
    'read the activity feed: what happened, newest first, in words (never a sealed ballot’s voter)',
  'policy.what.search.run':
    'search proposals, comments, members, contributions and commons (each kind only where you may list it)',
  'policy.reason.sign-in-to': 'sign in to {what}',
  'policy.reason.member-left': 'a member who has left has no rights here',
  'policy.reason.only-who-may': 'only {alternatives} may {what}',
};
