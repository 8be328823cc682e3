import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_VALIDATION_RULE,
  meetsRule,
  startValidation,
  transition,
  type PeerValidation,
  type ValidationAction,
} from './peer-validation.js';

const step = (state: PeerValidation, action: ValidationAction): PeerValidation => {
  const result = transition(state, action);
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
};

describe('peer validation', () => {
  const start = startValidation('ana', DEFAULT_VALIDATION_RULE);

  it('counts a contribution once another member acknowledges it', () => {
    expect(start.status).toBe('pending');
    expect(step(start, { kind: 'acknowledge', by: 'ben', stewardOfCircle: false }).status).toBe(
      'counted',
    );
  });

  it('makes self-validation and self-dispute impossible', () => {
    expect(
      transition(start, { kind: 'acknowledge', by: 'ana', stewardOfCircle: true }),
    ).toMatchObject({ ok: false, error: { code: 'self-validation' } });
    expect(transition(start, { kind: 'dispute', by: 'ana', reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'self-dispute' },
    });
  });

  it('needs N distinct members and, if required, a steward of the circle', () => {
    let s = startValidation('ana', { acknowledgements: 2, stewardRequired: true });
    s = step(s, { kind: 'acknowledge', by: 'ben', stewardOfCircle: false });
    expect(transition(s, { kind: 'acknowledge', by: 'ben', stewardOfCircle: false })).toMatchObject(
      { ok: false, error: { code: 'already-acknowledged' } },
    );
    s = step(s, { kind: 'acknowledge', by: 'cleo', stewardOfCircle: false });
    expect(s.status).toBe('pending');
    s = step(s, { kind: 'acknowledge', by: 'dan', stewardOfCircle: true });
    expect(s.status).toBe('counted');
    expect(startValidation('ana', { acknowledgements: 0, stewardRequired: false }).status).toBe(
      'counted',
    );
  });

  it('freezes a disputed contribution until the disputer withdraws', () => {
    let s = step(start, { kind: 'acknowledge', by: 'ben', stewardOfCircle: false });
    s = step(s, { kind: 'dispute', by: 'cleo', reason: 'hours look doubled' });
    expect(s.status).toBe('disputed');
    expect(transition(s, { kind: 'acknowledge', by: 'dan', stewardOfCircle: false })).toMatchObject(
      { ok: false, error: { code: 'frozen-by-dispute' } },
    );
    expect(transition(s, { kind: 'dispute', by: 'dan', reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'already-disputed' },
    });
    expect(transition(s, { kind: 'withdraw', by: 'dan' })).toMatchObject({
      ok: false,
      error: { code: 'not-disputer' },
    });
    expect(step(s, { kind: 'withdraw', by: 'cleo' }).status).toBe('counted');
  });

  it('a disputer who had acknowledged takes the acknowledgement back', () => {
    let s = step(start, { kind: 'acknowledge', by: 'ben', stewardOfCircle: false });
    s = step(s, { kind: 'dispute', by: 'ben', reason: 'I was wrong' });
    expect(step(s, { kind: 'withdraw', by: 'ben' }).status).toBe('pending');
  });

  it('a decision settles a dispute: stands or void', () => {
    const disputed = step(step(start, { kind: 'acknowledge', by: 'ben', stewardOfCircle: false }), {
      kind: 'dispute',
      by: 'cleo',
      reason: 'x',
    });
    expect(
      step(disputed, { kind: 'resolve', decision: 'd1', outcome: 'contribution-stands' }),
    ).toMatchObject({ status: 'counted', resolvedBy: 'd1', dispute: null });
    const voided = step(disputed, {
      kind: 'resolve',
      decision: 'd1',
      outcome: 'contribution-void',
    });
    expect(voided.status).toBe('void');
    expect(
      transition(voided, { kind: 'acknowledge', by: 'dan', stewardOfCircle: false }),
    ).toMatchObject({ ok: false, error: { code: 'closed' } });
    expect(
      transition(start, { kind: 'resolve', decision: 'd1', outcome: 'contribution-stands' }),
    ).toMatchObject({ ok: false, error: { code: 'not-disputed' } });
  });

  it('only the author edits, which supersedes the contribution for good', () => {
    const disputed = step(start, { kind: 'dispute', by: 'cleo', reason: 'x' });
    expect(
      transition(disputed, { kind: 'supersede', by: 'cleo', newContributionId: 'c2' }),
    ).toMatchObject({ ok: false, error: { code: 'not-author' } });
    const superseded = step(disputed, { kind: 'supersede', by: 'ana', newContributionId: 'c2' });
    expect(superseded).toMatchObject({ status: 'superseded', supersededBy: 'c2' });
    expect(transition(superseded, { kind: 'withdraw', by: 'cleo' })).toMatchObject({
      ok: false,
      error: { code: 'closed' },
    });
  });

  it('law: counted exactly when the rule is met and no dispute is open', () => {
    const action = fc.oneof(
      fc.record({
        kind: fc.constant('acknowledge' as const),
        by: fc.constantFrom('ana', 'ben', 'cleo', 'dan'),
        stewardOfCircle: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('dispute' as const),
        by: fc.constantFrom('ana', 'ben', 'cleo'),
        reason: fc.constant('r'),
      }),
      fc.record({ kind: fc.constant('withdraw' as const), by: fc.constantFrom('ben', 'cleo') }),
      fc.record({
        kind: fc.constant('resolve' as const),
        decision: fc.constant('d'),
        outcome: fc.constantFrom('contribution-stands' as const, 'contribution-void' as const),
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        fc.array(action, { maxLength: 20 }),
        (n, steward, actions) => {
          let s = startValidation('ana', { acknowledgements: n, stewardRequired: steward });
          for (const a of actions) {
            const r = transition(s, a);
            if (r.ok) s = r.state;
            expect(s.acknowledgements.some((x) => x.by === 'ana')).toBe(false);
            expect(new Set(s.acknowledgements.map((x) => x.by)).size).toBe(
              s.acknowledgements.length,
            );
            if (s.status === 'void') continue;
            expect(s.status === 'counted').toBe(
              s.dispute === null && meetsRule(s.acknowledgements, s.rule),
            );
          }
        },
      ),
    );
  });
});
