import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsubscribeToken } from '../app/notify/unsubscribe.js';
import { addWebhook } from '../app/notify/webhooks.js';
import { acceptInvitation } from '../app/auth/accept-invitation.js';
import { issueInvitation } from '../app/auth/issue-invitation.js';
import { issuePasswordReset } from '../app/auth/issue-password-reset.js';
import { hashPassword, TEST_PASSWORD_COST } from '../app/auth/passwords.js';
import { storeMemberKey } from '../app/auth/member-key-vault.js';
import { createApiToken } from '../app/auth/create-api-token.js';
import { appointSteward } from '../app/circles/appoint-steward.js';
import { createCircle } from '../app/circles/create-circle.js';
import { joinCircle } from '../app/circles/join-circle.js';
import { addMember } from '../app/members/add-member.js';
import { assignMentor } from '../app/members/assign-mentor.js';
import { changeMemberLevel } from '../app/members/change-member-level.js';
import { joinConstituency } from '../app/members/join-constituency.js';
import { loadActor } from '../app/members/load-actor.js';
import { makeCheckpoint } from '../app/ledger/make-checkpoint.js';
import { castBallot } from '../app/governance/cast-ballot.js';
import { closeDueProposals } from '../app/governance/close-due-proposals.js';
import { closeProposal } from '../app/governance/close-proposal.js';
import { setDelegation } from '../app/governance/set-delegation.js';
import { openProposal } from '../app/governance/open-proposal.js';
import { postComment } from '../app/governance/post-comment.js';
import { reactToComment } from '../app/governance/react-to-comment.js';
import { recordLeave } from '../app/members/record-leave.js';
import { createRhythm } from '../app/rhythms/create-rhythm.js';
import { recordAttendance } from '../app/rhythms/record-attendance.js';
import { makeCalendarFeed } from '../app/rhythms/calendar-feed-link.js';
import { openEvaluation } from '../app/evaluations/open-evaluation.js';
import { writeCheckin } from '../app/checkins/write-checkin.js';
import { registerMemberKey } from '../app/members/register-member-key.js';
import {
  acknowledgeContribution,
  disputeContribution,
} from '../app/value/acknowledge-contribution.js';
import { commitDistribution } from '../app/distribution/commit-distribution.js';
import { recordIncome } from '../app/distribution/record-income.js';
import { setFirstCatParameters } from '../app/distribution/set-cat-parameters.js';
import { sampleParameters } from '../app/distribution/test-finance.js';
import { nextPeriod } from '../core/finance/periods.js';
import { addDays } from '../core/value/calendar.js';
import { logContribution } from '../app/value/log-contribution.js';
import { createProject } from '../app/value/manage-project.js';
import { setRate } from '../app/value/set-value-settings.js';
import { authorize, policyTable, type PolicyTarget } from '../core/access/policy.js';
import { httpOperations } from './http-operations.js';
import { attachFederation } from '../app/federation/economy-federation.js';
import { federatesWith } from '../app/federation/receive-activity.js';
import { recordFederationRelation } from '../app/federation/test-relation.js';
import { setCreditLine } from '../app/federation/set-credit-line.js';
import { appendEvents } from '../app/ledger/append-events.js';
import { draftOf } from '../app/use-case-steps.js';
import { registerCommonsResource } from '../app/value/register-commons-resource.js';
import { ECONOMY_EVENT } from '../core/federation/economy-events.js';
import { federationContext } from '../app/federation/federation-settings.js';
import {
  asBearer,
  PERSONAS,
  STEWARDED_CIRCLE,
  TEST_PASSWORD,
  openTestCommunity,
  type Persona,
  type TestCommunity,
} from './test-community.js';

/*
 * Walks the whole security table: every HTTP operation, called by every kind of person. Allowed
 * calls (per the policy table, asked with the same actor and target) must succeed; refused ones
 * must answer the policy's 401 or 403 and change nothing, neither the ledger nor the account tables.
 */

type Caller = Persona | 'anonymous';
const CALLERS: readonly Caller[] = ['anonymous', ...PERSONAS];

interface Prepared {
  path: string;
  body?: unknown;
  target?: PolicyTarget;
}
type Prepare = (caller: Caller) => Promise<Prepared>;

let community: TestCommunity;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

const founder = () => community.actorOf('founder');
const idOf = (caller: Caller) =>
  caller === 'anonymous' ? undefined : community.people[caller].memberId;
const active = (caller: Caller) => caller !== 'anonymous' && caller !== 'left';

async function freshMember(kind: 'supporter' | 'casual' | 'dater3' = 'supporter'): Promise<string> {
  const f = await founder();
  const { memberId } = await addMember(community.ctx, f, {
    displayName: unique('Newcomer'),
    level:
      kind === 'supporter'
        ? null
        : kind === 'casual'
          ? { level: 'casual' }
          : { level: 'dating', stage: 1, timeline: 'agile', startDate: '2026-01-05' },
    constituencyIds: [
      kind === 'supporter' ? community.constituencies.supporters : community.constituencies.workers,
    ],
  });
  if (kind === 'dater3')
    for (const stage of [2, 3] as const)
      await changeMemberLevel(community.ctx, f, { memberId, level: 'dating', stage });
  return memberId;
}

function newPublicKey(): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('base64url');
}

/** A fresh member with an account of their own, as accepting an invitation makes one. */
async function invitedMember(): Promise<string> {
  const { token } = await issueInvitation(community.ctx, await founder(), {
    level: null,
    constituencyIds: ['supporters'],
  });
  const { memberId } = await acceptInvitation(community.ctx, token, {
    displayName: unique('Invitee'),
    email: `${unique('invitee')}@example.org`,
    password: 'a long enough password',
  });
  return memberId;
}

/** Someone the caller may act on as themselves, or a fresh member when the caller cannot be one. */
async function selfOrFresh(caller: Caller): Promise<string> {
  return active(caller) ? idOf(caller)! : freshMember();
}

/** A day no leave of the walk has used yet, so every leave recorded here overlaps none. */
let leaveDays = 0;
function freshLeaveDay(): string {
  return addDays('2030-01-01', 2 * ++leaveDays);
}

async function inCare(memberId: string): Promise<void> {
  await joinCircle(community.ctx, await founder(), { circleId: STEWARDED_CIRCLE, memberId });
}

/** A fresh open proposal by the caller when they may propose, else by the founder. */
async function proposalBy(
  caller: Caller | 'founder',
): Promise<{ proposalId: string; authorId: string }> {
  const author =
    caller !== 'anonymous' && active(caller) && caller !== 'supporter'
      ? (caller as Persona)
      : 'founder';
  const actor = await community.actorOf(author);
  const { proposalId } = await openProposal(community.ctx, actor, {
    title: unique('Proposal'),
    body: 'To test access.',
    method: 'majority',
    deadline: '2027-01-01T00:00:00Z',
  });
  return { proposalId, authorId: actor.memberId };
}

/** A closed proposal by the caller when they may propose, else by the founder; in `circle` when given. */
async function closedProposalBy(
  caller: Caller | 'founder',
  circle?: string,
): Promise<{ proposalId: string; authorId: string; circleId?: string }> {
  const author =
    caller !== 'anonymous' && active(caller) && caller !== 'supporter'
      ? (caller as Persona)
      : 'founder';
  const actor = await community.actorOf(author);
  const deadline = new Date(community.ctx.clock().getTime() + 1000).toISOString();
  const { proposalId } = await openProposal(community.ctx, actor, {
    title: unique('Proposal'),
    body: 'To test access.',
    method: 'majority',
    deadline,
    ...(circle ? { circleId: circle } : {}),
  });
  community.advance(1000);
  await closeProposal(community.ctx, proposalId);
  return {
    proposalId,
    authorId: actor.memberId,
    ...(circle ? { circleId: await circleId(circle) } : {}),
  };
}

