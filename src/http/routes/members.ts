import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { showAccount } from '../../app/auth/show-account.js';
import { addMember, addMemberInput } from '../../app/members/add-member.js';
import { assignMentor } from '../../app/members/assign-mentor.js';
import {
  changeMemberLevel,
  changeMemberLevelInput,
} from '../../app/members/change-member-level.js';
import { joinConstituency } from '../../app/members/join-constituency.js';
import { leaveConstituency } from '../../app/members/leave-constituency.js';
import { listMembers } from '../../app/members/list-members.js';
import { loadActor } from '../../app/members/load-actor.js';
import { recordCommitment, recordCommitmentInput } from '../../app/members/record-commitment.js';
import { recordMilestone, recordMilestoneInput } from '../../app/members/record-milestone.js';
import { registerMemberKey } from '../../app/members/register-member-key.js';
import { removeMentor } from '../../app/members/remove-mentor.js';
import { revokeMemberKey } from '../../app/members/revoke-member-key.js';
import { showMember } from '../../app/members/show-member.js';
import { accountSchema } from '../access-schemas.js';
import type { HttpEnv } from '../env.js';
import { integerText } from '../integer-text.js';
import {
  constituencyIdParam,
  memberDetailSchema,
  memberIdParam,
  memberPageSchema,
} from '../member-schemas.js';
import { MAX_PAGE_SIZE } from '../pagination.js';
import { problemResponses } from '../problem.js';
import { changed, created, json, located, recorded, writeProblems } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Members'];
const memberPath = z.object({ memberId: memberIdParam });

