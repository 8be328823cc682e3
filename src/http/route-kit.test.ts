import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../core/ledger/event.js';
import { inBody, located, recorded } from './route-kit.js';

describe('route kit', () => {
  it('says which input fields came from the body and which from the path', () => {
    expect(located(['level'], ['memberId'])).toEqual({ level: 'body', memberId: 'path' });
    expect(inBody(['period', 'parameters'])).toEqual({ period: 'body', parameters: 'body' });
  });

  it('answers a write with its ids and the appended events by seq, type and hash only', () => {
    const event: LedgerEvent = {
      format: 'disco-cat/event@1',
      seq: 7,
      prev: '0'.repeat(64),
      type: 'member.added',
      schema: 1,
      payload: { memberId: 'm-1' },
      actor: null,
      time: '2026-01-05T10:00:00.000Z',
      hash: 'ab'.repeat(32),
      nodeSig: 'x',
    };
    const answer = recorded({ memberId: 'm-1', events: [event] });
    expect(answer).toEqual({
      memberId: 'm-1',
      recorded: [{ seq: 7, type: 'member.added', hash: 'ab'.repeat(32) }],
    });
  });
});
