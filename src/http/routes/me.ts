import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { readMemberKey, storeMemberKey } from '../../app/auth/member-key-vault.js';
import { showAccount } from '../../app/auth/show-account.js';
import { accountSchema, memberKeySchema } from '../access-schemas.js';
import type { HttpEnv } from '../env.js';
import { problemResponses } from '../problem.js';
import { json } from '../route-kit.js';
import { locatingFields } from '../validation.js';

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Access'],
  summary: 'Your account',
  description: 'You as the policy sees you, with your email (personal data, never on the ledger).',
  responses: {
    200: {
      description: 'Your account.',
      content: { 'application/json': { schema: accountSchema } },
    },
    ...problemResponses(401, 403, 404),
  },
});

const readKeyRoute = createRoute({
  method: 'get',
  path: '/me/key',
  tags: ['Access'],
  summary: 'Your stored signing key',
  description:
    'Your Ed25519 public key and the private key your browser encrypted under your password, to decrypt in the browser after signing in.',
  responses: {
    200: {
      description: 'The stored key.',
      content: { 'application/json': { schema: memberKeySchema } },
    },
    ...problemResponses(401, 403, 404),
  },
});

const storeKeyRoute = createRoute({
  method: 'put',
  path: '/me/key',
  tags: ['Access'],
  summary: 'Store your signing key (browser path)',
  description:
    'Registers the public key on the ledger (a `member.key-registered` event) and keeps the encrypted private key with your account. The server never sees the private key in the clear. Members using the CLI keep their private key on their device instead and only register the public key.',
  request: {
    body: json(memberKeySchema),
  },
  responses: {
    200: {
      description: 'Stored and registered.',
      content: { 'application/json': { schema: memberKeySchema } },
    },
    ...problemResponses(400, 401, 403, 404, 422),
  },
});

/**
 * `GET /me`, `GET /me/key`, `PUT /me/key`.
 *
 * @example app.route('/api', meRoutes(actx))
 */
export function meRoutes(ctx: AuthContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(meRoute, async (c) => {
    const account = await showAccount(ctx, c.var.actor);
    return c.json(
      {
        member: c.var.actor,
        email: account.email,
        createdAt: account.createdAt,
        keyPublic: account.keyPublic,
      },
      200,
    );
  });
  app.openapi(readKeyRoute, async (c) => c.json(await readMemberKey(ctx, c.var.actor), 200));
  app.openapi(storeKeyRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await locatingFields({ publicKey: 'body', encryptedPrivateKey: 'body' }, () =>
        storeMemberKey(ctx, c.var.actor, body),
      ),
      200,
    );
  });
  return app;
}
