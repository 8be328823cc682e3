import { describe, expect, it } from 'vitest';
import { EventCatalog } from '../ledger/event-catalog.js';
import { ledgerEventDefinitions } from '../ledger/ledger-events.js';
import { valueEventDefinitions, VALUE_EVENT } from './events.js';
import { draft, logged, ratedState } from './test-support.js';

const catalog = new EventCatalog([...ledgerEventDefinitions, ...valueEventDefinitions]);

describe('value events', () => {
  it('defines every value event once, at schema 1, and fits the ledger catalog', () => {
    expect(valueEventDefinitions.map((d) => d.type).sort()).toEqual(
      Object.values(VALUE_EVENT).sort(),
    );
    expect(valueEventDefinitions.every((d) => d.schema === 1)).toBe(true);
  });

  it('accepts a priced contribution and refuses one whose arithmetic does not add up', () => {
    const event = logged(ratedState(), 'c1', draft({ quantity: '1.5' }));
    expect(catalog.check({ type: event.type, schema: 1, payload: event.payload as never })).toEqual(
      [],
    );
    const payload = event.payload as { credit: object };
    const wrong = { ...payload, credit: { ...payload.credit, amount: '999999' } };
    expect(catalog.check({ type: event.type, schema: 1, payload: wrong as never })).toEqual([
      {
        path: 'payload.credit',
        message:
          'credit.base must be quantity × rate and credit.amount base × multiplier, each rounded half-even to the minor unit',
      },
    ]);
  });

  it('names fields in its refusals', () => {
    const problems = catalog.check({
      type: VALUE_EVENT.rateSet,
      schema: 1,
      payload: {
        stream: 'fun',
        taskKind: 'Translation',
        per: 'word',
        amount: '0.08',
        effectiveFrom: '2024-02-30',
      },
    });
    expect(problems.map((p) => p.path)).toEqual([
      'payload.stream',
      'payload.taskKind',
      'payload.amount',
      'payload.effectiveFrom',
    ]);
    expect(problems[0]!.message).toBe(
      'unknown stream "fun"; expected one of livelihood, love, care',
    );
  });

  it('takes project, licence and rule payloads', () => {
    const ok = (type: string, payload: object) =>
      expect(catalog.check({ type, schema: 1, payload: payload as never })).toEqual([]);
    ok(VALUE_EVENT.projectCreated, {
      projectId: 'p1',
      name: 'Site',
      client: 'Coop X',
      budget: '500000',
      agreedPrice: '600000',
      status: 'active',
    });
    ok(VALUE_EVENT.projectUpdated, { projectId: 'p1', status: 'completed' });
    ok(VALUE_EVENT.commonsResourceRegistered, {
      resourceId: 'r1',
      title: 'DisCO Manifesto (ES)',
      kind: 'translation',
      licence: 'Peer Production License',
      link: 'https://disco.coop/manifesto',
    });
    ok(VALUE_EVENT.dutyRulesSet, {
      effectiveFrom: '2024-01-01',
      duties: [{ level: 'committed', stream: 'love', period: 'quarter', amount: '40000' }],
    });
    ok(VALUE_EVENT.daterCareReleaseSet, {
      effectiveFrom: '2024-01-01',
      onCommitment: { kind: 'release-over-months', months: 6 },
      onLeaving: 'forfeit',
    });
    ok(VALUE_EVENT.casualRuleSet, { effectiveFrom: '2024-01-01', payable: false });
    ok(VALUE_EVENT.validationRulesSet, {
      streams: {
        livelihood: { acknowledgements: 2, stewardRequired: true },
        love: { acknowledgements: 1, stewardRequired: false },
        care: { acknowledgements: 1, stewardRequired: false },
      },
    });
    ok(VALUE_EVENT.stageMultipliersSet, {
      effectiveFrom: '2024-01-01',
      stages: {
        1: { livelihood: 0, love: 10000, care: 10000 },
        2: { livelihood: 5000, love: 10000, care: 10000 },
        3: { livelihood: 7500, love: 10000, care: 10000 },
      },
    });
    expect(
      catalog.check({ type: VALUE_EVENT.projectUpdated, schema: 1, payload: { projectId: 'p1' } }),
    ).toHaveLength(1);
    expect(
      catalog.check({
        type: VALUE_EVENT.commonsResourceRegistered,
        schema: 1,
        payload: {
          resourceId: 'r1',
          title: 't',
          kind: 'article',
          licence: 'CC-BY-SA-4.0',
          link: 'javascript:alert(1)',
        },
      })[0]!.path,
    ).toBe('payload.link');
  });
});
