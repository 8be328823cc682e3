// Test support: settings a server accepts for each method, and anything a ballot form's fields can hold.
import fc from 'fast-check';
import {
  CONSENSUS_RESPONSES,
  CONSENT_RESPONSES,
  LAZY_RESPONSES,
  MARKS,
  YES_NO_ABSTAIN,
  type BallotState,
} from './ballot-state.js';
import type { Method } from './types.js';

const optionName = fc.oneof(
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.constantFrom('constructor', 'toString', 'Mon 10:00', 'hasOwnProperty'),
);
const optionsArb = fc.uniqueArray(optionName, { minLength: 2, maxLength: 6 });
const reasonArb = fc.oneof(fc.constant(''), fc.constant('   '), fc.string({ maxLength: 12 }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const orNull = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });

/** Settings as the server accepts them at opening, for each method. */
export function settingsArb(method: Method): fc.Arbitrary<Record<string, unknown>> {
  switch (method) {
    case 'sense-check':
      return fc.record({ options: maybe(optionsArb) }, { requiredKeys: [] });
    case 'lazy-consensus':
      return fc.record({ objectionNeedsReason: maybe(fc.boolean()) }, { requiredKeys: [] });
    case 'approval':
      return fc.record(
        { options: optionsArb, maxApprovals: maybe(fc.integer({ min: 1, max: 6 })) },
        { requiredKeys: ['options'] },
      );
    case 'score':
      return fc
        .record({
          options: optionsArb,
          min: fc.integer({ min: -3, max: 3 }),
          span: fc.integer({ min: 1, max: 6 }),
          requireAll: maybe(fc.boolean()),
        })
        .map(({ span, ...s }) => ({ ...s, max: s.min + span }));
    case 'dot-vote':
      return fc.record(
        {
          options: optionsArb,
          dots: fc.integer({ min: 1, max: 10 }),
          maxPerOption: maybe(fc.integer({ min: 1, max: 10 })),
          mustUseAll: maybe(fc.boolean()),
        },
        { requiredKeys: ['options', 'dots'] },
      );
    case 'irv':
    case 'schulze':
    case 'meeting-poll':
      return fc.record({ options: optionsArb });
    default:
      return fc.constant({});
  }
}

/** Anything the form's fields can hold, sensible or not. */
export function stateArb(method: Method, options: string[]): fc.Arbitrary<BallotState> {
  const perOption = <T>(arb: fc.Arbitrary<T>) =>
    fc.array(arb, { minLength: options.length, maxLength: options.length });
  switch (method) {
    case 'sense-check':
      return fc.record({
        method: fc.constant(method),
        response: orNull(fc.oneof(fc.constantFrom(...options), fc.string())),
        comment: reasonArb,
      });
    case 'lazy-consensus':
      return fc.record({
        method: fc.constant(method),
        response: orNull(fc.constantFrom(...LAZY_RESPONSES)),
        reason: reasonArb,
      });
    case 'consent':
      return fc.record({
        method: fc.constant(method),
        response: orNull(fc.constantFrom(...CONSENT_RESPONSES)),
        reason: reasonArb,
      });
    case 'consensus':
      return fc.record({
        method: fc.constant(method),
        response: orNull(fc.constantFrom(...CONSENSUS_RESPONSES)),
        reason: reasonArb,
      });
    case 'majority':
    case 'supermajority':
      return fc.record({
        method: fc.constant(method),
        choice: orNull(fc.constantFrom(...YES_NO_ABSTAIN)),
      });
    case 'approval':
      return fc.record({ method: fc.constant(method), approved: perOption(fc.boolean()) });
    case 'score':
      return fc.record({
        method: fc.constant(method),
        scores: perOption(orNull(fc.integer({ min: -10, max: 10 }))),
      });
    case 'dot-vote':
      return fc.record({
        method: fc.constant(method),
        dots: perOption(
          fc.oneof(
            fc.nat(12).map(String),
            fc.constantFrom('', ' 3 ', '2.5', '-1', 'two', '1e1'),
            fc.string({ maxLength: 3 }),
          ),
        ),
      });
    case 'irv':
    case 'schulze':
      return fc.record({ method: fc.constant(method), ranking: fc.shuffledSubarray(options) });
    case 'meeting-poll':
      return fc.record({
        method: fc.constant(method),
        marks: perOption(orNull(fc.constantFrom(...MARKS))),
      });
  }
}