const WALK_PEER = 'https://peer.disco.test/actor';

/** Makes the walk's node federated with one peer, through an outbox that delivers nowhere. */
async function federated(): Promise<void> {
  attachFederation(community.ctx.store, {
    actorId: 'https://walk.disco.test/actor',
    outbox: { toPeer: async () => undefined, toFollowers: async () => undefined },
  });
  if (!(await federatesWith(community.ctx, WALK_PEER)))
    await recordFederationRelation(community.ctx, {
      actorId: WALK_PEER,
      handle: 'disco@peer.disco.test',
    });
}

/** A solidarity offer from the peer, recorded as the inbox would (its proof is not re-checked here). */
async function offerFromPeer(): Promise<string> {
  await federated();
  const transferId = unique('transfer');
  const zero = '0'.repeat(64);
  await appendEvents(community.ctx, [
    draftOf(community.ctx, null, ECONOMY_EVENT.offerReceived, {
      transferId,
      peer: WALK_PEER,
      amount: '100',
      currency: 'EUR',
      reference: 'SEPA walk',
      offer: {
        eventHash: zero,
        leafIndex: 0,
        path: [],
        checkpoint: {
          format: 'disco-cat/checkpoint@1',
          ledgerId: zero,
          treeSize: 1,
          root: zero,
          time: '2026-01-01T00:00:00.000Z',
          nodeKey: 'walk',
          sig: 'walk',
        },
      },
    }),
  ]);
  return transferId;
}

const freshCommons = async () =>
  (
    await registerCommonsResource(community.ctx, await founder(), {
      title: unique('Guide'),
      kind: 'article',
      licence: 'CC-BY-SA-4.0',
      link: 'https://example.org/guide',
    })
  ).resourceId;

/** A closed proposal the founder voted for (so it passed), by the caller when they may propose, else by the founder; in `circle` when given. */
async function passedProposalBy(
  caller: Caller | 'founder',
  circle?: string,
): Promise<{ proposalId: string; authorId: string; circleId?: string }> {
  const author =
    caller !== 'anonymous' && active(caller) && caller !== 'supporter'
      ? (caller as Persona)
      : 'founder';
  const actor = await community.actorOf(author);
  const deadline = new Date(community.ctx.clock().getTime() + 1000).toISOString();
  const { proposalId } = await openProposal(community.ctx, actor, {
    title: unique('Proposal'),
    body: 'To settle a dispute.',
    method: 'majority',
    deadline,
    ...(circle ? { circleId: circle } : {}),
  });
  await castBallot(community.ctx, await founder(), { proposalId, ballot: { choice: 'yes' } });
  community.advance(1000);
  await closeProposal(community.ctx, proposalId);
  return {
    proposalId,
    authorId: actor.memberId,
    ...(circle ? { circleId: await circleId(circle) } : {}),
  };
}

/** A disputed contribution of a fresh member, disputed by the founder. */
async function disputedContribution(): Promise<string> {
  const contributionId = await contributionBy(await freshMember());
  await disputeContribution(community.ctx, await founder(), {
    contributionId,
    reason: 'Not sure.',
  });
  return contributionId;
}

/** A comment by the caller when they may comment, else by the founder, on a fresh proposal. */
async function commentBy(
  caller: Caller | 'founder',
): Promise<{ proposalId: string; commentId: string; authorId: string }> {
  const author = caller !== 'anonymous' && active(caller) ? (caller as Persona) : 'founder';
  const actor = await community.actorOf(author);
  const { proposalId } = await proposalBy('founder');
  const { commentId } = await postComment(community.ctx, actor, {
    proposalId,
    text: 'To test access.',
  });
  return { proposalId, commentId, authorId: actor.memberId };
}

async function circleId(slug: string): Promise<string> {
  return (
    await community.ctx.store.db
      .selectFrom('circles')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow()
  ).id;
}

/** A small contribution by `memberId` (logged as themselves), under a rate the founder makes sure of. */
async function contributionBy(memberId: string): Promise<string> {
  await setRate(community.ctx, await founder(), {
    stream: 'care',
    taskKind: 'walk',
    per: 'hour',
    amount: '1000',
    effectiveFrom: '2026-01-01',
  });
  const author = await loadActor(community.ctx, memberId);
  return (
    await logContribution(community.ctx, author, {
      stream: 'care',
      quantity: '0.01',
      taskKind: 'walk',
      circle: STEWARDED_CIRCLE,
    })
  ).contributionId;
}

let delegationOn = false;
/** Switches delegation on the only way there is once the parameters are set: a passed proposal. */
async function withDelegation(): Promise<void> {
  if (delegationOn) return;
  const f = await founder();
  const deadline = new Date(community.ctx.clock().getTime() + 1000).toISOString();
  const change = {
    kind: 'policy-amendment' as const,
    governanceParameters: { weights: { 'worker-members': 1 }, delegation: { enabled: true } },
  };
  const { proposalId } = await openProposal(community.ctx, f, {
    title: unique('Delegation'),
    body: 'Switch delegation on.',
    method: 'majority',
    deadline,
    change,
  });
  await castBallot(community.ctx, f, { proposalId, ballot: { choice: 'yes' } });
  community.advance(1000);
  await closeDueProposals(community.ctx);
  delegationOn = true;
}

/** Someone a caller may delegate to: a fresh worker-member, so that no cycle can form. */
async function delegationFor(caller: Caller): Promise<void> {
  await withDelegation();
  if (caller === 'anonymous') return;
  const actor = await community.actorOf(caller);
  if (!authorize('delegation.set', actor).allowed) return;
  await setDelegation(community.ctx, actor, {
    delegateId: await freshMember('casual'),
    topic: 'budget-or-expense',
  });
}

/** Months the walk's runs close, one after the other (runs close months in order). */
let walkMonth = '2019-12';
const nextWalkPeriod = () => (walkMonth = nextPeriod(walkMonth));

async function ensureCatParameters(): Promise<void> {
  const existing = await community.ctx.store.db
    .selectFrom('cat_parameter_versions')
    .select('version')
    .executeTakeFirst();
  if (!existing)
    await setFirstCatParameters(
      community.ctx,
      await founder(),
      sampleParameters({ effectiveFrom: '2019-01-01' }),
    );
}

/**
 * A committed run of a fresh month in which the committed member did love work and income came in:
 * it owes them. Love, because the walk's months precede the member's joining, which prices their
 * work at the level they joined at (dating), where care would be historical.
 */
async function runOwingCommitted(): Promise<{ runId: string; memberId: string }> {
  await ensureCatParameters();
  const f = await founder();
  const period = nextWalkPeriod();
  await setRate(community.ctx, f, {
    stream: 'love',
    taskKind: 'walk-paid',
    per: 'hour',
    amount: '1000',
    effectiveFrom: '2019-01-01',
  });
  const worker = await community.actorOf('committed');
  const { contributionId } = await logContribution(community.ctx, worker, {
    stream: 'love',
    quantity: '1',
    taskKind: 'walk-paid',
    date: `${period}-10`,
    circle: STEWARDED_CIRCLE,
  });
  await acknowledgeContribution(community.ctx, f, { contributionId });
  await recordIncome(community.ctx, f, {
    source: 'donation',
    amount: '100000',
    currency: 'EUR',
    date: `${period}-10`,
    description: 'For the walk',
  });
  const run = await commitDistribution(community.ctx, f, { period });
  return { runId: run.id!, memberId: worker.memberId };
}

const sharedBody = { acknowledgements: 1, stewardRequired: false };
const fullStages = { livelihood: 10000, love: 10000, care: 10000 };

