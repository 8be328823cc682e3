import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { acceptInvitation } from '../app/auth/accept-invitation.js';
import { withAuth } from '../app/auth/auth-context.js';
import { openApp } from '../app/context.js';
import { runCli } from './test-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'disco-founder-invitation-'));
const dataDir = join(tmp, 'data');

beforeAll(() => {
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('DISCO_SERVER', '');
  vi.stubEnv('DISCO_CONFIG_DIR', join(tmp, 'config'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('disco founder-invitation', () => {
  it('refuses where there is no ledger yet, pointing at init', async () => {
    const result = await runCli(join(tmp, 'empty'), ['founder-invitation']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/disco init/);
  });

  it('gives a lost founder invitation again, which makes the account; then refuses', async () => {
    const init = JSON.parse(
      (await runCli(dataDir, ['init', '--json', '--name', 'Coop', '--founder-name', 'Ana'])).stdout,
    ) as { founderId: string; founderInvitation: { token: string } };
    const again = await runCli(dataDir, ['founder-invitation', '--json']);
    expect(again.code).toBe(0);
    const reissued = JSON.parse(again.stdout) as {
      founderId: string;
      founderInvitation: { token: string };
    };
    expect(reissued.founderId).toBe(init.founderId);
    expect(reissued.founderInvitation.token).not.toBe(init.founderInvitation.token);

    const ctx = await openApp({ dataDir });
    try {
      const accepted = await acceptInvitation(withAuth(ctx), reissued.founderInvitation.token, {
        email: 'ana@example.org',
        password: 'correct horse battery',
      });
      expect(accepted.memberId).toBe(init.founderId);
    } finally {
      await ctx.store.close();
    }

    const refused = await runCli(dataDir, ['founder-invitation']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already has an account/);
  });

  it('works only on the node itself, not through --server', async () => {
    const result = await runCli(dataDir, ['--server', 'http://127.0.0.1:9', 'founder-invitation']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not through --server/);
  });
});
