import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { launchDeckBrowser, screenshot, seriousViolations, type DeckBrowser } from './browser';
import { CHROMIUM } from './chromium';
import { startDeckServer, type DeckServer } from './deck-server';
import { signedInPage } from './flows-support';
import { FIRST_PARAMETERS, PASSWORD, seedDisco, type SeededDisco } from './seed';

const haveChromium = existsSync(CHROMIUM);

/** The paths of every route App.tsx declares (`index` as ''), as written there. */
function deckRoutes(): string[] {
  const app = readFileSync(new URL('../src/App.tsx', import.meta.url), 'utf8');
  return [...app.matchAll(/<Route\s+(?:index|path="([^"]+)")/g)].map((m) => m[1] ?? '');
}
const inCi = process.env['CI'] === 'true';
if (!haveChromium && !inCi) {
  console.warn(
    `Skipping the Deck's browser tests: no chromium at ${CHROMIUM}. Install it with 'apt-get install chromium' (or set CHROMIUM_PATH).`,
  );
}

describe.skipIf(!haveChromium && !inCi)('the Deck in a real browser', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let page: Page;
  const go = async (path: string) => {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  };
  const expectAccessible = async () => expect(await seriousViolations(page)).toEqual([]);

  beforeAll(async () => {
    if (!haveChromium)
      throw new Error(
        `CI=true and there is no chromium at ${CHROMIUM}: .ci/run installs it with 'apt-get install -y chromium'.`,
      );
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    browser = await launchDeckBrowser();
    page = await (await browser.context()).newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs a member in and shows their dashboard', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/sign-in/);
    await expectAccessible();
    await screenshot(page, 'sign-in');
    await page.getByLabel('Email').fill(disco.ana.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByRole('banner').getByText('Ana', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Where the value flowed' }).waitFor();
    await page.getByRole('heading', { name: 'Credits per week in each stream' }).waitFor();
    await page.getByRole('heading', { name: 'Who does the care work' }).waitFor();
    // Both charts drawn (echarts replaces the container's label with its own description).
    await page.locator('.chart svg').nth(1).waitFor();
    await screenshot(page, 'dashboard');
    await expectAccessible();
  });

  it('logs work from a 375-pixel phone in a few taps', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await go('/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Log work' }).first().click();
    await page.getByRole('heading', { name: 'Log work', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Care' }).check();
    await page.getByLabel(/How much/).fill('1.5');
    await page.getByRole('button', { name: 'Log it' }).click();
    await page.getByText('Logged. It counts once another member validates it.').waitFor();
    await page
      .getByRole('region', { name: 'My recent work' })
      .getByText(/1\.5 hours/)
      .waitFor();
    await screenshot(page, 'log-work-phone');
    await expectAccessible();
    const mine = await disco.founder.call<{
      items: Array<{ quantity: string; stream: string; status: string }>;
    }>('GET', `/api/contributions?member=${disco.ana.memberId}`);
    expect(mine.items).toMatchObject([{ quantity: '1.5', stream: 'care', status: 'pending' }]);
  });

  it("validates another member's contribution", async () => {
    const bens = page.getByRole('listitem', { name: 'Work of Ben' });
    await bens.getByRole('button', { name: 'Validate' }).click();
    await page.getByText('Nobody’s work is waiting for you.').waitFor();
    await screenshot(page, 'validated-phone');
    const contribution = await disco.founder.call<{ status: string; acknowledgedBy: string[] }>(
      'GET',
      `/api/contributions/${disco.bensContributionId}`,
    );
    expect(contribution).toMatchObject({ status: 'counted', acknowledgedBy: [disco.ana.memberId] });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('casts a ranked ballot', async () => {
    await go('/proposals');
    await page.getByRole('link', { name: 'Which day for the weekly care call?' }).click();
    await page
      .getByRole('heading', { name: 'Which day for the weekly care call?', level: 1 })
      .waitFor();
    // Best first: Thursday, then Tuesday, then Wednesday.
    for (const day of ['Thursday', 'Tuesday', 'Wednesday'])
      await page.getByRole('button', { name: `Rank ${day}` }).click();
    await page.getByRole('button', { name: 'Cast my ballot' }).click();
    await page.getByText(/Your ballot, cast/).waitFor();
    await screenshot(page, 'ranked-ballot');
    await expectAccessible();
    const proposal = await disco.founder.call<{
      ballots: Array<{ voterId: string; ballot: unknown }>;
    }>('GET', `/api/proposals/${disco.rankedProposalId}`);
    expect(proposal.ballots.find((b) => b.voterId === disco.ana.memberId)?.ballot).toEqual({
      ranking: ['Thursday', 'Tuesday', 'Wednesday'],
    });
  });

  it('runs a what-if of the distribution parameters', async () => {
    expect(
      disco.distribution,
      'the node has no distribution API (contract A), so nothing can be distributed',
    ).toBe(true);
    await go('/distribution');
    // What if love and care got half instead of a quarter? Ben's validated care work is a claim.
    await page.getByText('Advanced: the document as JSON').click();
    const document = page.getByLabel('Parameter document (JSON)');
    await expect
      .poll(async () => JSON.parse(await document.inputValue()) as unknown)
      .toMatchObject({ algorithm: 'value-equation@1' });
    const candidate = {
      ...FIRST_PARAMETERS,
      streamSplit: [
        { ...FIRST_PARAMETERS.streamSplit[0]!, share: 5000 },
        { ...FIRST_PARAMETERS.streamSplit[1]!, share: 5000 },
      ],
    };
    await document.fill(JSON.stringify(candidate, null, 2));
    await page.getByRole('button', { name: 'Apply the JSON to the form' }).click();
    await page.getByRole('button', { name: 'Run what-if' }).click();
    const table = page.getByRole('table', { name: /What each member would get/ }).first();
    await table.waitFor();
    await screenshot(page, 'what-if');
    const bensRow = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Ben' }) });
    const [current, candidateAmount] = await Promise.all([
      bensRow.getByRole('cell').nth(0).innerText(),
      bensRow.getByRole('cell').nth(1).innerText(),
    ]);
    expect(candidateAmount).not.toBe(current);
    await expectAccessible();
  });

  it('proposes a what-if as a CAT parameter change from a phone, fixing what the node refused, and lands on the proposal', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    onTestFinished(() => page.setViewportSize({ width: 1280, height: 900 }));
    await go('/distribution');
    await page.getByText('Advanced: the document as JSON').click();
    const document = page.getByLabel('Parameter document (JSON)');
    await expect
      .poll(async () => JSON.parse(await document.inputValue()) as unknown)
      .toMatchObject({ algorithm: 'value-equation@1' });
    const candidate = {
      ...FIRST_PARAMETERS,
      version: 'half for love and care',
      streamSplit: [
        { ...FIRST_PARAMETERS.streamSplit[0]!, share: 5000 },
        { ...FIRST_PARAMETERS.streamSplit[1]!, share: 5000 },
      ],
    };
    await document.fill(JSON.stringify(candidate, null, 2));
    await page.getByRole('button', { name: 'Apply the JSON to the form' }).click();
    await page.getByRole('button', { name: 'Run what-if' }).click();
    await page
      .getByRole('table', { name: /What each member would get/ })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Propose this change' }).click();
    const form = page.getByRole('form', { name: 'Propose this change' });
    await form.getByLabel('Title').fill('Half for love and care');
    await form
      .getByLabel('Summary')
      .fill('Care work is underpaid: the what-if shows what it changes for each of us.');
    const effectiveFrom = form.getByLabel('In force from');
    // The field shows the reader's order (mm/dd/yyyy in English); the node keeps ISO days.
    const nextMonth = await effectiveFrom.inputValue();
    const [month, day, year] = nextMonth.split('/');
    const nextMonthIso = `${year}-${month}-${day}`;
    // Before the version in force started: the node refuses the overlap, beside the date.
    await effectiveFrom.fill('2019-06-01');
    await form.getByRole('button', { name: 'Open the proposal' }).click();
    await form.getByText(/overlaps an earlier parameter version/).waitFor();
    expect(await effectiveFrom.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'propose-refused-phone');
    await expectAccessible();
    await effectiveFrom.fill(nextMonth);
    await form.getByRole('button', { name: 'Open the proposal' }).click();
    await page.waitForURL(/\/proposals\/[^/]+$/);
    await page.getByRole('heading', { name: 'Half for love and care', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Consent', level: 2 }).waitFor();
    await screenshot(page, 'proposed-parameter-change-phone');
    await expectAccessible();
    const proposalId = page.url().split('/').pop()!;
    const proposal = await disco.founder.call<{ kind: string; method: string; change: unknown }>(
      'GET',
      `/api/proposals/${proposalId}`,
    );
    expect(proposal).toMatchObject({
      kind: 'cat-parameter-change',
      method: 'consent',
      change: {
        kind: 'cat-parameter-change',
        parameters: { ...candidate, effectiveFrom: nextMonthIso },
      },
    });
  });

  it('verifies the ledger in the browser', async () => {
    await go('/ledger');
    // The verifier runs in a Web Worker of its own, off the page's main thread.
    const worker = page.waitForEvent('worker', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Verify in this browser' }).click({ timeout: 10_000 });
    expect((await worker).url()).toMatch(/\/assets\/verify-worker-[\w-]+\.js$/);
    const verdict = page.getByText('The ledger is intact.');
    await verdict
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(() => undefined);
    await screenshot(page, 'ledger-verified');
    await expect(verdict.first().isVisible()).resolves.toBe(true);
    await expectAccessible();
  });

  it('passes axe on every route of the Deck in both languages, and on what only a phone shows', async () => {
    // Every route App.tsx declares, so a new page cannot be missed; a new route parameter needs
    // an example here, and the test says so.
    const examples: Record<string, string> = {
      memberId: disco.ana.memberId,
      proposalId: disco.rankedProposalId,
      contributionId: disco.bensContributionId,
      seq: '1',
      // No quarter of the seeded DisCO has ended yet: the page's "no such evaluation" state.
      evaluationId: '00000000-0000-7000-8000-000000000000',
    };
    const paths = deckRoutes().map((route) =>
      route === '*'
        ? '/no-such-page'
        : `/${route.replace(/:(\w+)/g, (_, name: string) => {
            const example = examples[name];
            if (!example)
              throw new Error(`no example for the route parameter :${name} of ${route}`);
            return encodeURIComponent(example);
          })}`.replace(/\/$/, '') || '/',
    );
    expect(paths).toContain('/settings');
    const signedOut = new Set(['/sign-in', '/join', '/reset-password']);
    const failures: unknown[] = [];
    const checked: string[] = [];
    const check = async (visit: Page, state: string) => {
      checked.push(state);
      const violations = await seriousViolations(visit);
      if (violations.length > 0) failures.push({ state, violations });
    };
    const settled = (visit: Page) =>
      visit.waitForFunction(() => !/Loading…|Cargando…/.test(document.body.innerText), undefined, {
        timeout: 20_000,
      });
    const walk = async (member: Page, where: string) => {
      for (const path of paths.filter((p) => !signedOut.has(p))) {
        await member.goto(`${server.url}${path}`);
        await member
          .getByRole('heading', { level: 1 })
          .first()
          .waitFor({ timeout: 10_000 })
          .catch((error: unknown) => {
            throw new Error(`${path} (${where}) shows no heading`, { cause: error });
          });
        await settled(member);
        await check(member, `${path} (${where})`);
      }
    };
    // Every route in both languages at a desktop's width, where every element shows (a phone
    // hides the columns it can do without and stacks the rest: the same elements, so the same
    // rules). What only a phone shows, the menu button and the menu it opens, is checked at 375
    // pixels in both languages.
    for (const locale of ['en-GB', 'es-ES']) {
      const width = 1280;
      const where = `${locale} ${width}px`;
      const context = await browser.context({ width, height: 900, locale });
      const member = await signedInPage(context, server.url, 'founder@example.org');
      await walk(member, where);
      // Forms with errors: a proposal with options but no title, and every value rule form open.
      await member.goto(`${server.url}/proposals/new`);
      await member.getByRole('heading', { level: 1 }).first().waitFor();
      await member.getByLabel(/^(How it is decided|Cómo se decide)$/).selectOption('irv');
      await member
        .getByRole('button', { name: /^(Open the proposal|Abrir la propuesta)$/ })
        .click();
      await member.locator('[aria-invalid=true]').first().waitFor();
      await check(member, `new proposal with errors (${where})`);
      await member.goto(`${server.url}/settings`);
      await member.locator('#value-rules-heading').waitFor();
      await settled(member);
      for (const summary of await member
        .locator('#value-rules-heading ~ * details > summary')
        .all())
        await summary.click();
      const stages = member.locator('#value-rules-heading ~ * form').first();
      await stages.locator('input').first().fill('150');
      await stages.locator('button[type=submit]').click();
      await stages.locator('[aria-invalid=true]').first().waitFor();
      await check(member, `settings with forms open and errors (${where})`);
      await screenshot(member, `axe-settings-forms-${locale}-${width}`);
      // Signed out: the pages a visitor reaches.
      const visitor = await (await browser.context({ width, height: 900, locale })).newPage();
      for (const path of [...signedOut, '/commons', '/ledger']) {
        await visitor.goto(`${server.url}${path}`);
        await visitor.getByRole('heading', { level: 1 }).first().waitFor();
        await settled(visitor);
        await check(visitor, `${path} signed out (${where})`);
      }
      // A phone: the menu button, then the menu open.
      const phoneWhere = `${locale} 375px`;
      const phone = await signedInPage(
        await browser.context({ width: 375, height: 812, locale }),
        server.url,
        'founder@example.org',
      );
      await phone.goto(`${server.url}/`);
      await phone.getByRole('heading', { level: 1 }).first().waitFor();
      await settled(phone);
      await check(phone, `/ (${phoneWhere})`);
      await phone.getByRole('button', { name: /^Men[uú]$/ }).click();
      await phone.getByRole('navigation').getByRole('link').first().waitFor();
      await check(phone, `menu open (${phoneWhere})`);
    }
    expect(failures).toEqual([]);
    // In each language: each route once (the signed-out ones as a visitor), the commons and the
    // ledger as a visitor, two forms with errors, and a phone's dashboard with its menu shut and open.
    expect(checked.length).toBe(2 * (paths.length + 2 + 2 + 2));
    // The commons is public: a visitor without an account reads it.
    const visitor = await (await browser.context({ width: 375, height: 812 })).newPage();
    await visitor.goto(`${server.url}/commons`);
    await visitor.getByRole('link', { name: 'The DisCO Manifesto in Spanish' }).waitFor();
    await screenshot(visitor, 'commons-visitor-phone');
    expect(await seriousViolations(visitor)).toEqual([]);
  }, 600_000);

  it('switches to Spanish and keeps it after a reload', async () => {
    await go('/');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { name: 'Panel', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await page.reload();
    await page.getByRole('link', { name: 'Registrar trabajo' }).first().waitFor();
    await screenshot(page, 'spanish');
    await expectAccessible();
  });

  it('explains the payouts of the preview in Spanish, from the codes the server sends', async () => {
    expect(disco.distribution, 'the node has no distribution API (contract A)').toBe(true);
    // Still in Spanish from the test before.
    await go('/distribution');
    await page.getByRole('heading', { name: 'Distribución', level: 1 }).waitFor();
    const ben = page.locator('details').filter({ hasText: 'Ben' }).first();
    await ben.locator('summary').click();
    const lines = ben.locator('ol.explanation > li');
    await expect
      .poll(() => lines.allInnerTexts())
      .toContainEqual(
        expect.stringMatching(/^El fondo «love\+care» de .+ se reparte a prorrata de lo adeudado/),
      );
    const total = (await lines.allInnerTexts()).find((l) => l.startsWith('Total pagado'));
    // An info line shows no amount after the sentence, and no line names a claim by its id.
    expect(total).toMatch(
      /^Total pagado [\d.,]+\s€; se sigue debiendo tras este reparto [\d.,]+\s€$/,
    );
    expect((await lines.allInnerTexts()).join('\n')).not.toMatch(/your|claim [0-9a-f]{8}/);
    await screenshot(page, 'distribution-spanish');
    await expectAccessible();
  });
});
