import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM, seriousViolations } from './browser';
import { PASSWORD } from './seed';

/** What the flows' e2e files share: whether they can run, signing in, and the axe check. */
export const haveChromium = existsSync(CHROMIUM);
export const runFlows = haveChromium || process.env['CI'] === 'true';

export function requireChromium(): void {
  if (!haveChromium)
    throw new Error(
      `CI=true and there is no chromium at ${CHROMIUM}: .ci/run installs it with 'apt-get install -y chromium'.`,
    );
}

/**
 * A page of a fresh browser context signed in as this member. The sign-in goes through the
 * context's own request client, which shares the browser's cookies, so each test starts on the
 * page it is about rather than on the sign-in form (deck.test.ts drives that form).
 */
export async function signedInPage(
  context: BrowserContext,
  baseUrl: string,
  email: string,
): Promise<Page> {
  const response = await context.request.post(`${baseUrl}/api/auth/sign-in`, {
    headers: { origin: baseUrl },
    data: { email, password: PASSWORD },
  });
  if (!response.ok())
    throw new Error(`signing ${email} in answered ${response.status()}: ${await response.text()}`);
  return context.newPage();
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** The first day of last month and the last month as `YYYY-MM`, in UTC like the e2e node. */
export function lastMonth(now = new Date()): { period: string; firstDay: string } {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const period = first.toISOString().slice(0, 7);
  return { period, firstDay: `${period}-01` };
}
