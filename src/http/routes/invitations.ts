import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { acceptInvitation } from '../../app/auth/accept-invitation.js';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { inviteByMail } from '../../app/auth/invite-by-mail.js';
import { previewInvitation } from '../../app/auth/preview-invitation.js';
import { loadActor } from '../../app/members/load-actor.js';
import {
  acceptInvitationBodySchema,
  invitationPreviewSchema,
  invitationTermsBodySchema,
  invitationTokenParam,
  issuedInvitationSchema,
  sessionSchema,
} from '../access-schemas.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { json } from '../route-kit.js';
import { overHttps, setSessionCookie } from '../session-cookie.js';
import { locatingFields } from '../validation.js';

const issueRoute = createRoute({
  method: 'post',
  path: '/invitations',
  tags: ['Access'],
  summary: 'Invite someone',
  description:
    'A single-use invitation, valid 7 days, offering a level and constituencies. Send the returned `token` to the newcomer (e.g. as a link to the Deck); it is shown only now. With `mailTo`, a node that sends mail also mails the link (`/join#<token>` under its public address) through the outbox; `mailed` says whether it did. `Idempotency-Key` is ignored here, since keeping the answer would keep the secret.',
  request: {
    body: json(invitationTermsBodySchema),
  },
  responses: {
    201: {
      description: 'The invitation and its secret.',
      content: { 'application/json': { schema: issuedInvitationSchema } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const previewRoute = createRoute({
  method: 'get',
  path: '/invitations/{token}',
  tags: ['Access'],
  summary: 'Read an invitation',
  description:
    'What the invitation offers, for whoever holds its secret. Unknown, used and expired invitations are refused with the reason.',
  request: { params: invitationTokenParam },
  responses: {
    200: {
      description: 'The invitation.',
      content: { 'application/json': { schema: invitationPreviewSchema } },
    },
    ...problemResponses(400, 404, 409),
  },
});

const acceptRoute = createRoute({
  method: 'post',
  path: '/invitations/{token}/accept',
  tags: ['Access'],
  summary: 'Accept an invitation',
  description:
    'Creates your account (email and password, kept off the ledger) and records you as a member on the ledger with the invitation’s level and constituencies, then signs you in. Each invitation works once.',
  request: {
    params: invitationTokenParam,
    body: json(acceptInvitationBodySchema),
  },
  responses: {
    201: {
      description: 'You are a member and signed in.',
      content: { 'application/json': { schema: sessionSchema } },
    },
    ...problemResponses(400, 404, 409, 422),
  },
});

/**
 * `POST /invitations`, `GET /invitations/{token}`, `POST /invitations/{token}/accept`.
 *
 * @example app.route('/api', invitationRoutes(actx, { trustProxy: false }))
 */
export function invitationRoutes(
  ctx: AuthContext,
  options: { trustProxy: boolean },
): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(issueRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await locatingFields(
        { level: 'body', constituencyIds: 'body', mailTo: 'body', mailLanguage: 'body' },
        () => inviteByMail(ctx, c.var.actor, body),
      ),
      201,
    );
  });
  app.openapi(previewRoute, async (c) =>
    c.json(await previewInvitation(ctx, c.req.valid('param').token), 200),
  );
  app.openapi(acceptRoute, async (c) => {
    const body = c.req.valid('json');
    const fields = { displayName: 'body', email: 'body', password: 'body' } as const;
    const { token, session } = await locatingFields(fields, () =>
      acceptInvitation(ctx, c.req.valid('param').token, body),
    );
    setSessionCookie(c, token, session.expiresAt, overHttps(c, options.trustProxy));
    return c.json(
      {
        member: await loadActor(ctx, session.memberId),
        expiresAt: session.expiresAt,
        csrfToken: session.csrfToken,
        via: 'session' as const,
      },
      201,
    );
  });
  return app;
}
