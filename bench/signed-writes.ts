import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pino } from 'pino';
import { withAuth } from '../src/app/auth/auth-context.js';
import { createApiToken } from '../src/app/auth/create-api-token.js';
import { TEST_PASSWORD_COST } from '../src/app/auth/passwords.js';
import { openApp } from '../src/app/context.js';
import { initLedger } from '../src/app/ledger/init-ledger.js';
import { loadActor } from '../src/app/members/load-actor.js';
import { sendSigned } from '../src/cli/sign-writes.js';
import { generateEd25519KeyPair, signerFromPem } from '../src/core/ledger/keys.js';
import { createHttpApp } from '../src/http/app.js';
import { fmt, Report } from './report.js';

/*
 * Member-signed writes through HTTP against unsigned ones: the same contribution logged by the
 * same member through the whole HTTP app (auth, idempotency, the use case, the append with its
 * projections, fsync), once plainly and once as prepare → sign (Ed25519, in this process, as the
 * CLI does) → commit. The ratio is what signing costs a member's write: about two runs of the use
 * case, one more signature check and one more row.
 */

const WRITES = Number(process.env['BENCH_SIGNED_WRITES'] ?? 300);

export async function benchSignedWrites(report: Report, workDir: string): Promise<void> {
  const dataDir = mkdtempSync(join(workDir, 'signed-'));
  const ctx = await openApp({ dataDir });
  try {
    const { founderId } = await initLedger(ctx, {
      name: 'Bench DisCO',
      currency: 'EUR',
      timeZone: 'UTC',
      founderName: 'Ana',
    });
    const actx = withAuth(ctx, { passwordCost: TEST_PASSWORD_COST });
    const { token } = await createApiToken(actx, await loadActor(ctx, founderId), {
      name: 'bench',
    });
    const app = createHttpApp(ctx, { logger: pino({ level: 'silent' }) });
    const send = async (method: string, path: string, body: unknown, headers = {}) => {
      const res = await app.request(`/api${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...headers,
        },
        body: JSON.stringify(body),
      });
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res;
    };
    await send('POST', '/rates', {
      stream: 'care',
      taskKind: 'meeting',
      per: 'hour',
      amount: '1500',
      effectiveFrom: '2026-01-01',
    });
    const device = signerFromPem(generateEd25519KeyPair().privateKeyPem);
    await send('POST', `/members/${founderId}/keys`, { publicKey: device.publicKey });
    let written = 0;
    // Half an hour on a day of its own each, so no day reaches the 24-hour limit.
    const work = () => ({
      stream: 'care',
      quantity: '0.5',
      taskKind: 'meeting',
      circle: 'care',
      date: new Date(Date.UTC(2026, 0, 1) + (written++ % 300) * 86_400_000)
        .toISOString()
        .slice(0, 10),
    });

    const timed = async (write: () => Promise<unknown>): Promise<number> => {
      for (let i = 0; i < 20; i++) await write();
      const started = performance.now();
      for (let i = 0; i < WRITES; i++) await write();
      return performance.now() - started;
    };
    const unsignedMs = await timed(() => send('POST', '/contributions', work()));
    const signedMs = await timed(async () => {
      const body = work();
      const res = await sendSigned(
        (headers) => send('POST', '/contributions', body, headers),
        device,
        founderId,
      );
      if (res.status !== 201) throw new Error(`signed write: ${res.status}`);
    });
    report.say('## Member-signed writes through HTTP');
    report.say();
    report.say(
      `${fmt(WRITES)} contributions logged through the HTTP app on SQLite: unsigned ${fmt(unsignedMs / WRITES, 2)} ms a write, member-signed (prepare → sign → commit) ${fmt(signedMs / WRITES, 2)} ms a write: **${fmt(signedMs / unsignedMs, 2)}×** the unsigned write.`,
    );
    report.say();
  } finally {
    await ctx.store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const workDir = mkdtempSync(join(tmpdir(), 'disco-bench-'));
  try {
    await benchSignedWrites(new Report(), workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
