import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tallyLazyConsensus, validateLazyConsensusBallot } from './lazy-consensus.js';
import { assertOrderIndependent, baseArb } from './test-support.js';

const deadline = '2025-03-01T12:00:00Z';

describe('lazy consensus', () => {
  it('passes at the deadline when nobody objects, even with no ballots', () => {
    const r = tallyLazyConsensus({ deadline }, [], { now: '2025-03-01T12:00:00Z' });
    expect(r.outcome).toBe('passed');
    expect(r.explanation.at(-1)).toBe(
      'No objection stands at the deadline; silence counts as assent: the proposal passes.',
    );
  });

  it('is open before the deadline', () => {
    expect(tallyLazyConsensus({ deadline }, [], { now: '2025-03-01T11:59:59Z' }).outcome).toBe(
      'open',
    );
    expect(
      tallyLazyConsensus({ deadline }, [{ voterId: 'b', response: 'object', reason: 'x' }], {
        now: '2025-02-01T00:00:00Z',
      }).outcome,
    ).toBe('open');
  });

  it('fails when a binding objection stands, not when it was withdrawn or only shown', () => {
    expect(
      tallyLazyConsensus({}, [{ voterId: 'b', response: 'object', reason: 'too costly' }]).outcome,
    ).toBe('failed');
    expect(
      tallyLazyConsensus({}, [
        { voterId: 'b', response: 'object', reason: 'too costly', status: 'withdrawn' },
      ]).outcome,
    ).toBe('passed');
    const shown = tallyLazyConsensus({}, [
      { voterId: 'd', response: 'object', reason: 'unsure', binding: false },
    ]);
    expect(shown.outcome).toBe('passed');
    expect(shown.shown.objectionsStanding).toBe(1);
  });

  it('requires a reason for an objection unless the settings waive it', () => {
    expect(validateLazyConsensusBallot({}, { voterId: 'b', response: 'object' })).toEqual([
      { field: 'reason', message: 'an objection needs a reason' },
    ]);
    expect(
      validateLazyConsensusBallot(
        { objectionNeedsReason: false },
        { voterId: 'b', response: 'object' },
      ),
    ).toEqual([]);
  });

  it('is independent of ballot order', () => {
    const body = fc
      .tuple(
        baseArb,
        fc.constantFrom('support', 'object') as fc.Arbitrary<'support' | 'object'>,
        fc.option(fc.constantFrom('why', '')),
        fc.constantFrom('standing', 'withdrawn', 'resolved') as fc.Arbitrary<
          'standing' | 'withdrawn' | 'resolved'
        >,
      )
      .map(([b, response, reason, status]) => ({
        ...b,
        response,
        status,
        ...(reason === null ? {} : { reason }),
      }));
    assertOrderIndependent(body, (b) =>
      tallyLazyConsensus({ deadline }, b, { now: '2025-03-02T00:00:00Z' }),
    );
  });
});
