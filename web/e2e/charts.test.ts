import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstVisitChunks, readManifest } from '../scripts/bundle-size';
import { loadEveryCatalogue } from '../src/words/render';
import { formatMoney } from '../src/format';
import { nodeName } from '../src/words/node-name';
import { launchDeckBrowser, screenshot, type DeckBrowser } from './browser';
import { startDeckServer, type DeckServer } from './deck-server';
import { expectAccessible, requireChromium, runFlows, signedInPage } from './flows-support';
import { seedDisco, seedDuties, type SeededDisco } from './seed';

interface Flows {
  currency: string;
  period: string;
  nodes: Array<{ id: string; label: string }>;
  links: Array<{ source: string; target: string; amount: string }>;
}

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const SANKEY = 'section[aria-labelledby="flow-heading"] .chart';
const STREAMS = 'section[aria-labelledby="streams-heading"] .chart';

/** The Sankey's labels as drawn, and every pair of them that overlap or leave the diagram. */
function sankeyLabels(page: Page) {
  return page.locator(`${SANKEY} svg`).evaluate((svg) => {
    const boxes = [...svg.querySelectorAll('.sankey-labels text')].map((text) => {
      const r = text.getBoundingClientRect();
      return { text: text.textContent ?? '', x: r.x, y: r.y, right: r.right, bottom: r.bottom };
    });
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (!(a.right <= b.x || b.right <= a.x || a.bottom <= b.y || b.bottom <= a.y))
          overlaps.push(`"${a.text}" × "${b.text}"`);
      }
    const frame = svg.getBoundingClientRect();
    const clipped = boxes
      .filter(
        (b) => b.x < frame.x || b.right > frame.right || b.y < frame.y || b.bottom > frame.bottom,
      )
      .map((b) => b.text);
    return { texts: boxes.map((b) => b.text), overlaps, clipped };
  });
}

/** What flowed through each node, exactly as the Deck formats it in `language`. */
function expectedAmounts(flows: Flows, language: string): string[] {
  const into = new Map<string, bigint>();
  const out = new Map<string, bigint>();
  for (const l of flows.links) {
    into.set(l.target, (into.get(l.target) ?? 0n) + BigInt(l.amount));
    out.set(l.source, (out.get(l.source) ?? 0n) + BigInt(l.amount));
  }
  return [...new Set([...into.keys(), ...out.keys()])].map((id) => {
    const a = into.get(id) ?? 0n;
    const b = out.get(id) ?? 0n;
    return formatMoney((a > b ? a : b).toString(), flows.currency, language);
  });
}

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/*
 * The dashboard's two charts, drawn as SVG by React (no chart library): their names, the
 * amounts on the Sankey's nodes in the member's language, labels that never collide, and no
 * sideways scroll of the page on a phone; then the Deck's dark scheme.
 */
