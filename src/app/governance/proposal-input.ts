import type { FederationChange } from '../../core/federation/federation-events.js';
import { ownActorId } from '../federation/federation-app-names.js';
import { message } from '../../core/messages/codes.js';
import { z } from 'zod';
import { schemas, type Method } from '../../core/decisions/index.js';
import type { ProposalChange } from '../../core/governance/vocabulary.js';
import type { JsonObject } from '../../core/ledger/canonical.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';
import { problemsOf } from '../problems.js';
import { readMember } from '../members/member-facts.js';
import { checkParameterDocument } from '../distribution/check-parameter-document.js';
import { checkParameterConstituencies } from './governance-parameters.js';

/** A deadline as people write it (any ISO 8601 date-time with an offset), kept as a UTC instant. */
export const deadlineInput = z.iso
  .datetime({ offset: true })
  .transform((text) => new Date(text).toISOString());

/**
 * The method's settings checked against its core schema, with the defaults made explicit so that
 * the ledger says exactly how the proposal will be tallied.
 *
 * @example methodSettings('approval', { options: ['A', 'B'] }) // { options: ['A', 'B'], tieBreak: 'report' }
 */
export function methodSettings(method: Method, settings: unknown): JsonObject {
  const parsed = schemas[method].settings.safeParse(settings);
  if (!parsed.success) {
    throw invalid(
      refusal('refusal.settings-do-not-fit-method', { method }),
      problemsOf(parsed.error).map((p) => ({
        ...p,
        field: p.field === '(body)' ? 'settings' : `settings.${p.field}`,
      })),
    );
  }
  return JSON.parse(JSON.stringify(parsed.data)) as JsonObject;
}

/**
 * Refuses a membership change about nobody, governance parameters naming an unknown
 * constituency, and a CAT parameter document that could not be recorded as things stand (so
 * members never vote on a document the node would refuse). Each is checked again when it is
 * carried out, against the state then: a member may have left, another version may have started.
 *
 * @example await checkChange(ctx, { kind: 'membership-change', membership: { memberId, level: 'committed' } });
 */
export async function checkChange(ctx: AppContext, change: ProposalChange): Promise<void> {
  if (
    change.kind === 'membership-change' &&
    !(await readMember(ctx.store.db, change.membership.memberId))
  ) {
    throw invalid(refusal('refusal.membership-change-about-nobody'), [
      {
        field: 'change.membership.memberId',
        message: 'there is no such member',
        ...message('proposal.no-such-member'),
      },
    ]);
  }
  if (change.kind === 'policy-amendment' && change.governanceParameters) {
    await checkParameterConstituencies(
      ctx.store.db,
      change.governanceParameters,
      'change.governanceParameters.',
    );
  }
  if (change.kind === 'federation') await checkFederationChange(ctx, change.federation);
  if (change.kind === 'cat-parameter-change') {
    await checkParameterDocument(
      ctx,
      change.parameters,
      refusal('refusal.cat-document-not-in-force'),
      'change.parameters',
    );
  }
}

/** Refuses following itself, following a DisCO already followed, and unfollowing one not followed. */
async function checkFederationChange(ctx: AppContext, change: FederationChange): Promise<void> {
  const peer = change.peer.handle ?? change.peer.actorId;
  const field = 'change.federation.peer';
  if (ctx.federation?.publicUrl && change.peer.actorId === ownActorId(ctx.federation))
    throw invalid(refusal('refusal.federation-cannot-follow-itself'), [
      { field, message: 'that is this DisCO' },
    ]);
  const relation = await ctx.store.db
    .selectFrom('federation_relations')
    .select('we_follow')
    .where('peer_actor_id', '=', change.peer.actorId)
    .executeTakeFirst();
  const following = relation?.we_follow === 1;
  if (change.action === 'follow' && following)
    throw invalid(refusal('refusal.federation-already-following', { peer }), [
      { field, message: 'already followed' },
    ]);
  if (change.action === 'unfollow' && !following)
    throw invalid(refusal('refusal.federation-not-following', { peer }), [
      { field, message: 'not followed' },
    ]);
}

/**
 * Refuses a deadline that is not after now.
 *
 * @example futureDeadline(ctx, '2026-02-01T18:00:00.000Z')
 */
export function futureDeadline(ctx: AppContext, deadline: string): string {
  if (Date.parse(deadline) <= ctx.clock().getTime()) {
    throw invalid(refusal('refusal.deadline-not-in-future'), [
      {
        field: 'deadline',
        message: `must be after ${ctx.clock().toISOString()}`,
        ...message('proposal.deadline-past', { now: ctx.clock().toISOString() }),
      },
    ]);
  }
  return deadline;
}