/** A fresh weekly rhythm of the stewarded circle whose first gathering has already happened. */
async function careRhythm(): Promise<string> {
  const { rhythmId } = await createRhythm(community.ctx, await founder(), {
    circle: STEWARDED_CIRCLE,
    ...rhythmDefinition,
  });
  return rhythmId;
}
const rhythmDefinition = {
  kind: 'circle-call',
  name: 'Walk call',
  start: '2026-01-05T09:30',
  durationMinutes: 60,
  rrule: 'FREQ=WEEKLY;BYDAY=MO',
};
const FIRST_GATHERING = '2026-01-05T08:30:00Z';

/** A quarter long over that no evaluation has used yet. */
let quarters = 0;
const freshQuarter = () => `${1900 + ++quarters}-Q2`;
/** A fresh open evaluation of the stewarded circle. */
async function careEvaluation(): Promise<string> {
  const { evaluationId } = await openEvaluation(community.ctx, await founder(), {
    quarter: freshQuarter(),
    circle: STEWARDED_CIRCLE,
  });
  return evaluationId;
}

/** The caller's own check-in, or a founder's when the caller cannot write one. */
async function ownCheckin(caller: Caller): Promise<string> {
  const author = active(caller) ? await community.actorOf(caller as Persona) : await founder();
  const { checkinId } = await writeCheckin(community.ctx, author, {
    feeling: 'walking',
    capacity: 90,
    audience: 'self',
  });
  return checkinId;
}

