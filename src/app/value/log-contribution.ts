import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { VALUE_EVENT } from '../../core/value/index.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { newId } from '../ids.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { subjectOf } from '../circles/join-circle.js';
import { dayStillHasRoom, priceContribution } from './price-contribution.js';

/** Shapes only: core's `validateContribution` checks the values and names the limits. */
export const contributionFields = {
  stream: z.string().max(50),
  /** A decimal with at most 3 decimal places, as text so that nothing is rounded on the way. */
  quantity: z.string().max(40),
  unit: z.string().max(40),
  taskKind: z.string().max(70),
  /** YYYY-MM-DD in the DisCO's time zone; today by default. */
  date: z.string().max(20).optional(),
  /** Circle id or slug. */
  circle: z.string().max(128).optional(),
  project: z.string().max(128).optional(),
  resource: z.string().max(128).optional(),
  description: z.string().max(4000),
  evidence: z.array(z.string().max(2100)).max(40),
};

export const logContributionInput = z.strictObject({
  /** Whose work: the acting member by default. */
  member: z.string().max(128).optional(),
  ...contributionFields,
  unit: contributionFields.unit.default('hour'),
  description: contributionFields.description.default(''),
  evidence: contributionFields.evidence.default([]),
});
export type LogContributionInput = z.input<typeof logContributionInput>;

/**
 * Logs work in a value stream. The credit is computed now from the rate in force on the work's
 * date and the member's level and stage, and frozen in the event: later rate changes never touch it.
 *
 * @example const { contributionId } = await logContribution(ctx, ana, { stream: 'love', quantity: '5000', unit: 'word', taskKind: 'translation', circle: 'love' });
 */
export async function logContribution(
  ctx: AppContext,
  actor: Actor | null,
  input: LogContributionInput,
): Promise<{ contributionId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(
    logContributionInput,
    input,
    refusal('refusal.contribution-cannot-be-logged'),
  );
  // Authorized before naming the subject, so that nobody signed in hears 401, not 400.
  ensureAllowed('value.contribution.log', actor, {
    memberId: parsed.member ?? actor?.memberId ?? '',
  });
  const member = subjectOf(actor, parsed.member);
  const contributionId = newId(ctx);
  const payload = await priceContribution(
    ctx,
    { ...parsed, member, date: parsed.date ?? (await discoToday(ctx)) },
    contributionId,
  );
  const events = await appendEvents(
    ctx,
    [draftOf(ctx, actor, VALUE_EVENT.contributionLogged, payload)],
    { guard: dayStillHasRoom(payload) },
  );
  return { contributionId, events };
}