const listRoute = createRoute({
  method: 'get',
  path: '/members',
  tags: TAGS,
  summary: 'List members',
  description:
    'Members in the order they joined, a page at a time: shown names, levels and constituencies (no personal data). Members only.',
  request: {
    query: z.object({
      cursor: z
        .string()
        .max(200)
        .optional()
        .openapi({ description: 'The `nextCursor` of the previous page.' }),
      limit: integerText({
        min: 1,
        max: MAX_PAGE_SIZE,
        description: 'How many per page (default 100).',
      }).optional(),
      status: z.enum(['active', 'left']).optional(),
      constituencyId: z
        .string()
        .max(100)
        .optional()
        .openapi({ description: 'Only members of this constituency (id or slug).' }),
    }),
  },
  responses: {
    200: {
      description: 'A page of members.',
      content: { 'application/json': { schema: memberPageSchema } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const showRoute = createRoute({
  method: 'get',
  path: '/members/{memberId}',
  tags: TAGS,
  summary: 'One member',
  description:
    'A member with their circles, mentors, mentees, milestones, commitment statement and signing keys. Members only.',
  request: { params: memberPath },
  responses: {
    200: {
      description: 'The member.',
      content: { 'application/json': { schema: memberDetailSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const accountRoute = createRoute({
  method: 'get',
  path: '/members/{memberId}/account',
  tags: TAGS,
  summary: 'A member’s account details',
  description:
    'Personal data kept off the ledger (email): for the member themselves and founders only.',
  request: { params: memberPath },
  responses: {
    200: {
      description: 'The account.',
      content: { 'application/json': { schema: accountSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const addRoute = createRoute({
  method: 'post',
  path: '/members',
  tags: TAGS,
  summary: 'Add a member',
  description:
    'Records a person joining: a shown name, constituencies and, for worker-members, a level. To give them an account, invite them instead (POST /api/invitations).',
  request: { body: json(addMemberInput) },
  responses: { ...created, ...writeProblems },
});

const levelRoute = createRoute({
  method: 'post',
  path: '/members/{memberId}/level',
  tags: TAGS,
  summary: 'Change a member’s level',
  description:
    'Records a decision on a level: casual, dating (stage by stage), committed, leaving (`left`) or returning.',
  request: { params: memberPath, body: json(changeMemberLevelInput.omit({ memberId: true })) },
  responses: { ...created, ...writeProblems },
});

const joinConstituencyRoute = createRoute({
  method: 'post',
  path: '/members/{memberId}/constituencies',
  tags: TAGS,
  summary: 'Put a member in a constituency',
  description: 'The member gains the constituency’s rights on their next request.',
  request: {
    params: memberPath,
    body: json(z.object({ constituencyId: z.string().min(1).max(100) }).strict()),
  },
  responses: { ...created, ...writeProblems },
});

const leaveConstituencyRoute = createRoute({
  method: 'delete',
  path: '/members/{memberId}/constituencies/{constituencyId}',
  tags: TAGS,
  summary: 'Take a member out of a constituency',
  description: 'The member loses the constituency’s rights on their very next request.',
  request: { params: memberPath.extend({ constituencyId: constituencyIdParam }) },
  responses: { ...changed, ...writeProblems },
});

const assignMentorRoute = createRoute({
  method: 'post',
  path: '/members/{memberId}/mentors',
  tags: TAGS,
  summary: 'Assign a mentor to a dater',
  description: 'The buddy system: a committed member mentors a dater.',
  request: { params: memberPath, body: json(z.object({ mentorId: z.string().max(100) }).strict()) },
  responses: { ...created, ...writeProblems },
});

const removeMentorRoute = createRoute({
  method: 'delete',
  path: '/members/{memberId}/mentors/{mentorId}',
  tags: TAGS,
  summary: 'Remove a mentor',
  description: 'The mentor stops mentoring this dater.',
  request: {
    params: memberPath.extend({
      mentorId: z
        .string()
        .max(100)
        .openapi({ param: { name: 'mentorId', in: 'path' } }),
    }),
  },
  responses: { ...changed, ...writeProblems },
});

const milestoneRoute = createRoute({
  method: 'post',
  path: '/members/{memberId}/milestones',
  tags: TAGS,
  summary: 'Record a milestone of a dater',
  description: 'A step of the mentoring plan reached; by the dater’s mentor or a founder.',
  request: { params: memberPath, body: json(recordMilestoneInput.omit({ memberId: true })) },
  responses: { ...created, ...writeProblems },
});

const commitmentRoute = createRoute({
  method: 'post',
  path: '/members/{memberId}/commitment',
  tags: TAGS,
  summary: 'Record a commitment statement',
  description:
    'The statement a dater writes at the end of dating; a new one supersedes the last, and every version stays on the ledger.',
  request: { params: memberPath, body: json(recordCommitmentInput.omit({ memberId: true })) },
  responses: { ...created, ...writeProblems },
});

const registerKeyRoute = createRoute({
  method: 'post',
  path: '/members/{memberId}/keys',
  tags: TAGS,
  summary: 'Register a signing key (CLI path)',
  description:
    'Registers one of your own Ed25519 public keys; the private key stays on your device. Browsers that keep an encrypted key here use PUT /api/me/devices/{deviceId}/key instead.',
  request: {
    params: memberPath,
    body: json(z.object({ publicKey: z.string().max(100) }).strict()),
  },
  responses: { ...created, ...writeProblems },
});

const revokeKeyRoute = createRoute({
  method: 'delete',
  path: '/members/{memberId}/keys/{publicKey}',
  tags: TAGS,
  summary: 'Revoke a signing key',
  description: 'The key may sign no more events; it can never be registered again.',
  request: {
    params: memberPath.extend({
      publicKey: z
        .string()
        .max(100)
        .openapi({ param: { name: 'publicKey', in: 'path' } }),
    }),
  },
  responses: { ...changed, ...writeProblems },
});

/**
 * The members routes: list, show, account, add, level, constituencies, mentors, milestones,
 * commitment and keys. Each calls one use case, which applies the policy.
 *
 * @example app.route('/api', memberRoutes(actx))
 */
export function memberRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const located = {
      cursor: 'query',
      limit: 'query',
      status: 'query',
      constituencyId: 'query',
    } as const;
    return c.json(await locatingFields(located, () => listMembers(ctx, c.var.actor, query)), 200);
  });
  app.openapi(showRoute, async (c) =>
    c.json(
      await locatingFields(located([], ['memberId']), () =>
        showMember(ctx, c.var.actor, c.req.valid('param')),
      ),
      200,
    ),
  );
  app.openapi(accountRoute, async (c) => {
    const { memberId } = c.req.valid('param');
    const account = await showAccount(ctx, c.var.actor, memberId);
    return c.json(
      {
        member: await loadActor(ctx, memberId),
        email: account.email,
        createdAt: account.createdAt,
        keyPublic: account.keyPublic,
      },
      200,
    );
  });
  app.openapi(addRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(body), []), () =>
          addMember(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  app.openapi(levelRoute, async (c) => {
    const body = c.req.valid('json');
    const input = { ...body, ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(body), ['memberId']), () =>
          changeMemberLevel(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(joinConstituencyRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(['constituencyId'], ['memberId']), () =>
          joinConstituency(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(leaveConstituencyRoute, async (c) => {
    const input = c.req.valid('param');
    return c.json(
      recorded(
        await locatingFields(located([], ['memberId', 'constituencyId']), () =>
          leaveConstituency(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  app.openapi(assignMentorRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(['mentorId'], ['memberId']), () =>
          assignMentor(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(removeMentorRoute, async (c) => {
    const input = c.req.valid('param');
    return c.json(
      recorded(
        await locatingFields(located([], ['memberId', 'mentorId']), () =>
          removeMentor(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  app.openapi(milestoneRoute, async (c) => {
    const body = c.req.valid('json');
    const input = { ...body, ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(body), ['memberId']), () =>
          recordMilestone(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(commitmentRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(['statement'], ['memberId']), () =>
          recordCommitment(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(registerKeyRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(['publicKey'], ['memberId']), () =>
          registerMemberKey(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(revokeKeyRoute, async (c) => {
    const input = c.req.valid('param');
    return c.json(
      recorded(
        await locatingFields(located([], ['memberId', 'publicKey']), () =>
          revokeMemberKey(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  return app;
}
