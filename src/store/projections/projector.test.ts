import { describe, expect, it } from 'vitest';
import { eventDefinitions, type TypedLedgerEvent } from '../../core/event-payloads.js';
import { ZERO_HASH } from '../../core/ledger/hash.js';
import type { Projector } from './projector.js';
import { projectors } from './registry.js';

/**
 * What `apply` does with one event of `type` and an empty payload, given a database that refuses
 * every use: the uses it tried, or the error it stopped on. A projector that acts on the type
 * reaches for the database (or fails on the empty payload first); one that ignores it does neither.
 */
async function reachOf(projector: Projector, type: string): Promise<string[]> {
  const reached: string[] = [];
  const db = new Proxy(
    {},
    {
      get(_target, key) {
        reached.push(`db.${String(key)}`);
        throw new Error(`the database was used for ${type}`);
      },
    },
  );
  const event = {
    format: 'disco-cat/event@1',
    seq: 2,
    prev: ZERO_HASH,
    type,
    schema: 1,
    payload: {},
    actor: null,
    time: '2026-01-01T00:00:00.000Z',
    hash: ZERO_HASH,
    nodeSig: '',
  } as unknown as TypedLedgerEvent;
  try {
    await projector.apply!(db as never, event);
  } catch (error) {
    if (reached.length === 0) reached.push(`threw ${String(error)}`);
  }
  return reached;
}

const everyType = eventDefinitions.map((d) => d.type);

describe('the event types each projector declares', () => {
  it('are declared by every projector with an apply, so no event costs a call that returns at once', () => {
    const undeclared = projectors.filter((p) => p.apply && !p.types).map((p) => p.name);
    expect(undeclared).toEqual([]);
  });

  for (const projector of projectors.filter((p) => p.apply && p.types)) {
    it(`${projector.name}: cover every type its apply acts on, and only those`, async () => {
      const declared = new Set<string>(projector.types);
      expect([...declared].filter((type) => !everyType.includes(type as never))).toEqual([]);
      const missed: string[] = [];
      const idle: string[] = [];
      for (const type of everyType) {
        const reached = await reachOf(projector, type);
        if (!declared.has(type) && reached.length > 0) missed.push(`${type} (${reached[0]})`);
        if (declared.has(type) && reached.length === 0) idle.push(type);
      }
      expect(missed, 'types apply acts on but the list leaves out').toEqual([]);
      expect(idle, 'types in the list that apply ignores').toEqual([]);
    });
  }
});
