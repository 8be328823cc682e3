import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../src/format';
import { launchDeckBrowser, screenshot, seriousViolations, type DeckBrowser } from './browser';
import { CHROMIUM } from './chromium';
import { startDeckServer, type DeckServer } from './deck-server';
import { PASSWORD, seedDisco, seedDuties, type SeededDisco } from './seed';

const haveChromium = existsSync(CHROMIUM);
const inCi = process.env['CI'] === 'true';
if (!haveChromium && !inCi) {
  console.warn(
    `Skipping the Deck's finishing tests: no chromium at ${CHROMIUM}. Install it with 'apt-get install chromium' (or set CHROMIUM_PATH).`,
  );
}

interface Flows {
  currency: string;
  nodes: Array<{ id: string; label: string }>;
  links: Array<{ source: string; target: string; amount: string }>;
}

/**
 * The texts of the value-flow diagram and every pair of them that overlap on screen. Each line of
 * a label is its own `<text>`; echarts may draw a label's white outline as a second element at
 * the same place, which is the same text, not a collision.
 */
async function sankeyTexts(page: Page) {
  return page.locator('section[aria-labelledby="flow-heading"] .chart svg').evaluate((svg) => {
    const boxes = [...svg.querySelectorAll('text')]
      .map((text) => {
        const r = text.getBoundingClientRect();
        return { text: text.textContent ?? '', x: r.x, y: r.y, right: r.right, bottom: r.bottom };
      })
      .filter((b) => b.text.trim() !== '' && b.right > b.x);
    const unique = boxes.filter(
      (b, i) =>
        boxes.findIndex(
          (o) => o.text === b.text && Math.abs(o.x - b.x) < 1 && Math.abs(o.y - b.y) < 1,
        ) === i,
    );
    // Lines of one label touch; a pixel or two of their boxes' ascent and descent may meet.
    const slack = 2;
    const overlaps: string[] = [];
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++) {
        const a = unique[i]!;
        const b = unique[j]!;
        const apart =
          a.right - slack <= b.x ||
          b.right - slack <= a.x ||
          a.bottom - slack <= b.y ||
          b.bottom - slack <= a.y;
        if (!apart) overlaps.push(`"${a.text}" × "${b.text}"`);
      }
    // Nor is any cut off by the diagram's edges.
    const frame = svg.getBoundingClientRect();
    const clipped = unique
      .filter(
        (b) =>
          b.x < frame.x - slack ||
          b.right > frame.right + slack ||
          b.y < frame.y - slack ||
          b.bottom > frame.bottom + slack,
      )
      .map((b) => b.text);
    return { texts: unique.map((b) => b.text), overlaps, clipped };
  });
}

/*
 * What was left of the defects found on phones and desktops: the value-flow diagram's labels
 * and amounts, the ledger newest first, the focus after casting a ballot and logging work, and
 * duty bars that name the duty and its unit.
 */
