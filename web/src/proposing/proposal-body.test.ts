import { describe, expect, it } from 'vitest';
import { proposalBody, type ProposalDraft } from './proposal-body';

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
});
