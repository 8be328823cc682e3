import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemas, validateBallot, type Method as ServerMethod, type MethodTypes } from '../../../src/core/decisions/index.js';
import { keyPaths } from '../verify/test-i18n.js';
import { CONSENSUS_RESPONSES, CONSENT_RESPONSES, initialState, LAZY_RESPONSES, MARKS, YES_NO_ABSTAIN, type BallotState } from './ballot-state.js';
import { buildChoice } from './build-choice.js';
import { messages } from './messages.js';
import { readSettings } from './settings.js';
import { METHODS, type Method } from './types.js';

type Any = MethodTypes[ServerMethod];

const optionName = fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('constructor', 'toString', 'Mon 10:00', 'hasOwnProperty'));
const optionsArb = fc.uniqueArray(optionName, { minLength: 2, maxLength: 6 });
const reasonArb = fc.oneof(fc.constant(''), fc.constant('   '), fc.string({ maxLength: 12 }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const orNull = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });

/** Settings as the server accepts them at opening, for each method. */
function settingsArb(method: Method): fc.Arbitrary<Record<string, unknown>> {
  switch (method) {
    case 'sense-check':
      return fc.record({ options: maybe(optionsArb) }, { requiredKeys: [] });
    case 'lazy-consensus':
      return fc.record({ objectionNeedsReason: maybe(fc.boolean()) }, { requiredKeys: [] });
    case 'approval':
      return fc.record({ options: optionsArb, maxApprovals: maybe(fc.integer({ min: 1, max: 6 })) }, { requiredKeys: ['options'] });
    case 'score':
      return fc
        .record({ options: optionsArb, min: fc.integer({ min: -3, max: 3 }), span: fc.integer({ min: 1, max: 6 }), requireAll: maybe(fc.boolean()) })
        .map(({ span, ...s }) => ({ ...s, max: s.min + span }));
    case 'dot-vote':
      return fc.record(
        { options: optionsArb, dots: fc.integer({ min: 1, max: 10 }), maxPerOption: maybe(fc.integer({ min: 1, max: 10 })), mustUseAll: maybe(fc.boolean()) },
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
function stateArb(method: Method, options: string[]): fc.Arbitrary<BallotState> {
  const perOption = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: options.length, maxLength: options.length });
  switch (method) {
    case 'sense-check':
      return fc.record({ method: fc.constant(method), response: orNull(fc.oneof(fc.constantFrom(...options), fc.string())), comment: reasonArb });
    case 'lazy-consensus':
      return fc.record({ method: fc.constant(method), response: orNull(fc.constantFrom(...LAZY_RESPONSES)), reason: reasonArb });
    case 'consent':
      return fc.record({ method: fc.constant(method), response: orNull(fc.constantFrom(...CONSENT_RESPONSES)), reason: reasonArb });
    case 'consensus':
      return fc.record({ method: fc.constant(method), response: orNull(fc.constantFrom(...CONSENSUS_RESPONSES)), reason: reasonArb });
    case 'majority':
    case 'supermajority':
      return fc.record({ method: fc.constant(method), choice: orNull(fc.constantFrom(...YES_NO_ABSTAIN)) });
    case 'approval':
      return fc.record({ method: fc.constant(method), approved: perOption(fc.boolean()) });
    case 'score':
      return fc.record({ method: fc.constant(method), scores: perOption(orNull(fc.integer({ min: -10, max: 10 }))) });
    case 'dot-vote':
      return fc.record({
        method: fc.constant(method),
        dots: perOption(fc.oneof(fc.nat(12).map(String), fc.constantFrom('', ' 3 ', '2.5', '-1', 'two', '1e1'), fc.string({ maxLength: 3 }))),
      });
    case 'irv':
    case 'schulze':
      return fc.record({ method: fc.constant(method), ranking: fc.shuffledSubarray(options) });
    case 'meeting-poll':
      return fc.record({ method: fc.constant(method), marks: perOption(orNull(fc.constantFrom(...MARKS))) });
  }
}

/** The settings as a proposal carries them: parsed by the server's schema, defaults filled in. */
function storedSettings(method: Method, given: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schemas[method].settings.parse(given))) as Record<string, unknown>;
}

