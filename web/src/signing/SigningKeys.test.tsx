// @vitest-environment happy-dom
import * as ed from '@noble/ed25519';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { api, unwrap } from '../api/client';
import { fakeServer, renderDeck, type SentRequest, testMember } from '../test-render';
import { fromBase64url } from '../verify/bytes';
import { setActiveDeviceSigner, unwrapDeviceKey } from './device-key';
import { SigningKeys } from './SigningKeys';

const member = testMember({ founder: true });

const PASSWORD = 'correct horse battery staple';

function bytes(text: string): Uint8Array {
  const out = fromBase64url(text);
  if (!out) throw new Error(`not base64url: ${text}`);
  return out;
}

const PHONE_KEY = 'P'.repeat(43);

describe('SigningKeys', () => {
  afterEach(() => {
    cleanup();
    setActiveDeviceSigner(null);
  });

  it('makes and registers a key for this device with consent, then signs a write: prepare, sign, commit', async () => {
    localStorage.setItem('disco-device-id', 'd-laptop');
    let stored: { publicKey: string; encryptedPrivateKey: string } | null = null;
    const intent = JSON.stringify({
      actor: member.memberId,
      format: 'disco-cat/intent@1',
      payload: { contributionId: 'c-1' },
      schema: 1,
      time: '2026-01-05T09:00:00.000Z',
      type: 'value.contribution.logged',
    });
    let committed: SentRequest | null = null;
    const server = fakeServer({
      'GET /api/me/keys': () => ({
        body: {
          keys: [
            // Another device's key stays listed; this device still makes its own.
            {
              deviceId: 'd-phone-1234',
              publicKey: PHONE_KEY,
              encryptedPrivateKey: 'v1.a.b.c',
              createdAt: '2026-01-04T09:00:00.000Z',
            },
            ...(stored ? [{ deviceId: 'd-laptop', createdAt: '', ...stored }] : []),
          ],
        },
      }),
      'PUT /api/me/devices/d-laptop/key': (req) => {
        stored = req.body as typeof stored;
        return { body: { deviceId: 'd-laptop', createdAt: '', ...stored! } };
      },
      'GET /api/members/m-ana': () => ({
        body: {
          keys: [
            { publicKey: PHONE_KEY, registeredAt: '2026-01-04T09:00:00.000Z', revokedAt: null },
            ...(stored
              ? [
                  {
                    publicKey: stored.publicKey,
                    registeredAt: '2026-01-05T09:00:00.000Z',
                    revokedAt: null,
                  },
                ]
              : []),
          ],
        },
      }),
      'POST /api/contributions': (req) => {
        if (req.headers.get('Disco-Intent') === 'prepare')
          return {
            status: 202,
            headers: { 'Disco-Intent': 'prepared' },
            body: { draft: 'draft-token', expiresAt: '', intents: [{ type: 'x', intent }] },
          };
        committed = req;
        return {
          status: 201,
          body: { recorded: [{ seq: 9, type: 'value.contribution.logged', hash: 'h' }] },
        };
      },
    });
    try {
      const { user } = renderDeck(<SigningKeys />, { path: '/settings', member });
      expect(await screen.findByText(/registers its public half on the ledger/)).toBeTruthy();
      await user.type(screen.getByLabelText('Your password'), PASSWORD);
      await user.click(screen.getByRole('button', { name: 'Make a signing key for this device' }));
      const status = await screen.findByRole('status', {}, { timeout: 10_000 });
      expect(stored).not.toBeNull();
      const { publicKey, encryptedPrivateKey } = stored!;
      expect(status.textContent).toContain(publicKey);
      expect(encryptedPrivateKey).not.toContain(publicKey);
      expect((await unwrapDeviceKey(publicKey, encryptedPrivateKey, PASSWORD))?.publicKey).toBe(
        publicKey,
      );
      expect(await unwrapDeviceKey(publicKey, encryptedPrivateKey, 'not the password')).toBeNull();
      expect(await screen.findAllByRole('button', { name: /Revoke key/ })).toHaveLength(2);
      expect(screen.getByText(/\(this device\)/)).toBeTruthy();
      expect(screen.getByText(/\(device d-phone-12…\)/)).toBeTruthy();

      // The fake node answers any body; the test cares only about what travels with it.
      const answer = await unwrap(
        api.POST('/api/contributions', { body: { stream: 'care' } as never }),
      );
      expect(answer.recorded).toHaveLength(1);
      const commit = committed as SentRequest | null;
      expect(commit?.body).toEqual({ stream: 'care' });
      expect(commit?.headers.get('Disco-Intent')).toBe('commit');
      expect(commit?.headers.get('Disco-Draft')).toBe('draft-token');
      expect(commit?.headers.get('Disco-Member-Key')).toBe(publicKey);
      const sig = commit!.headers.get('Disco-Member-Sig')!;
      expect(
        await ed.verifyAsync(bytes(sig), new TextEncoder().encode(intent), bytes(publicKey)),
      ).toBe(true);
    } finally {
      server.restore();
    }
  });

  it('speaks Spanish', async () => {
    const server = fakeServer({
      'GET /api/me/keys': () => ({ body: { keys: [] } }),
      'GET /api/members/m-ana': () => ({ body: { keys: [] } }),
    });
    try {
      renderDeck(<SigningKeys />, { path: '/settings', member, language: 'es' });
      expect(await screen.findByRole('heading', { name: 'Claves de firma' })).toBeTruthy();
      expect(
        await screen.findByRole('button', {
          name: 'Crear una clave de firma para este dispositivo',
        }),
      ).toBeTruthy();
      expect(screen.getByText('No tienes claves registradas.')).toBeTruthy();
    } finally {
      server.restore();
    }
  });
});
