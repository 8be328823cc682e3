import { describe, expect, it } from 'vitest';
import { baseRates } from './test-support.js';
import { foldValueEvents } from './state.js';
import {
  dayKey,
  validateContribution,
  validateContributions,
  type ContributionInput,
  type DraftContext,
} from './validation.js';

const context: DraftContext = {
  today: '2024-03-10',
  members: new Set(['ana', 'ben']),
  circles: new Set(['c1']),
  projects: new Set(['p1']),
  resources: new Set(['r1']),
  loggedHours: new Map([[dayKey('ana', '2024-03-01'), 20_000n]]),
  rates: foldValueEvents(baseRates).rates,
};
const good: ContributionInput = {
  member: 'ana',
  stream: 'care',
  quantity: '1.5',
  unit: 'hour',
  taskKind: 'meeting',
  date: '2024-03-02',
  circle: 'c1',
};
const problemsOf = (input: Partial<ContributionInput>, ctx: DraftContext = context) => {
  const result = validateContribution({ ...good, ...input }, ctx);
  return result.ok ? [] : result.problems;
};

describe('contribution checks (the bad input list)', () => {
  it('accepts a good contribution as an exact draft', () => {
    expect(validateContribution(good, context)).toEqual({
      ok: true,
      draft: {
        member: 'ana',
        stream: 'care',
        quantity: { milli: 1500n, unit: 'hour' },
        taskKind: 'meeting',
        date: '2024-03-02',
        circle: 'c1',
        description: '',
        evidence: [],
      },
    });
  });

  it('refuses negative and zero quantities', () => {
    expect(problemsOf({ quantity: '-2' })).toEqual([
      { field: 'quantity', message: 'must be greater than 0; got -2' },
    ]);
    expect(problemsOf({ quantity: '0' })).toEqual([
      { field: 'quantity', message: 'must be greater than 0; got 0' },
    ]);
    expect(problemsOf({ quantity: '0.000' })).toEqual([
      { field: 'quantity', message: 'must be greater than 0; got 0.000' },
    ]);
    expect(problemsOf({ quantity: '1.2345' })).toEqual([
      {
        field: 'quantity',
        message: 'must be a decimal number with at most 3 decimal places, e.g. 1.5; got "1.2345"',
      },
    ]);
  });

  it('refuses more than 24 hours per member per calendar day, counting what is already logged', () => {
    expect(problemsOf({ quantity: '25' })).toEqual([
      {
        field: 'quantity',
        message:
          'ana would log 25 hours on 2024-03-02 (0 already logged + 25 here), over the limit of 24 hours per member per calendar day',
        code: 'value.hours-per-day',
        params: {
          memberId: 'ana',
          date: '2024-03-02',
          hours: '25',
          already: '0',
          adding: '25',
          limit: '24',
        },
      },
    ]);
    expect(problemsOf({ date: '2024-03-01', quantity: '4' })).toEqual([]);
    expect(problemsOf({ date: '2024-03-01', quantity: '4.001' })).toMatchObject([
      {
        field: 'quantity',
        message:
          'ana would log 24.001 hours on 2024-03-01 (20 already logged + 4.001 here), over the limit of 24 hours per member per calendar day',
      },
    ]);
    expect(problemsOf({ date: '2024-03-01', quantity: '5', member: 'ben' })).toEqual([]);
  });

  it('adds up hours of contributions logged together', () => {
    const results = validateContributions(
      [
        { ...good, quantity: '16' },
        { ...good, quantity: '8' },
        { ...good, quantity: '0.5' },
      ],
      context,
    );
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]).toMatchObject({
      ok: false,
      problems: [
        {
          field: 'quantity',
          message: expect.stringContaining(
            '(24 already logged + 0.5 here), over the limit of 24 hours',
          ),
        },
      ],
    });
  });

  it('bounds absurd quantities of other units, per unit and configurably', () => {
    const words = { stream: 'love', unit: 'word', taskKind: 'translation' };
    expect(problemsOf({ ...words, quantity: '100001' })).toEqual([
      {
        field: 'quantity',
        message: '100001 word is over the limit of 100000 word per contribution',
      },
    ]);
    expect(
      problemsOf(
        { ...words, quantity: '100001' },
        { ...context, limits: { maxUnitQuantity: { word: 1_000_000_000n } } },
      ),
    ).toEqual([]);
  });

  it('refuses future-dated work relative to the injected today', () => {
    expect(problemsOf({ date: '2024-03-11' })).toEqual([
      {
        field: 'date',
        message:
          "2024-03-11 is after today, 2024-03-10 (in the DisCO's time zone): work can only be logged once it is done",
      },
    ]);
    expect(problemsOf({ date: '2024-03-10' })).toEqual([]);
    expect(problemsOf({ date: '2024-02-30' })).toEqual([
      { field: 'date', message: 'must be a calendar date YYYY-MM-DD; got "2024-02-30"' },
    ]);
  });

  it('refuses unknown streams, members, circles, projects and resources', () => {
    expect(problemsOf({ stream: 'fun' })).toEqual([
      { field: 'stream', message: 'unknown stream "fun"; expected one of livelihood, love, care' },
    ]);
    expect(problemsOf({ member: 'zoe' })).toEqual([
      { field: 'member', message: 'unknown member "zoe"' },
    ]);
    expect(problemsOf({ circle: 'c9' })).toEqual([
      { field: 'circle', message: 'unknown circle "c9"' },
    ]);
    expect(problemsOf({ circle: undefined, project: 'p9' })).toEqual([
      { field: 'project', message: 'unknown livelihood project "p9"' },
    ]);
    expect(problemsOf({ circle: undefined, resource: 'r9' })).toEqual([
      { field: 'resource', message: 'unknown commons resource "r9"' },
    ]);
    expect(problemsOf({ circle: undefined })).toEqual([
      {
        field: 'circle',
        message: 'a contribution needs a circle, a livelihood project or a commons resource',
      },
    ]);
  });

  it('refuses work for which no rate is in force on its date', () => {
    expect(problemsOf({ taskKind: 'cooking' })).toEqual([
      {
        field: 'taskKind',
        message: 'no rate for stream care, task kind cooking, per hour, in force on 2024-03-02',
      },
    ]);
    expect(problemsOf({ date: '2019-12-31' })).toEqual([
      {
        field: 'taskKind',
        message:
          'no rate for stream care, task kind meeting, per hour, in force on 2019-12-31 (the first such rate takes effect on 2020-01-01)',
      },
    ]);
  });

  it('reports every problem at once', () => {
    const fields = problemsOf({
      member: 'zoe',
      stream: 'x',
      quantity: '-1',
      date: '2099-01-01',
      circle: 'nope',
      evidence: ['ftp://x'],
    }).map((p) => p.field);
    expect(fields).toEqual(['member', 'stream', 'date', 'quantity', 'circle', 'evidence']);
  });
});