const scenarios: Record<string, Record<string, Prepare>> = {
  'GET /api/health': { plain: async () => ({ path: '/api/health' }) },
  'GET /api/ledger/events': { plain: async () => ({ path: '/api/ledger/events?limit=5' }) },
  'GET /api/ledger/events/{seq}': { plain: async () => ({ path: '/api/ledger/events/1' }) },
  'GET /api/ledger/checkpoints': { plain: async () => ({ path: '/api/ledger/checkpoints' }) },
  'GET /api/ledger/checkpoints/latest': {
    plain: async () => {
      // A checkpoint for the current size, unless the ledger has not grown since the last one.
      await makeCheckpoint(community.ctx).catch(() => undefined);
      return { path: '/api/ledger/checkpoints/latest' };
    },
  },
  'GET /api/ledger/consistency': {
    plain: async () => ({ path: '/api/ledger/consistency?from=1&to=2' }),
  },
  'GET /api/ledger/export': { plain: async () => ({ path: '/api/ledger/export' }) },
  'GET /api/ledger/checkpoint': {
    plain: async () => {
      await makeCheckpoint(community.ctx).catch(() => undefined);
      // The origin a public URL would fix on a served node.
      await community.ctx.store.db
        .insertInto('ledger_origin')
        .values({ id: 1, origin: 'walk.test/ledger', fixed_at: '2026-01-01T00:00:00.000Z' })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      return { path: '/api/ledger/checkpoint' };
    },
  },
  'GET /api/ledger/witnesses': { plain: async () => ({ path: '/api/ledger/witnesses' }) },
  'POST /api/auth/sign-in': {
    plain: async (caller) => ({
      path: '/api/auth/sign-in',
      body: {
        email: `${caller === 'anonymous' ? 'casual' : caller}@example.org`,
        password: TEST_PASSWORD,
      },
    }),
  },
  'POST /api/auth/sign-out': { plain: async () => ({ path: '/api/auth/sign-out' }) },
  'GET /api/auth/session': { plain: async () => ({ path: '/api/auth/session' }) },
  'POST /api/auth/password': {
    self: async (caller) => {
      // Each allowed caller changes their password; put the known one back first.
      if (caller !== 'anonymous')
        await community.ctx.store.db
          .updateTable('accounts')
          .set({ password_hash: await hashPassword(TEST_PASSWORD, TEST_PASSWORD_COST) })
          .where('member_id', '=', idOf(caller)!)
          .execute();
      // Keys kept by other steps of the walk would have to be re-wrapped; none is wanted here.
      if (caller !== 'anonymous')
        await community.ctx.store.db
          .deleteFrom('device_keys')
          .where('member_id', '=', idOf(caller)!)
          .execute();
      return {
        path: '/api/auth/password',
        body: {
          currentPassword: TEST_PASSWORD,
          newPassword: 'a brand new long password',
        },
        target: { memberId: idOf(caller) },
      };
    },
  },
  'GET /api/auth/password-resets/{token}': {
    plain: async () => {
      const { token } = await issuePasswordReset(community.ctx, await founder(), {
        memberId: await invitedMember(),
      });
      return { path: `/api/auth/password-resets/${token}` };
    },
  },
  'POST /api/auth/password-resets/{token}': {
    plain: async () => {
      const { token } = await issuePasswordReset(community.ctx, await founder(), {
        memberId: await invitedMember(),
      });
      return {
        path: `/api/auth/password-resets/${token}`,
        body: { password: 'a brand new long password' },
      };
    },
  },
  'POST /api/members/{memberId}/password-reset': {
    plain: async () => {
      const memberId = await invitedMember();
      return { path: `/api/members/${memberId}/password-reset`, target: { memberId } };
    },
  },
  'GET /api/me': {
    self: async (caller) => ({ path: '/api/me', target: { memberId: idOf(caller) } }),
  },
  'GET /api/me/keys': {
    self: async (caller) => {
      if (active(caller)) {
        await storeMemberKey(community.ctx, await community.actorOf(caller as Persona), {
          deviceId: 'walk',
          publicKey: newPublicKey(),
          encryptedPrivateKey: 'v1.salt.nonce.ciphertext-opaque',
        }).catch(() => undefined);
      }
      return { path: '/api/me/keys', target: { memberId: idOf(caller) } };
    },
  },
  'PUT /api/me/devices/{deviceId}/key': {
    self: async (caller) => ({
      path: '/api/me/devices/walk/key',
      body: { publicKey: newPublicKey(), encryptedPrivateKey: 'v1.salt.nonce.ciphertext-opaque' },
      target: { memberId: idOf(caller) },
    }),
  },
  'POST /api/tokens': {
    self: async (caller) => ({
      path: '/api/tokens',
      body: { name: unique('token') },
      target: { memberId: idOf(caller) },
    }),
  },
  'GET /api/tokens': {
    self: async (caller) => ({ path: '/api/tokens', target: { memberId: idOf(caller) } }),
  },
  'DELETE /api/tokens/{id}': {
    own: async (caller) => {
      const owner = active(caller) ? (caller as Persona) : 'casual';
      const { id } = await createApiToken(community.ctx, await community.actorOf(owner), {
        name: unique('to revoke'),
      });
      return { path: `/api/tokens/${id}`, target: { memberId: community.people[owner].memberId } };
    },
    "someone else's": async () => {
      const { id } = await createApiToken(community.ctx, await community.actorOf('casual'), {
        name: unique('to revoke'),
      });
      return { path: `/api/tokens/${id}`, target: { memberId: community.people.casual.memberId } };
    },
  },
  'POST /api/invitations': {
    plain: async () => ({
      path: '/api/invitations',
      body: { level: null, constituencyIds: ['supporters'] },
    }),
  },
  'GET /api/invitations/{token}': {
    plain: async () => {
      const { token } = await issueInvitation(community.ctx, await founder(), {
        level: null,
        constituencyIds: ['supporters'],
      });
      return { path: `/api/invitations/${token}` };
    },
  },
  'POST /api/invitations/{token}/accept': {
    plain: async () => {
      const { token } = await issueInvitation(community.ctx, await founder(), {
        level: null,
        constituencyIds: ['supporters'],
      });
      return {
        path: `/api/invitations/${token}/accept`,
        body: {
          displayName: unique('Invitee'),
          email: `${unique('invitee')}@example.org`,
          password: 'a long enough password',
        },
      };
    },
  },
  'GET /api/members': { plain: async () => ({ path: '/api/members?limit=3' }) },
  'POST /api/members': {
    plain: async () => ({
      path: '/api/members',
      body: { displayName: unique('Added'), constituencyIds: ['supporters'] },
    }),
  },
  'GET /api/members/{memberId}': {
    plain: async () => ({
      path: `/api/members/${community.people.founder.memberId}`,
      target: { memberId: community.people.founder.memberId },
    }),
  },
  'GET /api/members/{memberId}/profile': {
    plain: async () => ({
      path: `/api/members/${community.people.founder.memberId}/profile`,
      target: { memberId: community.people.founder.memberId },
    }),
  },
  'GET /api/members/{memberId}/account': {
    "casual's": async () => ({
      path: `/api/members/${community.people.casual.memberId}/account`,
      target: { memberId: community.people.casual.memberId },
    }),
  },
  'POST /api/members/{memberId}/level': {
    plain: async () => {
      const memberId = await freshMember('casual');
      return {
        path: `/api/members/${memberId}/level`,
        body: { level: 'dating', timeline: 'agile' },
        target: { memberId },
      };
    },
  },
  'POST /api/members/{memberId}/constituencies': {
    plain: async () => {
      const memberId = await freshMember();
      return {
        path: `/api/members/${memberId}/constituencies`,
        body: { constituencyId: 'community-members' },
        target: { memberId },
      };
    },
  },
  'DELETE /api/members/{memberId}/constituencies/{constituencyId}': {
    self: async (caller) => {
      const memberId = await selfOrFresh(caller);
      await joinConstituency(community.ctx, await founder(), {
        memberId,
        constituencyId: 'community-members',
      });
      return {
        path: `/api/members/${memberId}/constituencies/community-members`,
        target: { memberId },
      };
    },
    other: async () => {
      const memberId = await freshMember();
      await joinConstituency(community.ctx, await founder(), {
        memberId,
        constituencyId: 'community-members',
      });
      return {
        path: `/api/members/${memberId}/constituencies/community-members`,
        target: { memberId },
      };
    },
  },
  'POST /api/members/{memberId}/mentors': {
    plain: async () => {
      const memberId = await freshMember('dater3');
      return {
        path: `/api/members/${memberId}/mentors`,
        body: { mentorId: community.people.founder.memberId },
        target: { memberId },
      };
    },
  },
  'DELETE /api/members/{memberId}/mentors/{mentorId}': {
    plain: async () => {
      const memberId = await freshMember('dater3');
      await assignMentor(community.ctx, await founder(), {
        memberId,
        mentorId: community.people.founder.memberId,
      });
      return {
        path: `/api/members/${memberId}/mentors/${community.people.founder.memberId}`,
        target: { memberId },
      };
    },
  },
  'POST /api/members/{memberId}/milestones': {
    'mentored by the committed member': async () => {
      const memberId = await freshMember('dater3');
      await assignMentor(community.ctx, await founder(), {
        memberId,
        mentorId: community.people.committed.memberId,
      });
      return {
        path: `/api/members/${memberId}/milestones`,
        body: { title: 'First sprint', date: '2026-01-20' },
        target: { memberId },
      };
    },
  },
  'POST /api/members/{memberId}/commitment': {
    plain: async () => {
      const memberId = await freshMember('dater3');
      return {
        path: `/api/members/${memberId}/commitment`,
        body: { statement: 'I commit to the care of this collective.' },
        target: { memberId },
      };
    },
  },
  'POST /api/members/{memberId}/keys': {
    self: async (caller) => {
      const memberId = await selfOrFresh(caller);
      return {
        path: `/api/members/${memberId}/keys`,
        body: { publicKey: newPublicKey() },
        target: { memberId },
      };
    },
    other: async () => ({
      path: `/api/members/${community.people.casual.memberId}/keys`,
      body: { publicKey: newPublicKey() },
      target: { memberId: community.people.casual.memberId },
    }),
  },
  'DELETE /api/members/{memberId}/keys/{publicKey}': {
    self: async (caller) => {
      const owner = active(caller)
        ? await community.actorOf(caller as Persona)
        : await community.actorOf('casual');
      const publicKey = newPublicKey();
      await registerMemberKey(community.ctx, owner, { memberId: owner.memberId, publicKey });
      return {
        path: `/api/members/${owner.memberId}/keys/${publicKey}`,
        target: { memberId: owner.memberId },
      };
    },
  },
  'GET /api/leaves': { plain: async () => ({ path: '/api/leaves' }) },
  'POST /api/members/{memberId}/leaves': {
    self: async (caller) => {
      const memberId = await selfOrFresh(caller);
      const from = freshLeaveDay();
      return {
        path: `/api/members/${memberId}/leaves`,
        body: { from, to: from, reason: 'sabbatical' },
        target: { memberId },
      };
    },
    other: async () => {
      const memberId = community.people.casual.memberId;
      const from = freshLeaveDay();
      return {
        path: `/api/members/${memberId}/leaves`,
        body: { from, to: from },
        target: { memberId },
      };
    },
  },
  'POST /api/leaves/{leaveId}/end': {
    self: async (caller) => {
      const memberId = await selfOrFresh(caller);
      const from = freshLeaveDay();
      const { leaveId } = await recordLeave(community.ctx, await founder(), {
        memberId,
        from,
        to: from,
      });
      return { path: `/api/leaves/${leaveId}/end`, body: { lastDay: from }, target: { memberId } };
    },
  },
  'GET /api/rhythms': { plain: async () => ({ path: '/api/rhythms' }) },
  'POST /api/rhythms': {
    circle: async () => ({
      path: '/api/rhythms',
      body: { circle: STEWARDED_CIRCLE, ...rhythmDefinition },
      target: { circleId: await circleId(STEWARDED_CIRCLE) },
    }),
    disco: async () => ({ path: '/api/rhythms', body: rhythmDefinition }),
  },
  'GET /api/rhythms/{rhythmId}': {
    plain: async () => ({ path: `/api/rhythms/${await careRhythm()}` }),
  },
  'PUT /api/rhythms/{rhythmId}': {
    plain: async () => ({
      path: `/api/rhythms/${await careRhythm()}`,
      body: { ...rhythmDefinition, name: 'Renamed call' },
      target: { circleId: await circleId(STEWARDED_CIRCLE) },
    }),
  },
  'POST /api/rhythms/{rhythmId}/end': {
    plain: async () => ({
      path: `/api/rhythms/${await careRhythm()}/end`,
      target: { circleId: await circleId(STEWARDED_CIRCLE) },
    }),
  },
  'PUT /api/rhythms/{rhythmId}/gatherings/{occurrence}': {
    plain: async () => ({
      path: `/api/rhythms/${await careRhythm()}/gatherings/${FIRST_GATHERING}`,
      body: { participants: [community.people.steward.memberId] },
      target: { circleId: await circleId(STEWARDED_CIRCLE) },
    }),
  },
  'POST /api/rhythms/{rhythmId}/gatherings/{occurrence}/credit': {
    plain: async () => {
      const rhythmId = await careRhythm();
      await recordAttendance(community.ctx, await founder(), {
        rhythmId,
        occurrence: FIRST_GATHERING,
        participants: [community.people.steward.memberId],
      });
      await setRate(community.ctx, await founder(), {
        stream: 'care',
        taskKind: 'walk-call',
        per: 'hour',
        amount: '1000',
        effectiveFrom: '2026-01-01',
      });
      return {
        path: `/api/rhythms/${rhythmId}/gatherings/${FIRST_GATHERING}/credit`,
        body: { taskKind: 'walk-call' },
        target: { circleId: await circleId(STEWARDED_CIRCLE) },
      };
    },
  },
  'GET /api/me/calendar-feed': {
    self: async (caller) => ({ path: '/api/me/calendar-feed', target: { memberId: idOf(caller) } }),
  },
  'POST /api/me/calendar-feed': {
    self: async (caller) => ({ path: '/api/me/calendar-feed', target: { memberId: idOf(caller) } }),
  },
  'DELETE /api/me/calendar-feed': {
    self: async (caller) => ({ path: '/api/me/calendar-feed', target: { memberId: idOf(caller) } }),
  },
  'GET /api/me/guide': {
    self: async (caller) => ({ path: '/api/me/guide', target: { memberId: idOf(caller) } }),
  },
  'PUT /api/me/guide': {
    self: async (caller) => ({ path: '/api/me/guide', target: { memberId: idOf(caller) } }),
  },
  'GET /api/calendar/{token}': {
    secret: async () => ({
      path: `/api/calendar/${(await makeCalendarFeed(community.ctx, await founder())).token}`,
    }),
  },
  'GET /api/checkins': { plain: async () => ({ path: '/api/checkins' }) },
  'POST /api/checkins': {
    self: async (caller) => ({
      path: '/api/checkins',
      body: { feeling: 'walking', capacity: 100, audience: 'circle' },
      target: { memberId: idOf(caller) },
    }),
  },
  'GET /api/checkins/{checkinId}': {
    own: async (caller) => ({ path: `/api/checkins/${await ownCheckin(caller)}` }),
  },
  'DELETE /api/checkins/{checkinId}': {
    own: async (caller) => ({
      path: `/api/checkins/${await ownCheckin(caller)}`,
      target: { memberId: idOf(caller) },
    }),
  },
  'GET /api/care/capacity': { plain: async () => ({ path: '/api/care/capacity' }) },
  'PUT /api/checkins/settings': {
    plain: async () => ({ path: '/api/checkins/settings', body: { retentionDays: 56 } }),
  },
  'GET /api/appreciations': { plain: async () => ({ path: '/api/appreciations' }) },
  'POST /api/appreciations': {
    plain: async (caller) => ({
      path: '/api/appreciations',
      body: {
        memberId:
          caller === 'founder'
            ? community.people.casual.memberId
            : community.people.founder.memberId,
        from: '2026-01-01',
        to: '2026-01-04',
        note: 'Thank you.',
      },
    }),
  },
  'GET /api/evaluations': { plain: async () => ({ path: '/api/evaluations' }) },
  'POST /api/evaluations': {
    circle: async () => ({
      path: '/api/evaluations',
      body: { quarter: freshQuarter(), circle: STEWARDED_CIRCLE },
      target: { circleId: await circleId(STEWARDED_CIRCLE) },
    }),
    disco: async () => ({ path: '/api/evaluations', body: { quarter: freshQuarter() } }),
  },
  'GET /api/evaluations/{evaluationId}': {
    plain: async () => ({ path: `/api/evaluations/${await careEvaluation()}` }),
  },
  'POST /api/evaluations/{evaluationId}/reflections': {
    circle: async () => ({
      path: `/api/evaluations/${await careEvaluation()}/reflections`,
      body: { text: 'What we learnt.' },
      target: { circleId: await circleId(STEWARDED_CIRCLE) },
    }),
    disco: async () => {
      const { evaluationId } = await openEvaluation(community.ctx, await founder(), {
        quarter: freshQuarter(),
      });
      return { path: `/api/evaluations/${evaluationId}/reflections`, body: { text: 'Ours.' } };
    },
  },
  'POST /api/evaluations/{evaluationId}/close': {
    plain: async () => ({
      path: `/api/evaluations/${await careEvaluation()}/close`,
      body: { summary: 'Done.' },
      target: { circleId: await circleId(STEWARDED_CIRCLE) },
    }),
  },
  'GET /api/circles': { plain: async () => ({ path: '/api/circles' }) },
  'POST /api/circles': {
    plain: async () => ({
      path: '/api/circles',
      body: { slug: unique('circle'), name: 'A circle', purpose: 'To test access.' },
    }),
  },
  'GET /api/circles/{circleId}': { plain: async () => ({ path: '/api/circles/tech' }) },
  'POST /api/circles/{circleId}/members': {
    'themselves, open circle': async (caller) => {
      const slug = unique('open');
      const { circleId } = await createCircle(community.ctx, await founder(), {
        slug,
        name: slug,
        purpose: 'Open to all.',
        open: true,
      });
      const memberId = await selfOrFresh(caller);
      return {
        path: `/api/circles/${slug}/members`,
        body: { memberId },
        target: { memberId, circleId, circleOpen: true },
      };
    },
    'someone else, stewarded circle': async () => {
      const memberId = await freshMember();
      return {
        path: `/api/circles/${STEWARDED_CIRCLE}/members`,
        body: { memberId },
        target: { memberId, circleId: await circleId(STEWARDED_CIRCLE), circleOpen: true },
      };
    },
  },
  'DELETE /api/circles/{circleId}/members/{memberId}': {
    themselves: async (caller) => {
      const slug = unique('leaving');
      const { circleId } = await createCircle(community.ctx, await founder(), {
        slug,
        name: slug,
        purpose: 'To be left.',
        open: true,
      });
      const memberId = await selfOrFresh(caller);
      await joinCircle(community.ctx, await founder(), { circleId, memberId });
      return { path: `/api/circles/${slug}/members/${memberId}`, target: { memberId, circleId } };
    },
    'someone else, stewarded circle': async () => {
      const memberId = await freshMember();
      await inCare(memberId);
      return {
        path: `/api/circles/${STEWARDED_CIRCLE}/members/${memberId}`,
        target: { memberId, circleId: await circleId(STEWARDED_CIRCLE) },
      };
    },
  },
  'POST /api/circles/{circleId}/stewards': {
    plain: async () => {
      const memberId = await freshMember();
      await inCare(memberId);
      return {
        path: `/api/circles/${STEWARDED_CIRCLE}/stewards`,
        body: { memberId, termEnd: '2027-06-30' },
        target: { memberId, circleId: await circleId(STEWARDED_CIRCLE) },
      };
    },
  },
  'DELETE /api/circles/{circleId}/stewards/{memberId}': {
    plain: async () => {
      const memberId = await freshMember();
      await inCare(memberId);
      await appointSteward(community.ctx, await founder(), {
        circleId: STEWARDED_CIRCLE,
        memberId,
        termEnd: '2027-06-30',
      });
      return {
        path: `/api/circles/${STEWARDED_CIRCLE}/stewards/${memberId}`,
        target: { memberId, circleId: await circleId(STEWARDED_CIRCLE) },
      };
    },
  },
  'GET /api/contributions': { plain: async () => ({ path: '/api/contributions?limit=5' }) },
  'POST /api/contributions': {
    'own work': async (caller) => {
      await contributionBy(await freshMember());
      return {
        path: '/api/contributions',
        body: { stream: 'care', quantity: '0.01', taskKind: 'walk', circle: STEWARDED_CIRCLE },
        target: { ...(idOf(caller) ? { memberId: idOf(caller)! } : {}) },
      };
    },
  },
  'GET /api/contributions/{contributionId}': {
    plain: async () => ({
      path: `/api/contributions/${await contributionBy(await freshMember())}`,
    }),
  },
  'POST /api/contributions/{contributionId}/edits': {
    'own contribution': async (caller) => {
      const memberId = await selfOrFresh(caller);
      return {
        path: `/api/contributions/${await contributionBy(memberId)}/edits`,
        body: { quantity: '0.02' },
        target: { memberId },
      };
    },
  },
  'POST /api/contributions/{contributionId}/acknowledgements': {
    plain: async () => ({
      path: `/api/contributions/${await contributionBy(await freshMember())}/acknowledgements`,
    }),
  },
  'POST /api/contributions/{contributionId}/disputes': {
    plain: async () => ({
      path: `/api/contributions/${await contributionBy(await freshMember())}/disputes`,
      body: { reason: 'Not sure.' },
    }),
  },
  'DELETE /api/contributions/{contributionId}/dispute': {
    'own dispute': async (caller) => {
      const contributionId = await contributionBy(await freshMember());
      const disputer = active(caller)
        ? await loadActor(community.ctx, idOf(caller)!)
        : await founder();
      await disputeContribution(community.ctx, disputer, { contributionId, reason: 'Not sure.' });
      return { path: `/api/contributions/${contributionId}/dispute` };
    },
  },
  'POST /api/contributions/{contributionId}/resolution': {
    'own proposal': async (caller) => {
      const { proposalId, authorId } = await passedProposalBy(caller);
      return {
        path: `/api/contributions/${await disputedContribution()}/resolution`,
        body: { proposal: proposalId, outcome: 'dismissed' },
        target: { authorId },
      };
    },
    "the stewarded circle's proposal": async () => {
      const { proposalId, authorId, circleId } = await passedProposalBy(
        'founder',
        STEWARDED_CIRCLE,
      );
      return {
        path: `/api/contributions/${await disputedContribution()}/resolution`,
        body: { proposal: proposalId, outcome: 'upheld' },
        target: { authorId, ...(circleId ? { circleId } : {}) },
      };
    },
  },
  'GET /api/rates': { plain: async () => ({ path: '/api/rates' }) },
  'GET /api/value-settings': { plain: async () => ({ path: '/api/value-settings' }) },
  'POST /api/rates': {
    plain: async () => ({
      path: '/api/rates',
      body: {
        stream: 'love',
        taskKind: 'translation',
        per: 'word',
        amount: '8',
        effectiveFrom: '2026-01-01',
      },
    }),
  },
  'PUT /api/value-settings/stage-multipliers': {
    plain: async () => ({
      path: '/api/value-settings/stage-multipliers',
      body: {
        effectiveFrom: '2026-01-01',
        stages: { '1': fullStages, '2': fullStages, '3': fullStages },
      },
    }),
  },
  'PUT /api/value-settings/validation-rules': {
    plain: async () => ({
      path: '/api/value-settings/validation-rules',
      body: { streams: { livelihood: sharedBody, love: sharedBody, care: sharedBody } },
    }),
  },
  'GET /api/balances': { plain: async () => ({ path: '/api/balances' }) },
  'PUT /api/value-settings/duty-rules': {
    plain: async () => ({
      path: '/api/value-settings/duty-rules',
      body: {
        effectiveFrom: '2026-01-01',
        duties: [{ level: 'committed', stream: 'love', period: 'quarter', amount: '40000' }],
      },
    }),
  },
  'PUT /api/value-settings/casual-rule': {
    plain: async () => ({
      path: '/api/value-settings/casual-rule',
      body: { effectiveFrom: '2026-01-01', payable: false },
    }),
  },
  'PUT /api/value-settings/care-release': {
    plain: async () => ({
      path: '/api/value-settings/care-release',
      body: {
        effectiveFrom: '2026-01-01',
        onCommitment: { kind: 'release-all' },
        onLeaving: 'forfeit',
      },
    }),
  },
  'GET /api/duties': { plain: async () => ({ path: '/api/duties' }) },
  'GET /api/care-indicators': { plain: async () => ({ path: '/api/care-indicators' }) },
  'GET /api/commons': { plain: async () => ({ path: '/api/commons' }) },
  'GET /api/projects': { plain: async () => ({ path: '/api/projects' }) },
  'GET /api/interchange/contributions': {
    plain: async () => ({ path: '/api/interchange/contributions?format=csv' }),
  },
  'POST /api/interchange/contributions': {
    'a CSV file': async () => {
      const memberId = await freshMember();
      await contributionBy(memberId);
      const row = `2026-01-05,${memberId},care,0.01,hour,walk,${STEWARDED_CIRCLE},,,`;
      return {
        path: '/api/interchange/contributions',
        body: {
          format: 'csv',
          content: `date,member,stream,quantity,unit,task_kind,circle,project,description,evidence\r\n${row}\r\n`,
        },
      };
    },
  },
  'POST /api/projects': {
    plain: async () => ({
      path: '/api/projects',
      body: { name: unique('Website'), client: 'Coop X', budget: '500000', status: 'active' },
    }),
  },
  'PUT /api/projects/{projectId}': {
    plain: async () => {
      const { projectId } = await createProject(community.ctx, await founder(), {
        name: unique('Website'),
        client: 'Coop X',
        status: 'proposed',
      });
      return { path: `/api/projects/${projectId}`, body: { status: 'active' } };
    },
  },
  'GET /api/commons.atom': { plain: async () => ({ path: '/api/commons.atom' }) },
  'POST /api/commons': {
    plain: async () => ({
      path: '/api/commons',
      body: {
        title: unique('Guide'),
        kind: 'article',
        licence: 'CC-BY-SA-4.0',
        link: 'https://example.org/guide',
      },
    }),
  },
  'GET /api/commons/federated': { plain: async () => ({ path: '/api/commons/federated' }) },
  'PUT /api/commons/{resourceId}': {
    plain: async () => ({ path: `/api/commons/${await freshCommons()}`, body: { licence: 'MIT' } }),
  },
  'POST /api/commons/{resourceId}/withdrawal': {
    plain: async () => ({
      path: `/api/commons/${await freshCommons()}/withdrawal`,
      body: { reason: 'Superseded' },
    }),
  },
  'GET /api/economy': { plain: async () => ({ path: '/api/economy' }) },
  'POST /api/transfers': {
    plain: async () => {
      await federated();
      const { proposalId } = await passedProposalBy('founder');
      return {
        path: '/api/transfers',
        body: { peer: WALK_PEER, amount: '100', reference: 'SEPA walk', proposalId },
      };
    },
  },
  'GET /api/transfers/{transferId}': {
    plain: async () => ({ path: `/api/transfers/${await offerFromPeer()}` }),
  },
  'POST /api/transfers/{transferId}/accept': {
    plain: async () => ({
      path: `/api/transfers/${await offerFromPeer()}/accept`,
      body: { peer: WALK_PEER },
    }),
  },
  'POST /api/transfers/{transferId}/cancel': {
    plain: async () => ({
      path: `/api/transfers/${await offerFromPeer()}/cancel`,
      body: { peer: WALK_PEER },
    }),
  },
  'POST /api/credit-lines': {
    plain: async () => {
      await federated();
      const { proposalId } = await passedProposalBy('founder');
      return { path: '/api/credit-lines', body: { peer: WALK_PEER, limit: '100000', proposalId } };
    },
  },
  'POST /api/credit-transfers': {
    plain: async () => {
      await federated();
      const { proposalId } = await passedProposalBy('founder');
      await setCreditLine(community.ctx, await founder(), {
        peer: WALK_PEER,
        limit: '100000000',
        proposalId,
      });
      return {
        path: '/api/credit-transfers',
        body: { peer: WALK_PEER, amount: '1', memo: 'walk' },
      };
    },
  },
  'GET /api/constituencies': { plain: async () => ({ path: '/api/constituencies' }) },
  'POST /api/constituencies': {
    plain: async () => ({
      path: '/api/constituencies',
      body: {
        slug: unique('seat'),
        name: 'Environment proxy',
        rights: { propose: true, comment: true, vote: false, bindingVote: false },
      },
    }),
  },
  'PUT /api/constituencies/{constituencyId}/rights': {
    plain: async () => ({
      path: '/api/constituencies/community-members/rights',
      body: {
        rights: { propose: true, comment: true, vote: counter++ % 2 === 0, bindingVote: false },
      },
    }),
  },
  'GET /api/proposals': { plain: async () => ({ path: '/api/proposals?limit=3' }) },
  'POST /api/proposals': {
    plain: async () => ({
      path: '/api/proposals',
      body: {
        title: unique('Proposal'),
        body: 'To test access.',
        method: 'consent',
        deadline: '2027-01-01T00:00:00Z',
      },
    }),
  },
  'GET /api/proposals/{proposalId}': {
    plain: async () => ({ path: `/api/proposals/${(await proposalBy('founder')).proposalId}` }),
  },
  'POST /api/proposals/{proposalId}/amendments': {
    own: async (caller) => {
      const { proposalId, authorId } = await proposalBy(caller);
      return {
        path: `/api/proposals/${proposalId}/amendments`,
        body: { body: 'Amended.' },
        target: { authorId },
      };
    },
    "someone else's": async () => {
      const { proposalId, authorId } = await proposalBy('founder');
      return {
        path: `/api/proposals/${proposalId}/amendments`,
        body: { body: 'Amended.' },
        target: { authorId },
      };
    },
  },
  'POST /api/proposals/{proposalId}/withdrawal': {
    own: async (caller) => {
      const { proposalId, authorId } = await proposalBy(caller);
      return { path: `/api/proposals/${proposalId}/withdrawal`, target: { authorId } };
    },
    "someone else's": async () => {
      const { proposalId, authorId } = await proposalBy('founder');
      return { path: `/api/proposals/${proposalId}/withdrawal`, target: { authorId } };
    },
  },
  'PUT /api/proposals/{proposalId}/ballot': {
    plain: async () => ({
      path: `/api/proposals/${(await proposalBy('founder')).proposalId}/ballot`,
      body: { ballot: { choice: 'yes' } },
    }),
  },
  'PUT /api/proposals/{proposalId}/outcome': {
    own: async (caller) => {
      const { proposalId, authorId } = await closedProposalBy(caller);
      return {
        path: `/api/proposals/${proposalId}/outcome`,
        body: { statement: 'Decided.' },
        target: { authorId },
      };
    },
    "someone else's, in the stewarded circle": async () => {
      const { proposalId, authorId, circleId } = await closedProposalBy(
        'founder',
        STEWARDED_CIRCLE,
      );
      return {
        path: `/api/proposals/${proposalId}/outcome`,
        body: { statement: 'Decided.' },
        target: { authorId, circleId },
      };
    },
  },
  'GET /api/proposals/{proposalId}/comments': {
    plain: async () => ({
      path: `/api/proposals/${(await commentBy('founder')).proposalId}/comments`,
    }),
  },
  'POST /api/proposals/{proposalId}/comments': {
    plain: async () => ({
      path: `/api/proposals/${(await proposalBy('founder')).proposalId}/comments`,
      body: { text: 'A thought.' },
    }),
  },
  'PUT /api/proposals/{proposalId}/comments/{commentId}': {
    own: async (caller) => {
      const { proposalId, commentId, authorId } = await commentBy(caller);
      return {
        path: `/api/proposals/${proposalId}/comments/${commentId}`,
        body: { text: 'Edited.' },
        target: { authorId },
      };
    },
    "someone else's": async () => {
      const { proposalId, commentId, authorId } = await commentBy('founder');
      return {
        path: `/api/proposals/${proposalId}/comments/${commentId}`,
        body: { text: 'Edited.' },
        target: { authorId },
      };
    },
  },
  'PUT /api/proposals/{proposalId}/comments/{commentId}/reactions/{reaction}': {
    plain: async () => {
      const { proposalId, commentId } = await commentBy('founder');
      return { path: `/api/proposals/${proposalId}/comments/${commentId}/reactions/+1` };
    },
  },
  'DELETE /api/proposals/{proposalId}/comments/{commentId}/reactions/{reaction}': {
    plain: async (caller) => {
      const { proposalId, commentId } = await commentBy('founder');
      if (active(caller))
        await reactToComment(community.ctx, await community.actorOf(caller as Persona), {
          proposalId,
          commentId,
          reaction: '+1',
          on: true,
        });
      return { path: `/api/proposals/${proposalId}/comments/${commentId}/reactions/+1` };
    },
  },
  'GET /api/notifications': { plain: async () => ({ path: '/api/notifications' }) },
  'GET /api/governance/parameters': { plain: async () => ({ path: '/api/governance/parameters' }) },
  'PUT /api/governance/parameters': {
    plain: async () => ({
      path: '/api/governance/parameters',
      body: { weights: { 'worker-members': 1 } },
    }),
  },
  'POST /api/notifications/read': {
    plain: async () => ({ path: '/api/notifications/read', body: {} }),
  },
  'POST /api/notifications/unsubscribe/{token}': {
    plain: async () => ({
      path: `/api/notifications/unsubscribe/${await unsubscribeToken(community.ctx, community.people.casual.memberId, 'outcome')}`,
    }),
  },
  'GET /api/notifications/deliveries': {
    plain: async () => ({ path: '/api/notifications/deliveries' }),
  },
  'GET /api/webhooks': { plain: async () => ({ path: '/api/webhooks' }) },
  'POST /api/webhooks': {
    plain: async () => ({
      path: '/api/webhooks',
      body: { url: 'https://chat.example.org/hooks/x', format: 'chat' },
    }),
  },
  'DELETE /api/webhooks/{webhookId}': {
    plain: async () => {
      const { id } = await addWebhook(community.ctx, await founder(), {
        url: 'https://chat.example.org/hooks/y',
        format: 'signed-json',
      });
      return { path: `/api/webhooks/${id}` };
    },
  },
  'GET /api/notifications/settings': {
    plain: async () => ({ path: '/api/notifications/settings' }),
  },
  'PUT /api/notifications/settings': {
    plain: async () => ({
      path: '/api/notifications/settings',
      body: { kinds: { outcome: 'weekly' } },
    }),
  },
  'GET /api/delegations': { plain: async () => ({ path: '/api/delegations' }) },
  'PUT /api/delegations': {
    plain: async () => {
      await withDelegation();
      return {
        path: '/api/delegations',
        body: { delegateId: await freshMember('casual'), circle: STEWARDED_CIRCLE },
      };
    },
  },
  'DELETE /api/delegations': {
    plain: async (caller) => {
      await delegationFor(caller);
      return { path: '/api/delegations?topic=budget-or-expense' };
    },
  },
  'GET /api/dashboard': { plain: async () => ({ path: '/api/dashboard' }) },
  'GET /api/cat/parameters': { plain: async () => ({ path: '/api/cat/parameters' }) },
  'POST /api/cat/parameters': {
    plain: async () => ({
      path: '/api/cat/parameters',
      body: sampleParameters({ effectiveFrom: '2019-01-01' }),
    }),
  },
  'GET /api/income': { plain: async () => ({ path: '/api/income?period=2025-06' }) },
  'POST /api/income': {
    plain: async () => ({
      path: '/api/income',
      body: {
        source: 'donation',
        amount: '1000',
        currency: 'EUR',
        date: '2025-06-01',
        description: 'A gift',
      },
    }),
  },
  'GET /api/expenses': { plain: async () => ({ path: '/api/expenses?period=2025-06' }) },
  'POST /api/expenses': {
    plain: async () => ({
      path: '/api/expenses',
      body: {
        amount: '1000',
        currency: 'EUR',
        date: '2025-06-01',
        payee: 'Hosting',
        reason: 'Servers',
      },
    }),
  },
  'GET /api/books': { plain: async () => ({ path: '/api/books?period=2025-06' }) },
  'POST /api/distribution/preview': {
    plain: async () => {
      await ensureCatParameters();
      return { path: '/api/distribution/preview', body: { period: '2025-06' } };
    },
  },
  'POST /api/distribution/runs': {
    plain: async () => {
      await ensureCatParameters();
      return { path: '/api/distribution/runs', body: { period: nextWalkPeriod() } };
    },
  },
  'GET /api/distribution/runs': { plain: async () => ({ path: '/api/distribution/runs' }) },
  'GET /api/distribution/runs/{runId}': {
    plain: async () => ({ path: `/api/distribution/runs/${(await runOwingCommitted()).runId}` }),
  },
  'POST /api/distribution/whatif': {
    plain: async () => ({
      path: '/api/distribution/whatif',
      body: { parameters: sampleParameters({ effectiveFrom: '2019-01-01' }), periods: ['2025-06'] },
    }),
  },
  'GET /api/distribution/flows': {
    plain: async () => {
      await ensureCatParameters();
      return { path: '/api/distribution/flows?period=2025-06' };
    },
  },
  'POST /api/payouts': {
    plain: async () => {
      const { runId, memberId } = await runOwingCommitted();
      return {
        path: '/api/payouts',
        body: { runId, memberId, amount: '1', reference: 'SEPA-walk' },
      };
    },
  },
  'GET /api/payouts.csv': {
    plain: async () => ({ path: `/api/payouts.csv?runId=${(await runOwingCommitted()).runId}` }),
  },
  'GET /api/activity': { plain: async () => ({ path: '/api/activity?kind=work&limit=5' }) },
  'GET /api/search': { plain: async () => ({ path: '/api/search?q=care' }) },
  'GET /api/federation/relations': { plain: async () => ({ path: '/api/federation/relations' }) },
  'GET /api/federation/relations/{peer}': {
    plain: async () => ({
      path: `/api/federation/relations/${encodeURIComponent(await followRequested())}`,
    }),
  },
  'POST /api/federation/proposals': {
    plain: async () => ({
      path: '/api/federation/proposals',
      body: { target: peerActor.url, deadline: '2027-01-01T00:00:00Z' },
    }),
  },
};

