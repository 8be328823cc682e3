import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { openProposal } from '../governance/open-proposal.js';
import { deadlineInput } from '../governance/proposal-input.js';
import { refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { resolvePeer } from './resolve-peer.js';

export const proposeFederationInput = z.strictObject({
  /** The other DisCO: its handle (`disco@coop.example`) or its actor URL. */
  target: z
    .string()
    .trim()
    .min(3, 'give a handle such as disco@coop.example or an actor URL')
    .max(500),
  action: z.enum(['follow', 'unfollow']).default('follow'),
  /** When voting ends; must be in the future. */
  deadline: deadlineInput,
  /** What members read; a sentence naming the DisCO by default. */
  body: z.string().trim().min(1).max(20_000).optional(),
});
export type ProposeFederationInput = z.input<typeof proposeFederationInput>;

/**
 * Opens a `federation` proposal (majority) to follow or unfollow another DisCO, read from its
 * actor first so that members vote on exactly that DisCO and its published keys. Nothing changes
 * until it passes.
 *
 * @example const { proposalId } = await proposeFederation(ctx, actor, { target: 'disco@coop.example', deadline });
 */
export async function proposeFederation(
  ctx: AppContext,
  actor: Actor | null,
  input: ProposeFederationInput,
): Promise<{ proposalId: string; peer: { actorId: string; handle: string | null } }> {
  const parsed = parseInput(
    proposeFederationInput,
    input,
    refusal('refusal.proposal-cannot-be-opened'),
  );
  ensureAllowed('proposal.create', actor);
  const peer = await resolvePeer(ctx, parsed.target);
  const name = peer.handle ?? peer.actorId;
  const { proposalId } = await openProposal(ctx, actor, {
    title: `${parsed.action === 'follow' ? 'Federate with' : 'Stop federating with'} ${name}`.slice(
      0,
      200,
    ),
    body:
      parsed.body ??
      (parsed.action === 'follow'
        ? `Follow ${name}: we witness each other's checkpoints and share through federation.`
        : `Unfollow ${name}: it stops being our witness.`),
    method: 'majority',
    deadline: parsed.deadline,
    change: { kind: 'federation', federation: { action: parsed.action, peer } },
  });
  return { proposalId, peer: { actorId: peer.actorId, handle: peer.handle } };
}
