import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { calendarDate, entityId } from '../../core/members/vocabulary.js';
import { APPRECIATION_GIVEN } from '../../core/rhythms/rhythm-events.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import type { Message } from '../../core/messages/codes.js';
import { AppError, notFound, refusal } from '../errors.js';
import { newId } from '../ids.js';
import { requireMember } from '../members/require-member.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';

export const giveThanksInput = z
  .strictObject({
    /** Whom you thank; with a contribution, its member (you may leave it out). */
    memberId: entityId.optional(),
    /** The contribution you thank them for... */
    contributionId: entityId.optional(),
    /** ...or a period of their care, both days inclusive. */
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    note: z.string().trim().min(1, 'say what you thank them for').max(1000),
  })
  .refine((v) => (v.contributionId === undefined) !== (v.from === undefined), {
    message: 'thank for a contribution (contributionId) or for a period of care (from and to)',
    path: ['contributionId'],
  })
  .refine((v) => (v.from === undefined) === (v.to === undefined), {
    message: 'a period needs both its first and last day',
    path: ['to'],
  })
  .refine((v) => v.from === undefined || v.to === undefined || v.to >= v.from, {
    message: 'the period cannot end before it starts',
    path: ['to'],
  })
  .refine((v) => v.contributionId !== undefined || v.memberId !== undefined, {
    message: 'name the member whose care you thank them for',
    path: ['memberId'],
  });
export type GiveThanksInput = z.input<typeof giveThanksInput>;

const refused = (message: Message, field: string, why: string) =>
  new AppError(422, 'refused', message, undefined, [{ field, message: why }]);

/**
 * A member thanks another for a contribution or a period of their care: `appreciation.given` on
 * the ledger. Thanking oneself is refused (422). It moves no money.
 *
 * @example await giveThanks(ctx, bo, { contributionId, note: 'The call held us together.' })
 */
export async function giveThanks(
  ctx: AppContext,
  actor: Actor | null,
  input: GiveThanksInput,
): Promise<{ appreciationId: string; events: LedgerEvent[] }> {
  ensureAllowed('appreciation.give', actor);
  const message = refusal('refusal.thanks-cannot-be-recorded');
  const parsed = parseInput(giveThanksInput, input, message);
  const db = ctx.store.db;
  let memberId = parsed.memberId;
  if (parsed.contributionId !== undefined) {
    const contribution = await db
      .selectFrom('value_contributions')
      .select('member_id')
      .where('id', '=', parsed.contributionId)
      .executeTakeFirst();
    if (!contribution)
      throw notFound(
        refusal('refusal.no-contribution-id', { contributionId: parsed.contributionId }),
      );
    if (memberId !== undefined && memberId !== contribution.member_id)
      throw refused(message, 'memberId', 'is not the member whose contribution it is');
    memberId = contribution.member_id;
  }
  await requireMember(db, memberId!);
  if (memberId === actor!.memberId)
    throw refused(
      message,
      parsed.contributionId ? 'contributionId' : 'memberId',
      'you cannot thank yourself',
    );
  const appreciationId = newId(ctx);
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, APPRECIATION_GIVEN, {
      appreciationId,
      memberId: memberId!,
      contributionId: parsed.contributionId ?? null,
      period: parsed.from !== undefined ? { from: parsed.from, to: parsed.to! } : null,
      note: parsed.note,
    }),
  ]);
  return { appreciationId, events };
}
