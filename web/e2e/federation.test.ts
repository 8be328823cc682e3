import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDeckBrowser, type DeckBrowser } from './browser';
import { ROOT, startDeckServer, type DeckServer } from './deck-server';
import { expectAccessible, requireChromium, runFlows, signedInPage } from './flows-support';
import { accept, FIRST_PARAMETERS, seedDisco, type MemberSession, type SeededDisco } from './seed';

const fitsThePhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

/*
 * Issue 19's Federation and Solidarity pages in Chromium: desktop and a 375 px phone, English and
 * Spanish, axe clean. The node runs without a public URL, so what a member can do there is what
 * the node refuses and says why; the money of a real exchange between two nodes is tested
 * in process (src/app/federation/economy.test.ts, src/app/distribution/solidarity-flows.test.ts).
 */
describe.skipIf(!runFlows)('the Federation and Solidarity pages in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;

  beforeAll(async () => {
    requireChromium();
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    browser = await launchDeckBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists no federated DisCO yet and says why a follow cannot be proposed here, on a desktop in English', async () => {
    const founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
    await founder.goto(`${server.url}/federated`);
    await founder.getByRole('heading', { name: 'Federation', level: 1 }).waitFor();
    const list = founder.getByRole('region', { name: 'Federated DisCOs' });
    await list.getByText('No federated DisCO yet.').waitFor();
    const form = founder.getByRole('region', { name: 'Propose following a DisCO' });
    await form.getByLabel('Handle or actor URL').fill('disco@coop.example');
    await form.getByRole('button', { name: 'Open the proposal' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('status').textContent()).not.toMatch(/Proposal opened/);
    await expectAccessible(founder);
  });

  it('reads the Federation page in Spanish on a phone without sideways scrolling', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/federated`);
    await ana.getByRole('heading', { name: 'Federación', level: 1 }).waitFor();
    await ana.getByText('Todavía no hay ninguna DisCO federada.').waitFor();
    await ana
      .getByRole('region', { name: 'Proponer seguir a una DisCO' })
      .getByLabel('Identificador o URL del actor')
      .waitFor();
    await fitsThePhone(ana);
    await expectAccessible(ana);
  });

  it('pays in mutual credit from its own form, naming the DisCO there, and hears the refusal on an English phone', async () => {
    const context = await browser.context({ width: 375, height: 812 });
    const founder = await signedInPage(context, server.url, 'founder@example.org');
    await founder.goto(`${server.url}/solidarity`);
    await founder.getByRole('heading', { name: 'Solidarity between DisCOs', level: 1 }).waitFor();
    const pay = founder.getByRole('region', { name: 'Pay in mutual credit' });
    await pay.getByLabel('Federated DisCO (its actor address)').fill('https://b.example/actor');
    await pay.getByLabel(/^Amount/).fill('2500');
    await pay.getByLabel('What it is for').fill('Translation');
    await pay.getByRole('button', { name: 'Send the credit' }).click();
    await pay
      .getByRole('alert')
      .getByText(/not federated/)
      .waitFor();
    // The other forms keep their own fields: nothing typed here leaks into them.
    const line = founder.getByRole('region', { name: 'Set a credit limit' });
    expect(await line.getByLabel('Federated DisCO (its actor address)').inputValue()).toBe('');
    await fitsThePhone(founder);
    await expectAccessible(founder);
  });

  it('reads the Solidarity page in Spanish on a desktop, its three forms each labelled', async () => {
    const context = await browser.context({ locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/solidarity`);
    await ana.getByRole('heading', { name: 'Solidaridad entre DisCOs', level: 1 }).waitFor();
    await ana.getByText('Todavía no hay transferencias.').waitFor();
    for (const name of [
      'Enviar una transferencia solidaria',
      'Fijar un límite de crédito',
      'Pagar con crédito mutuo',
    ])
      await ana
        .getByRole('region', { name })
        .getByLabel('DisCO federada (la dirección de su actor)')
        .waitFor();
    await expectAccessible(ana);
  });
});

