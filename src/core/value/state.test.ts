import { describe, expect, it } from 'vitest';
import { VALUE_EVENT } from './events.js';
import {
  draftContextOf,
  EMPTY_VALUE_STATE,
  foldValueEvents,
  foldValueEventsInPlace,
  ownValueState,
  tryFoldValueEvents,
  ValueFoldError,
} from './state.js';
import { validateContribution } from './validation.js';
import {
  acknowledged,
  disputed,
  draft,
  edited,
  logged,
  ratedState,
  resolved,
  withdrawn,
} from './test-support.js';

describe('the value fold', () => {
  it('skips other domains and leaves its input state untouched', () => {
    const start = ratedState();
    const event = logged(start, 'c1', draft());
    const next = foldValueEvents(
      [{ type: 'disco.renamed', schema: 1, actor: null, payload: { name: 'x' } }, event],
      start,
    );
    expect(next.contributions.size).toBe(1);
    expect(start.contributions.size).toBe(0);
    expect(EMPTY_VALUE_STATE.rates).toHaveLength(0);
  });

  it('folds in place over an owned copy, batch by batch, to what one fold gives, leaving its source untouched', () => {
    const start = ratedState();
    const events = [
      logged(start, 'c1', draft({ quantity: '3' })),
      acknowledged('c1', 'ben'),
      logged(start, 'c2', draft({ quantity: '1' })),
    ];
    const more = [edited(foldValueEvents(events, start), 'c3', 'c1', draft({ quantity: '2' }))];
    const owned = ownValueState(start);
    foldValueEventsInPlace(events, owned);
    foldValueEventsInPlace(more, owned);
    expect(owned).toEqual(foldValueEvents([...events, ...more], start));
    expect(start.contributions.size).toBe(0);
    // An event that cannot follow throws, naming it, as the copying fold does.
    expect(() => foldValueEventsInPlace([acknowledged('c9', 'ben')], owned)).toThrow(
      ValueFoldError,
    );
  });

  it('an edit supersedes the old contribution and starts a fresh validation', () => {
    let state = ratedState();
    state = foldValueEvents(
      [
        logged(state, 'c1', draft({ quantity: '3' })),
        acknowledged('c1', 'ben'),
        disputed('c1', 'cleo'),
      ],
      state,
    );
    state = foldValueEvents([edited(state, 'c2', 'c1', draft({ quantity: '2' }))], state);
    expect(state.contributions.get('c1')!.validation).toMatchObject({
      status: 'superseded',
      supersededBy: 'c2',
    });
    expect(state.contributions.get('c2')).toMatchObject({
      supersedes: 'c1',
      quantity: { milli: 2000n },
      validation: { status: 'pending', acknowledgements: [] },
    });
  });

  it('refuses what the state machine refuses, naming the event', () => {
    const state = foldValueEvents([logged(ratedState(), 'c1', draft())], ratedState());
    const cases: Array<[Parameters<typeof tryFoldValueEvents>[0], string]> = [
      [[acknowledged('c1', 'ana')], 'members cannot validate their own contributions'],
      [[acknowledged('c9', 'ben')], 'unknown contribution c9'],
      [[withdrawn('c1', 'ben')], 'the contribution is not disputed'],
      [
        [disputed('c1', 'ben'), resolved('c1', 'contribution-void'), acknowledged('c1', 'cleo')],
        'the contribution was voided by a dispute and can no longer change',
      ],
      [
        [{ ...edited(state, 'c2', 'c1', draft()), actor: 'ben' }],
        'only the author, ana, can edit this contribution',
      ],
      [
        [edited(state, 'c2', 'c1', draft({ member: 'ben' }))],
        'an edit cannot change whose work it is (ana)',
      ],
      [[logged(state, 'c1', draft())], 'contribution c1 already exists'],
      [
        [{ type: VALUE_EVENT.rateSet, schema: 2, actor: null, payload: {} }],
        'unknown schema version 2 of value.rate.set',
      ],
    ];
    for (const [events, message] of cases) {
      const result = tryFoldValueEvents(events, state);
      expect(result).toMatchObject({ ok: false, error: { message } });
    }
    expect(() => foldValueEvents([acknowledged('c1', 'ana')], state)).toThrow(ValueFoldError);
    expect(() => foldValueEvents([acknowledged('c1', 'ana')], state)).toThrow(
      'value event #0 (value.contribution.validated): members cannot validate their own contributions',
    );
  });

  it('keeps projects and commons resources, and gives the context to check new work', () => {
    const state = foldValueEvents(
      [
        {
          type: VALUE_EVENT.projectCreated,
          schema: 1,
          actor: 'ana',
          payload: {
            projectId: 'p1',
            name: 'Website',
            client: 'Coop X',
            budget: '500000',
            status: 'proposed',
          },
        },
        {
          type: VALUE_EVENT.projectUpdated,
          schema: 1,
          actor: 'ana',
          payload: { projectId: 'p1', status: 'active', agreedPrice: '650000' },
        },
        {
          type: VALUE_EVENT.commonsResourceRegistered,
          schema: 1,
          actor: 'ana',
          payload: {
            resourceId: 'r1',
            title: 'Manifesto',
            kind: 'translation',
            licence: 'CC-BY-SA-4.0',
            link: 'https://disco.coop/m',
          },
        },
      ],
      ratedState(),
    );
    expect(state.projects.get('p1')).toEqual({
      id: 'p1',
      name: 'Website',
      client: 'Coop X',
      budget: 500000n,
      agreedPrice: 650000n,
      status: 'active',
    });
    const context = draftContextOf(state, { today: '2024-03-10', circles: new Set(['c1']) });
    const input = {
      member: 'ana',
      stream: 'livelihood',
      quantity: '3',
      unit: 'hour',
      taskKind: 'development',
      date: '2024-03-01',
      project: 'p1',
      resource: 'r1',
    };
    expect(validateContribution(input, context).ok).toBe(true);
    expect(validateContribution({ ...input, project: 'p2' }, context)).toMatchObject({
      ok: false,
      problems: [{ field: 'project', message: 'unknown livelihood project "p2"' }],
    });
  });

  it('freezes the validation rule in force when the work is logged', () => {
    let state = ratedState();
    state = foldValueEvents([logged(state, 'c1', draft())], state);
    state = foldValueEvents(
      [
        {
          type: VALUE_EVENT.validationRulesSet,
          schema: 1,
          actor: null,
          payload: {
            streams: {
              livelihood: { acknowledgements: 1, stewardRequired: false },
              love: { acknowledgements: 1, stewardRequired: false },
              care: { acknowledgements: 2, stewardRequired: true },
            },
          },
        },
      ],
      state,
    );
    state = foldValueEvents(
      [
        logged(state, 'c2', draft()),
        acknowledged('c1', 'ben'),
        acknowledged('c2', 'ben'),
        acknowledged('c2', 'cleo'),
      ],
      state,
    );
    expect(state.contributions.get('c1')!.validation.status).toBe('counted');
    expect(state.contributions.get('c2')!.validation.status).toBe('pending');
    state = foldValueEvents([acknowledged('c2', 'dan', true)], state);
    expect(state.contributions.get('c2')!.validation.status).toBe('counted');
  });
});
