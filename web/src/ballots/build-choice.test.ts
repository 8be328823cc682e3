import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  schemas,
  validateBallot,
  type Method as ServerMethod,
  type MethodTypes,
} from '../../../src/core/decisions/index.js';
import { keyPaths } from '../verify/test-i18n.js';
import { initialState } from './ballot-state.js';
import { buildChoice } from './build-choice.js';
import { messages } from './messages.js';
import { readSettings } from './settings.js';
import { settingsArb, stateArb } from './test-arbitraries.js';
import { METHODS, type Method } from './types.js';

type Any = MethodTypes[ServerMethod];

/** The settings as a proposal carries them: parsed by the server's schema, defaults filled in. */
function storedSettings(method: Method, given: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schemas[method].settings.parse(given))) as Record<
    string,
    unknown
  >;
}

function serverProblems(
  method: Method,
  settings: Record<string, unknown>,
  ballot: Record<string, unknown>,
): unknown[] {
  const parsed = schemas[method].ballot.safeParse({ ...ballot, voterId: 'member-1' });
  if (!parsed.success) return parsed.error.issues;
  return validateBallot(method, settings as Any['settings'], parsed.data as Any['ballot']);
}

const caseArb = fc
  .constantFrom(...METHODS)
  .chain((method) =>
    settingsArb(method).map((given) => ({ method, settings: storedSettings(method, given) })),
  )
  .chain(({ method, settings }) =>
    stateArb(method, readSettings(method, settings).options).map((state) => ({
      method,
      settings,
      state,
    })),
  );

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
    expect(
      buildChoice({ method: 'lazy-consensus', response: 'object', reason: '  ' }, lazy),
    ).toEqual({ ok: false, problems: [{ field: 'reason', key: 'problem.objectionReason' }] });
    expect(
      buildChoice(
        { method: 'lazy-consensus', response: 'object', reason: '' },
        readSettings('lazy-consensus', { objectionNeedsReason: false }),
      ),
    ).toEqual({
      ok: true,
      body: { ballot: { response: 'object' } },
    });
    expect(
      buildChoice(
        { method: 'consensus', response: 'block', reason: '' },
        readSettings('consensus', {}),
      ),
    ).toMatchObject({ ok: false, problems: [{ key: 'problem.blockReason' }] });
    expect(
      buildChoice(
        { method: 'consent', response: 'consent', reason: 'left over' },
        readSettings('consent', {}),
      ),
    ).toEqual({ ok: true, body: { ballot: { response: 'consent' } } });
    expect(
      buildChoice(
        { method: 'consensus', response: 'stand-aside', reason: ' not my area ' },
        readSettings('consensus', {}),
      ),
    ).toEqual({
      ok: true,
      body: { ballot: { response: 'stand-aside', reason: 'not my area' } },
    });
  });

  it('counts dots and scores before sending, naming the option at fault', () => {
    const dots = readSettings('dot-vote', {
      options: ['A', 'B', 'C'],
      dots: 5,
      maxPerOption: 3,
      mustUseAll: false,
    });
    expect(buildChoice({ method: 'dot-vote', dots: ['3', '', '2'] }, dots)).toEqual({
      ok: true,
      body: { ballot: { dots: { A: 3, C: 2 } } },
    });
    expect(buildChoice({ method: 'dot-vote', dots: ['3', '3', '0'] }, dots)).toMatchObject({
      ok: false,
      problems: [{ key: 'problem.dotsTooMany', values: { given: 6, dots: 5 } }],
    });
    expect(buildChoice({ method: 'dot-vote', dots: ['4', '0', '1.5'] }, dots)).toMatchObject({
      ok: false,
      problems: [
        { field: 'dots.A', key: 'problem.dotsPerOption' },
        { field: 'dots.C', key: 'problem.dotsWhole' },
      ],
    });
    const score = readSettings('score', { options: ['A', 'B'], min: 1, max: 3, requireAll: true });
    expect(buildChoice({ method: 'score', scores: [2, null] }, score)).toMatchObject({
      ok: false,
      problems: [{ field: 'scores.B', key: 'problem.scoreEvery' }],
    });
    expect(buildChoice({ method: 'score', scores: [2, 3] }, score)).toEqual({
      ok: true,
      body: { ballot: { scores: { A: 2, B: 3 } } },
    });
  });
});
