import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCatalog } from '../../src/app/event-catalog';
import { verifyLedger } from '../../src/app/ledger/verify-ledger';
import { intentBytes, type LedgerEvent } from '../../src/core/ledger/event';
import type { Checkpoint } from '../../src/core/ledger/checkpoint';
import { verifySignature } from '../../src/core/ledger/keys';
import { launchDeckBrowser, type DeckBrowser } from './browser';
import { CHROMIUM } from './chromium';
import { startDeckServer, type DeckServer } from './deck-server';
import { PASSWORD, seedDisco, type SeededDisco } from './seed';

const haveChromium = existsSync(CHROMIUM);
const inCi = process.env['CI'] === 'true';

describe.skipIf(!haveChromium && !inCi)('member-signed writes from the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    browser = await launchDeckBrowser();
    page = await (await browser.context()).newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('makes a key on this device with consent, logs work signed by it, and the ledger verifies', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email').fill(disco.ana.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();

    // Within the app, never reloading: the unlocked key lives in this tab's memory only.
    await page.getByRole('link', { name: 'Settings' }).first().click();
    await page.getByRole('heading', { name: 'Signing keys' }).waitFor();
    await page.getByText(/registers its public half on the ledger/).waitFor();
    await page.getByLabel('Your password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Make a signing key for this device' }).click();
    const status = page.getByText('This device signs your writes with the key');
    await status.waitFor({ timeout: 30_000 });
    const publicKey = (await status.locator('code').textContent())!.trim();
    expect(publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);

    await page.getByRole('link', { name: 'Log work' }).first().click();
    await page.getByRole('heading', { name: 'Log work', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Care' }).check();
    await page.getByLabel(/How much/).fill('2');
    await page.getByRole('button', { name: 'Log it' }).click();
    await page.getByText('Logged. It counts once another member validates it.').waitFor();

    const exported = await (await fetch(`${server.url}/api/ledger/export`)).text();
    const lines = exported
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event?: LedgerEvent; checkpoint?: Checkpoint });
    const events = lines.flatMap((l) => (l.event ? [l.event] : []));
    const logged = events.filter(
      (e) => e.type === 'value.contribution.logged' && e.actor === disco.ana.memberId,
    );
    const signed = logged[logged.length - 1]!;
    expect(signed.memberSig?.publicKey).toBe(publicKey);
    expect(verifySignature(publicKey, intentBytes(signed), signed.memberSig!.sig)).toBe(true);

    async function* stream() {
      yield* events;
    }
    const report = await verifyLedger(
      {
        events: stream(),
        checkpoints: lines.flatMap((l) => (l.checkpoint ? [l.checkpoint] : [])),
      },
      { catalog: eventCatalog, workers: 0 },
    );
    expect(report).toMatchObject({ ok: true, fault: null });
  }, 120_000);

  it('keeps one key per device: two devices of one member each sign with their own, and revoking one leaves the other working', async () => {
    const signInOn = async (device: Page) => {
      await device.goto(`${server.url}/`);
      await device.waitForURL(/\/sign-in/);
      await device.getByLabel('Email').fill('ben@example.org');
      await device.getByLabel('Password').fill(PASSWORD);
      await device.getByRole('button', { name: 'Sign in' }).click();
      await device.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    };
    const makeKeyOn = async (device: Page) => {
      await device.getByRole('link', { name: 'Settings' }).first().click();
      await device.getByRole('heading', { name: 'Signing keys' }).waitFor();
      await device.getByLabel('Your password').fill(PASSWORD);
      await device.getByRole('button', { name: 'Make a signing key for this device' }).click();
      const status = device.getByText('This device signs your writes with the key');
      await status.waitFor({ timeout: 30_000 });
      return (await status.locator('code').textContent())!.trim();
    };
    const logWorkOn = async (device: Page, hours: string) => {
      await device.getByRole('link', { name: 'Log work' }).first().click();
      await device.getByRole('heading', { name: 'Log work', level: 1 }).waitFor();
      await device.getByRole('radio', { name: 'Care' }).check();
      await device.getByLabel(/How much/).fill(hours);
      await device.getByRole('button', { name: 'Log it' }).click();
    };
    const lastSignedByBen = async () => {
      const exported = await (await fetch(`${server.url}/api/ledger/export`)).text();
      const events = exported
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { event?: LedgerEvent })
        .flatMap((l) => (l.event ? [l.event] : []));
      const logged = events.filter(
        (e) => e.type === 'value.contribution.logged' && e.actor === disco.ben.memberId,
      );
      return logged[logged.length - 1]!.memberSig?.publicKey;
    };

    // Two browser profiles: two devices, each with its own storage and so its own device id.
    const laptop = await (await browser.context()).newPage();
    const phone = await (await browser.context()).newPage();
    await signInOn(laptop);
    await signInOn(phone);
    const laptopKey = await makeKeyOn(laptop);
    const phoneKey = await makeKeyOn(phone);
    expect(phoneKey).not.toBe(laptopKey);

    // The phone's key did not replace the laptop's kept one: both are kept, by device.
    const kept = await disco.ben.call<{ keys: { deviceId: string; publicKey: string }[] }>(
      'GET',
      '/api/me/keys',
    );
    expect(kept.keys.map((k) => k.publicKey).sort()).toEqual([laptopKey, phoneKey].sort());
    expect(new Set(kept.keys.map((k) => k.deviceId)).size).toBe(2);

    await logWorkOn(laptop, '1');
    await laptop.getByText('Logged. It counts once another member validates it.').waitFor();
    expect(await lastSignedByBen()).toBe(laptopKey);
    await logWorkOn(phone, '2');
    await phone.getByText('Logged. It counts once another member validates it.').waitFor();
    expect(await lastSignedByBen()).toBe(phoneKey);

    // The phone revokes the laptop's key from the list of keys by device.
    await phone.getByRole('link', { name: 'Settings' }).first().click();
    const laptopItem = phone.getByRole('listitem').filter({ hasText: laptopKey });
    await laptopItem.getByText(/\(device d-/).waitFor();
    await phone
      .getByRole('listitem')
      .filter({ hasText: phoneKey })
      .getByText('(this device)')
      .waitFor();
    await laptopItem.getByRole('button', { name: /Revoke key/ }).click();
    await laptopItem.getByText(/revoked/).waitFor();

    // The phone still signs; the laptop, reloaded, is offered a new key instead of its revoked one.
    await logWorkOn(phone, '3');
    await phone.getByText('Logged. It counts once another member validates it.').waitFor();
    expect(await lastSignedByBen()).toBe(phoneKey);
    await laptop.goto(`${server.url}/settings`);
    await laptop.getByRole('button', { name: 'Make a signing key for this device' }).waitFor();
  }, 120_000);
});
