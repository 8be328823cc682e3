import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { EventDraft, LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import { occurrencesBetween } from '../../core/rhythms/recurrence.js';
import { occurrenceInstant, RHYTHM_OCCURRENCE_CREDITED } from '../../core/rhythms/rhythm-events.js';
import {
  taskKindSchema,
  VALUE_EVENT,
  type ContributionLoggedPayload,
} from '../../core/value/index.js';
import type { Database } from '../../store/schema.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { AppError, invalid, refusal } from '../errors.js';
import { newId } from '../ids.js';
import { dayStillHasRoom, priceContribution } from '../value/price-contribution.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { gatheringProblems } from './record-attendance.js';
import { requireRhythm } from './rhythm-facts.js';

export const creditGatheringInput = z.strictObject({
  rhythmId: entityId,
  occurrence: occurrenceInstant,
  /** The care rate's task kind the time is priced at. */
  taskKind: taskKindSchema.default('meeting'),
  /**
   * The circle (id or slug) the care is logged in, for a gathering of the whole DisCO; by default
   * the one circle its steward stewards. A circle's rhythm always logs in its own circle.
   */
  circle: z.string().min(1).max(128).optional(),
});
export type CreditGatheringInput = z.input<typeof creditGatheringInput>;

/**
 * Care work is logged in a circle: a gathering of the whole DisCO is credited in the circle named,
 * or in the one circle the crediting steward stewards.
 */
async function wholeDiscoCircle(
  db: Kysely<Database>,
  actor: Actor,
  ref: string | undefined,
  message: ReturnType<typeof refusal>,
): Promise<string> {
  if (ref !== undefined) {
    const row = await db
      .selectFrom('circles')
      .select('id')
      .where((eb) => eb.or([eb('id', '=', ref), eb('slug', '=', ref)]))
      .executeTakeFirst();
    if (!row) throw invalid(message, [{ field: 'circle', message: `there is no circle "${ref}"` }]);
    return row.id;
  }
  const stewarded = actor.circles.filter((c) => c.steward);
  if (stewarded.length === 1) return stewarded[0]!.id;
  throw invalid(message, [
    {
      field: 'circle',
      message:
        'a gathering of the whole DisCO is logged as care in a circle: name the circle (id or slug)',
    },
  ]);
}

/** Minutes as the decimal hours a contribution's quantity is written in (at most 3 decimals). */
function hoursOf(minutes: number): string {
  const milli = Math.round((minutes * 1000) / 60);
  const whole = Math.floor(milli / 1000);
  const rest = milli % 1000;
  return rest === 0
    ? String(whole)
    : `${whole}.${String(rest).padStart(3, '0').replace(/0+$/, '')}`;
}

/**
 * With one action, turns a gathering's time into a care contribution for each participant
 * recorded, priced as any contribution (the rate on its date, each member's level and stage) and
 * waiting for validation as usual; the contributions and `rhythm.occurrence-credited` are one
 * batch, so a gathering is credited once. By the rhythm's circle's stewards (any circle's for a
 * rhythm of the whole DisCO) or a founder.
 *
 * @example const { contributionIds } = await creditGathering(ctx, ana, { rhythmId, occurrence: '2026-03-03T17:00:00Z' });
 */
export async function creditGathering(
  ctx: AppContext,
  actor: Actor | null,
  input: CreditGatheringInput,
): Promise<{ contributionIds: string[]; events: LedgerEvent[] }> {
  const message = refusal('refusal.gathering-cannot-be-credited');
  const parsed = parseInput(creditGatheringInput, input, message);
  const db = ctx.store.db;
  const rhythm = await requireRhythm(db, parsed.rhythmId);
  ensureAllowed('rhythm.attendance', actor, rhythm.circleId ? { circleId: rhythm.circleId } : {});
  const now = ctx.clock();
  const participantsOf = async (d: Kysely<Database>): Promise<string[]> => {
    refuseIf(await gatheringProblems(d, rhythm, parsed.occurrence, now), message);
    const row = await d
      .selectFrom('rhythm_occurrences')
      .select('participants')
      .where('rhythm_id', '=', rhythm.rhythmId)
      .where('occurrence', '=', parsed.occurrence)
      .executeTakeFirst();
    if (!row)
      throw new AppError(422, 'refused', message, refusal('hint.record-who-took-part-first'), [
        { field: 'occurrence', message: 'nobody was recorded as taking part' },
      ]);
    return JSON.parse(row.participants) as string[];
  };
  const participants = await participantsOf(db);
  const circleId = rhythm.circleId ?? (await wholeDiscoCircle(db, actor!, parsed.circle, message));
  const at = new Date(parsed.occurrence);
  const local = occurrencesBetween(rhythm, at, new Date(at.getTime() + 1), 1)[0]!.local;
  const contributionIds: string[] = [];
  const drafts: EventDraft[] = [];
  const payloads: ContributionLoggedPayload[] = [];
  for (const member of participants) {
    const contributionId = newId(ctx);
    const payload = await priceContribution(
      ctx,
      {
        member,
        stream: 'care',
        quantity: hoursOf(rhythm.durationMinutes),
        unit: 'hour',
        taskKind: parsed.taskKind,
        date: local.slice(0, 10),
        circle: circleId,
        description: `${rhythm.name}, ${local.replace('T', ' ')}`,
        evidence: [],
      },
      contributionId,
    );
    contributionIds.push(contributionId);
    payloads.push(payload);
    drafts.push(draftOf(ctx, actor, VALUE_EVENT.contributionLogged, payload));
  }
  drafts.push(
    draftOf(ctx, actor, RHYTHM_OCCURRENCE_CREDITED, {
      rhythmId: rhythm.rhythmId,
      occurrence: parsed.occurrence,
      contributionIds,
    }),
  );
  const events = await appendEvents(ctx, drafts, {
    // Checked again in the write transaction: two stewards crediting at once must not both pass.
    guard: async (d) => {
      await participantsOf(d);
      for (const payload of payloads) await dayStillHasRoom(payload)(d);
    },
  });
  return { contributionIds, events };
}
