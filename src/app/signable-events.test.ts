import { describe, expect, it } from 'vitest';
import { eventCatalog } from './event-catalog.js';
import { isSignable, SIGNABLE_EVENT_TYPES } from '../core/ledger/signable-events.js';

describe('signable event types', () => {
  it('names only types the catalog defines, and leaves out what the node records itself', () => {
    const defined = new Set(eventCatalog.definitions().map((d) => d.type));
    expect(SIGNABLE_EVENT_TYPES.filter((type) => !defined.has(type))).toEqual([]);
    for (const type of [
      'ledger.genesis',
      'proposal.closed',
      'proposal.ballots-revealed',
      'member.key-registered',
    ])
      expect(isSignable(type)).toBe(false);
    expect(isSignable('value.contribution.logged')).toBe(true);
  });
});
