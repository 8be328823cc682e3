import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  draftPayload,
  eventDefinitions,
  isEventOf,
  typedEvent,
  type EventPayloads,
} from './event-payloads.js';
import type { LedgerEvent } from './ledger/event.js';
import { MEMBER_LEFT, type MemberLeftPayload } from './members/member-events.js';

const left: LedgerEvent = {
  format: 'disco-cat/event@1',
  seq: 2,
  prev: '0'.repeat(64),
  type: MEMBER_LEFT,
  schema: 1,
  payload: { memberId: 'm-1', decision: { kind: 'proposal', proposalId: 'p-1' } },
  actor: 'm-2',
  time: '2026-01-05T10:00:00.000Z',
  hash: 'ab'.repeat(32),
  nodeSig: 'x',
};

describe('typed event payloads', () => {
  it('maps every catalogued type to its schema output', () => {
    expectTypeOf<EventPayloads['member.left']>().toEqualTypeOf<MemberLeftPayload>();
    const types = eventDefinitions.map((d) => d.type);
    // A type may have several schema versions (distribution.run.committed has 1 and 2), each once.
    const versions = eventDefinitions.map((d) => `${d.type}@${d.schema}`);
    expect(new Set(versions).size).toBe(versions.length);
    expect(types).toContain('member.added');
    expect(types).toContain('ledger.genesis');
  });

  it('narrows an event by its type without changing it', () => {
    const typed = typedEvent(left);
    expect(typed).toBe(left);
    if (typed?.type !== MEMBER_LEFT) throw new Error('expected member.left');
    expectTypeOf(typed.payload).toEqualTypeOf<MemberLeftPayload>();
    expect(typed.payload.memberId).toBe('m-1');
    expect(isEventOf(left, MEMBER_LEFT)).toBe(true);
    expect(isEventOf(left, 'member.added')).toBe(false);
  });

  it('gives no type to an event outside the catalogue', () => {
    expect(typedEvent({ ...left, type: 'made.up' })).toBeNull();
  });

  it('keeps a draft payload as the very same object, so hashing sees the same bytes', () => {
    const payload: MemberLeftPayload = { memberId: 'm-1', decision: { kind: 'founder-action' } };
    expect(draftPayload(MEMBER_LEFT, payload)).toBe(payload);
  });
});