describe.skipIf(!haveChromium && !inCi)('The Deck’s finishing touches', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const signIn = async (context: BrowserContext, email: string, signInLabel = 'Sign in') => {
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel(/^(Email|Correo)/).fill(email);
    await page.getByLabel(/^(Password|Contraseña)/).fill(PASSWORD);
    await page.getByRole('button', { name: signInLabel }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    return page;
  };
  const sidewaysScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const focused = (page: Page) =>
    page.evaluate(() => ({
      role: document.activeElement?.getAttribute('role') ?? null,
      text: document.activeElement?.textContent ?? '',
    }));

  beforeAll(async () => {
    if (!haveChromium)
      throw new Error(
        `CI=true and there is no chromium at ${CHROMIUM}: .ci/run installs it with 'apt-get install -y chromium'.`,
      );
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    await seedDuties(disco.founder);
    browser = await launchDeckBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the value flow with every node’s amount and no label on another, on a desktop', async () => {
    const flows = await disco.ana.call<Flows>('GET', '/api/distribution/flows');
    expect(flows.links.length).toBeGreaterThan(0);
    const page = await signIn(await browser.context(), disco.ana.email);
    await page.locator('section[aria-labelledby="flow-heading"] .chart svg text').first().waitFor();
    const { texts, overlaps, clipped } = await sankeyTexts(page);
    expect(overlaps).toEqual([]);
    expect(clipped).toEqual([]);
    const shown = texts.join('\n');
    const through = new Map<string, bigint>();
    for (const l of flows.links) {
      through.set(l.target, (through.get(l.target) ?? 0n) + BigInt(l.amount));
      if (!flows.links.some((k) => k.target === l.source))
        through.set(l.source, (through.get(l.source) ?? 0n) + BigInt(l.amount));
    }
    for (const [node, amount] of through)
      expect(shown, `the amount of ${node}`).toContain(
        formatMoney(amount.toString(), flows.currency, 'en'),
      );
    // Wide enough here: the diagram does not scroll.
    const region = page.getByRole('region', {
      name: 'The value flow diagram, which scrolls sideways on a narrow screen',
    });
    expect(await region.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'sankey-desktop');

    // The duty bars name the member, the duty (stream and period) and count it in credits.
    const duties = page.locator('section[aria-labelledby="duties-heading"]');
    await duties.getByRole('progressbar', { name: /^Ana: Love duty, / }).waitFor();
    await duties.getByRole('progressbar', { name: /^Ben: Care duty, / }).waitFor();
    await duties
      .getByText(/of 400\.00 credits$/)
      .first()
      .waitFor();
    await duties
      .getByText(/of 10\.00 credits$/)
      .first()
      .waitFor();
    await expectAccessible(page);
  });

  it('keeps the labels apart on a 375-pixel phone in Spanish, scrolling the diagram, not the page', async () => {
    const phone = await browser.context({ width: 375, height: 812, locale: 'es' });
    const page = await signIn(phone, disco.ana.email, 'Entrar');
    await page.locator('section[aria-labelledby="flow-heading"] .chart svg text').first().waitFor();
    const { overlaps, clipped } = await sankeyTexts(page);
    expect(overlaps).toEqual([]);
    expect(clipped).toEqual([]);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', {
      name: 'El diagrama del flujo de valor, que se desplaza de lado en una pantalla estrecha',
    });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeGreaterThan(0);
    await page
      .locator('section[aria-labelledby="duties-heading"]')
      // A phone hides the bar itself; the duty and its count stay, in words.
      .getByText(/^Ana: deber de Amor, /)
      .waitFor();
    await page
      .locator('section[aria-labelledby="duties-heading"]')
      .getByText(/de 400,00 créditos$/)
      .first()
      .waitFor();
    await screenshot(page, 'sankey-phone-es');
    await expectAccessible(page);
  });

  it('shows the ledger newest first, and “Older events” reaches the first one', async () => {
    const head = async () =>
      (
        await disco.ana.call<{ items: Array<{ seq: number }> }>(
          'GET',
          '/api/ledger/events?order=desc&limit=1',
        )
      ).items[0]!.seq;
    // More than two pages of 50, so that reaching the genesis takes paging.
    for (let n = 1; (await head()) <= 110; n++)
      await disco.founder.call('POST', '/api/commons', {
        title: `Meeting notes ${n}`,
        kind: 'document',
        licence: 'CC-BY-SA-4.0',
        link: `https://example.org/notes/${n}`,
      });
    const page = await (await browser.context()).newPage();
    await page.goto(`${server.url}/ledger`);
    const table = page.getByRole('region', {
      name: 'The events, newest first, in a table that scrolls',
    });
    await table.locator('tbody tr').first().waitFor();
    const newest = await head();
    const seqs = () =>
      table
        .locator('tbody tr > td:first-child')
        .evaluateAll((cells) => cells.map((c) => Number(c.textContent)));
    expect((await seqs())[0]).toBe(newest);
    await expectAccessible(page);
    const older = page.getByRole('button', { name: 'Older events' });
    while ((await older.count()) > 0) {
      const shown = (await seqs()).length;
      await older.click();
      await expect.poll(async () => (await seqs()).length).toBeGreaterThan(shown);
    }
    const all = await seqs();
    expect(all).toEqual(Array.from({ length: newest }, (_, i) => newest - i));
    // The verifier still reads the chain from the genesis on.
    await page.getByRole('button', { name: 'Verify in this browser' }).click();
    await page.getByText('The ledger is intact.').first().waitFor({ timeout: 30_000 });
  });

  it('moves the focus to the result and announces it after casting a ballot and logging work', async () => {
    const page = await signIn(await browser.context(), disco.ana.email);
    await page.goto(`${server.url}/proposals/${disco.rankedProposalId}`);
    await page
      .getByRole('heading', { name: 'Which day for the weekly care call?', level: 1 })
      .waitFor();
    for (const day of ['Tuesday', 'Thursday', 'Wednesday'])
      await page.getByRole('button', { name: `Rank ${day}` }).click();
    await page.getByRole('button', { name: 'Cast my ballot' }).click();
    await page.getByRole('status').getByText('Your ballot was cast.').waitFor();
    await expect
      .poll(() => focused(page))
      .toEqual({
        role: 'status',
        text: 'Your ballot was cast.',
      });

    await page.goto(`${server.url}/log`);
    await page.getByRole('heading', { name: 'Log work', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Care' }).check();
    await page.getByLabel(/How much/).fill('2');
    await page.getByRole('button', { name: 'Log it' }).click();
    const said = 'Logged. It counts once another member validates it. (2 hours · meeting)';
    await page.getByRole('status').getByText(said).waitFor();
    await expect.poll(() => focused(page)).toEqual({ role: 'status', text: said });
    // Logging the same again takes the focus again.
    await page.getByRole('heading', { name: 'Log work', level: 1 }).focus();
    await page.getByLabel(/How much/).fill('2');
    await page.getByRole('button', { name: 'Log it' }).click();
    await expect.poll(() => focused(page)).toEqual({ role: 'status', text: said });
    await expectAccessible(page);
  });
});
