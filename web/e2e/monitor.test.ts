import { existsSync } from 'node:fs';
import { text as streamText } from 'node:stream/consumers';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../../src/app/context';
import { makeCheckpoint } from '../../src/app/ledger/make-checkpoint';
import { checkEvidence } from '../../src/core/ledger/monitor';
import { rewriteTail } from '../../test/support/rewrite-tail';
import { launchDeckBrowser, screenshot, seriousViolations, type DeckBrowser } from './browser';
import { CHROMIUM } from './chromium';
import { startDeckServer, type DeckServer } from './deck-server';
import { pinnedSize } from './monitor-pin';

const haveChromium = existsSync(CHROMIUM);
const inCi = process.env['CI'] === 'true';

describe.skipIf(!haveChromium && !inCi)('the Deck as a monitor, in a real browser', () => {
  let server: DeckServer;
  let browser: DeckBrowser;
  let ctx: AppContext;
  let page: Page;

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`CI=true and there is no chromium at ${CHROMIUM}.`);
    server = await startDeckServer();
    // The operator's own access to the node's database and key, beside the running node.
    ctx = await openApp({ dataDir: server.dataDir });
    browser = await launchDeckBrowser();
    page = await (await browser.context()).newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await ctx?.store.close();
    await server?.stop();
  });

  it('shows a loud alarm with the evidence when the operator rewrites the ledger’s tail', async () => {
    const seen = await makeCheckpoint(ctx);
    await page.goto(`${server.url}/ledger`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect.poll(() => pinnedSize(page), { timeout: 20_000 }).toBe(seen.treeSize);
    expect(await page.getByRole('alert').count()).toBe(0);

    const { checkpoint: forged } = await rewriteTail(ctx.store, ctx.node!, {
      keep: seen.treeSize - 1,
      append: 3,
    });
    await page.reload();
    const alarm = page.getByRole('alert').filter({ hasText: 'Ledger alarm' });
    await alarm.waitFor();
    const text = await alarm.textContent();
    expect(text).toContain(`verified this ledger at ${seen.treeSize} events`);
    expect(text).toContain(`a ledger of ${forged.treeSize} events`);
    expect(text).toContain('history was rewritten');
    await screenshot(page, 'ledger-alarm');
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alarm.getByRole('button', { name: 'Download the evidence' }).click(),
    ]);
    // Read as a stream: a browser shared over a connection keeps downloads on its own side.
    const evidence = JSON.parse(await streamText(await download.createReadStream()));
    expect(evidence).toMatchObject({ kind: 'inconsistent', earlier: seen, later: forged });
    expect(checkEvidence(evidence)).toMatchObject({ verdict: 'proven', kind: 'inconsistent' });

    // On every page, and in Spanish too.
    await page.getByRole('link', { name: 'Commons' }).first().click();
    await page.getByRole('alert').filter({ hasText: 'Ledger alarm' }).waitFor();
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('alert').filter({ hasText: 'su historia fue reescrita' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await pinnedSize(page)).toBe(seen.treeSize);
  });
});
