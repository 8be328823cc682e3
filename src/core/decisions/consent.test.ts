import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { consentBallotSchema, tallyConsent, validateConsentBallot } from './consent.js';
import { assertOrderIndependent, baseArb, uniqueBallots } from './test-support.js';

const statusArb = fc.constantFrom('standing', 'withdrawn', 'resolved') as fc.Arbitrary<
  'standing' | 'withdrawn' | 'resolved'
>;
const bodyArb = fc
  .tuple(
    baseArb,
    fc.constantFrom('consent', 'object') as fc.Arbitrary<'consent' | 'object'>,
    fc.option(fc.constantFrom('harm', ' ')),
    statusArb,
  )
  .map(([b, response, reason, status]) => ({
    ...b,
    response,
    status,
    ...(reason === null ? {} : { reason }),
  }));

describe('consent', () => {
  it('passes when no objection stands', () => {
    const r = tallyConsent({}, [
      { voterId: 'ana', response: 'consent' },
      {
        voterId: 'bo',
        response: 'object',
        reason: 'no budget',
        status: 'resolved',
        resolution: 'amended to use reserve',
      },
      { voterId: 'cy', response: 'object', reason: 'timing', status: 'withdrawn' },
    ]);
    expect(r.outcome).toBe('passed');
    expect(r.counts).toMatchObject({
      consent: 1,
      objectionsStanding: 0,
      objectionsWithdrawn: 1,
      objectionsResolved: 1,
    });
    expect(r.explanation).toContain(
      'Objection from bo was resolved (amended to use reserve): "no budget".',
    );
  });

  it('fails while one objection stands, whatever its weight', () => {
    const r = tallyConsent({}, [
      { voterId: 'ana', response: 'consent', weight: 50 },
      { voterId: 'bo', response: 'object', reason: 'breaks our care policy' },
    ]);
    expect(r.outcome).toBe('failed');
    expect(r.explanation).toContain(
      'An objection stands: the proposal does not pass until it is resolved or withdrawn.',
    );
  });

  it('needs a reason for an objection (validator and schema agree)', () => {
    expect(validateConsentBallot({}, { voterId: 'bo', response: 'object', reason: '  ' })).toEqual([
      { field: 'reason', message: 'an objection needs a reason' },
    ]);
    expect(consentBallotSchema.safeParse({ voterId: 'bo', response: 'object' }).success).toBe(
      false,
    );
    const r = tallyConsent({}, [
      { voterId: 'ana', response: 'consent' },
      { voterId: 'bo', response: 'object' },
    ]);
    expect(r.setAside).toEqual([
      { voterId: 'bo', problems: [{ field: 'reason', message: 'an objection needs a reason' }] },
    ]);
  });

  it('law: fails exactly when a valid binding objection stands', () => {
    fc.assert(
      fc.property(uniqueBallots(bodyArb, 1), (ballots) => {
        const valid = ballots.filter(
          (b) => b.response === 'consent' || (b.reason ?? '').trim() !== '',
        );
        const binding = valid.filter((b) => b.binding !== false);
        const expected =
          binding.length === 0
            ? 'no-quorum'
            : binding.some((b) => b.response === 'object' && b.status === 'standing')
              ? 'failed'
              : 'passed';
        expect(tallyConsent({}, ballots).outcome).toBe(expected);
      }),
    );
  });

  it('is independent of ballot order', () => {
    assertOrderIndependent(bodyArb, (b) => tallyConsent({}, b));
  });
});
