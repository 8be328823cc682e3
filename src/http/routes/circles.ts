import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { appointSteward, appointStewardInput } from '../../app/circles/appoint-steward.js';
import { createCircle, createCircleInput } from '../../app/circles/create-circle.js';
import { endStewardship } from '../../app/circles/end-stewardship.js';
import { joinCircle } from '../../app/circles/join-circle.js';
import { leaveCircle } from '../../app/circles/leave-circle.js';
import { listCircles } from '../../app/circles/list-circles.js';
import { showCircle } from '../../app/circles/show-circle.js';
import type { HttpEnv } from '../env.js';
import {
  circleDetailSchema,
  circleIdParam,
  circleSchema,
  memberIdParam,
} from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { changed, created, json, located, recorded, writeProblems } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Circles'];
const circlePath = z.object({ circleId: circleIdParam });
const circleMemberPath = circlePath.extend({ memberId: memberIdParam });

const listRoute = createRoute({
  method: 'get',
  path: '/circles',
  tags: TAGS,
  summary: 'List working circles',
  description:
    'Every working circle with its purpose and how many members it has. Members only; a DisCO has a handful, so the list is not paged.',
  responses: {
    200: {
      description: 'The circles.',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(circleSchema) }).openapi('CircleList'),
        },
      },
    },
    ...problemResponses(401, 403),
  },
});

const showRoute = createRoute({
  method: 'get',
  path: '/circles/{circleId}',
  tags: TAGS,
  summary: 'One working circle',
  description:
    'A circle with its members and the history of its stewards (rotation). Members only.',
  request: { params: circlePath },
  responses: {
    200: {
      description: 'The circle.',
      content: { 'application/json': { schema: circleDetailSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const createCircleRoute = createRoute({
  method: 'post',
  path: '/circles',
  tags: TAGS,
  summary: 'Create a working circle',
  description: 'A new circle with its purpose; open circles let members join themselves.',
  request: { body: json(createCircleInput) },
  responses: { ...created, ...writeProblems },
});

const joinRoute = createRoute({
  method: 'post',
  path: '/circles/{circleId}/members',
  tags: TAGS,
  summary: 'Join a circle, or add a member to it',
  description:
    'Without `memberId` you join yourself (open circles); stewards and founders may add others.',
  request: {
    params: circlePath,
    body: json(z.object({ memberId: z.string().max(100).optional() }).strict()),
  },
  responses: { ...created, ...writeProblems },
});

const leaveRoute = createRoute({
  method: 'delete',
  path: '/circles/{circleId}/members/{memberId}',
  tags: TAGS,
  summary: 'Leave a circle, or take a member out of it',
  description:
    'The member loses the circle’s rights (a stewardship included) on their very next request.',
  request: { params: circleMemberPath },
  responses: { ...changed, ...writeProblems },
});

const appointRoute = createRoute({
  method: 'post',
  path: '/circles/{circleId}/stewards',
  tags: TAGS,
  summary: 'Appoint a steward',
  description:
    'A circle member becomes a steward for a term; `replaces` rotates a current steward out in the same change.',
  request: { params: circlePath, body: json(appointStewardInput.omit({ circleId: true })) },
  responses: { ...created, ...writeProblems },
});

const endRoute = createRoute({
  method: 'delete',
  path: '/circles/{circleId}/stewards/{memberId}',
  tags: TAGS,
  summary: 'End a stewardship',
  description: 'The steward steps down (or is rotated out) now.',
  request: { params: circleMemberPath },
  responses: { ...changed, ...writeProblems },
});

/**
 * The working circles routes: list, show, create, join, leave, appoint and end stewards.
 *
 * @example app.route('/api', circleRoutes(actx))
 */
export function circleRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => c.json({ items: await listCircles(ctx, c.var.actor) }, 200));
  app.openapi(showRoute, async (c) =>
    c.json(
      await locatingFields(located([], ['circleId']), () =>
        showCircle(ctx, c.var.actor, c.req.valid('param')),
      ),
      200,
    ),
  );
  app.openapi(createCircleRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(body), []), () =>
          createCircle(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  app.openapi(joinRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(['memberId'], ['circleId']), () =>
          joinCircle(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(leaveRoute, async (c) => {
    const input = c.req.valid('param');
    return c.json(
      recorded(
        await locatingFields(located([], ['circleId', 'memberId']), () =>
          leaveCircle(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  app.openapi(appointRoute, async (c) => {
    const body = c.req.valid('json');
    const input = { ...body, ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(Object.keys(body), ['circleId']), () =>
          appointSteward(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(endRoute, async (c) => {
    const input = c.req.valid('param');
    return c.json(
      recorded(
        await locatingFields(located([], ['circleId', 'memberId']), () =>
          endStewardship(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  return app;
}
