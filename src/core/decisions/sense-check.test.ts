import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tallySenseCheck, validateSenseCheckBallot } from './sense-check.js';
import { checkQuorum } from './quorum.js';
import { assertOrderIndependent, baseArb } from './test-support.js';

describe('sense check', () => {
  it('reports the spread and never decides', () => {
    const r = tallySenseCheck({}, [
      { voterId: 'a', response: 'agree' },
      { voterId: 'b', response: 'agree' },
      { voterId: 'c', response: 'disagree', comment: 'too fast' },
      { voterId: 'd', response: 'unsure', binding: false },
    ]);
    expect(r.outcome).toBe('non-binding');
    expect(r.winners).toEqual([]);
    expect(r.counts.responses).toEqual({ agree: 2, unsure: 0, disagree: 1 });
    expect(r.shown.responses).toEqual({ agree: 0, unsure: 1, disagree: 0 });
    expect(r.explanation).toContain('Responses: agree 2 (67%), unsure 0 (0%), disagree 1 (33%).');
  });

  it('stays non-binding even without a quorum', () => {
    const quorum = checkQuorum({
      eligible: { w: ['a', 'b'] },
      minimum: { w: { numerator: 1, denominator: 1 } },
      ballots: [],
    });
    expect(tallySenseCheck({}, [], { quorum }).outcome).toBe('non-binding');
  });

  it('accepts custom responses and rejects unknown ones', () => {
    expect(
      validateSenseCheckBallot({ options: ['good', 'bad'] }, { voterId: 'a', response: 'agree' }),
    ).toEqual([
      { field: 'response', message: '"agree" is not one of the responses offered (good, bad)' },
    ]);
  });

  it('is independent of ballot order', () => {
    const body = fc
      .tuple(baseArb, fc.constantFrom('agree', 'unsure', 'disagree', 'nope'))
      .map(([b, response]) => ({ ...b, response }));
    assertOrderIndependent(body, (b) => tallySenseCheck({}, b));
  });
});