describe.skipIf(!runFlows)('The dashboard’s charts, light and dark', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let flows: Flows;

  beforeAll(async () => {
    requireChromium();
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    await seedDuties(disco.founder);
    await loadEveryCatalogue();
    flows = await disco.ana.call<Flows>('GET', '/api/distribution/flows');
    browser = await launchDeckBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [screen, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)
    for (const [language, locale] of [
      ['en', 'en-GB'],
      ['es', 'es'],
    ] as const)
      it(`draws both charts with their names and the amounts on a ${screen} in ${language}`, async () => {
        expect(flows.links.length).toBeGreaterThan(0);
        const context = await browser.context({ ...size, locale });
        const scripts: string[] = [];
        context.on('response', (r) => {
          // The service worker's own script is not the page's JavaScript (the issue excludes it).
          if (r.request().resourceType() === 'script' && !r.url().endsWith('/sw.js'))
            scripts.push(new URL(r.url()).pathname);
        });
        const page = await signedInPage(context, server.url, disco.ana.email);
        await page.goto(`${server.url}/`);
        await page.locator(`${SANKEY} svg .sankey-labels text`).first().waitFor();
        await page.locator(`${STREAMS} svg path.area`).first().waitFor({ state: 'attached' });

        const names = await page
          .locator('.chart')
          .evaluateAll((charts) =>
            charts.map((c) => [c.getAttribute('role'), c.getAttribute('aria-label')]),
          );
        expect(names).toEqual([
          [
            'img',
            language === 'en'
              ? `Sankey diagram of the value flow of ${flows.period}`
              : `Diagrama de Sankey del flujo de valor de ${flows.period}`,
          ],
          [
            'img',
            language === 'en'
              ? 'Credits per week over the last 13 weeks, by stream'
              : 'Créditos por semana en las últimas 13 semanas, por corriente',
          ],
        ]);

        const { texts, overlaps, clipped } = await sankeyLabels(page);
        expect(overlaps).toEqual([]);
        expect(clipped).toEqual([]);
        const shown = texts.join('\n');
        for (const amount of expectedAmounts(flows, language)) expect(shown).toContain(amount);
        for (const node of flows.nodes.filter((n) =>
          flows.links.some((l) => l.source === n.id || l.target === n.id),
        ))
          expect(shown).toContain(nodeName(node, { language }).split(' ')[0]);

        // The week still going on is named as such on the chart's axis.
        const ticks = await page.locator(`${STREAMS} .axis text`).allTextContents();
        expect(ticks.at(-1)).toMatch(language === 'en' ? /\(so far\)$/ : /\(en curso\)$/);
        // The tables beside the charts are still there.
        for (const table of language === 'en'
          ? ['The flow as a table', 'The weeks as a table']
          : ['El flujo como tabla', 'Las semanas como tabla'])
          await page.getByText(table, { exact: true }).waitFor();

        // No chart library among the scripts, and `npm run web:size` counts exactly what a first
        // visit loads: the entry, its static imports and the dashboard's dynamic ones.
        expect(scripts.filter((s) => /echarts|EChart/i.test(s))).toEqual([]);
        // The ledger monitor's chunks load after the charts are drawn: the set is polled until the
        // last of them has arrived, and never passes with one chunk more or one fewer.
        const manifest = readManifest();
        const { initial, dynamic } = firstVisitChunks(manifest, language);
        await expect
          .poll(() => [...new Set(scripts)].sort(), { timeout: 30_000 })
          .toEqual([...initial, ...dynamic].map((key) => `/${manifest[key]!.file}`).sort());
        await page.waitForLoadState('networkidle');
        expect([...new Set(scripts)].sort()).toEqual(
          [...initial, ...dynamic].map((key) => `/${manifest[key]!.file}`).sort(),
        );
        expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
        await screenshot(page, `charts-${screen}-${language}`);
        await expectAccessible(page);
      });

  const MAIN_PAGES = ['/', '/log', '/proposals', '/me', '/ledger', '/distribution'];

  for (const [screen, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)
    for (const [language, locale] of [
      ['en', 'en-GB'],
      ['es', 'es'],
    ] as const)
      it(`follows a dark system on a ${screen} in ${language}, readable everywhere`, async () => {
        const context = await browser.context({ ...size, locale, colorScheme: 'dark' });
        const page = await signedInPage(context, server.url, disco.ana.email);
        for (const path of MAIN_PAGES) {
          await page.goto(`${server.url}${path}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          // Each page's data shown (no "Loading…" left), rather than half a second of a quiet
          // network after it, as deck.test.ts's walk waits.
          await page.waitForFunction(
            () => !/Loading…|Cargando…/.test(document.body.innerText),
            undefined,
            { timeout: 20_000 },
          );
          if (path === '/')
            await page.locator(`${SANKEY} svg .sankey-labels text`).first().waitFor();
          const colours = await page.evaluate(() => ({
            scheme: getComputedStyle(document.documentElement).colorScheme,
            page: getComputedStyle(document.documentElement).backgroundColor,
            text: getComputedStyle(document.body).color,
            card: getComputedStyle(document.querySelector('.card, main') ?? document.body)
              .backgroundColor,
          }));
          expect(colours.scheme).toBe('light dark');
          // The page dark and its text light, whatever the page.
          expect(colours.page, path).toBe('rgb(18, 20, 22)');
          expect(colours.text, path).toBe('rgb(232, 230, 227)');
          if (path === '/') {
            const label = await page
              .locator(`${SANKEY} .sankey-labels text`)
              .first()
              .evaluate((t) => getComputedStyle(t).fill);
            expect(label).toBe('rgb(232, 230, 227)');
            expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
            await screenshot(page, `dark-${screen}-${language}`);
          }
          await expectAccessible(page);
        }
      }, 120_000);
});
