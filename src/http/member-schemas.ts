import { z } from '@hono/zod-openapi';

/*
 * Response shapes of the members, circles and constituencies API. The use cases build them; these
 * exist for the OpenAPI document and the Deck's typed client.
 */

const levelSchema = z
  .object({
    level: z.enum(['casual', 'dating', 'committed']),
    stage: z.number().int().optional(),
    timeline: z.enum(['fast-track', 'agile', 'long-run']).optional(),
    startDate: z.string().optional(),
  })
  .openapi('MemberLevel');

const rightsSchema = z.object({
  propose: z.boolean(),
  comment: z.boolean(),
  vote: z.boolean(),
  bindingVote: z.boolean(),
});

export const memberSummarySchema = z
  .object({
    memberId: z.string(),
    displayName: z.string(),
    founder: z.boolean(),
    status: z.enum(['active', 'left']),
    level: levelSchema.nullable(),
    constituencies: z.array(z.string()).openapi({ description: 'Slugs.' }),
    joinedAt: z.string(),
    leftAt: z.string().nullable(),
    onLeave: z
      .object({
        leaveId: z.string(),
        from: z.string(),
        to: z
          .string()
          .nullable()
          .openapi({ description: 'The last day, inclusive; null while open-ended.' }),
      })
      .nullable()
      .openapi({
        description: 'The leave the member is on today, in the DisCO’s calendar; null when none.',
      }),
  })
  .openapi('MemberSummary', {
    description: 'A member as the ledger records them; no personal data.',
  });

export const memberPageSchema = z
  .object({ items: z.array(memberSummarySchema), nextCursor: z.string().nullable() })
  .openapi('MemberPage');

const person = z.object({ memberId: z.string(), displayName: z.string() });

export const memberDetailSchema = memberSummarySchema
  .extend({
    circles: z.array(z.object({ circleId: z.string(), slug: z.string(), name: z.string() })),
    mentors: z.array(person),
    mentees: z.array(person),
    milestones: z.array(
      z.object({
        milestoneId: z.string(),
        title: z.string(),
        date: z.string(),
        recordedBy: z.string().nullable(),
      }),
    ),
    commitment: z.object({ statement: z.string(), recordedAt: z.string() }).nullable(),
    keys: z.array(
      z.object({
        publicKey: z.string(),
        registeredAt: z.string(),
        revokedAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('MemberDetail');

export const circleSchema = z
  .object({
    circleId: z.string(),
    slug: z.string(),
    name: z.string(),
    purpose: z.string(),
    open: z.boolean(),
    createdAt: z.string(),
    memberCount: z.number().int(),
  })
  .openapi('Circle');

export const circleDetailSchema = circleSchema
  .omit({ memberCount: true })
  .extend({
    members: z.array(person.extend({ joinedAt: z.string() })),
    stewardships: z.array(
      person.extend({
        termStart: z.string(),
        termEnd: z.string(),
        appointedAt: z.string(),
        endedAt: z.string().nullable(),
        endReason: z.string().nullable(),
      }),
    ),
  })
  .openapi('CircleDetail');

export const constituencySchema = z
  .object({
    constituencyId: z.string(),
    slug: z.string(),
    name: z.string(),
    rights: rightsSchema,
    memberCount: z.number().int(),
  })
  .openapi('Constituency');

export const recordedSchema = z
  .object({
    memberId: z.string().optional(),
    circleId: z.string().optional(),
    constituencyId: z.string().optional(),
    leaveId: z.string().optional(),
    recorded: z
      .array(z.object({ seq: z.number().int(), type: z.string(), hash: z.string() }))
      .openapi({ description: 'The ledger events this change appended.' }),
  })
  .openapi('Recorded', {
    description: 'What a change appended to the ledger, and the id of anything it created.',
  });

/** A member id in the path. */
export const memberIdParam = z
  .string()
  .max(100)
  .openapi({ param: { name: 'memberId', in: 'path' }, description: 'The member’s id (a UUID).' });
/** A circle in the path, by id or slug. */
export const circleIdParam = z
  .string()
  .max(100)
  .openapi({ param: { name: 'circleId', in: 'path' }, description: 'The circle’s id or slug.' });
/** A constituency in the path, by id or slug. */
export const constituencyIdParam = z
  .string()
  .max(100)
  .openapi({
    param: { name: 'constituencyId', in: 'path' },
    description: 'The constituency’s id or slug.',
  });
