import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { MEMBER_COMMITMENT_RECORDED } from '../../core/members/member-events.js';
import { commitmentProblems } from '../../core/members/mentoring-rules.js';
import { entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { requireMember } from './require-member.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

export const recordCommitmentInput = z.strictObject({
  memberId: entityId,
  statement: z.string().trim().min(1, 'write the statement').max(10_000),
});
export type RecordCommitmentInput = z.input<typeof recordCommitmentInput>;

/**
 * Records a dater's commitment statement, written in the last stage of dating; writing it again
 * records a new version beside the old one.
 *
 * @example await recordCommitment(ctx, dater, { memberId: dater.memberId, statement: 'I commit to...' });
 */
export async function recordCommitment(
  ctx: AppContext,
  actor: Actor | null,
  input: RecordCommitmentInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    recordCommitmentInput,
    input,
    refusal('refusal.commitment-statement-cannot-be-recorded'),
  );
  ensureAllowed('member.commitment', actor, { memberId: parsed.memberId });
  const dater = await requireMember(ctx.store.db, parsed.memberId);
  refuseIf(commitmentProblems(dater), refusal('refusal.commitment-statement-cannot-be-recorded'));
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, MEMBER_COMMITMENT_RECORDED, {
      memberId: parsed.memberId,
      statement: parsed.statement,
    }),
  ]);
  return { events };
}
