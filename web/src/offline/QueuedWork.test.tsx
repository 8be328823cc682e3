// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogWork } from '../pages/LogWork';
import { fakeServer, renderDeck, testMember } from '../test-render';
import { OfflineSender } from './QueuedWork';

const ANA = testMember();

describe('work logged without a connection', () => {
  let server: ReturnType<typeof fakeServer>;
  let online: boolean;
  let network: 'up' | 'down' | 'answer lost';
  let recorded: Map<string, string>;
  beforeEach(() => {
    localStorage.clear();
    online = true;
    network = 'up';
    recorded = new Map();
    Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
    server = fakeServer({
      'GET /api/rates': () => ({
        body: {
          items: [
            {
              stream: 'care',
              taskKind: 'cooking',
              per: 'hour',
              amount: '2000',
              effectiveFrom: '2020-01-01',
            },
          ],
        },
      }),
      'GET /api/circles': () => ({
        body: { items: [{ circleId: 'c-care', slug: 'care', name: 'Care circle' }] },
      }),
      'GET /api/contributions': () => ({ body: { items: [], next: null } }),
      'GET /api/members': () => ({ body: { items: [], nextCursor: null } }),
      // As the node does: one contribution per Idempotency-Key, the same answer replayed.
      'POST /api/contributions': (request) => {
        if (network === 'down') throw new TypeError('Failed to fetch');
        const key = request.headers.get('Idempotency-Key')!;
        if (!recorded.has(key)) recorded.set(key, `c-${recorded.size + 1}`);
        if (network === 'answer lost') {
          network = 'down';
          throw new TypeError('Failed to fetch');
        }
        return { status: 201, body: { contributionId: recorded.get(key), recorded: [] } };
      },
    });
  });
  afterEach(() => {
    cleanup();
    server.restore();
  });

  const posts = () =>
    server.sent.filter((r) => r.method === 'POST' && r.path === '/api/contributions');
  const backOnline = async () => {
    online = true;
    network = 'up';
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
  };
  const logHours = async (user: ReturnType<typeof renderDeck>['user'], hours: string) => {
    const form = screen.getByRole('form', { name: /What did you do|¿Qué has hecho/ });
    await within(form).findByRole('option', { name: /cooking/ });
    await user.type(within(form).getByRole('textbox', { name: /hours|horas/ }), hours);
    await user.click(within(form).getByRole('button', { name: /Log it|Registrar/ }));
  };
  const page = (language: 'en' | 'es' = 'en') =>
    renderDeck(
      <>
        <OfflineSender memberId={ANA.memberId} firstRetryMs={50} />
        <LogWork />
      </>,
      { member: ANA, language },
    );

  it('queues work logged offline, shows it waiting, and sends it once when the connection is back', async () => {
    const { user } = page();
    await screen.findByRole('option', { name: /cooking/ });
    online = false;
    network = 'down';
    await logHours(user, '2');
    expect(
      await screen.findByText(/No connection: your work is kept on this device/),
    ).toBeDefined();
    const queued = screen.getByRole('region', { name: 'Waiting to be sent' });
    expect(within(queued).getByText('Waiting for a connection')).toBeDefined();
    expect(posts()).toHaveLength(0);
    await backOnline();
    expect(await within(queued).findByText('Sent')).toBeDefined();
    expect(within(queued).getByRole('link', { name: 'See it' }).getAttribute('href')).toBe(
      '/contributions/c-1',
    );
    await backOnline();
    expect(posts()).toHaveLength(1);
    expect(posts()[0]!.headers.get('Idempotency-Keep-Days')).toBe('180');
    expect(posts()[0]!.body).toMatchObject({ stream: 'care', taskKind: 'cooking', quantity: '2' });
  });

  it('queues work whose answer was lost under the key already sent, so the node records it once', async () => {
    const { user } = page();
    await screen.findByRole('option', { name: /cooking/ });
    network = 'answer lost';
    await logHours(user, '3');
    const queued = await screen.findByRole('region', { name: 'Waiting to be sent' });
    expect(within(queued).getByText('Waiting for a connection')).toBeDefined();
    await backOnline();
    await within(queued).findByText('Sent');
    // Retried by itself or on the 'online' event: every try carries the first one's key.
    const keys = posts().map((r) => r.headers.get('Idempotency-Key'));
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys)).toEqual(new Set([keys[0]]));
    expect(recorded.size).toBe(1);
  });

  it('tries again by itself when the node could not be reached while the browser believed it was online', async () => {
    const { user } = page();
    await screen.findByRole('option', { name: /cooking/ });
    network = 'down';
    await logHours(user, '4');
    const queued = await screen.findByRole('region', { name: 'Waiting to be sent' });
    expect(within(queued).getByText('Waiting for a connection')).toBeDefined();
    // No 'online' event comes: the browser never thought it was offline.
    await waitFor(() => expect(posts().length).toBeGreaterThanOrEqual(2));
    expect(within(queued).getByText('Waiting for a connection')).toBeDefined();
    network = 'up';
    expect(await within(queued).findByText('Sent', {}, { timeout: 3_000 })).toBeDefined();
    expect(recorded.size).toBe(1);
    const tries = posts().length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posts()).toHaveLength(tries);
  });

  it('shows a refused item with the node’s reason, in Spanish, and lets the member discard it', async () => {
    const { user } = page('es');
    await screen.findByRole('option', { name: /cooking/ });
    online = false;
    await logHours(user, '2');
    const queued = await screen.findByRole('region', { name: 'Pendiente de envío' });
    expect(within(queued).getByText('Esperando conexión')).toBeDefined();
    server.restore();
    server = fakeServer({
      'POST /api/contributions': () => ({
        status: 422,
        body: {
          type: 'about:blank',
          title: 'Refused',
          status: 422,
          detail: 'The file holds no contributions.',
          code: 'refusal.file-holds-no-contributions',
          params: {},
        },
      }),
    });
    await backOnline();
    expect(await within(queued).findByText('Rechazado')).toBeDefined();
    expect(within(queued).getByText('El archivo no contiene contribuciones.')).toBeDefined();
    await user.click(within(queued).getByRole('button', { name: /^Descartar/ }));
    expect(screen.queryByRole('region', { name: 'Pendiente de envío' })).toBeNull();
    expect(localStorage.getItem('disco.offlineWork.m-ana')).toBeNull();
  });
});
