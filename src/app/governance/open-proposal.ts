import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { PROPOSAL_OPENED } from '../../core/governance/proposal-events.js';
import {
  decisionMethod,
  jsonObject,
  proposalBody,
  proposalChange,
  proposalTitle,
} from '../../core/governance/vocabulary.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { appendEvents } from '../ledger/append-events.js';
import { requireCircle } from '../circles/circle-facts.js';
import type { AppContext } from '../context.js';
import { newId } from '../ids.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { deadlinesChanged } from './deadline-changes.js';
import { checkChange, deadlineInput, futureDeadline, methodSettings } from './proposal-input.js';

export const openProposalInput = z.strictObject({
  title: proposalTitle,
  body: proposalBody,
  /** What passing it would change; a general proposal by default. */
  change: proposalChange.default({ kind: 'general' }),
  /** A circle (id or slug) whose business this is; the whole DisCO when left out. */
  circleId: z.string().min(1).max(100).optional(),
  /** When voting ends; must be in the future. */
  deadline: deadlineInput,
  method: decisionMethod,
  /** The method's settings (options for choices, thresholds…), checked against its schema. */
  settings: jsonObject.default({}),
  /** Secret ballots: the ledger holds commitments until the close, and nobody is shown with their choice. */
  secret: z.boolean().default(false),
  /** Nobody, not even the author, sees how the vote goes before the close (ballots are sealed until then). */
  resultsHidden: z.boolean().default(false),
});
export type OpenProposalInput = z.input<typeof openProposalInput>;

/**
 * Opens a proposal for a decision by its deadline. The server closes and tallies it then.
 *
 * @example
 * const { proposalId } = await openProposal(ctx, ana, {
 *   title: 'Adopt the care rota', body: 'Weekly rotation.', method: 'consent', deadline: '2026-02-01T18:00:00Z',
 * });
 */
export async function openProposal(
  ctx: AppContext,
  actor: Actor | null,
  input: OpenProposalInput,
): Promise<{ proposalId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(openProposalInput, input, refusal('refusal.proposal-cannot-be-opened'));
  ensureAllowed('proposal.create', actor);
  const deadline = futureDeadline(ctx, parsed.deadline);
  const settings = methodSettings(parsed.method, parsed.settings);
  await checkChange(ctx, parsed.change);
  const circleId =
    parsed.circleId === undefined
      ? null
      : (await requireCircle(ctx.store.db, parsed.circleId)).circleId;
  const proposalId = newId(ctx);
  const secrecy = {
    ...(parsed.secret ? { secret: true } : {}),
    ...(parsed.secret || parsed.resultsHidden ? { resultsHidden: true } : {}),
  };
  const payload = {
    proposalId,
    title: parsed.title,
    body: parsed.body,
    change: parsed.change,
    circleId,
    deadline,
    method: parsed.method,
    settings,
    ...secrecy,
  };
  const events = await appendEvents(ctx, [draftOf(ctx, actor, PROPOSAL_OPENED, payload)]);
  deadlinesChanged(ctx.store);
  return { proposalId, events };
}
