import { describe, expect, it } from 'vitest';
import { EMPTY_CHOICE, methodsFor, proposalBody, type ProposalDraft } from './proposal-body';

const draft: ProposalDraft = {
  kind: 'general',
  title: 'A title',
  body: 'Why.',
  deadline: '2031-05-01T18:00',
  method: 'consent',
  circleId: '',
  memberId: '',
  level: 'committed',
  stage: '1',
  amount: '',
};
const euros = (minor: string) => `Amount: ${minor} cents`;

describe('proposalBody', () => {
  it('opens a general proposal with the deadline as an instant', () => {
    const built = proposalBody(draft, euros);
    expect(built).toEqual({
      ok: true,
      body: {
        title: 'A title',
        body: 'Why.',
        deadline: new Date('2031-05-01T18:00').toISOString(),
        method: 'consent',
      },
    });
  });

  it('carries a membership change by member id and level, with a stage only for dating', () => {
    const committed = proposalBody({ ...draft, kind: 'membership-change', memberId: 'm1' }, euros);
    expect(committed.ok && committed.body.change).toEqual({
      kind: 'membership-change',
      membership: { memberId: 'm1', level: 'committed' },
    });
    const dating = proposalBody(
      { ...draft, kind: 'membership-change', memberId: 'm1', level: 'dating', stage: '2' },
      euros,
    );
    expect(dating.ok && dating.body.change?.membership).toEqual({
      memberId: 'm1',
      level: 'dating',
      stage: 2,
    });
  });

  it('states a budget’s amount first in the body', () => {
    const built = proposalBody({ ...draft, kind: 'budget-or-expense', amount: '1200,5' }, euros);
    expect(built.ok && built.body.body).toBe('Amount: 120050 cents\n\nWhy.');
    expect(built.ok && built.body.change).toEqual({ kind: 'budget-or-expense' });
  });

  it('names every field to fix before asking the node', () => {
    expect(
      proposalBody({ ...draft, kind: 'budget-or-expense', amount: '12.345', deadline: '' }, euros),
    ).toEqual({ ok: false, problems: ['deadline', 'amount'] });
    expect(proposalBody({ ...draft, kind: 'membership-change' }, euros)).toEqual({
      ok: false,
      problems: ['member'],
    });
  });

  it('carries a policy amendment with its governance parameters, refused while a field is wrong', () => {
    const parameters = { delegation: { enabled: true }, weights: { 'worker-members': 2 } };
    const built = proposalBody(
      { ...draft, kind: 'policy-amendment', governanceParameters: parameters },
      euros,
    );
    expect(built.ok && built.body.change).toEqual({
      kind: 'policy-amendment',
      governanceParameters: parameters,
    });
    expect(
      proposalBody({ ...draft, kind: 'policy-amendment', governanceParameters: null }, euros),
    ).toEqual({ ok: false, problems: ['governance'] });
  });

  it("opens a choice among options with the method's settings", () => {
    const built = proposalBody(
      {
        ...draft,
        method: 'dot-vote',
        choice: {
          ...EMPTY_CHOICE,
          options: ' Tuesday \n\nThursday\n',
          dots: '6',
          maxPerOption: '3',
        },
      },
      euros,
    );
    expect(built).toMatchObject({
      ok: true,
      body: {
        method: 'dot-vote',
        settings: { options: ['Tuesday', 'Thursday'], dots: 6, maxPerOption: 3 },
      },
    });
    expect(
      proposalBody(
        { ...draft, method: 'irv', choice: { ...EMPTY_CHOICE, options: 'A\nB\nC' } },
        euros,
      ),
    ).toMatchObject({ ok: true, body: { method: 'irv', settings: { options: ['A', 'B', 'C'] } } });
  });

  it('asks for two distinct options and numbers in range before asking the node', () => {
    const choice = { ...EMPTY_CHOICE, options: 'A\nA' };
    expect(proposalBody({ ...draft, method: 'approval', choice }, euros)).toEqual({
      ok: false,
      problems: ['options'],
    });
    expect(
      proposalBody(
        {
          ...draft,
          method: 'score',
          choice: { ...EMPTY_CHOICE, options: 'A\nB', scoreMin: '5', scoreMax: '1' },
        },
        euros,
      ),
    ).toEqual({ ok: false, problems: ['scoreRange'] });
    expect(
      proposalBody(
        { ...draft, method: 'dot-vote', choice: { ...EMPTY_CHOICE, options: 'A\nB', dots: '0' } },
        euros,
      ),
    ).toEqual({ ok: false, problems: ['dots'] });
  });

  it('offers choices among options only to general proposals, whose outcome changes nothing', () => {
    expect(methodsFor('general')).toContain('irv');
    expect(methodsFor('membership-change')).not.toContain('approval');
    expect(methodsFor('budget-or-expense')).toContain('consent');
  });
});
