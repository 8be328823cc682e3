import { describe, expect, it } from 'vitest';
import { eventDefinitions } from '../../../src/core/event-payloads';
import { EVENT_WORDS, eventWords } from './event-words';

describe('ledger event types in words', () => {
  it('names every event type the node can record, in English and Spanish', () => {
    const types = [...new Set(eventDefinitions.map((d) => d.type))].sort();
    expect(Object.keys(EVENT_WORDS.en).sort()).toEqual(types);
    expect(Object.keys(EVENT_WORDS.es).sort()).toEqual(types);
    for (const type of types) expect(eventWords(type, 'es-ES')).not.toBe(eventWords(type, 'en'));
  });

  it('shows the type itself for one this Deck does not know', () => {
    expect(eventWords('later.event', 'es')).toBe('later.event');
    expect(eventWords('member.added', 'es')).toBe('Miembro añadido');
  });
});
