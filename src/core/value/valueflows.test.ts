import { describe, expect, it } from 'vitest';
import { fromEconomicEvent, toEconomicEvent, VF_NAMESPACE } from './valueflows.js';
import { foldValueEvents } from './state.js';
import { draft, logged, ratedState } from './test-support.js';
import type { DraftContext } from './validation.js';

const base = 'https://deck.example.coop/';
const context: DraftContext = {
  today: '2024-03-10',
  circles: new Set(['c1']),
  projects: new Set(['p/1']),
  resources: new Set(),
};

function contribution() {
  const state = ratedState();
  const d = {
    ...draft({ quantity: '1.5', date: '2024-03-01' }),
    project: 'p/1',
    description: 'circle call',
    evidence: ['https://pad.example/notes'],
  };
  return foldValueEvents([logged(state, 'c1', d)], state).contributions.get('c1')!;
}

describe('Valueflows EconomicEvent', () => {
  it('maps a contribution to a work event in JSON-LD', () => {
    expect(toEconomicEvent(contribution(), { base })).toEqual({
      '@context': {
        vf: VF_NAMESPACE,
        om2: 'http://www.ontology-of-units-of-measure.org/resource/om-2/',
        rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
      },
      '@id': 'https://deck.example.coop/contributions/c1',
      '@type': 'vf:EconomicEvent',
      'vf:action': 'work',
      'vf:effortQuantity': {
        '@type': 'om2:Measure',
        'om2:hasNumericalValue': 1.5,
        'om2:hasUnit': 'om2:hour',
      },
      'vf:provider': 'https://deck.example.coop/members/ana',
      'vf:receiver': 'https://deck.example.coop/',
      'vf:resourceClassifiedAs': ['urn:disco-cat:stream:care', 'urn:disco-cat:task-kind:meeting'],
      'vf:inScopeOf': [
        'https://deck.example.coop/circles/c1',
        'https://deck.example.coop/projects/p%2F1',
      ],
      'vf:hasPointInTime': '2024-03-01',
      'vf:note': 'circle call',
      'rdfs:seeAlso': ['https://pad.example/notes'],
    });
  });

  it('reads it back into the same draft', () => {
    const c = contribution();
    const back = fromEconomicEvent(
      JSON.parse(JSON.stringify(toEconomicEvent(c, { base }))),
      { base },
      context,
    );
    expect(back).toEqual({
      ok: true,
      draft: {
        member: 'ana',
        stream: 'care',
        quantity: { milli: 1500n, unit: 'hour' },
        taskKind: 'meeting',
        date: '2024-03-01',
        circle: 'c1',
        project: 'p/1',
        description: 'circle call',
        evidence: ['https://pad.example/notes'],
      },
    });
  });

  it('names the JSON-LD property of every problem', () => {
    const event = JSON.parse(JSON.stringify(toEconomicEvent(contribution(), { base })));
    event['vf:action'] = 'produce';
    event['vf:resourceClassifiedAs'] = [
      'urn:disco-cat:stream:fun',
      'urn:disco-cat:task-kind:meeting',
    ];
    expect(fromEconomicEvent(event, { base }, context)).toEqual({
      ok: false,
      problems: [
        { field: 'vf:action', message: 'must be work; got "produce"' },
        {
          field: 'vf:resourceClassifiedAs',
          message: 'unknown stream "fun"; expected one of livelihood, love, care',
        },
      ],
    });
    const future = JSON.parse(JSON.stringify(toEconomicEvent(contribution(), { base })));
    future['vf:hasPointInTime'] = '2024-04-01T10:00:00+02:00';
    future['vf:effortQuantity']['om2:hasNumericalValue'] = -3;
    expect(fromEconomicEvent(future, { base }, context)).toMatchObject({
      ok: false,
      problems: [
        {
          field: 'vf:hasPointInTime',
          message: expect.stringContaining('2024-04-01 is after today'),
        },
        {
          field: 'vf:effortQuantity.om2:hasNumericalValue',
          message: 'must be greater than 0; got -3',
        },
      ],
    });
  });
});
