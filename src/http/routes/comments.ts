import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { editComment } from '../../app/governance/edit-comment.js';
import { listComments } from '../../app/governance/list-comments.js';
import { postComment } from '../../app/governance/post-comment.js';
import { reactToComment } from '../../app/governance/react-to-comment.js';
import type { HttpEnv } from '../env.js';
import { commentSchema } from '../governance-schemas.js';
import { recordedSchema } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { changed, json, located, recorded, recordedAs, writeProblems } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const TAGS = ['Proposals'];
const idParam = (name: string, description: string) =>
  z
    .string()
    .max(100)
    .openapi({ param: { name, in: 'path' }, description });
const proposalPath = z.object({ proposalId: idParam('proposalId', 'The proposal’s id (a UUID).') });
const commentPath = proposalPath.extend({
  commentId: idParam('commentId', 'The comment’s id (a UUID).'),
});
const reactionPath = commentPath.extend({
  reaction: z
    .string()
    .max(32)
    .openapi({
      param: { name: 'reaction', in: 'path' },
      description: 'One word or emoji, e.g. `+1`.',
    }),
});
const textBody = z.object({ text: z.string().max(10_000) });

const listRoute = createRoute({
  method: 'get',
  path: '/proposals/{proposalId}/comments',
  tags: TAGS,
  summary: "A proposal's discussion",
  description:
    'Threads of comments and replies, oldest first, with edit history and reactions. Members only.',
  request: { params: proposalPath },
  responses: {
    200: {
      description: 'The threads.',
      content: { 'application/json': { schema: z.object({ items: z.array(commentSchema) }) } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const postRoute = createRoute({
  method: 'post',
  path: '/proposals/{proposalId}/comments',
  tags: TAGS,
  summary: 'Comment, or reply to a comment',
  description: 'For members of a constituency with the comment right; `parentId` makes it a reply.',
  request: {
    params: proposalPath,
    body: json(textBody.extend({ parentId: z.string().max(100).optional() }).strict()),
  },
  responses: {
    201: recordedAs(recordedSchema.extend({ commentId: z.string() })),
    ...writeProblems,
  },
});

const editRoute = createRoute({
  method: 'put',
  path: '/proposals/{proposalId}/comments/{commentId}',
  tags: TAGS,
  summary: 'Edit your comment',
  description: 'While the proposal is open; the earlier text is kept.',
  request: { params: commentPath, body: json(textBody.strict()) },
  responses: { ...changed, ...writeProblems },
});

const reactRoute = createRoute({
  method: 'put',
  path: '/proposals/{proposalId}/comments/{commentId}/reactions/{reaction}',
  tags: TAGS,
  summary: 'React to a comment',
  description:
    'For members of a constituency with the comment right; one of each reaction per member.',
  request: { params: reactionPath },
  responses: { ...changed, ...writeProblems },
});

const unreactRoute = createRoute({
  method: 'delete',
  path: '/proposals/{proposalId}/comments/{commentId}/reactions/{reaction}',
  tags: TAGS,
  summary: 'Take back a reaction',
  description:
    'Removes your reaction; taking back one you did not give changes nothing but is recorded.',
  request: { params: reactionPath },
  responses: { ...changed, ...writeProblems },
});

/**
 * The deliberation routes: threaded comments, edits and reactions.
 *
 * @example app.route('/api', commentRoutes(actx))
 */
export function commentRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(listRoute, async (c) =>
    c.json(
      {
        items: await locatingFields(located([], ['proposalId']), () =>
          listComments(ctx, c.var.actor, c.req.valid('param')),
        ),
      },
      200,
    ),
  );
  app.openapi(postRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(['text', 'parentId'], ['proposalId']), () =>
          postComment(ctx, c.var.actor, input),
        ),
      ),
      201,
    );
  });
  app.openapi(editRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(
      recorded(
        await locatingFields(located(['text'], ['proposalId', 'commentId']), () =>
          editComment(ctx, c.var.actor, input),
        ),
      ),
      200,
    );
  });
  const react =
    (on: boolean) => (input: z.infer<typeof reactionPath>, actor: HttpEnv['Variables']['actor']) =>
      locatingFields(located([], ['proposalId', 'commentId', 'reaction']), () =>
        reactToComment(ctx, actor, { ...input, on }),
      );
  app.openapi(reactRoute, async (c) =>
    c.json(recorded(await react(true)(c.req.valid('param'), c.var.actor)), 200),
  );
  app.openapi(unreactRoute, async (c) =>
    c.json(recorded(await react(false)(c.req.valid('param'), c.var.actor)), 200),
  );
  return app;
}
