import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/access/actor';
import { authorize, describeGrant, operations, policyTable } from '../../../src/core/access/policy';
import { MESSAGE_CODES } from '../../../src/core/messages/codes';
import { renderEnglish } from '../../../src/core/messages/render-en';
import { problemDetail } from './problem-words';
import { loadEveryCatalogue } from './render';

// The Deck loads its catalogue of server messages when a page first needs it.
beforeAll(loadEveryCatalogue);

/*
 * A refusal by the access policy nests its reason as coded messages, so the Spanish Deck says the
 * whole refusal in Spanish: no English phrase of the policy table may survive into it.
 */

const nobody: Actor = {
  memberId: 'zoe',
  displayName: 'Zoe',
  founder: false,
  status: 'active',
  level: null,
  datingStage: null,
  constituencies: [],
  circles: [],
};
const gone: Actor = { ...nobody, status: 'left' };

const englishPhrases = [
  ...Object.values(policyTable).map((rule) => rule.what),
  ...Object.values(describeGrant),
  'sign in',
  ' may ',
  'has left',
  'Not allowed',
  'Not signed in',
];

/** Every refusal the policy can give, as the HTTP face sends it. */
const refusals = operations.flatMap((operation) =>
  [null, nobody, gone].flatMap((actor) => {
    const decision = authorize(operation, actor);
    if (decision.allowed) return [];
    const code =
      decision.status === 401 ? 'refusal.not-signed-in-because' : 'refusal.not-allowed-because';
    return [{ operation, code, params: { reason: decision.reason } }];
  }),
);

describe('the access policy refusals in the Deck', () => {
  it('are said wholly in Spanish', () => {
    expect(refusals.length).toBeGreaterThan(operations.length);
    for (const refusal of refusals) {
      const text = problemDetail({ detail: 'English', ...refusal }, { language: 'es' });
      expect(text, refusal.operation).toMatch(/^(No permitido|Sin sesión iniciada): /);
      for (const phrase of englishPhrases)
        expect(text.includes(phrase), `${refusal.operation}: "${phrase}" in "${text}"`).toBe(false);
    }
  });

  it('read in English as the server says them', () => {
    for (const refusal of refusals) {
      const english = renderEnglish({ code: refusal.code, params: refusal.params });
      expect(english).not.toContain('{');
      expect(problemDetail(refusal, { language: 'en' })).toBe(english);
    }
    expect(MESSAGE_CODES['policy.reason.only-who-may'].en).toBe('only {alternatives} may {what}');
  });
});

describe("the store's conflicts in the Deck", () => {
  it('are said in Spanish, the counts in place', () => {
    const reason = { code: 'store.checkpoint-already-recorded', params: { treeSize: 12 } };
    const text = problemDetail(
      { detail: 'English', code: 'refusal.store-conflict', params: { reason } },
      { language: 'es' },
    );
    expect(text).toBe('ya hay un punto de control registrado para el tamaño 12');
  });
});
