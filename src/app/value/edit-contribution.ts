import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { transition, VALUE_EVENT } from '../../core/value/index.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { newId } from '../ids.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { contributionFields } from './log-contribution.js';
import { dayStillHasRoom, priceContribution } from './price-contribution.js';
import {
  contributionFromRow,
  requireContribution,
  stillMoves,
  supersededConflict,
} from './value-facts.js';

export const editContributionInput = z.strictObject({
  contributionId: z.string().min(1).max(128),
  ...z.strictObject(contributionFields).partial().shape,
});
export type EditContributionInput = z.input<typeof editContributionInput>;

/**
 * Corrects one's own contribution: a new contribution (new id, priced afresh, pending again)
 * supersedes the old one, which stays in the ledger. Fields not given keep their old values.
 *
 * @example const { contributionId } = await editContribution(ctx, ana, { contributionId: old, quantity: '3' });
 */
export async function editContribution(
  ctx: AppContext,
  actor: Actor | null,
  input: EditContributionInput,
): Promise<{ contributionId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(
    editContributionInput,
    input,
    refusal('refusal.contribution-cannot-be-edited'),
  );
  const { row, validation } = await requireContribution(ctx.store.db, parsed.contributionId);
  ensureAllowed('value.contribution.log', actor, { memberId: row.member_id });
  // Editing a version someone already replaced is the same race, only lost earlier.
  if (validation.status === 'superseded') throw supersededConflict(row.id, validation);
  const contributionId = newId(ctx);
  const supersede = {
    kind: 'supersede',
    by: actor?.memberId ?? '',
    newContributionId: contributionId,
  } as const;
  const moved = transition(validation, supersede);
  if (!moved.ok)
    refuseIf(
      [{ field: 'contributionId', message: moved.error.message }],
      refusal('refusal.contribution-cannot-be-edited'),
    );
  const old = contributionFromRow(row);
  const { contributionId: _old, ...changes } = parsed;
  const merged = {
    member: old.memberId,
    stream: old.stream,
    quantity: old.quantity,
    unit: old.unit,
    taskKind: old.taskKind,
    date: old.date,
    circle: old.circleId ?? undefined,
    project: old.projectId ?? undefined,
    resource: old.resourceId ?? undefined,
    description: old.description,
    evidence: old.evidence,
    ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
  };
  const payload = await priceContribution(ctx, merged, contributionId, old.contributionId);
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, VALUE_EVENT.contributionEdited, {
        ...payload,
        supersedes: old.contributionId,
      }),
    ],
    {
      guard: async (db) => {
        await stillMoves(row.id, supersede)(db);
        await dayStillHasRoom(payload, old.contributionId)(db);
      },
    },
  );
  return { contributionId, events };
}
