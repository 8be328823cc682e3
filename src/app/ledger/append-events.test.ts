import { describe, expect, it } from 'vitest';
import { testNode } from '../../../test/support/ledger.js';
import { dialects, testStore } from '../../../test/support/stores.js';
import type { AppContext } from '../context.js';
import { eventCatalog } from '../event-catalog.js';
import { initLedger } from './init-ledger.js';
import { appendEvents } from './append-events.js';

const sqlite = dialects.find((d) => d.dialect === 'sqlite')!;

async function ledger(): Promise<AppContext> {
  const ctx: AppContext = {
    store: await testStore(sqlite),
    node: testNode().signer,
    clock: () => new Date(Date.UTC(2026, 0, 5, 9)),
    catalog: eventCatalog,
    checkpointEvery: 1000,
    dataDir: '',
  };
  await initLedger(ctx, { name: 'Door', currency: 'EUR', timeZone: 'UTC', founderName: 'Ana' });
  return ctx;
}

const rename = (payload: unknown) => ({
  type: 'disco.renamed',
  schema: 1,
  payload: payload as Record<string, never>,
  actor: null,
  time: '2026-01-05T09:00:00.000Z',
});

describe('appendEvents, at the door of the ledger', () => {
  it('refuses text with an unpaired surrogate with a 400 naming the field, recording nothing', async () => {
    const ctx = await ledger();
    const size = (await ctx.store.head()).size;
    await expect(appendEvents(ctx, [rename({ name: 'Door \ud800' })])).rejects.toMatchObject({
      status: 400,
      code: 'invalid-input',
      problems: [{ field: 'payload.name', message: 'contains an unpaired UTF-16 surrogate' }],
    });
    await expect(
      appendEvents(ctx, [rename({ name: 'fine' }), rename({ name: '\udc00' })]),
    ).rejects.toMatchObject({
      status: 400,
      problems: [{ field: 'events[1].payload.name' }],
    });
    expect((await ctx.store.head()).size).toBe(size);
  });

  it('refuses a payload nested thousands deep with a 400, not a stack overflow', async () => {
    const ctx = await ledger();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    await expect(appendEvents(ctx, [rename({ name: deep })])).rejects.toMatchObject({
      status: 400,
      problems: [{ field: 'payload', message: 'nested more than 64 levels deep' }],
    });
  });

  it('refuses, as a 400, text without canonical form elsewhere in the event', async () => {
    const ctx = await ledger();
    await expect(
      appendEvents(ctx, [{ ...rename({ name: 'fine' }), actor: 'm\ud800' }]),
    ).rejects.toMatchObject({ status: 400, code: 'invalid-input' });
  });
});
