import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AuthContext } from '../../app/auth/auth-context.js';
import { readMemberKeys, storeMemberKey } from '../../app/auth/member-key-vault.js';
import { showAccount } from '../../app/auth/show-account.js';
import {
  accountSchema,
  deviceIdParam,
  keptKeySchema,
  keptKeysSchema,
  memberKeyBodySchema,
} from '../access-schemas.js';
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

const readKeysRoute = createRoute({
  method: 'get',
  path: '/me/keys',
  tags: ['Access'],
  summary: 'Your kept signing keys, one per device',
  description:
    'For each device that keeps its key here: its Ed25519 public key and the private key that device encrypted under your password, to decrypt in the browser after signing in (and to re-encrypt all of them when the password changes). Whether a key is revoked is on the ledger (GET /api/members/{memberId}).',
  responses: {
    200: {
      description: 'The kept keys, oldest first (none is an empty list).',
      content: { 'application/json': { schema: keptKeysSchema } },
    },
    ...problemResponses(401, 403),
  },
});

const storeKeyRoute = createRoute({
  method: 'put',
  path: '/me/devices/{deviceId}/key',
  tags: ['Access'],
  summary: "Keep this device's signing key (browser path)",
  description:
    "Registers the public key on the ledger (a `member.key-registered` event) and keeps the encrypted private key for this device, replacing only this device's earlier one; other devices keep theirs. The server never sees the private key in the clear. Members using the CLI keep their private key on their device instead and only register the public key.",
  request: {
    params: deviceIdParam,
    body: json(memberKeyBodySchema),
  },
  responses: {
    200: {
      description: 'Kept and registered.',
      content: { 'application/json': { schema: keptKeySchema } },
    },
    ...problemResponses(400, 401, 403, 404, 422),
  },
});

/**
 * `GET /me`, `GET /me/keys`, `PUT /me/devices/{deviceId}/key`.
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
  app.openapi(readKeysRoute, async (c) =>
    c.json({ keys: await readMemberKeys(ctx, c.var.actor) }, 200),
  );
  app.openapi(storeKeyRoute, async (c) => {
    const body = c.req.valid('json');
    const { deviceId } = c.req.valid('param');
    return c.json(
      await locatingFields(
        { deviceId: 'path', publicKey: 'body', encryptedPrivateKey: 'body' },
        () => storeMemberKey(ctx, c.var.actor, { deviceId, ...body }),
      ),
      200,
    );
  });
  return app;
}
