import { z } from '@hono/zod-openapi';

/*
 * Shapes of the accounts-and-access API as the OpenAPI document shows them. Request bodies are
 * checked here for shape (so a 400 names each bad field) and again by the use case for its rules.
 */

const rightsSchema = z
  .object({
    propose: z.boolean(),
    comment: z.boolean(),
    vote: z.boolean(),
    bindingVote: z.boolean(),
  })
  .openapi('ConstituencyRights');

export const actorSchema = z
  .object({
    memberId: z.string(),
    displayName: z.string(),
    founder: z.boolean(),
    status: z.enum(['active', 'left']),
    level: z.enum(['casual', 'dating', 'committed']).nullable(),
    datingStage: z.number().int().min(1).max(3).nullable(),
    constituencies: z.array(z.object({ id: z.string(), rights: rightsSchema })),
    circles: z.array(z.object({ id: z.string(), steward: z.boolean() })),
    mentees: z.array(z.string()).optional(),
  })
  .openapi('Actor', {
    description:
      'The signed-in member as the access policy sees them, read afresh on every request.',
  });

export const sessionSchema = z
  .object({
    member: actorSchema.nullable(),
    expiresAt: z.string().nullable().openapi({
      description:
        'When the session ends at the latest; null for API tokens and anonymous callers.',
    }),
    csrfToken: z.string().nullable().openapi({
      description:
        'Send in `X-CSRF-Token` on every write made with the session cookie; null without a session.',
    }),
    via: z.enum(['session', 'api-token', 'local-operator']).nullable().openapi({
      description:
        'How this request authenticated (local-operator: the CLI on the node’s own data); null when anonymous.',
    }),
  })
  .openapi('Session');

export const signInBodySchema = z
  .object({
    email: z.string().max(254).openapi({ example: 'ana@example.org' }),
    password: z.string().min(1).max(200),
  })
  .strict()
  .openapi('SignIn');

export const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable().openapi({ description: 'To the minute.' }),
  })
  .openapi('ApiToken');

export const newApiTokenSchema = apiTokenSchema
  .extend({
    token: z.string().openapi({
      description: 'The secret, shown this once: send it as `Authorization: Bearer <token>`.',
    }),
  })
  .openapi('NewApiToken');

