// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDeviceKey, unwrapDeviceKey } from '../signing/device-key';
import { fakeServer, renderDeck } from '../test-render';
import { ChangePassword } from './ChangePassword';

const OLD = 'the old long password';
const NEW = 'the new long password';

describe('ChangePassword', () => {
  afterEach(cleanup);

  it("re-wraps every device's kept key under the new password, by device id", async () => {
    const laptop = await makeDeviceKey(OLD);
    const phone = await makeDeviceKey(OLD);
    const kept = [
      { deviceId: 'd-laptop', made: laptop },
      { deviceId: 'd-phone', made: phone },
    ];
    const server = fakeServer({
      'GET /api/me/keys': () => ({
        body: {
          keys: kept.map(({ deviceId, made }) => ({
            deviceId,
            publicKey: made.signer.publicKey,
            encryptedPrivateKey: made.encryptedPrivateKey,
            createdAt: '2026-01-05T09:00:00.000Z',
          })),
        },
      }),
      'POST /api/auth/password': () => ({
        body: { member: null, expiresAt: '', csrfToken: 'fresh', via: 'session' },
      }),
    });
    try {
      const { user } = renderDeck(<ChangePassword />);
      await user.type(screen.getByLabelText('Current password'), OLD);
      await user.type(screen.getByLabelText('New password (at least 10 characters)'), NEW);
      await user.click(screen.getByRole('button', { name: 'Change password' }));
      await screen.findByRole('status', {}, { timeout: 20_000 });
      const sent = server.sent.find((r) => r.path === '/api/auth/password')!;
      const body = sent.body as { encryptedPrivateKeys: Record<string, string> };
      expect(Object.keys(body.encryptedPrivateKeys).sort()).toEqual(['d-laptop', 'd-phone']);
      for (const { deviceId, made } of kept) {
        const blob = body.encryptedPrivateKeys[deviceId]!;
        expect(blob).not.toBe(made.encryptedPrivateKey);
        const key = made.signer.publicKey;
        expect((await unwrapDeviceKey(key, blob, NEW))?.publicKey).toBe(key);
        expect(await unwrapDeviceKey(key, blob, OLD)).toBeNull();
      }
    } finally {
      server.restore();
    }
  }, 50_000);
});
