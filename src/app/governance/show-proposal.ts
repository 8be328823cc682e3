import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { ProposalChange } from '../../core/governance/vocabulary.js';
import type { JsonObject } from '../../core/ledger/canonical.js';
import { entityId } from '../../core/members/vocabulary.js';
import type { AppContext } from '../context.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { requireProposal, type ProposalRecord } from './proposal-facts.js';

export interface ProposalVersion {
  version: number;
  title: string;
  body: string;
  change: ProposalChange;
  recordedAt: string;
}

export interface CurrentBallot {
  voterId: string;
  displayName: string;
  /** Null while the proposal's ballots are sealed (results hidden until the close), and always for a secret one. */
  ballot: JsonObject | null;
  weight: number;
  binding: boolean;
  /** The proposal's version when it was cast: older than the proposal's means cast on an earlier text. */
  version: number;
  castAt: string;
  /** The ledger event that recorded it. */
  seq: number;
  /** How many ballots this member cast on it in all, this one included. */
  ballotsCast: number;
}

export interface ProposalDetail extends ProposalRecord {
  versions: ProposalVersion[];
  ballots: CurrentBallot[];
}

/**
 * A proposal with every version and every member's current ballot (how many they cast in all).
 * The roll of who voted is always shown; what they chose is not, for anyone, while the results are
 * hidden (until the close), nor ever for a secret proposal, whose result names no voter.
 *
 * @example const { versions, ballots } = await showProposal(ctx, actor, { proposalId });
 */
export async function showProposal(
  ctx: AppContext,
  actor: Actor | null,
  input: { proposalId: string },
): Promise<ProposalDetail> {
  const { proposalId } = parseInput(
    z.strictObject({ proposalId: entityId }),
    input,
    refusal('refusal.proposal-cannot-be-shown'),
  );
  ensureAllowed('proposal.list', actor);
  const db = ctx.store.db;
  const proposal = await requireProposal(db, proposalId);
  const versions = await db
    .selectFrom('proposal_versions')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .orderBy('version')
    .execute();
  const ballots = await db
    .selectFrom('ballots as b')
    .innerJoin('members as m', 'm.id', 'b.voter_id')
    .select((eb) => [
      'b.voter_id',
      'm.display_name',
      'b.ballot',
      'b.weight',
      'b.binding',
      'b.version',
      'b.cast_at',
      'b.seq',
      eb
        .selectFrom('ballot_history as h')
        .select((h) => h.fn.countAll<number>().as('n'))
        .whereRef('h.proposal_id', '=', 'b.proposal_id')
        .whereRef('h.voter_id', '=', 'b.voter_id')
        .as('cast'),
    ])
    .where('b.proposal_id', '=', proposalId)
    .orderBy('b.voter_id')
    .execute();
  const hidden = proposal.secret || (proposal.resultsHidden && proposal.status === 'open');
  return {
    ...proposal,
    versions: versions.map((v) => ({
      version: v.version,
      title: v.title,
      body: v.body,
      change: JSON.parse(v.change) as ProposalChange,
      recordedAt: v.recorded_at,
    })),
    ballots: ballots.map((b) => ({
      voterId: b.voter_id,
      displayName: b.display_name,
      ballot: hidden ? null : (JSON.parse(b.ballot) as JsonObject),
      weight: b.weight,
      binding: b.binding === 1,
      version: b.version,
      castAt: b.cast_at,
      seq: b.seq,
      ballotsCast: Number(b.cast),
    })),
  };
}
