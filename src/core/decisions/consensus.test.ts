import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tallyConsensus, validateConsensusBallot } from './consensus.js';
import { assertOrderIndependent, baseArb, uniqueBallots } from './test-support.js';

type Response = 'agree' | 'stand-aside' | 'block';
const bodyArb = fc
  .tuple(
    baseArb,
    fc.constantFrom('agree', 'stand-aside', 'block') as fc.Arbitrary<Response>,
    fc.option(fc.constantFrom('reason', '')),
    fc.constantFrom('standing', 'withdrawn') as fc.Arbitrary<'standing' | 'withdrawn'>,
  )
  .map(([b, response, reason, status]) => ({
    ...b,
    response,
    status,
    ...(reason === null ? {} : { reason }),
  }));

describe('consensus', () => {
  it('passes with agreement and stand-asides', () => {
    const r = tallyConsensus({}, [
      { voterId: 'a', response: 'agree' },
      { voterId: 'b', response: 'stand-aside', reason: 'not my circle' },
    ]);
    expect(r.outcome).toBe('passed');
    expect(r.counts).toMatchObject({ agree: 1, standAside: 1, blocksStanding: 0 });
  });

  it('fails on any standing block, passes once it is withdrawn', () => {
    const block = {
      voterId: 'c',
      response: 'block' as const,
      reason: 'violates the commons licence',
    };
    expect(
      tallyConsensus({}, [{ voterId: 'a', response: 'agree', weight: 10 }, block]).outcome,
    ).toBe('failed');
    expect(
      tallyConsensus({}, [
        { voterId: 'a', response: 'agree' },
        { ...block, status: 'withdrawn' },
      ]).outcome,
    ).toBe('passed');
  });

  it('applies an optional minimum agree share over everyone who responded', () => {
    const ballots = [
      { voterId: 'a', response: 'agree' as const },
      { voterId: 'b', response: 'stand-aside' as const },
      { voterId: 'c', response: 'stand-aside' as const },
    ];
    const r = tallyConsensus({ minAgreeShare: { numerator: 1, denominator: 2 } }, ballots);
    expect(r.outcome).toBe('failed');
    expect(r.explanation.at(-1)).toBe(
      'No block stands. Agree must be at least 1/2 of all responses (2 of 3); agree is 1: too many stood aside, no consensus.',
    );
    expect(
      tallyConsensus({ minAgreeShare: { numerator: 1, denominator: 3 } }, ballots).outcome,
    ).toBe('passed');
  });

  it('needs a reason for a block', () => {
    expect(validateConsensusBallot({}, { voterId: 'c', response: 'block' })).toEqual([
      { field: 'reason', message: 'a block needs a reason' },
    ]);
    expect(validateConsensusBallot({}, { voterId: 'c', response: 'stand-aside' })).toEqual([]);
  });

  it('law: any standing binding block fails it', () => {
    fc.assert(
      fc.property(uniqueBallots(bodyArb), (ballots) => {
        const all = [
          ...ballots,
          { voterId: 'blocker', response: 'block' as const, reason: 'serious harm' },
        ];
        expect(tallyConsensus({}, all).outcome).toBe('failed');
      }),
    );
  });

  it('is independent of ballot order', () => {
    assertOrderIndependent(bodyArb, (b) =>
      tallyConsensus({ minAgreeShare: { numerator: 2, denominator: 3 } }, b),
    );
  });
});
