import { canonicalBytes, type JsonObject } from '../ledger/canonical.js';
import { sha256 } from '../ledger/hash.js';
import type { BallotOpening } from './proposal-events.js';

/**
 * The commitment a sealed ballot puts on the ledger: SHA-256 of the canonical (RFC 8785) JSON of
 * `{ proposalId, ballot, salt }`. The salt (random, kept off-ledger by the node until the close)
 * makes the choice impossible to guess from the hash; the proposal id stops a commitment from
 * being copied to another proposal.
 *
 * @example ballotCommitment(proposalId, { choice: 'yes' }, salt) // '9f2c…' (64 hex digits)
 */
export function ballotCommitment(proposalId: string, ballot: JsonObject, salt: string): string {
  return sha256(canonicalBytes({ proposalId, ballot, salt })).toString('hex');
}

/**
 * Checks the openings revealed at a close against the commitments of the sealed ballots they
 * name (by event seq). Anyone holding the ledger can run it: an empty list means every opening
 * matches its commitment, names a different ballot and no counted ballot was left unopened.
 *
 * @example checkOpenings(proposalId, new Map([[12, commitment]]), openings) // []
 */
export function checkOpenings(
  proposalId: string,
  commitments: ReadonlyMap<number, string>,
  openings: readonly BallotOpening[],
): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const o of openings) {
    if (seen.has(o.seq)) problems.push(`ballot #${o.seq} is opened twice`);
    seen.add(o.seq);
    const committed = commitments.get(o.seq);
    if (committed === undefined) problems.push(`#${o.seq} is not a sealed ballot on this proposal`);
    else if (ballotCommitment(proposalId, o.ballot, o.salt) !== committed)
      problems.push(`the opening of ballot #${o.seq} does not match its commitment`);
  }
  for (const seq of commitments.keys())
    if (!seen.has(seq)) problems.push(`ballot #${seq} was not opened`);
  return problems;
}
