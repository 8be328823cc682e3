import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { listProjects } from '../../app/value/list-projects.js';
import {
  createProject,
  createProjectInput,
  updateProject,
} from '../../app/value/manage-project.js';
import type { HttpEnv } from '../env.js';
import { recordedSchema } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { inBody, json, recorded } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Value'];
const projectRecorded = {
  description: 'Recorded.',
  content: {
    'application/json': {
      schema: recordedSchema.extend({ projectId: z.string() }).openapi('ProjectRecorded'),
    },
  },
};
const projectPath = z.object({
  projectId: z
    .string()
    .max(128)
    .openapi({ param: { name: 'projectId', in: 'path' }, description: 'The project’s id.' }),
});

const projectSchema = z
  .object({
    projectId: z.string(),
    name: z.string(),
    client: z.string(),
    budget: z.string().nullable(),
    agreedPrice: z.string().nullable(),
    status: z.string(),
    circleId: z.string().nullable(),
    createdAt: z.string(),
    consumed: z.string(),
    pending: z.string(),
    remaining: z.string().nullable(),
    hours: z.string(),
  })
  .openapi('Project', {
    description:
      'Money in minor units as digit strings; consumed is the credit of counted work logged against the project.',
  });

const listRoute = createRoute({
  method: 'get',
  path: '/projects',
  tags: TAGS,
  summary: 'Livelihood projects',
  description:
    'Every livelihood project with its client, budget, agreed price, status and budget consumption (credits of counted and pending work logged against it). Members only.',
  responses: {
    200: {
      description: 'The projects.',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(projectSchema) }).openapi('ProjectList'),
        },
      },
    },
    ...problemResponses(401, 403),
  },
});

const createProjectRoute = createRoute({
  method: 'post',
  path: '/projects',
  tags: TAGS,
  summary: 'Create a livelihood project',
  description:
    'Paid work for a client: budget and agreed price in minor units, and a status. Founders and committed members.',
  request: { body: json(createProjectInput) },
  responses: { 201: projectRecorded, ...problemResponses(400, 401, 403, 409) },
});

const updateProjectRoute = createRoute({
  method: 'put',
  path: '/projects/{projectId}',
  tags: TAGS,
  summary: 'Update a livelihood project',
  description:
    'The fields given replace the old ones (e.g. `status: completed`). Founders and committed members.',
  request: { params: projectPath, body: json(createProjectInput.partial()) },
  responses: { 200: projectRecorded, ...problemResponses(400, 401, 403, 404, 409) },
});

/**
 * The livelihood project routes: list with budget consumption, create, update.
 *
 * @example app.route('/api', projectRoutes(ctx))
 */
export function projectRoutes(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) => c.json({ items: await listProjects(ctx, c.var.actor) }, 200));
  app.openapi(createProjectRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      recorded(
        await locatingFields(inBody(Object.keys(createProjectInput.shape)), () =>
          createProject(ctx, c.var.actor, body),
        ),
      ),
      201,
    );
  });
  app.openapi(updateProjectRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(
          { ...inBody(Object.keys(createProjectInput.shape)), projectId: 'path' },
          () => updateProject(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  return app;
}
