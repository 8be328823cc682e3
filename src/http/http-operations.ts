import { policyTable, type Grant, type Operation } from '../core/access/policy.js';

/**
 * Every HTTP operation of the API and the policy operation that decides who may call it, so the
 * security table is the policy table seen through the routes. `secret` marks routes where holding
 * a secret is the whole check: a password (sign-in), a session (sign-out, session) or an
 * invitation token. A test keeps this list equal to the routes of the OpenAPI document.
 */
export const httpOperations: ReadonlyArray<{
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  operation: Operation | 'secret';
}> = [
  { method: 'GET', path: '/api/health', operation: 'health.read' },
  { method: 'GET', path: '/api/ledger/events', operation: 'ledger.read' },
  { method: 'GET', path: '/api/ledger/events/{seq}', operation: 'ledger.read' },
  { method: 'GET', path: '/api/ledger/checkpoints', operation: 'ledger.read' },
  { method: 'GET', path: '/api/ledger/checkpoints/latest', operation: 'ledger.read' },
  { method: 'GET', path: '/api/ledger/consistency', operation: 'ledger.read' },
  { method: 'GET', path: '/api/ledger/checkpoint', operation: 'ledger.read' },
  { method: 'GET', path: '/api/ledger/witnesses', operation: 'ledger.read' },
  { method: 'GET', path: '/api/ledger/export', operation: 'ledger.read' },
  { method: 'POST', path: '/api/auth/sign-in', operation: 'secret' },
  { method: 'POST', path: '/api/auth/sign-out', operation: 'secret' },
  { method: 'GET', path: '/api/auth/session', operation: 'secret' },
  { method: 'POST', path: '/api/auth/password', operation: 'account.password' },
  { method: 'GET', path: '/api/auth/password-resets/{token}', operation: 'secret' },
  { method: 'POST', path: '/api/auth/password-resets/{token}', operation: 'secret' },
  {
    method: 'POST',
    path: '/api/members/{memberId}/password-reset',
    operation: 'account.password-reset',
  },
  { method: 'GET', path: '/api/me', operation: 'member.show-private' },
  { method: 'GET', path: '/api/me/keys', operation: 'member.show-private' },
  { method: 'PUT', path: '/api/me/devices/{deviceId}/key', operation: 'member.key.register' },
  { method: 'POST', path: '/api/tokens', operation: 'token.create' },
  { method: 'GET', path: '/api/tokens', operation: 'token.list' },
  { method: 'DELETE', path: '/api/tokens/{id}', operation: 'token.revoke' },
  { method: 'POST', path: '/api/invitations', operation: 'member.invite' },
  { method: 'GET', path: '/api/invitations/{token}', operation: 'secret' },
  { method: 'POST', path: '/api/invitations/{token}/accept', operation: 'secret' },
  { method: 'GET', path: '/api/members', operation: 'member.list' },
  { method: 'POST', path: '/api/members', operation: 'member.add' },
  { method: 'GET', path: '/api/members/{memberId}', operation: 'member.show' },
  { method: 'GET', path: '/api/members/{memberId}/profile', operation: 'member.show' },
  { method: 'GET', path: '/api/members/{memberId}/account', operation: 'member.show-private' },
  { method: 'POST', path: '/api/members/{memberId}/level', operation: 'member.level' },
  {
    method: 'POST',
    path: '/api/members/{memberId}/constituencies',
    operation: 'member.constituency.join',
  },
  {
    method: 'DELETE',
    path: '/api/members/{memberId}/constituencies/{constituencyId}',
    operation: 'member.constituency.leave',
  },
  { method: 'POST', path: '/api/members/{memberId}/mentors', operation: 'member.mentor' },
  {
    method: 'DELETE',
    path: '/api/members/{memberId}/mentors/{mentorId}',
    operation: 'member.mentor',
  },
  { method: 'POST', path: '/api/members/{memberId}/milestones', operation: 'member.milestone' },
  { method: 'POST', path: '/api/members/{memberId}/commitment', operation: 'member.commitment' },
  { method: 'POST', path: '/api/members/{memberId}/keys', operation: 'member.key.register' },
  {
    method: 'DELETE',
    path: '/api/members/{memberId}/keys/{publicKey}',
    operation: 'member.key.revoke',
  },
  { method: 'GET', path: '/api/leaves', operation: 'member.leave.list' },
  { method: 'POST', path: '/api/members/{memberId}/leaves', operation: 'member.leave' },
  { method: 'POST', path: '/api/leaves/{leaveId}/end', operation: 'member.leave' },
  { method: 'GET', path: '/api/rhythms', operation: 'rhythm.list' },
  { method: 'POST', path: '/api/rhythms', operation: 'rhythm.manage' },
  { method: 'GET', path: '/api/rhythms/{rhythmId}', operation: 'rhythm.list' },
  { method: 'PUT', path: '/api/rhythms/{rhythmId}', operation: 'rhythm.manage' },
  { method: 'POST', path: '/api/rhythms/{rhythmId}/end', operation: 'rhythm.manage' },
  {
    method: 'PUT',
    path: '/api/rhythms/{rhythmId}/gatherings/{occurrence}',
    operation: 'rhythm.attendance',
  },
  {
    method: 'POST',
    path: '/api/rhythms/{rhythmId}/gatherings/{occurrence}/credit',
    operation: 'rhythm.attendance',
  },
  { method: 'GET', path: '/api/me/calendar-feed', operation: 'calendar.feed' },
  { method: 'POST', path: '/api/me/calendar-feed', operation: 'calendar.feed' },
  { method: 'DELETE', path: '/api/me/calendar-feed', operation: 'calendar.feed' },
  { method: 'GET', path: '/api/calendar/{token}', operation: 'secret' },
  { method: 'GET', path: '/api/checkins', operation: 'checkin.read' },
  { method: 'POST', path: '/api/checkins', operation: 'checkin.write' },
  { method: 'GET', path: '/api/checkins/{checkinId}', operation: 'checkin.read' },
  { method: 'DELETE', path: '/api/checkins/{checkinId}', operation: 'checkin.write' },
  { method: 'GET', path: '/api/care/capacity', operation: 'checkin.read' },
  { method: 'PUT', path: '/api/checkins/settings', operation: 'checkin.settings' },
  { method: 'GET', path: '/api/appreciations', operation: 'appreciation.list' },
  { method: 'POST', path: '/api/appreciations', operation: 'appreciation.give' },
  { method: 'GET', path: '/api/circles', operation: 'circle.list' },
  { method: 'POST', path: '/api/circles', operation: 'circle.create' },
  { method: 'GET', path: '/api/circles/{circleId}', operation: 'circle.show' },
  { method: 'POST', path: '/api/circles/{circleId}/members', operation: 'circle.join' },
  {
    method: 'DELETE',
    path: '/api/circles/{circleId}/members/{memberId}',
    operation: 'circle.leave',
  },
  { method: 'POST', path: '/api/circles/{circleId}/stewards', operation: 'circle.steward' },
  {
    method: 'DELETE',
    path: '/api/circles/{circleId}/stewards/{memberId}',
    operation: 'circle.steward',
  },
  { method: 'GET', path: '/api/contributions', operation: 'value.contribution.list' },
  { method: 'POST', path: '/api/contributions', operation: 'value.contribution.log' },
  {
    method: 'GET',
    path: '/api/contributions/{contributionId}',
    operation: 'value.contribution.list',
  },
  {
    method: 'POST',
    path: '/api/contributions/{contributionId}/edits',
    operation: 'value.contribution.log',
  },
  {
    method: 'POST',
    path: '/api/contributions/{contributionId}/acknowledgements',
    operation: 'value.contribution.validate',
  },
  {
    method: 'POST',
    path: '/api/contributions/{contributionId}/disputes',
    operation: 'value.contribution.validate',
  },
  {
    method: 'DELETE',
    path: '/api/contributions/{contributionId}/dispute',
    operation: 'value.contribution.validate',
  },
  {
    method: 'POST',
    path: '/api/contributions/{contributionId}/resolution',
    operation: 'value.dispute.resolve',
  },
  { method: 'GET', path: '/api/rates', operation: 'value.rate.list' },
  { method: 'POST', path: '/api/rates', operation: 'value.rate.set' },
  { method: 'GET', path: '/api/value-settings', operation: 'value.rate.list' },
  { method: 'PUT', path: '/api/value-settings/stage-multipliers', operation: 'value.rate.set' },
  { method: 'PUT', path: '/api/value-settings/validation-rules', operation: 'value.rate.set' },
  { method: 'PUT', path: '/api/value-settings/duty-rules', operation: 'value.rate.set' },
  { method: 'PUT', path: '/api/value-settings/casual-rule', operation: 'value.rate.set' },
  { method: 'PUT', path: '/api/value-settings/care-release', operation: 'value.rate.set' },
  { method: 'GET', path: '/api/balances', operation: 'value.balance' },
  { method: 'GET', path: '/api/duties', operation: 'value.indicators' },
  { method: 'GET', path: '/api/care-indicators', operation: 'value.indicators' },
  { method: 'GET', path: '/api/commons', operation: 'value.commons.list' },
  { method: 'GET', path: '/api/commons.atom', operation: 'value.commons.list' },
  { method: 'POST', path: '/api/commons', operation: 'value.commons.add' },
  { method: 'GET', path: '/api/projects', operation: 'value.project.list' },
  { method: 'POST', path: '/api/projects', operation: 'value.project.manage' },
  { method: 'PUT', path: '/api/projects/{projectId}', operation: 'value.project.manage' },
  { method: 'GET', path: '/api/interchange/contributions', operation: 'value.contribution.list' },
  {
    method: 'POST',
    path: '/api/interchange/contributions',
    operation: 'value.contribution.import',
  },
  { method: 'GET', path: '/api/constituencies', operation: 'constituency.list' },
  { method: 'POST', path: '/api/constituencies', operation: 'constituency.define' },
  {
    method: 'PUT',
    path: '/api/constituencies/{constituencyId}/rights',
    operation: 'constituency.rights',
  },
  { method: 'GET', path: '/api/proposals', operation: 'proposal.list' },
  { method: 'POST', path: '/api/proposals', operation: 'proposal.create' },
  { method: 'GET', path: '/api/proposals/{proposalId}', operation: 'proposal.list' },
  { method: 'POST', path: '/api/proposals/{proposalId}/amendments', operation: 'proposal.amend' },
  { method: 'POST', path: '/api/proposals/{proposalId}/withdrawal', operation: 'proposal.amend' },
  { method: 'PUT', path: '/api/proposals/{proposalId}/ballot', operation: 'proposal.vote' },
  { method: 'PUT', path: '/api/proposals/{proposalId}/outcome', operation: 'proposal.outcome' },
  { method: 'GET', path: '/api/proposals/{proposalId}/comments', operation: 'proposal.list' },
  { method: 'POST', path: '/api/proposals/{proposalId}/comments', operation: 'proposal.comment' },
  {
    method: 'PUT',
    path: '/api/proposals/{proposalId}/comments/{commentId}',
    operation: 'proposal.comment.edit',
  },
  {
    method: 'PUT',
    path: '/api/proposals/{proposalId}/comments/{commentId}/reactions/{reaction}',
    operation: 'proposal.comment',
  },
  {
    method: 'DELETE',
    path: '/api/proposals/{proposalId}/comments/{commentId}/reactions/{reaction}',
    operation: 'proposal.comment',
  },
  { method: 'GET', path: '/api/notifications', operation: 'notification.list' },
  { method: 'GET', path: '/api/governance/parameters', operation: 'governance.parameters.show' },
  { method: 'PUT', path: '/api/governance/parameters', operation: 'governance.parameters.set' },
  { method: 'POST', path: '/api/notifications/read', operation: 'notification.read' },
  { method: 'GET', path: '/api/notifications/settings', operation: 'notification.settings' },
  { method: 'PUT', path: '/api/notifications/settings', operation: 'notification.settings' },
  { method: 'POST', path: '/api/notifications/unsubscribe/{token}', operation: 'secret' },
  { method: 'GET', path: '/api/notifications/deliveries', operation: 'notification.deliveries' },
  { method: 'GET', path: '/api/webhooks', operation: 'webhook.manage' },
  { method: 'POST', path: '/api/webhooks', operation: 'webhook.manage' },
  { method: 'DELETE', path: '/api/webhooks/{webhookId}', operation: 'webhook.manage' },
  { method: 'GET', path: '/api/delegations', operation: 'delegation.list' },
  { method: 'PUT', path: '/api/delegations', operation: 'delegation.set' },
  { method: 'DELETE', path: '/api/delegations', operation: 'delegation.revoke' },
  { method: 'GET', path: '/api/dashboard', operation: 'dashboard.read' },
  { method: 'GET', path: '/api/cat/parameters', operation: 'finance.read' },
  { method: 'POST', path: '/api/cat/parameters', operation: 'cat.parameters.bootstrap' },
  { method: 'GET', path: '/api/income', operation: 'finance.read' },
  { method: 'POST', path: '/api/income', operation: 'finance.record' },
  { method: 'GET', path: '/api/expenses', operation: 'finance.read' },
  { method: 'POST', path: '/api/expenses', operation: 'finance.record' },
  { method: 'GET', path: '/api/books', operation: 'finance.read' },
  { method: 'POST', path: '/api/distribution/preview', operation: 'finance.read' },
  { method: 'POST', path: '/api/distribution/runs', operation: 'distribution.commit' },
  { method: 'GET', path: '/api/distribution/runs', operation: 'finance.read' },
  { method: 'GET', path: '/api/distribution/runs/{runId}', operation: 'finance.read' },
  { method: 'POST', path: '/api/distribution/whatif', operation: 'finance.read' },
  { method: 'GET', path: '/api/distribution/flows', operation: 'finance.read' },
  { method: 'POST', path: '/api/payouts', operation: 'distribution.payout' },
  { method: 'GET', path: '/api/payouts.csv', operation: 'finance.read' },
];