export const createApiTokenBodySchema = z
  .object({
    name: z.string().min(1).max(100).openapi({ example: 'laptop CLI' }),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict()
  .openapi('CreateApiToken');

const levelStateSchema = z
  .union([
    z.object({ level: z.literal('casual') }).strict(),
    z
      .object({
        level: z.literal('dating'),
        stage: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        timeline: z.enum(['fast-track', 'agile', 'long-run']),
        startDate: z.string(),
      })
      .strict(),
    z.object({ level: z.literal('committed') }).strict(),
  ])
  .openapi('LevelState', {
    description: 'A worker-member level; daters also have a stage, a timeline and a start date.',
  });

export const invitationTermsBodySchema = z
  .object({
    level: levelStateSchema.nullable().openapi({
      description: 'Null for people who join only other constituencies (clients, supporters).',
    }),
    constituencyIds: z.array(z.string()).min(1).max(20),
    mailTo: z.string().max(320).optional().openapi({
      description:
        'Mail the invitation link to this address (when the node sends mail; see `mailed` in the answer).',
    }),
    mailLanguage: z
      .enum(['en', 'es'])
      .optional()
      .openapi({ description: 'The language of that mail; English when left out.' }),
  })
  .strict()
  .openapi('InvitationTerms');

export const issuedInvitationSchema = z
  .object({
    id: z.string(),
    token: z.string().openapi({
      description:
        'The secret for the newcomer, shown this once; put it in the link you send them.',
    }),
    expiresAt: z.string(),
    mailed: z.boolean().openapi({
      description:
        'Whether a mail carrying the link was queued. False without mail configured on the node: then hand the link over yourself.',
    }),
    mailConfigured: z.boolean().openapi({ description: 'Whether this node sends mail at all.' }),
  })
  .openapi('IssuedInvitation');

export const invitationPreviewSchema = z
  .object({
    kind: z.enum(['member', 'founder']),
    discoName: z.string().nullable(),
    invitedBy: z.string().nullable().openapi({ description: 'Shown name of the inviting member.' }),
    level: levelStateSchema.nullable(),
    constituencies: z.array(z.object({ id: z.string(), name: z.string() })),
    expiresAt: z.string(),
  })
  .openapi('InvitationPreview');

export const acceptInvitationBodySchema = z
  .object({
    displayName: z.string().min(1).max(120).optional().openapi({
      description:
        'How other members see you; required unless the invitation is the founder’s own.',
    }),
    email: z.string().max(254),
    password: z.string().min(10).max(200),
  })
  .strict()
  .openapi('AcceptInvitation');

export const accountSchema = z
  .object({
    member: actorSchema.nullable(),
    email: z.string(),
    createdAt: z.string(),
    keyPublic: z.string().nullable(),
  })
  .openapi('Account', {
    description: 'You, with the personal data only you (and founders) may see.',
  });

export const memberKeyBodySchema = z
  .object({
    publicKey: z.string().openapi({ description: 'Ed25519 public key, 32 bytes in base64url.' }),
    encryptedPrivateKey: z.string().min(16).max(4096).openapi({
      description:
        'The private key as the browser encrypted it under a key derived from your password; opaque to the server.',
    }),
  })
  .strict()
  .openapi('MemberKeyBody');

export const keptKeySchema = z
  .object({
    deviceId: z
      .string()
      .openapi({ description: 'The device the key was made on, as it named itself.' }),
    publicKey: z.string().openapi({ description: 'Ed25519 public key, 32 bytes in base64url.' }),
    encryptedPrivateKey: z.string().openapi({
      description:
        'The private key as the browser encrypted it under a key derived from your password; opaque to the server.',
    }),
    createdAt: z.string(),
  })
  .openapi('KeptKey');

export const keptKeysSchema = z
  .object({ keys: z.array(keptKeySchema) })
  .openapi('KeptKeys', { description: 'Your kept signing keys, one per device, oldest first.' });

export const deviceIdParam = z.object({
  deviceId: z
    .string()
    .max(64)
    .openapi({
      param: { name: 'deviceId', in: 'path' },
      description: 'The id the device keeps for itself (1 to 64 letters, digits, - or _).',
    }),
});

/** The token of an invitation, as it appears in the path. */
export const invitationTokenParam = z.object({
  token: z
    .string()
    .max(100)
    .openapi({
      param: { name: 'token', in: 'path' },
      description: 'The invitation secret from the link.',
    }),
});

export const changePasswordBodySchema = z
  .object({
    currentPassword: z.string().max(200),
    newPassword: z
      .string()
      .max(200)
      .openapi({ description: 'At least 10 characters, different from the current one.' }),
    encryptedPrivateKeys: z
      .record(z.string().max(64), z.string().min(16).max(4096))
      .optional()
      .openapi({
        description:
          'Required when private keys are kept for your devices: every one re-encrypted under the new password, by device id.',
      }),
  })
  .strict()
  .openapi('ChangePassword');

export const issuedPasswordResetSchema = z
  .object({
    id: z.string(),
    memberId: z.string(),
    token: z.string().openapi({
      description:
        'The secret for the member, shown this once; send them the Deck link `/reset-password#<token>`.',
    }),
    expiresAt: z.string(),
    mailed: z.boolean().openapi({
      description:
        'Whether a mail carrying the link was queued. False without mail configured on the node: then hand the link over yourself.',
    }),
    mailConfigured: z.boolean().openapi({ description: 'Whether this node sends mail at all.' }),
  })
  .openapi('IssuedPasswordReset');

export const passwordResetPreviewSchema = z
  .object({
    memberId: z.string(),
    displayName: z.string(),
    expiresAt: z.string(),
  })
  .openapi('PasswordResetPreview');

export const resetPasswordBodySchema = z
  .object({ password: z.string().max(200).openapi({ description: 'At least 10 characters.' }) })
  .strict()
  .openapi('ResetPassword');

export const passwordResetDoneSchema = sessionSchema
  .extend({
    keyDropped: z.boolean().openapi({
      description:
        'A private key kept with the account was encrypted under the lost password and has been dropped: revoke it and register a new one.',
    }),
  })
  .openapi('PasswordResetDone');

/** The token of a password link, as it appears in the path. */
export const passwordResetTokenParam = z.object({
  token: z
    .string()
    .max(100)
    .openapi({
      param: { name: 'token', in: 'path' },
      description: 'The secret from the password link.',
    }),
});
