import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../context.js';
import { appendEvents } from '../ledger/append-events.js';
import { initLedger } from '../ledger/init-ledger.js';
import { witnessingTick } from './witnessing-tick.js';

let ctx: AppContext | undefined;
let dataDir = '';
afterEach(async () => {
  await ctx?.store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function ledgerWithCadence() {
  dataDir = mkdtempSync(join(tmpdir(), 'disco-cadence-'));
  let now = Date.UTC(2026, 10, 24, 10);
  ctx = await openApp({
    dataDir,
    clock: () => new Date(now),
    witnessing: { publicHost: null, checkpointIntervalMs: 3000, witness: null, fetch },
  });
  await initLedger(ctx, { name: 'Cadence', currency: 'EUR', timeZone: 'UTC', founderName: 'Ana' });
  const write = async (): Promise<number> => {
    const [event] = await appendEvents(ctx!, [
      {
        type: 'disco.renamed',
        schema: 1,
        payload: { name: `At ${now}` },
        actor: null,
        time: new Date(now).toISOString(),
      },
    ]);
    return event!.seq;
  };
  const sizes = async () => (await ctx!.store.checkpoints(0, 1000)).map((c) => c.treeSize);
  return { ctx, write, sizes, advance: (ms: number) => void (now += ms) };
}

describe('the checkpoint cadence', () => {
  it('signs one with the founding, none for writes within the interval, one once it has passed', async () => {
    const { write, sizes, advance } = await ledgerWithCadence();
    const founded = await sizes();
    expect(founded).toHaveLength(1);
    advance(1000);
    await write();
    advance(1000);
    await write();
    expect(await sizes()).toEqual(founded);
    advance(1000);
    const covered = await write();
    expect(await sizes()).toEqual([...founded, covered]);
  });

  it('covers the last writes of a burst at the next beat, and signs nothing when all is covered', async () => {
    const { ctx, write, sizes, advance } = await ledgerWithCadence();
    advance(3000);
    await write();
    advance(500);
    const last = await write();
    expect((await sizes()).at(-1)).toBe(last - 1);
    advance(2500);
    expect((await witnessingTick(ctx)).checkpointed).toBe(last);
    expect((await sizes()).at(-1)).toBe(last);
    advance(3000);
    expect((await witnessingTick(ctx)).checkpointed).toBeNull();
  });
});
