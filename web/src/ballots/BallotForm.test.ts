import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { keyPaths, renderWith, testI18n } from '../verify/test-i18n.js';
import { BallotForm } from './BallotForm.js';
import { messages } from './messages.js';
import { METHODS, type ProposalDetail } from './types.js';
import { testProposal as proposal } from './test-proposal.js';

const onSubmit = async () => {};
function render(
  p: ProposalDetail,
  language: 'en' | 'es' = 'en',
  current: Record<string, unknown> | null = null,
): string {
  return renderWith(
    testI18n(language, { ballots: messages }),
    createElement(BallotForm, { proposal: p, onSubmit, current }),
  );
}
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('BallotForm', () => {
  it('has every message in English and Spanish, a name and help for every method', () => {
    expect(keyPaths(messages.es).sort()).toEqual(keyPaths(messages.en).sort());
    for (const method of METHODS)
      expect(keyPaths(messages.en)).toEqual(
        expect.arrayContaining([`method.${method}`, `help.${method}`]),
      );
  });

  it('asks yes, no or abstain in a fieldset with its legend for majorities', () => {
    for (const method of ['majority', 'supermajority'] as const) {
      const html = render(proposal(method, {}));
      expect(html).toContain('<legend>Your response</legend>');
      expect(count(html, /type="radio"/)).toBe(3);
      expect(html).toMatch(/<label[^>]*><input[^>]*value="abstain"[^>]*\/>Abstain<\/label>/);
    }
  });

  it('offers consent or objection, and agree, stand aside or block, with the reason already given when changing a block', () => {
    expect(render(proposal('consent', {}))).toMatch(
      /value="consent".*I consent.*value="object".*I object/,
    );
    const html = render(proposal('consensus', {}), 'en', {
      response: 'block',
      reason: 'Too costly',
    });
    expect(html).toMatch(/checked="" value="block"/);
    expect(html).toMatch(
      /<label for="[^"]+">Why do you block\?<\/label><textarea[^>]*required=""[^>]*>Too costly<\/textarea>/,
    );
    expect(html).toContain('Change my ballot');
    expect(render(proposal('lazy-consensus', { objectionNeedsReason: true }), 'es')).toContain(
      'La apoyo',
    );
  });

  it('offers the sense check’s own responses, translated when they are the usual ones', () => {
    expect(
      render(proposal('sense-check', { options: ['agree', 'unsure', 'disagree'] }), 'es'),
    ).toMatch(/De acuerdo.*No estoy segura.*En desacuerdo/);
    expect(render(proposal('sense-check', { options: ['love it', 'meh'] }))).toMatch(
      /love it.*meh/,
    );
  });

  it('gives a checkbox per option for approval, a range within the bounds per option for score', () => {
    const approval = render(
      proposal('approval', {
        options: ['Bike', 'Bus', 'Train'],
        maxApprovals: 2,
        tieBreak: 'report',
      }),
    );
    expect(count(approval, /type="checkbox"/)).toBe(3);
    expect(approval).toContain('You may approve at most 2.');
    const score = render(
      proposal('score', {
        options: ['Bike', 'Bus'],
        min: -2,
        max: 3,
        requireAll: true,
        winnerBy: 'total',
        tieBreak: 'report',
      }),
    );
    expect(count(score, /type="range" min="-2" max="3" step="1"/)).toBe(2);
    expect(score).toContain('Give each option a score from -2 to 3');
  });

  it('counts the dots left and gives each option a whole-number field with buttons', () => {
    const html = render(
      proposal('dot-vote', {
        options: ['A', 'B', 'C'],
        dots: 5,
        maxPerOption: 3,
        mustUseAll: false,
        tieBreak: 'report',
      }),
      'en',
      { dots: { A: 2 } },
    );
    expect(html).toContain('3 of 5 dots left');
    expect(count(html, /type="number"[^>]*min="0" max="3"/)).toBe(3);
    expect(html).toContain('aria-label="One more dot on B"');
  });

  it('ranks by drag handle and by buttons, with what is not ranked yet offered below', () => {
    const html = render(
      proposal('schulze', { options: ['A', 'B', 'C'], tieBreak: 'report' }),
      'en',
      { ranking: ['C', 'A'] },
    );
    expect(html).toMatch(
      /<ol aria-labelledby="[^"]+"[^>]*>.*Drag C to reorder.*Number 1: <\/span>C<.*Move C up.*Move C down.*Remove C from the ranking.*Drag A to reorder.*Number 2: <\/span>A<.*<\/ol>/,
    );
    expect(html).toContain('aria-roledescription="sortable"');
    expect(html).toContain('>Rank B</button>');
    expect(render(proposal('irv', { options: ['A', 'B'], tieBreak: 'report' }))).toContain(
      'Nothing ranked yet',
    );
  });

  it('marks each time slot yes, if need be or no', () => {
    const html = render(
      proposal('meeting-poll', { options: ['Mon 10:00', 'Tue 14:00'], tieBreak: 'report' }),
      'es',
    );
    expect(html).toContain('<legend>Mon 10:00</legend>');
    expect(count(html, /type="radio"/)).toBe(6);
    expect(html).toContain('Si hace falta');
  });

  it('cannot be sent once voting has ended', () => {
    const html = render(proposal('majority', {}, 'closed'));
    expect(html).toContain('Voting on this proposal has ended.');
    expect(html).toMatch(/<button type="submit" disabled=""/);
  });
});
