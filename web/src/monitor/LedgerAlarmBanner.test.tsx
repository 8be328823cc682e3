// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApp, type AppContext } from '../../../src/app/context.js';
import { appendEvents } from '../../../src/app/ledger/append-events.js';
import { initLedger } from '../../../src/app/ledger/init-ledger.js';
import { makeCheckpoint } from '../../../src/app/ledger/make-checkpoint.js';
import { checkEvidence } from '../../../src/core/ledger/monitor.js';
import { createHttpApp } from '../../../src/http/app.js';
import { rewriteTail } from '../../../test/support/rewrite-tail.js';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { renderDeck } from '../test-render';
import { LedgerAlarmBanner } from './LedgerAlarmBanner';
import { memoryPinStore } from './pin-store';

const SOURCE = 'http://node.test';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('LedgerAlarmBanner, against a real node', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'disco-web-monitor-'));
  let ctx: AppContext;
  let founderId = '';
  const pins = memoryPinStore();
  const original = globalThis.fetch;

  beforeAll(async () => {
    ctx = await openApp({ dataDir });
    ({ founderId } = await initLedger(ctx, {
      name: 'Cooperativa Vigía',
      currency: 'EUR',
      timeZone: 'Europe/Madrid',
      founderName: 'Ana',
    }));
    const app = createHttpApp(ctx, { logger: pino({ level: 'silent' }) });
    // The node at the HTTP boundary: the typed client's requests reach the real routes.
    globalThis.fetch = async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      return app.request(url.pathname + url.search);
    };
  });

  afterEach(cleanup);

  afterAll(async () => {
    globalThis.fetch = original;
    await ctx.store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const rename = (name: string) =>
    appendEvents(ctx, [
      {
        type: 'disco.renamed',
        schema: 1,
        payload: { name },
        actor: founderId,
        time: new Date().toISOString(),
      },
    ]);

  const visit = (language: 'en' | 'es' = 'en') =>
    renderDeck(
      <>
        <LedgerAlarmBanner pins={pins} source={SOURCE} />
        <h1>Page</h1>
      </>,
      { language },
    );

  it('has every message in English and Spanish', () => {
    expect(keys(es.monitor).sort()).toEqual(keys(en.monitor).sort());
  });

  it('keeps the first checkpoint, follows honest growth silently, and alarms on every visit once the tail is rewritten', async () => {
    const first = await makeCheckpoint(ctx);
    visit();
    await waitFor(async () => expect((await pins.get(SOURCE))?.checkpoint).toEqual(first));
    expect(screen.queryByRole('alert')).toBeNull();
    cleanup();

    await rename('Cooperativa Vigía 2');
    await rename('Cooperativa Vigía 3');
    const grown = await makeCheckpoint(ctx);
    visit();
    await waitFor(async () => expect((await pins.get(SOURCE))?.checkpoint).toEqual(grown));
    expect(screen.queryByRole('alert')).toBeNull();
    cleanup();

    const { checkpoint: forged } = await rewriteTail(ctx.store, ctx.node!, {
      keep: grown.treeSize - 2,
      append: 4,
    });
    const { user } = visit();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(en.monitor.title);
    expect(alert.textContent).toContain(`verified this ledger at ${grown.treeSize} events`);
    expect(alert.textContent).toContain(`root ${grown.root.slice(0, 16)}`);
    expect(alert.textContent).toContain(`${forged.treeSize} events`);
    expect(alert.textContent).toContain('history was rewritten');
    // The pin stays on what the member verified: the alarm is not forgotten on the next visit.
    expect((await pins.get(SOURCE))?.checkpoint).toEqual(grown);

    let saved: Blob | undefined;
    let savedAs = '';
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:evidence';
    });
    // The page saves the file; happy-dom would instead navigate away to the blob URL.
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      savedAs = this.download;
    });
    try {
      await user.click(screen.getByRole('button', { name: en.monitor.download }));
    } finally {
      created.mockRestore();
      clicked.mockRestore();
    }
    expect(savedAs).toBe(`disco-evidence-inconsistent-${forged.treeSize}.json`);
    const evidence = JSON.parse(await saved!.text());
    expect(evidence).toMatchObject({
      kind: 'inconsistent',
      source: SOURCE,
      earlier: grown,
      later: forged,
    });
    // The file the Deck hands over is what the CLI's `disco ledger evidence` accepts as proof.
    expect(checkEvidence(evidence)).toMatchObject({ verdict: 'proven', kind: 'inconsistent' });
    cleanup();

    visit('es');
    const alerta = await screen.findByRole('alert');
    expect(alerta.textContent).toContain(es.monitor.title);
    expect(alerta.textContent).toContain('su historia fue reescrita');
    expect(screen.getByRole('button', { name: es.monitor.download })).toBeTruthy();
  });

  it('names a fork: another root signed for the size the member verified', async () => {
    const pinned = (await pins.get(SOURCE))!.checkpoint;
    await pins.set(SOURCE, { checkpoint: (await ctx.store.latestCheckpoint())!, pinnedAt: '' });
    const seen = (await pins.get(SOURCE))!.checkpoint;
    expect(seen.treeSize).toBeGreaterThan(pinned.treeSize);
    await rewriteTail(ctx.store, ctx.node!, { keep: seen.treeSize - 1, append: 1 });
    visit();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`two different ledgers of ${seen.treeSize} events`);
  });

  it('forgets the pin only after a confirmed dialog, then trusts the present ledger', async () => {
    const pinned = (await pins.get(SOURCE))!.checkpoint;
    const { user } = visit();
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: en.monitor.forget }));
    const dialog = screen.getByRole('dialog', { name: en.monitor.forgetTitle });
    expect(dialog.textContent).toContain('Download the evidence first');
    // Cancelling keeps the pin and the alarm.
    await user.click(screen.getByRole('button', { name: en.monitor.forgetCancel }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await pins.get(SOURCE))?.checkpoint).toEqual(pinned);
    expect(screen.getByRole('alert')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: en.monitor.forget }));
    await user.click(screen.getByRole('button', { name: en.monitor.forgetConfirm }));
    const present = (await ctx.store.latestCheckpoint())!;
    await waitFor(async () => expect((await pins.get(SOURCE))?.checkpoint).toEqual(present));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    cleanup();

    // In Spanish, the same dialog.
    // The drafts differ from every earlier rewrite's, so the history really changes.
    await rewriteTail(ctx.store, ctx.node!, {
      keep: present.treeSize - 1,
      drafts: ['Otra historia 1', 'Otra historia 2'].map((name) => ({
        type: 'disco.renamed',
        schema: 1,
        payload: { name },
        actor: null,
        time: new Date().toISOString(),
      })),
    });
    const { user: usuaria } = visit('es');
    await screen.findByRole('alert');
    await usuaria.click(screen.getByRole('button', { name: es.monitor.forget }));
    expect(screen.getByRole('dialog', { name: es.monitor.forgetTitle })).toBeTruthy();
    expect(screen.getByRole('button', { name: es.monitor.forgetConfirm })).toBeTruthy();
  });
});
