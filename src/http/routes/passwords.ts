import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { changePassword } from '../../app/auth/change-password.js';
import { passwordLinkByMail } from '../../app/auth/password-link-by-mail.js';
import { previewPasswordReset } from '../../app/auth/preview-password-reset.js';
import { resetPassword } from '../../app/auth/reset-password.js';
import { loadActor } from '../../app/members/load-actor.js';
import {
  changePasswordBodySchema,
  issuedPasswordResetSchema,
  passwordResetDoneSchema,
  passwordResetPreviewSchema,
  passwordResetTokenParam,
  resetPasswordBodySchema,
  sessionSchema,
} from '../access-schemas.js';
import { clientAddress } from '../client-address.js';
import type { HttpEnv } from '../env.js';
import { memberIdParam } from '../member-schemas.js';
import { problemResponses } from '../problem.js';
import { json } from '../route-kit.js';
import { overHttps, setSessionCookie } from '../session-cookie.js';
import { locatingFields } from '../validation.js';

const changeRoute = createRoute({
  method: 'post',
  path: '/auth/password',
  tags: ['Access'],
  summary: 'Change your password',
  description:
    'Needs your current password; wrong ones count against the sign-in limits (429). Every session of yours ends, and a new one is opened for this client: the answer sets a new `disco_session` cookie and CSRF token. When private keys are kept for your devices (GET /api/me/keys), send every one re-encrypted under the new password in `encryptedPrivateKeys`, by device id.',
  request: {
    body: json(changePasswordBodySchema),
  },
  responses: {
    200: {
      description: 'Changed; signed in afresh.',
      content: { 'application/json': { schema: sessionSchema } },
    },
    ...problemResponses(400, 401, 403, 404, 429),
  },
});

const issueRoute = createRoute({
  method: 'post',
  path: '/members/{memberId}/password-reset',
  tags: ['Access'],
  summary: "Issue a link to reset a member's password",
  description:
    'For a member who lost their password: a single-use secret, valid 2 days, shown only now. Hand it over as the Deck link `/reset-password#<token>`. Issuing one voids the member’s earlier unused links. With `?mail=true`, a node that sends mail also mails the link to the member’s account address in their mail language; `mailed` says whether it did.',
  request: {
    params: z.object({ memberId: memberIdParam }),
    query: z.object({
      mail: z
        .enum(['true', 'false'])
        .optional()
        .openapi({ description: '`true` to mail the link to the member as well.' }),
    }),
  },
  responses: {
    201: {
      description: 'The link’s secret.',
      content: { 'application/json': { schema: issuedPasswordResetSchema } },
    },
    ...problemResponses(401, 403, 404),
  },
});

const previewRoute = createRoute({
  method: 'get',
  path: '/auth/password-resets/{token}',
  tags: ['Access'],
  summary: 'Read a password link',
  description:
    'Whose password the link resets, for whoever holds its secret. Unknown, used and expired links are refused with the reason.',
  request: { params: passwordResetTokenParam },
  responses: {
    200: {
      description: 'The link.',
      content: { 'application/json': { schema: passwordResetPreviewSchema } },
    },
    ...problemResponses(400, 404, 409),
  },
});

const resetRoute = createRoute({
  method: 'post',
  path: '/auth/password-resets/{token}',
  tags: ['Access'],
  summary: 'Choose a new password with a link',
  description:
    'Sets the new password, ends every earlier session of the member and signs them in. A private key kept with the account can no longer be decrypted and is dropped (`keyDropped`); the key stays registered on the ledger until revoked.',
  request: {
    params: passwordResetTokenParam,
    body: json(resetPasswordBodySchema),
  },
  responses: {
    200: {
      description: 'The new password is set; signed in.',
      content: { 'application/json': { schema: passwordResetDoneSchema } },
    },
    ...problemResponses(400, 404, 409),
  },
});

/**
 * `POST /auth/password`, `POST /members/{memberId}/password-reset`, `GET` and `POST /auth/password-resets/{token}`.
 *
 * @example app.route('/api', passwordRoutes(actx, { trustProxy: false }))
 */
export function passwordRoutes(
  ctx: AuthContext,
  options: { trustProxy: boolean },
): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(changeRoute, async (c) => {
    const body = c.req.valid('json');
    const fields = {
      currentPassword: 'body',
      newPassword: 'body',
      encryptedPrivateKeys: 'body',
    } as const;
    const { token, session } = await locatingFields(fields, () =>
      changePassword(ctx, c.var.actor, body, clientAddress(c, options.trustProxy)),
    );
    setSessionCookie(c, token, session.expiresAt, overHttps(c, options.trustProxy));
    return c.json(
      {
        member: await loadActor(ctx, session.memberId),
        expiresAt: session.expiresAt,
        csrfToken: session.csrfToken,
        via: 'session' as const,
      },
      200,
    );
  });
  app.openapi(issueRoute, async (c) =>
    c.json(
      await passwordLinkByMail(ctx, c.var.actor, {
        memberId: c.req.valid('param').memberId,
        mail: c.req.valid('query').mail === 'true',
      }),
      201,
    ),
  );
  app.openapi(previewRoute, async (c) =>
    c.json(await previewPasswordReset(ctx, c.req.valid('param').token), 200),
  );
  app.openapi(resetRoute, async (c) => {
    const body = c.req.valid('json');
    const { token, session, keyDropped } = await locatingFields({ password: 'body' }, () =>
      resetPassword(ctx, c.req.valid('param').token, body),
    );
    setSessionCookie(c, token, session.expiresAt, overHttps(c, options.trustProxy));
    return c.json(
      {
        member: await loadActor(ctx, session.memberId),
        expiresAt: session.expiresAt,
        csrfToken: session.csrfToken,
        via: 'session' as const,
        keyDropped,
      },
      200,
    );
  });
  return app;
}