/** A DisCO's actor on loopback, for proposing to follow it (the community runs federation's test settings). */
const peerActor = { url: '', server: null as Server | null };

async function servePeerActor(): Promise<void> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/activity+json' });
    res.end(
      JSON.stringify({
        id: peerActor.url,
        type: 'Group',
        preferredUsername: 'walk',
        inbox: `${peerActor.url}/inbox`,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  peerActor.server = server;
  peerActor.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/actor`;
}

/** A relation row, as a stranger's signed Follow leaves one. */
async function followRequested(): Promise<string> {
  const peer = `https://${unique('peer')}.example/actor`;
  await community.ctx.store.db
    .insertInto('federation_relations')
    .values({
      peer_actor_id: peer,
      handle: null,
      inbox: `${peer}/inbox`,
      we_follow: 0,
      they_follow: 1,
      they_accepted: 0,
      their_follow_id: `${peer}/follows/1`,
      decided_by: null,
      witness_url: null,
      witness_key: null,
      log_key: null,
      seq: 1,
      updated_at: community.ctx.clock().toISOString(),
      receipt_cosignatures: 1,
    })
    .execute();
  return peer;
}

/** Everything a refused request must leave alone: the ledger and every off-ledger table. */
async function snapshot(): Promise<Record<string, unknown>> {
  const db = community.ctx.store.db;
  const count = async (
    table:
      | 'accounts'
      | 'sessions'
      | 'api_tokens'
      | 'invitations'
      | 'idempotent_responses'
      | 'sign_in_failures'
      | 'notification_reads'
      | 'ballot_openings'
      | 'checkins'
      | 'calendar_feeds',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    ledger: (await community.ctx.store.head()).size,
    accounts: await count('accounts'),
    keys: await db
      .selectFrom('device_keys')
      .select(['member_id', 'device_id', 'key_public', 'encrypted_private_key'])
      .orderBy('member_id')
      .orderBy('device_id')
      .execute(),
    sessions: await count('sessions'),
    tokens: await db.selectFrom('api_tokens').select(['id', 'revoked_at']).orderBy('id').execute(),
    invitations: await db
      .selectFrom('invitations')
      .select(['id', 'used_at'])
      .orderBy('id')
      .execute(),
    passwords: await db
      .selectFrom('accounts')
      .select(['member_id', 'password_hash'])
      .orderBy('member_id')
      .execute(),
    passwordResets: await db
      .selectFrom('password_resets')
      .select(['id', 'used_at'])
      .orderBy('id')
      .execute(),
    idempotent: await count('idempotent_responses'),
    failures: await count('sign_in_failures'),
    notificationReads: await count('notification_reads'),
    notificationLogReads: await db
      .selectFrom('notification_log')
      .select(['member_id', 'notice_id'])
      .where('read_at', 'is not', null)
      .orderBy('member_id')
      .orderBy('notice_id')
      .execute(),
    notificationSettings: await db
      .selectFrom('notification_settings')
      .selectAll()
      .orderBy('member_id')
      .orderBy('kind')
      .execute(),
    webhooks: await db.selectFrom('webhooks').select(['id', 'removed_at']).orderBy('id').execute(),
    ballotOpenings: await count('ballot_openings'),
    checkins: await count('checkins'),
    calendarFeeds: await db
      .selectFrom('calendar_feeds')
      .select(['member_id', 'token_hash'])
      .orderBy('member_id')
      .execute(),
  };
}

describe('the security table, walked', () => {
  beforeAll(async () => {
    community = await openTestCommunity({
      federation: federationContext('http://127.0.0.1:1', {
        allowPrivateAddresses: true,
        allowHttp: true,
      }),
    });
    await servePeerActor();
  });
  afterAll(async () => {
    peerActor.server?.close();
    await community.close();
  });

  it('has a scenario for every HTTP operation, and every operation is in the OpenAPI document', async () => {
    const keys = httpOperations.map((o) => `${o.method} ${o.path}`);
    expect(Object.keys(scenarios).sort()).toEqual([...keys].sort());
    const doc = (await (await community.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual([...keys].sort());
  });

  for (const { method, path, operation } of httpOperations) {
    for (const [variant, prepare] of Object.entries(scenarios[`${method} ${path}`] ?? {})) {
      it(`${method} ${path} (${variant})`, async () => {
        const allowed: Caller[] = [];
        const refused: Caller[] = [];
        for (const caller of CALLERS) {
          const prepared = await prepare(caller);
          const actor =
            caller === 'anonymous'
              ? null
              : await loadActor(community.ctx, community.people[caller].memberId);
          const decision =
            operation === 'secret' || policyTable[operation].who.includes('anyone' as never)
              ? { allowed: true as const }
              : authorize(operation, actor, prepared.target);
          const init: RequestInit = {
            method,
            ...(prepared.body === undefined
              ? {}
              : {
                  body: JSON.stringify(prepared.body),
                  headers: { 'content-type': 'application/json' },
                }),
          };
          const before = await snapshot();
          const res = await community.app.request(
            prepared.path,
            caller === 'anonymous' ? init : asBearer(community.people[caller], init),
          );
          const text = await res.text();
          if (decision.allowed) {
            allowed.push(caller);
            expect(
              res.status,
              `${caller} may call ${method} ${prepared.path}: ${text}`,
            ).toBeGreaterThanOrEqual(200);
            expect(
              res.status,
              `${caller} may call ${method} ${prepared.path}: ${text}`,
            ).toBeLessThan(300);
          } else {
            refused.push(caller);
            expect(res.status, `${caller} may not call ${method} ${prepared.path}: ${text}`).toBe(
              decision.status,
            );
            expect(
              await snapshot(),
              `${caller} was refused ${method} ${prepared.path} but something changed`,
            ).toEqual(before);
          }
        }
        // A scenario where nobody succeeds, or nobody is refused, would prove little.
        expect(allowed.length, 'somebody may call it').toBeGreaterThan(0);
        if (operation !== 'secret' && !policyTable[operation].who.includes('anyone' as never))
          expect(refused).toContain('anonymous');
        if (process.env['DISCO_SHOW_WALK'])
          console.log(
            `${method} ${path} (${variant}): allowed ${allowed.join(', ')}; refused ${refused.join(', ')}`,
          );
      });
    }
  }
});
