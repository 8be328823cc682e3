import type { z } from 'zod';
import { authorize, type Operation, type PolicyTarget } from '../core/access/policy.js';
import type { Actor } from '../core/access/actor.js';
import { typedDraft, type EventPayloads, type EventType } from '../core/event-payloads.js';
import type { EventDraft } from '../core/ledger/event.js';
import type { RuleProblem } from '../core/members/rule-problem.js';
import type { Message } from '../core/messages/codes.js';
import { isoNow } from './clock.js';
import type { AppContext } from './context.js';
import { AppError, invalid, refusal } from './errors.js';
import { problemsOf } from './problems.js';

/*
 * The steps every membership and circle use case takes, in this order: parse, authorize, check
 * the rules against current state, append.
 */

/**
 * The input parsed, or a 400 naming every wrong field.
 *
 * @example const input = parseInput(addMemberInput, raw, refusal('refusal.member-cannot-be-added'));
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  message: Message,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid(message, problemsOf(parsed.error));
  return parsed.data;
}

/**
 * Throws the policy's refusal as a 401 or 403.
 *
 * @example ensureAllowed('circle.create', actor);
 */
export function ensureAllowed(
  operation: Operation,
  actor: Actor | null,
  target?: PolicyTarget,
): void {
  const decision = authorize(operation, actor, target);
  if (decision.allowed) return;
  if (decision.status === 401)
    throw new AppError(
      401,
      'unauthenticated',
      refusal('refusal.not-signed-in-because', { reason: decision.reason }),
      refusal('hint.sign-pass-api-token'),
    );
  throw new AppError(
    403,
    'forbidden',
    refusal('refusal.not-allowed-because', { reason: decision.reason }),
  );
}

/**
 * Throws core's refusal of a move as a 422 with its field problems.
 *
 * @example refuseIf(levelMoveProblems(standing, move), refusal('refusal.level-change-not-allowed'));
 */
export function refuseIf(problems: RuleProblem[], message: Message): void {
  if (problems.length > 0) throw new AppError(422, 'refused', message, undefined, problems);
}

/**
 * An unsigned draft of the current schema version, by the acting member (or the node when null).
 *
 * @example draftOf(ctx, actor, 'circle.joined', { circleId, memberId })
 */
export function draftOf<T extends EventType>(
  ctx: AppContext,
  actor: Actor | null,
  type: T,
  payload: EventPayloads[T],
): EventDraft {
  return typedDraft({
    type,
    schema: 1,
    payload,
    actor: actor?.memberId ?? null,
    time: isoNow(ctx.clock),
  });
}

/**
 * Today's date (YYYY-MM-DD) in the DisCO's time zone, which is what terms and dates of work mean.
 *
 * @example calendarDay(new Date('2026-01-01T23:30:00Z'), 'Europe/Madrid') // '2026-01-02'
 */
export function calendarDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
