import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_LAUNCH } from './chromium';
import { ROOT } from './deck-server';
import type { SeededDiscoParts } from './seed';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's WebSocket endpoint; '' when this machine has no Chromium. */
    deckBrowserWs: string;
    /** The shared seeded node (see `withDeck` in flows-support.ts); null without Chromium. */
    sharedDeck: {
      url: string;
      dataDir: string;
      /** Where to ask the global setup to move the node's test clock (global-setup.ts). */
      clockUrl: string;
      disco: SeededDiscoParts;
    } | null;
  }
}

export const SCREENSHOTS = join(ROOT, 'test-results', 'deck');

/** A context's screen: its size, its language, and the colour scheme its system asks for. */
export interface ContextOptions {
  width?: number;
  height?: number;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /**
   * A context with a profile on disk, in a Chromium of its own: only such a profile can install
   * an app (a shared browser's contexts are incognito to Chromium).
   */
  persistent?: boolean;
  /** 'block': no service worker, so the page's own requests reach the network (and show there). */
  serviceWorkers?: 'allow' | 'block';
}

export interface DeckBrowser {
  /** A fresh browsing context (cookies, storage) of the given width. */
  context(options?: ContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * One Chromium, and a context per call: a context is isolated like a fresh profile (cookies,
 * storage, service workers) but costs a fraction of a browser start. Given the WebSocket endpoint
 * of the browser the e2e global setup started, it connects to that one instead of launching its
 * own, so the e2e files share one Chromium process.
 */
export async function launchDeckBrowser(
  wsEndpoint: string | undefined = inject('deckBrowserWs'),
): Promise<DeckBrowser> {
  const browser: Browser = wsEndpoint
    ? await chromium.connect(wsEndpoint)
    : await chromium.launch(CHROMIUM_LAUNCH);
  const profiles: { dir: string; context: BrowserContext }[] = [];
  const settings = (options: ContextOptions) => ({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'en-GB',
    colorScheme: options.colorScheme ?? 'light',
    // axe-core is injected into the page; the Deck's CSP (script-src 'self') would refuse it.
    bypassCSP: true,
    // Charts drawn at once, so a screenshot shows them whole rather than mid-animation.
    reducedMotion: 'reduce' as const,
    serviceWorkers: options.serviceWorkers ?? ('allow' as const),
  });
  return {
    context: async (options = {}) => {
      if (!options.persistent) return browser.newContext(settings(options));
      const dir = await mkdtemp(join(tmpdir(), 'disco-chromium-'));
      const context = await chromium.launchPersistentContext(dir, {
        ...CHROMIUM_LAUNCH,
        ...settings(options),
      });
      profiles.push({ dir, context });
      return context;
    },
    // Closing a connected browser closes this file's contexts and leaves the shared one running.
    close: async () => {
      for (const { dir, context } of profiles) {
        await context.close();
        await rm(dir, { recursive: true, force: true });
      }
      await browser.close();
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Contexts that load axe-core into each of their pages by themselves (see below). */
const contextsWithAxe = new WeakSet<BrowserContext>();

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Sending axe's half a megabyte of source into a page took most of a check (0.67 s a page, against
  // 0.05 s more per navigation as an init script: docs/benchmarks.md), so a context that checks
  // once gets it as an init script and every page it opens after carries axe already.
  const context = page.context();
  if (!contextsWithAxe.has(context)) {
    contextsWithAxe.add(context);
    await context.addInitScript(axe.source);
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      // Only the violations are read: the passes and the rest are not gathered node by node.
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
