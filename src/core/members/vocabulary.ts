import { z } from 'zod';

/*
 * The words every membership and circle event is made of. Ids are minted by the app (UUIDv7, so
 * they sort by time); core accepts any UUID so that ledgers federated from elsewhere still parse.
 */

export const entityId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'a lower-case UUID');

/** A short handle people type (`worker-members`, `tech`); unique among its kind. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens')
  .max(64);

/** A plain calendar date in the DisCO's time zone, as dates of work are. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'not a date in the calendar');

export const displayName = z.string().trim().min(1, 'give a name').max(120);

export const constituencyRights = z.strictObject({
  propose: z.boolean(),
  comment: z.boolean(),
  vote: z.boolean(),
  bindingVote: z.boolean(),
});

export const datingStage = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export const datingTimeline = z.enum(['fast-track', 'agile', 'long-run']);
export type DatingTimeline = z.infer<typeof datingTimeline>;

/** A worker-member's level with what belongs to it: only daters have a stage, timeline and start. */
export const levelState = z.discriminatedUnion('level', [
  z.strictObject({ level: z.literal('casual') }),
  z.strictObject({
    level: z.literal('dating'),
    stage: datingStage,
    timeline: datingTimeline,
    startDate: calendarDate,
  }),
  z.strictObject({ level: z.literal('committed') }),
]);
export type LevelState = z.infer<typeof levelState>;

/**
 * Who decided a membership change. Until governance lands, founders act; the seam for requiring a
 * proposal is `acceptableDecisionKinds`.
 */
export const membershipDecision = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('founder-action') }),
  z.strictObject({ kind: z.literal('proposal'), proposalId: entityId }),
]);
export type MembershipDecision = z.infer<typeof membershipDecision>;