const GRANT_WORDS: Record<Grant, string> = {
  anyone: 'anyone',
  member: 'any member',
  committed: 'committed members',
  founder: 'founders',
  self: 'the member themselves',
  'self-if-open': 'the member themselves, in an open circle',
  'circle-steward': "the circle's stewards",
  mentor: "the dater's mentors",
  author: 'its author (of the proposal or comment)',
  'may-propose': 'members of a constituency with the propose right',
  'may-comment': 'members of a constituency with the comment right',
  'may-vote': 'members of a constituency with the vote right',
};

/**
 * The security table of docs/security.md, rendered from `httpOperations` and the policy table,
 * so the document cannot say something the code does not do (a test compares them).
 *
 * @example writeFileSync('table.md', securityTableMarkdown())
 */
export function securityTableMarkdown(): string {
  const rows = httpOperations.map(({ method, path, operation }) => {
    if (operation === 'secret')
      return `| \`${method} ${path}\` | — | whoever holds the secret (password, session cookie or invitation token) |`;
    const rule = policyTable[operation];
    return `| \`${method} ${path}\` | \`${operation}\` | ${rule.who.map((g: Grant) => GRANT_WORDS[g]).join(', ')} |`;
  });
  return [
    '| HTTP operation | policy operation | who may call it |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}
