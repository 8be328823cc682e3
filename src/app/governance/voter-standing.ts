import type { Actor } from '../../core/access/actor.js';
import { voterStanding, type VoterStanding } from '../../core/governance/eligibility.js';
import type { ProposalKind } from '../../core/governance/vocabulary.js';
import type { AppContext } from '../context.js';
import { AppError, refusal } from '../errors.js';
import { readConstituencies } from '../members/member-facts.js';
import { readGovernanceParameters } from './governance-parameters.js';

/**
 * How the actor votes on this kind of proposal under the parameters in force, or a 403 when none
 * of their constituencies votes on it.
 *
 * @example const { binding, weight, constituencyIds } = await standingOf(ctx, actor, 'membership-change');
 */
export async function standingOf(
  ctx: AppContext,
  actor: Actor,
  kind: ProposalKind,
): Promise<VoterStanding> {
  const standing = (await standingsOf(ctx, actor))(kind);
  if (standing.constituencyIds.length === 0) {
    throw new AppError(
      403,
      'forbidden',
      refusal('refusal.constituency-does-not-vote', { kind }),
      refusal('hint.see-get-api-governance-parameters-who'),
    );
  }
  return standing;
}

/**
 * How the actor votes on each kind of proposal under the parameters in force (no constituency ids
 * where they do not vote): read once, asked per proposal.
 *
 * @example const standing = await standingsOf(ctx, actor); standing('general').constituencyIds.length > 0
 */
export async function standingsOf(
  ctx: AppContext,
  actor: Actor,
): Promise<(kind: ProposalKind) => VoterStanding> {
  const db = ctx.store.db;
  const [params, all] = await Promise.all([readGovernanceParameters(db), readConstituencies(db)]);
  const slugs = new Map(all.map((c) => [c.constituencyId, c.slug]));
  const voter = {
    level: actor.level,
    datingStage: actor.datingStage,
    constituencies: actor.constituencies.map((c) => ({
      id: c.id,
      slug: slugs.get(c.id) ?? '',
      rights: c.rights,
    })),
  };
  return (kind) => voterStanding(params, kind, voter);
}
