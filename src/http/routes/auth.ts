import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { signOut } from '../../app/auth/sessions.js';
import { signIn } from '../../app/auth/sign-in.js';
import { loadActor } from '../../app/members/load-actor.js';
import { sessionSchema, signInBodySchema } from '../access-schemas.js';
import { clientAddress } from '../client-address.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { json } from '../route-kit.js';
import { clearSessionCookie, overHttps, setSessionCookie } from '../session-cookie.js';
import { locatingFields } from '../validation.js';

const signInRoute = createRoute({
  method: 'post',
  path: '/auth/sign-in',
  tags: ['Access'],
  summary: 'Sign in with email and password',
  description:
    'Opens a session: sets the HttpOnly `disco_session` cookie and returns the CSRF token that every cookie-authenticated write must carry in `X-CSRF-Token`. After 5 failed attempts for one account, or 20 from one address, within 15 minutes, sign-in is refused with 429 (even with the right password) until the time named in the answer and in `Retry-After`.',
  request: {
    body: json(signInBodySchema),
  },
  responses: {
    200: { description: 'Signed in.', content: { 'application/json': { schema: sessionSchema } } },
    ...problemResponses(400, 401, 403, 429),
  },
});

const signOutRoute = createRoute({
  method: 'post',
  path: '/auth/sign-out',
  tags: ['Access'],
  summary: 'Sign out',
  description:
    'Ends the session of the cookie and clears the cookie. Signing out without a session is not an error.',
  responses: { 204: { description: 'Signed out.' }, ...problemResponses(403) },
});

const sessionRoute = createRoute({
  method: 'get',
  path: '/auth/session',
  tags: ['Access'],
  summary: 'Who am I?',
  description:
    'The member this request acts for and, with a session cookie, its CSRF token. Anonymous callers get `member: null`; a cookie that is no longer valid is answered 401 with the reason, and cleared.',
  responses: {
    200: {
      description: 'The current session, or nobody.',
      content: { 'application/json': { schema: sessionSchema } },
    },
    ...problemResponses(401),
  },
});

/**
 * `POST /auth/sign-in`, `POST /auth/sign-out`, `GET /auth/session`.
 *
 * @example app.route('/api', authRoutes(actx, { trustProxy: false }))
 */
export function authRoutes(
  ctx: AuthContext,
  options: { trustProxy: boolean },
): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();

  app.openapi(signInRoute, async (c) => {
    const body = c.req.valid('json');
    const { token, session } = await locatingFields({ email: 'body', password: 'body' }, () =>
      signIn(ctx, body, clientAddress(c, options.trustProxy)),
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

  app.openapi(signOutRoute, async (c) => {
    const credential = c.var.credential;
    if (credential?.kind === 'session') await signOut(ctx, credential.token);
    clearSessionCookie(c, overHttps(c, options.trustProxy));
    return c.body(null, 204);
  });

  app.openapi(sessionRoute, async (c) => {
    const refusal = c.var.cookieRefusal;
    if (refusal) throw refusal;
    const credential = c.var.credential;
    return c.json(
      {
        member: c.var.actor,
        expiresAt: credential?.kind === 'session' ? credential.expiresAt : null,
        csrfToken: credential?.kind === 'session' ? credential.csrfToken : null,
        via: credential?.kind ?? null,
      },
      200,
    );
  });

  return app;
}