function serverProblems(method: Method, settings: Record<string, unknown>, ballot: Record<string, unknown>): unknown[] {
  const parsed = schemas[method].ballot.safeParse({ ...ballot, voterId: 'member-1' });
  if (!parsed.success) return parsed.error.issues;
  return validateBallot(method, settings as Any['settings'], parsed.data as Any['ballot']);
}

const caseArb = fc
  .constantFrom(...METHODS)
  .chain((method) => settingsArb(method).map((given) => ({ method, settings: storedSettings(method, given) })))
  .chain(({ method, settings }) => stateArb(method, readSettings(method, settings).options).map((state) => ({ method, settings, state })));

const messageKeys = new Set(keyPaths(messages.en));

describe('building the ballot a member filled in', () => {
  it('yields a ballot the server counts, or a message the form can show, from any state of the form', () => {
    fc.assert(
      fc.property(caseArb, ({ method, settings, state }) => {
        const built = buildChoice(state, readSettings(method, settings));
        if (built.ok) {
          expect(Object.keys(built.body)).toEqual(['ballot']);
          expect(serverProblems(method, settings, built.body.ballot)).toEqual([]);
        } else {
          expect(built.problems.length).toBeGreaterThan(0);
          for (const p of built.problems) expect(messageKeys).toContain(p.key);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back a ballot the member cast before, when they open the form to change it', () => {
    fc.assert(
      fc.property(caseArb, ({ method, settings, state }) => {
        const s = readSettings(method, settings);
        const built = buildChoice(state, s);
        fc.pre(built.ok);
        if (!built.ok) return;
        const again = buildChoice(initialState(method, s, built.body.ballot), s);
        expect(again).toEqual(built);
      }),
      { numRuns: 1000 },
    );
  });

  it('asks for a reason with an objection or a block, and sends only what the method reads', () => {
    const lazy = readSettings('lazy-consensus', { objectionNeedsReason: true });
    expect(buildChoice({ method: 'lazy-consensus', response: 'object', reason: '  ' }, lazy)).toEqual({ ok: false, problems: [{ field: 'reason', key: 'problem.objectionReason' }] });
    expect(buildChoice({ method: 'lazy-consensus', response: 'object', reason: '' }, readSettings('lazy-consensus', { objectionNeedsReason: false }))).toEqual({
      ok: true,
      body: { ballot: { response: 'object' } },
    });
    expect(buildChoice({ method: 'consensus', response: 'block', reason: '' }, readSettings('consensus', {}))).toMatchObject({ ok: false, problems: [{ key: 'problem.blockReason' }] });
    expect(buildChoice({ method: 'consent', response: 'consent', reason: 'left over' }, readSettings('consent', {}))).toEqual({ ok: true, body: { ballot: { response: 'consent' } } });
    expect(buildChoice({ method: 'consensus', response: 'stand-aside', reason: ' not my area ' }, readSettings('consensus', {}))).toEqual({
      ok: true,
      body: { ballot: { response: 'stand-aside', reason: 'not my area' } },
    });
  });

  it('counts dots and scores before sending, naming the option at fault', () => {
    const dots = readSettings('dot-vote', { options: ['A', 'B', 'C'], dots: 5, maxPerOption: 3, mustUseAll: false });
    expect(buildChoice({ method: 'dot-vote', dots: ['3', '', '2'] }, dots)).toEqual({ ok: true, body: { ballot: { dots: { A: 3, C: 2 } } } });
    expect(buildChoice({ method: 'dot-vote', dots: ['3', '3', '0'] }, dots)).toMatchObject({ ok: false, problems: [{ key: 'problem.dotsTooMany', values: { given: 6, dots: 5 } }] });
    expect(buildChoice({ method: 'dot-vote', dots: ['4', '0', '1.5'] }, dots)).toMatchObject({
      ok: false,
      problems: [
        { field: 'dots.A', key: 'problem.dotsPerOption' },
        { field: 'dots.C', key: 'problem.dotsWhole' },
      ],
    });
    const score = readSettings('score', { options: ['A', 'B'], min: 1, max: 3, requireAll: true });
    expect(buildChoice({ method: 'score', scores: [2, null] }, score)).toMatchObject({ ok: false, problems: [{ field: 'scores.B', key: 'problem.scoreEvery' }] });
    expect(buildChoice({ method: 'score', scores: [2, 3] }, score)).toEqual({ ok: true, body: { ballot: { scores: { A: 2, B: 3 } } } });
  });
});
