import type { Kysely } from 'kysely';
import type { Rational } from '../../core/decisions/rational.js';
import { votingConstituencies } from '../../core/governance/eligibility.js';
import {
  BALLOTS_REVEALED,
  PROPOSAL_CLOSED,
  type BallotOpening,
} from '../../core/governance/proposal-events.js';
import { tallyProposal, type RecordedBallot } from '../../core/governance/tally-proposal.js';
import type { JsonObject } from '../../core/ledger/canonical.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { message } from '../../core/messages/codes.js';
import { linesInEnglish } from '../../core/messages/render-en.js';
import type { Database } from '../../store/schema.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { AppError, conflict, refusal } from '../errors.js';
import { readConstituencies } from '../members/member-facts.js';
import { draftOf } from '../use-case-steps.js';
import { delegatedBallots } from './delegated-ballots.js';
import { readGovernanceParameters } from './governance-parameters.js';
import { requireProposal, type ProposalRecord } from './proposal-facts.js';

/** Ballots cast while the tally was being made (their transaction began before the deadline) mean counting again. */
const ATTEMPTS = 5;

/**
 * Closes a proposal whose deadline has come: tallies every member's current ballot with the core
 * method (and the quorum of each voting constituency, when the DisCO set one), plus the votes of
 * members who delegated and did not vote, and records the result as the node, with the deadline
 * as the close time. Sealed ballots are opened first, in the same batch (`proposal.ballots-revealed`),
 * and their off-ledger openings deleted. Returns null when it was already closed or withdrawn. A
 * ballot cannot slip in after the tally: ballots are refused from the deadline on, and the close
 * is re-tallied if one committed meanwhile.
 *
 * @example const closed = await closeProposal(ctx, proposalId); closed?.outcome // 'passed'
 */
export async function closeProposal(
  ctx: AppContext,
  proposalId: string,
): Promise<{ outcome: string; events: LedgerEvent[] } | null> {
  for (let attempt = 1; ; attempt++) {
    const proposal = await requireProposal(ctx.store.db, proposalId);
    if (proposal.status !== 'open') return null;
    if (Date.parse(proposal.deadline) > ctx.clock().getTime()) {
      throw new AppError(
        409,
        'proposal-open',
        refusal('refusal.proposal-stays-open-until-deadline', { deadline: proposal.deadline }),
      );
    }
    const { ballots, openings, unopened, lastSeq } = await readBallots(ctx.store.db, proposalId);
    const delegated = await delegatedBallots(ctx, proposal, ballots);
    const tallied = tallyProposal({
      ...(await electorate(ctx, proposal)),
      method: proposal.method,
      settings: proposal.settings,
      ballots: [...ballots, ...delegated.ballots],
      closedAt: proposal.deadline,
      anonymous: proposal.secret,
    });
    const notes = [
      ...(delegated.votes.length > 0
        ? [message('tally.delegated', { count: delegated.votes.length })]
        : []),
      ...(unopened > 0 ? [message('tally.unopened', { count: unopened })] : []),
    ];
    const result = JSON.parse(
      JSON.stringify({
        ...tallied,
        explanation: [...tallied.explanation, ...linesInEnglish(notes)],
        ...(tallied.lines ? { lines: [...tallied.lines, ...notes] } : {}),
        ...(delegated.votes.length > 0 ? { delegated: delegated.votes } : {}),
      }),
    ) as JsonObject;
    const outcome = String(result['outcome']);
    const drafts = [
      ...(proposal.resultsHidden
        ? [
            draftOf(ctx, null, BALLOTS_REVEALED, {
              proposalId,
              openings,
            }),
          ]
        : []),
      draftOf(ctx, null, PROPOSAL_CLOSED, {
        proposalId,
        closedAt: proposal.deadline,
        outcome,
        result,
      }),
    ];
    try {
      const events = await appendEvents(ctx, drafts, {
        guard: async (db) => {
          const now = await requireProposal(db, proposalId);
          if (now.status !== 'open')
            throw conflict(refusal('refusal.proposal-was-closed-meanwhile'));
          if ((await readBallots(db, proposalId)).lastSeq !== lastSeq) throw new BallotsMoved();
          // The openings are on the ledger now; those of replaced ballots are never revealed.
          await db.deleteFrom('ballot_openings').where('proposal_id', '=', proposalId).execute();
        },
      });
      return { outcome, events };
    } catch (error) {
      if (error instanceof BallotsMoved && attempt < ATTEMPTS) continue;
      if (error instanceof AppError && error.code === 'conflict') return null;
      throw error;
    }
  }
}

class BallotsMoved extends Error {}

interface CurrentBallots {
  /** Every current ballot that can be counted, sealed ones opened, secret ones in commitment order. */
  ballots: RecordedBallot[];
  /** The openings of the sealed ones, by seq, for the reveal. */
  openings: BallotOpening[];
  /** Sealed ballots whose opening the node no longer holds. */
  unopened: number;
  lastSeq: number;
}

async function readBallots(db: Kysely<Database>, proposalId: string): Promise<CurrentBallots> {
  const rows = await db
    .selectFrom('ballots')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .orderBy('commitment')
    .orderBy('voter_id')
    .execute();
  const commitments = rows.flatMap((r) => (r.commitment === null ? [] : [r.commitment]));
  const held =
    commitments.length === 0
      ? []
      : await db
          .selectFrom('ballot_openings')
          .selectAll()
          .where('commitment', 'in', commitments)
          .execute();
  const byCommitment = new Map(held.map((o) => [o.commitment, o]));
  const ballots: RecordedBallot[] = [];
  const openings: BallotOpening[] = [];
  for (const r of rows) {
    const opening = r.commitment === null ? null : byCommitment.get(r.commitment);
    if (opening === undefined) continue;
    const ballot = JSON.parse(opening?.ballot ?? r.ballot) as JsonObject;
    if (opening) openings.push({ seq: r.seq, ballot, salt: opening.salt });
    ballots.push({
      voterId: r.voter_id,
      ballot,
      weight: r.weight,
      binding: r.binding === 1,
      constituencyIds: JSON.parse(r.constituency_ids) as string[],
    });
  }
  return {
    ballots,
    openings: openings.sort((a, b) => a.seq - b.seq),
    unopened: commitments.length - openings.length,
    lastSeq: rows.reduce((max, r) => Math.max(max, r.seq), 0),
  };
}

/** Who could have voted, per voting constituency, and the quorum each needs (by id). */
async function electorate(
  ctx: AppContext,
  proposal: ProposalRecord,
): Promise<{ eligible: Record<string, string[]>; quorum: Record<string, Rational> }> {
  const db = ctx.store.db;
  const params = await readGovernanceParameters(db);
  const voting = votingConstituencies(
    params,
    proposal.kind,
    (await readConstituencies(db)).map((c) => ({ ...c, id: c.constituencyId })),
  );
  const quorum: Record<string, Rational> = {};
  for (const c of voting) if (params.quorum[c.slug]) quorum[c.id] = params.quorum[c.slug]!;
  if (Object.keys(quorum).length === 0) return { eligible: {}, quorum };
  const rows = await db
    .selectFrom('member_constituencies as mc')
    .innerJoin('members as m', 'm.id', 'mc.member_id')
    .select(['mc.constituency_id', 'mc.member_id'])
    .where('m.status', '=', 'active')
    .where(
      'mc.constituency_id',
      'in',
      voting.map((c) => c.id),
    )
    .execute();
  const eligible: Record<string, string[]> = Object.fromEntries(voting.map((c) => [c.id, []]));
  for (const r of rows) eligible[r.constituency_id]!.push(r.member_id);
  return { eligible, quorum };
}
