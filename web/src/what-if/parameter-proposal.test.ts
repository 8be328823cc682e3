import { describe, expect, it } from 'vitest';
import {
  defaultEffectiveFrom,
  firstOfNextMonth,
  localDateTime,
  parameterProposalBody,
  type ParameterProposalDraft,
} from './parameter-proposal';

const draft: ParameterProposalDraft = {
  title: ' More care ',
  summary: ' Why. ',
  effectiveFrom: '2026-05-01',
  deadline: '2026-04-20T18:30',
  method: 'majority',
};

describe('a parameter change proposal drafted from the what-if', () => {
  it('starts a new version on the first of next month, or on the later date the member wrote in the document', () => {
    expect(firstOfNextMonth('2026-03-14')).toBe('2026-04-01');
    expect(firstOfNextMonth('2026-12-31')).toBe('2027-01-01');
    expect(defaultEffectiveFrom('{"effectiveFrom":"2020-01-01"}', '2020-01-01', '2026-03-14')).toBe(
      '2026-04-01',
    );
    expect(defaultEffectiveFrom('{"effectiveFrom":"2026-07-01"}', '2020-01-01', '2026-03-14')).toBe(
      '2026-07-01',
    );
    expect(defaultEffectiveFrom('{"effectiveFrom":"2026-03-01"}', '2020-01-01', '2026-03-14')).toBe(
      '2026-04-01',
    );
    expect(defaultEffectiveFrom('not json', null, '2026-03-14')).toBe('2026-04-01');
  });

  it('writes a local time as a datetime-local field holds it', () => {
    expect(localDateTime(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05T07:03');
  });

  it('carries the document with the chosen start date, the deadline as an instant and trimmed texts', () => {
    expect(
      parameterProposalBody(draft, '{"algorithm":"value-equation@1","effectiveFrom":"2020-01-01"}'),
    ).toEqual({
      ok: true,
      body: {
        title: 'More care',
        body: 'Why.',
        method: 'majority',
        deadline: new Date(2026, 3, 20, 18, 30).toISOString(),
        change: {
          kind: 'cat-parameter-change',
          parameters: { algorithm: 'value-equation@1', effectiveFrom: '2026-05-01' },
        },
      },
    });
  });

  it('says what to fix before anything is sent: a document that is not a JSON object, a missing deadline', () => {
    expect(parameterProposalBody({ ...draft, deadline: '' }, '[]')).toEqual({
      ok: false,
      problems: [
        { field: 'document', key: 'distribution.notObject' },
        { field: 'deadline', key: 'propose.badDeadline' },
      ],
    });
    expect(parameterProposalBody(draft, '{')).toMatchObject({
      ok: false,
      problems: [{ field: 'document', key: 'distribution.badJson', error: expect.any(String) }],
    });
  });
});
