import { randomBytes } from 'node:crypto';
import { drawRandom } from '../ids.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import {
  schemas,
  validateBallot,
  type Method,
  type MethodTypes,
} from '../../core/decisions/index.js';
import { BALLOT_CAST, BALLOT_SEALED } from '../../core/governance/proposal-events.js';
import { ballotCommitment } from '../../core/governance/sealed-ballot.js';
import { jsonObject } from '../../core/governance/vocabulary.js';
import { canonicalString, type JsonObject } from '../../core/ledger/canonical.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { conflict, invalid, refusal } from '../errors.js';
import { problemsOf } from '../problems.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { ensureStillOpen, requireProposal } from './proposal-facts.js';
import { standingOf } from './voter-standing.js';

export const castBallotInput = z.strictObject({
  proposalId: entityId,
  /** The method's ballot: `{ choice }`, `{ response, reason }`, `{ ranking }`, `{ scores }`, `{ approvals }`, `{ dots }` or `{ marks }`. */
  ballot: jsonObject,
});
export type CastBallotInput = z.input<typeof castBallotInput>;

const BASE_FIELDS = ['voterId', 'weight', 'binding'];

/**
 * Casts the actor's ballot, replacing any earlier one of theirs on this proposal (all of them stay
 * on the ledger). A ballot the method would set aside is refused instead, naming each problem, so
 * nobody learns at the close that their vote did not count. Refused at or after the deadline,
 * checked inside the write transaction. On a proposal with sealed ballots (secret, or results
 * hidden) the ledger gets only a salted commitment; the choice and salt stay off-ledger, written in
 * the same transaction, until the close reveals them.
 *
 * @example await castBallot(ctx, bo, { proposalId, ballot: { ranking: ['A', 'C', 'B'] } });
 */
export async function castBallot(
  ctx: AppContext,
  actor: Actor | null,
  input: CastBallotInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(castBallotInput, input, refusal('refusal.ballot-cannot-be-cast'));
  ensureAllowed('proposal.vote', actor);
  const proposal = await requireProposal(ctx.store.db, parsed.proposalId);
  const standing = await standingOf(ctx, actor!, proposal.kind);
  const ballot = checkedBallot(proposal.method, proposal.settings, parsed.ballot, {
    voterId: actor!.memberId,
    weight: standing.weight,
    binding: standing.binding,
  });
  const common = {
    proposalId: proposal.proposalId,
    version: proposal.version,
    weight: standing.weight,
    binding: standing.binding,
    constituencyIds: standing.constituencyIds,
  };
  const salt = proposal.resultsHidden
    ? drawRandom(ctx, () => randomBytes(24).toString('base64url'))
    : null;
  const commitment = salt === null ? null : ballotCommitment(proposal.proposalId, ballot, salt);
  const draft =
    commitment === null
      ? draftOf(ctx, actor, BALLOT_CAST, { ...common, ballot })
      : draftOf(ctx, actor, BALLOT_SEALED, { ...common, commitment });
  const events = await appendEvents(ctx, [draft], {
    guard: async (db) => {
      const now = await ensureStillOpen(db, proposal.proposalId, ctx.clock);
      if (now.version !== proposal.version)
        throw conflict(
          refusal('refusal.proposal-was-amended-while-you-voted'),
          refusal('hint.read-new-version-vote-again'),
        );
      if (commitment !== null && salt !== null) {
        await db
          .insertInto('ballot_openings')
          .values({
            commitment,
            proposal_id: proposal.proposalId,
            voter_id: actor!.memberId,
            ballot: canonicalString(ballot),
            salt,
          })
          .execute();
      }
    },
  });
  return { events };
}

/** The ballot parsed by the method's schema and checked by its rules, without the fields the node sets. */
function checkedBallot(
  method: Method,
  settings: JsonObject,
  given: JsonObject,
  base: { voterId: string; weight: number; binding: boolean },
): JsonObject {
  const parsed = schemas[method].ballot.safeParse({ ...given, ...base });
  const fieldOf = (field: string) => (field === '(body)' ? 'ballot' : `ballot.${field}`);
  if (!parsed.success)
    throw invalid(
      refusal('refusal.ballot-not-valid'),
      problemsOf(parsed.error).map((p) => ({ ...p, field: fieldOf(p.field) })),
    );
  type Any = MethodTypes[Method];
  const problems = validateBallot(
    method,
    settings as Any['settings'],
    parsed.data as Any['ballot'],
  );
  if (problems.length > 0)
    throw invalid(
      refusal('refusal.ballot-would-not-be-counted'),
      problems.map((p) => ({ field: fieldOf(p.field), message: p.message })),
    );
  const own = Object.fromEntries(
    Object.entries(parsed.data).filter(([key]) => !BASE_FIELDS.includes(key)),
  );
  return JSON.parse(JSON.stringify(own)) as JsonObject;
}
