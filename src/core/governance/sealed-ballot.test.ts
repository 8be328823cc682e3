import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ballotCommitment, checkOpenings } from './sealed-ballot.js';

const proposalId = '0190a1b2-0000-7000-8000-000000000001';
const salt = 'c2FsdHktc2FsdHktc2FsdHk';

describe('sealed ballots', () => {
  it('commit to the ballot and its salt, whatever the key order', () => {
    const c = ballotCommitment(proposalId, { response: 'object', reason: 'too soon' }, salt);
    expect(c).toMatch(/^[0-9a-f]{64}$/);
    expect(ballotCommitment(proposalId, { reason: 'too soon', response: 'object' }, salt)).toBe(c);
    expect(ballotCommitment(proposalId, { response: 'consent' }, salt)).not.toBe(c);
    expect(
      ballotCommitment(proposalId, { response: 'object', reason: 'too soon' }, `${salt}x`),
    ).not.toBe(c);
    expect(
      ballotCommitment(
        '0190a1b2-0000-7000-8000-000000000002',
        { response: 'object', reason: 'too soon' },
        salt,
      ),
    ).not.toBe(c);
  });

  it('accept exactly the openings that match every counted commitment', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('yes', 'no', 'abstain'), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (choices, pick) => {
          const openings = choices.map((choice, i) => ({
            seq: i + 1,
            ballot: { choice },
            salt: `${salt}${i}`,
          }));
          const commitments = new Map(
            openings.map((o) => [o.seq, ballotCommitment(proposalId, o.ballot, o.salt)]),
          );
          expect(checkOpenings(proposalId, commitments, openings)).toEqual([]);
          const forged = openings.map((o, i) =>
            i === pick % openings.length
              ? { ...o, ballot: { choice: o.ballot.choice === 'yes' ? 'no' : 'yes' } }
              : o,
          );
          expect(checkOpenings(proposalId, commitments, forged)).toEqual([
            `the opening of ballot #${(pick % openings.length) + 1} does not match its commitment`,
          ]);
          expect(checkOpenings(proposalId, commitments, openings.slice(1))).toEqual([
            'ballot #1 was not opened',
          ]);
        },
      ),
    );
  });
});