/** A loopback port nothing listens on now: a node's public URL must name its port before it starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

interface FederatedDeck {
  url: string;
  handle: string;
  founder: MemberSession;
  /** Moves the node's test clock forward; resolves once it has done what fell due. */
  advance(seconds: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A DisCO served by the built `disco serve` in its own process, founded on an empty data
 * directory, with a public URL on loopback and the TEST ONLY flags that let federation use plain
 * http to it; a checkpoint every second, so that deliveries waiting for the peer's cosignature are
 * not kept long; and a test clock, so that its proposals' deadlines pass when the test says.
 */
async function startFederatedDeck(name: string): Promise<FederatedDeck> {
  const dataDir = mkdtempSync(join(tmpdir(), `disco-e2e-fed-${name}-`));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'bin', 'disco.js'),
      'serve',
      ...['--data-dir', dataDir, '--port', String(port), '--public-url', url],
      ...['--checkpoint-interval', '1', '--federation-allow-private', '--federation-allow-http'],
      ...['--name', `DisCO ${name}`, '--currency', 'EUR', '--time-zone', 'UTC', '--test-clock'],
    ],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', DISCO_TEST: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let said = '';
  const ticks: Array<() => void> = [];
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const token = await new Promise<string>((resolve, reject) => {
      let listening = false;
      let invitation: string | null = null;
      const check = () => {
        invitation ??= /disco accept (\S+)/.exec(said)?.[1] ?? null;
        listening ||= said.includes('listening on');
        if (!invitation || !listening) return;
        // Nobody reads the request log after startup: let it drain, reading only the clock's lines.
        child.stderr!.removeAllListeners('data').resume();
        child.stdout!.removeAllListeners('data');
        createInterface({ input: child.stdout! }).on('line', (line) => {
          if (line.startsWith('test clock: ')) ticks.shift()?.();
        });
        resolve(invitation);
      };
      child.stderr!.on('data', (chunk: Buffer) => ((said += chunk.toString()), check()));
      child.stdout!.on('data', (chunk: Buffer) => ((said += chunk.toString()), check()));
      child.once('exit', (code) =>
        reject(new Error(`disco serve ${name} exited ${code}:\n${said}`)),
      );
    });
    const founder = await accept(url, token, { email: FOUNDER });
    await founder.call('POST', '/api/cat/parameters', FIRST_PARAMETERS);
    const advance = (seconds: number) =>
      new Promise<void>((resolve) => {
        ticks.push(resolve);
        child.stdin!.write(`+${seconds}\n`);
      });
    return { url, handle: `disco@127.0.0.1:${port}`, founder, advance, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const FOUNDER = 'founder@example.org';

/** A local time as the Deck's date fields read it in any language (`YYYY-MM-DD HH:MM`). */
function localMinute(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Opens a majority proposal closing at `deadline` and votes yes as the founder (the only member). */
async function decideByApi(node: FederatedDeck, title: string, deadline: Date): Promise<string> {
  const { proposalId } = await node.founder.call<{ proposalId: string }>('POST', '/api/proposals', {
    title,
    body: title,
    method: 'majority',
    deadline: deadline.toISOString(),
  });
  await node.founder.call('PUT', `/api/proposals/${proposalId}/ballot`, {
    ballot: { choice: 'yes' },
  });
  return proposalId;
}

interface Relation {
  peerActorId: string;
  handle: string | null;
  status: string;
  witness: { cosignedSize: number | null } | null;
}

async function relationWith(node: FederatedDeck, peer: FederatedDeck): Promise<Relation | null> {
  const { items } = await node.founder.call<{ items: Relation[] }>(
    'GET',
    '/api/federation/relations',
  );
  return items.find((r) => r.handle === peer.handle) ?? null;
}

interface Economy {
  transfers: Array<{ transferId: string; kind: string; direction: string; status: string }>;
  lines: Array<{ balance: string }>;
}

const economyOf = (node: FederatedDeck) => node.founder.call<Economy>('GET', '/api/economy');

/** Real processes keep real time: deliveries wait for checkpoints and their cosignatures. */
const SLOW = { timeout: 120_000, interval: 1_000 };
const PAIR_TIMEOUT = 240_000;

/*
 * Two DisCOs on loopback, each a `disco serve` child with its own data directory, federating by
 * decision and then trading: what a member does is done in the Deck (proposing to follow, voting,
 * offering and accepting a solidarity transfer, setting a credit limit, paying in credit), what
 * the other side's founder does through the API. One pair of nodes for the whole file; the tests
 * run in order, each on the state the one before left.
 */
describe.skipIf(!runFlows)('two federated DisCOs in the Deck', () => {
  let a: FederatedDeck;
  let b: FederatedDeck;
  let browser: DeckBrowser;
  let aActor: string;
  let bActor: string;
  let transferDecision: string;
  let lineDecision: string;

  beforeAll(async () => {
    requireChromium();
    [a, b] = await Promise.all([startFederatedDeck('A'), startFederatedDeck('B')]);
    browser = await launchDeckBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([a?.stop(), b?.stop()]);
  }, PAIR_TIMEOUT);

  it(
    'follows the other DisCO by a proposal opened and voted in the Deck, on a desktop in English',
    async () => {
      // Every decision closes at the same minute (the Deck's field has minutes), so the nodes'
      // clocks pass it once.
      const deadline = new Date(Math.ceil((Date.now() + 50_000) / 60_000) * 60_000);
      transferDecision = await decideByApi(a, 'Send 500.00 to B for its flood relief', deadline);
      lineDecision = await decideByApi(a, 'A credit line of 10.00 with B', deadline);
      const bLineDecision = await decideByApi(b, 'A credit line of 6.00 with A', deadline);
      const { proposalId: bFollows } = await b.founder.call<{ proposalId: string }>(
        'POST',
        '/api/federation/proposals',
        { target: a.handle, action: 'follow', deadline: deadline.toISOString() },
      );
      await b.founder.call('PUT', `/api/proposals/${bFollows}/ballot`, {
        ballot: { choice: 'yes' },
      });

      const page = await signedInPage(await browser.context(), a.url, FOUNDER);
      await page.goto(`${a.url}/federated`);
      const form = page.getByRole('region', { name: 'Propose following a DisCO' });
      await form.getByLabel('Handle or actor URL').fill(b.handle);
      await form.getByLabel('Voting ends').fill(localMinute(deadline));
      await form.getByRole('button', { name: 'Open the proposal' }).click();
      await form
        .getByRole('status')
        .getByText(`Proposal opened to follow ${b.handle}: it takes effect when it passes.`)
        .waitFor();
      await page.goto(`${a.url}/proposals`);
      await page.getByRole('link', { name: `Federate with ${b.handle}` }).click();
      await page.getByRole('radio', { name: 'Yes' }).check();
      await page.getByRole('button', { name: 'Cast my ballot' }).click();
      await page.getByText(/Your ballot, cast/).waitFor();

      // Both nodes' clocks pass the deadline together, without waiting for it: they close the
      // proposals and carry out the decisions; the follows cross, each is accepted, and each side
      // witnesses the other.
      const past = Math.ceil((deadline.getTime() - Date.now()) / 1000) + 1;
      await Promise.all([a.advance(past), b.advance(past)]);
      await expect
        .poll(
          async () => [(await relationWith(a, b))?.status, (await relationWith(b, a))?.status],
          {
            timeout: 180_000,
            interval: 2_000,
          },
        )
        .toEqual(['federated', 'federated']);
      aActor = (await relationWith(b, a))!.peerActorId;
      bActor = (await relationWith(a, b))!.peerActorId;
      await b.founder.call('POST', '/api/credit-lines', {
        peer: aActor,
        limit: '600',
        proposalId: bLineDecision,
      });
      await expect
        .poll(async () => (await relationWith(a, b))?.witness?.cosignedSize ?? 0, SLOW)
        .toBeGreaterThan(0);

      await page.goto(`${a.url}/federated`);
      const list = page.getByRole('region', { name: 'Federated DisCOs' });
      const item = list.getByRole('listitem').filter({ hasText: b.handle });
      await item.getByText('Federated', { exact: true }).waitFor();
      await item.getByText(/As our witness: cosigned up to event \d+/).waitFor();
      await expectAccessible(page);
    },
    PAIR_TIMEOUT * 2,
  );

  it(
    'offers a decided solidarity transfer from A in the Deck, on a desktop in English',
    async () => {
      const page = await signedInPage(await browser.context(), a.url, FOUNDER);
      await page.goto(`${a.url}/solidarity`);
      const form = page.getByRole('region', { name: 'Send a solidarity transfer' });
      await form.getByLabel('Federated DisCO (its actor address)').fill(bActor);
      await form.getByLabel(/^Amount/).fill('50000');
      await form.getByLabel('Bank or payment reference').fill('SEPA 2026-0042');
      await form.getByLabel('Passed proposal that decided it').fill(transferDecision);
      await form.getByRole('button', { name: 'Offer the transfer' }).click();
      await form
        .getByRole('status')
        .getByText(/^Offered\./)
        .waitFor();
      const sent = page.getByRole('listitem').filter({ hasText: `To ${b.handle}` });
      await sent.getByText(/waiting for an answer/).waitFor();
      await expectAccessible(page);
    },
    PAIR_TIMEOUT,
  );

  it(
    'accepts it on B in Spanish on a phone, and A holds the receipt',
    async () => {
      await expect
        .poll(
          async () =>
            (await economyOf(b)).transfers
              .filter((t) => t.kind === 'solidarity')
              .map((t) => t.status),
          SLOW,
        )
        .toEqual(['offered']);
      const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
      const page = await signedInPage(context, b.url, FOUNDER);
      await page.goto(`${b.url}/solidarity`);
      await page.getByRole('heading', { name: 'Solidaridad entre DisCOs', level: 1 }).waitFor();
      const offer = page.getByRole('listitem').filter({ hasText: `De ${a.handle}` });
      await offer.getByText(/500,00/).waitFor();
      await offer.getByRole('button', { name: 'Aceptar' }).click();
      await offer.getByRole('status').waitFor();
      await offer.getByText(/aceptada/).waitFor();
      await fitsThePhone(page);
      await expectAccessible(page);

      await expect
        .poll(
          async () =>
            (await economyOf(a)).transfers
              .filter((t) => t.kind === 'solidarity')
              .map((t) => t.status),
          SLOW,
        )
        .toEqual(['accepted']);
      const desk = await signedInPage(await browser.context(), a.url, FOUNDER);
      await desk.goto(`${a.url}/solidarity`);
      const sent = desk.getByRole('listitem').filter({ hasText: `To ${b.handle}` });
      await sent.getByText(/accepted/).waitFor();
      await expectAccessible(desk);
    },
    PAIR_TIMEOUT,
  );

  it(
    'sets a credit limit, pays within it and hears the refusal past it, on an English phone',
    async () => {
      const context = await browser.context({ width: 375, height: 812 });
      const page = await signedInPage(context, a.url, FOUNDER);
      await page.goto(`${a.url}/solidarity`);
      const line = page.getByRole('region', { name: 'Set a credit limit' });
      await line.getByLabel('Federated DisCO (its actor address)').fill(bActor);
      await line.getByLabel(/^Limit/).fill('1000');
      await line.getByLabel('Passed proposal that decided it').fill(lineDecision);
      await line.getByRole('button', { name: 'Set the limit' }).click();
      await line.getByRole('status').getByText('Limit set.').waitFor();

      const pay = page.getByRole('region', { name: 'Pay in mutual credit' });
      await pay.getByLabel('Federated DisCO (its actor address)').fill(bActor);
      await pay.getByLabel(/^Amount/).fill('500');
      await pay.getByLabel('What it is for').fill('Translation');
      await pay.getByRole('button', { name: 'Send the credit' }).click();
      await pay
        .getByRole('status')
        .getByText(/^Sent\./)
        .waitFor();
      await expect.poll(async () => (await economyOf(a)).lines[0]?.balance, SLOW).toBe('-500');
      await expect.poll(async () => (await economyOf(b)).lines[0]?.balance, SLOW).toBe('500');

      await pay.getByLabel(/^Amount/).fill('600');
      await pay.getByLabel('What it is for').fill('Too much');
      await pay.getByRole('button', { name: 'Send the credit' }).click();
      await pay
        .getByText(
          new RegExp(
            // The refusal names its currency, so the amounts read as money on any page.
            `would pass the credit limit of €10\\.00 with ${b.handle} \\(balance \\S€5\\.00\\); at most €5\\.00 can still move`,
          ),
        )
        .first()
        .waitFor();
      await page.reload();
      const lines = page.getByRole('region', { name: 'Mutual-credit lines' });
      await lines.getByText(new RegExp(`${b.handle}: balance \\S€5\\.00 of ±€10\\.00`)).waitFor();
      await fitsThePhone(page);
      await expectAccessible(page);
    },
    PAIR_TIMEOUT,
  );

  it(
    'draws the transfer in each dashboard’s Sankey: paid out on A in English, received on B in Spanish',
    async () => {
      const desk = await signedInPage(await browser.context(), a.url, FOUNDER);
      await desk.goto(`${a.url}/`);
      await desk.getByText('The flow as a table', { exact: true }).click();
      const out = desk
        .getByRole('row')
        .filter({ hasText: 'Solidarity paid from the buckets' })
        .filter({ hasText: `Solidarity to ${b.handle}` });
      await out.getByRole('cell', { name: '€500.00' }).waitFor();
      await expectAccessible(desk);

      const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
      const phone = await signedInPage(context, b.url, FOUNDER);
      await phone.goto(`${b.url}/`);
      await phone.getByText('El flujo como tabla', { exact: true }).click();
      const from = phone.getByRole('row').filter({ hasText: `Solidaridad de ${a.handle}` });
      await from.getByRole('cell', { name: /500,00/ }).waitFor();
      await fitsThePhone(phone);
      await expectAccessible(phone);
    },
    PAIR_TIMEOUT,
  );

  it(
    'lists each DisCO on the other’s Federation page with its witness, commons, transfers and credit line, in Spanish on a phone and English on a desktop',
    async () => {
      await b.founder.call('POST', '/api/commons', {
        title: 'Care handbook',
        kind: 'article',
        licence: 'CC-BY-SA-4.0',
        link: 'https://example.org/care',
      });
      await expect
        .poll(async () => {
          const { items } = await a.founder.call<{ items: Array<{ title: string }> }>(
            'GET',
            '/api/commons/federated',
          );
          return items.map((i) => i.title);
        }, SLOW)
        .toEqual(['Care handbook']);

      const desk = await signedInPage(await browser.context(), a.url, FOUNDER);
      await desk.goto(`${a.url}/federated`);
      const theirs = desk
        .getByRole('region', { name: 'Federated DisCOs' })
        .getByRole('listitem')
        .filter({ hasText: b.handle })
        .first();
      await theirs.getByText(/As our witness: cosigned up to event \d+/).waitFor();
      await theirs.getByText('Commons they share: Care handbook (CC-BY-SA-4.0)').waitFor();
      const transfers = theirs.getByRole('list', { name: 'Transfers with them' });
      await transfers
        .getByText('Solidarity to them: €500.00, accepted, with their receipt')
        .waitFor();
      await transfers.getByText('Credit paid to them: €5.00, settled').waitFor();
      await theirs.getByText(/^Credit line: balance \S€5\.00 of ±€10\.00$/).waitFor();
      await expectAccessible(desk);

      const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
      const phone = await signedInPage(context, b.url, FOUNDER);
      await phone.goto(`${b.url}/federated`);
      await phone.getByRole('heading', { name: 'Federación', level: 1 }).waitFor();
      const ours = phone
        .getByRole('region', { name: 'DisCOs federadas' })
        .getByRole('listitem')
        .filter({ hasText: a.handle })
        .first();
      await ours.getByText('Federada', { exact: true }).waitFor();
      await ours.getByText('Todavía no han compartido procomún.').waitFor();
      await ours.getByText(/^Solidaridad de ellos: 500,00\s€, aceptada$/).waitFor();
      await ours.getByText(/^Línea de crédito: saldo 5,00\s€ de ±6,00\s€$/).waitFor();
      await fitsThePhone(phone);
      await expectAccessible(phone);
    },
    PAIR_TIMEOUT,
  );
});
