// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, renderDeck, testMember } from '../test-render';
import { changesOf, DeliverySettings } from './DeliverySettings';
import { FounderDelivery, looksLikeWebUrl } from './FounderDelivery';

const member = testMember({ founder: true });

const settings = {
  language: 'en' as const,
  mailConfigured: true,
  kinds: [
    { kind: 'proposal-opened' as const, delivery: 'immediate' as const, isDefault: true },
    { kind: 'outcome' as const, delivery: 'daily' as const, isDefault: true },
  ],
};

describe('changesOf', () => {
  it('sends only what differs from the stored settings', () => {
    expect(changesOf(settings, { language: 'en', kinds: { outcome: 'daily' } })).toEqual({});
    expect(changesOf(settings, { language: 'es', kinds: { outcome: 'off' } })).toEqual({
      language: 'es',
      kinds: { outcome: 'off' },
    });
  });
});

describe('looksLikeWebUrl', () => {
  it('takes http and https addresses and refuses the rest', () => {
    expect(looksLikeWebUrl('https://chat.coop/hooks/x')).toBe(true);
    expect(looksLikeWebUrl(' http://10.0.0.2:8065/hooks/y ')).toBe(true);
    expect(looksLikeWebUrl('chat.coop/hooks/x')).toBe(false);
    expect(looksLikeWebUrl('ftp://chat.coop/x')).toBe(false);
    expect(looksLikeWebUrl('')).toBe(false);
  });
});

describe('DeliverySettings', () => {
  afterEach(cleanup);

  it('saves the kind turned off and the language in Spanish, and announces it', async () => {
    const server = fakeServer({
      'GET /api/notifications/settings': () => ({ body: settings }),
      'PUT /api/notifications/settings': () => ({
        body: {
          language: 'en',
          mailConfigured: true,
          kinds: [
            { kind: 'proposal-opened', delivery: 'immediate', isDefault: true },
            { kind: 'outcome', delivery: 'off', isDefault: false },
          ],
        },
      }),
    });
    try {
      const { user } = renderDeck(<DeliverySettings />, { member, language: 'es' });
      await user.selectOptions(
        await screen.findByLabelText('Decisiones'),
        'Desactivado (solo aquí en el Deck)',
      );
      await user.click(
        screen.getByRole('button', { name: 'Guardar cómo te llegan las notificaciones' }),
      );
      const status = await screen.findByText(
        'Guardado: tus notificaciones te llegan ahora como se muestra.',
      );
      expect(document.activeElement).toBe(status);
      expect(server.sent.find((r) => r.method === 'PUT')?.body).toEqual({
        kinds: { outcome: 'off' },
      });
    } finally {
      server.restore();
    }
  });

  it("shows a refusal about a kind beside that kind's choice", async () => {
    const server = fakeServer({
      'GET /api/notifications/settings': () => ({ body: settings }),
      'PUT /api/notifications/settings': () => ({
        status: 400,
        body: {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'The settings cannot be saved.',
          errors: [{ field: 'body.kinds.outcome', message: 'not a delivery this node knows' }],
        },
      }),
    });
    try {
      const { user } = renderDeck(<DeliverySettings />, { member });
      await user.selectOptions(
        await screen.findByLabelText('Decisions'),
        'Off (only here in the Deck)',
      );
      await user.click(screen.getByRole('button', { name: 'Save how notifications reach you' }));
      await screen.findByText('not a delivery this node knows');
      expect(screen.getByLabelText('Decisions').getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByLabelText('New proposals').getAttribute('aria-invalid')).toBeNull();
    } finally {
      server.restore();
    }
  });
});

describe('FounderDelivery', () => {
  afterEach(cleanup);

  it('names a given-up delivery with its reason, and refuses a bad address without asking the node', async () => {
    const server = fakeServer({
      'GET /api/notifications/deliveries': () => ({
        body: {
          items: [
            {
              id: 'j1',
              kind: 'mail',
              state: 'failed',
              to: 'Ben',
              attempts: 8,
              maxAttempts: 8,
              lastError: 'SMTP: connection refused',
              nextTry: null,
              updatedAt: '2026-12-03T10:00:00.000Z',
            },
          ],
        },
      }),
      'GET /api/webhooks': () => ({ body: { items: [] } }),
      'GET /api/circles': () => ({ body: { items: [] } }),
    });
    try {
      const { user } = renderDeck(<FounderDelivery />, { member });
      await screen.findByText('Given up after 8 of 8 tries');
      screen.getByText('Why: SMTP: connection refused');
      screen.getByText(/To Ben/);
      await user.type(screen.getByLabelText('Address (https://…)'), 'chat.coop/hooks');
      await user.click(screen.getByRole('button', { name: 'Add the webhook' }));
      await screen.findByText('Write a web address starting with https:// or http://.');
      expect(server.sent.some((r) => r.method === 'POST')).toBe(false);
    } finally {
      server.restore();
    }
  });

  it('words a delivery failure from its code in Spanish, and an old failure with no code as it was kept', async () => {
    const item = {
      kind: 'webhook',
      to: 'https://chat.coop/hooks',
      attempts: 2,
      maxAttempts: 8,
      nextTry: '2026-12-03T10:05:00.000Z',
      updatedAt: '2026-12-03T10:00:00.000Z',
      state: 'pending',
    };
    const server = fakeServer({
      'GET /api/notifications/deliveries': () => ({
        body: {
          items: [
            {
              ...item,
              id: 'j1',
              lastError: 'the receiver answered 503',
              lastErrorSaid: { code: 'job.failure.receiver-answered', params: { status: 503 } },
            },
            { ...item, id: 'j2', lastError: 'an old English reason', lastErrorSaid: null },
          ],
        },
      }),
      'GET /api/webhooks': () => ({ body: { items: [] } }),
      'GET /api/circles': () => ({ body: { items: [] } }),
    });
    try {
      renderDeck(<FounderDelivery />, { member, language: 'es' });
      await screen.findByText('Motivo: el receptor respondió 503');
      screen.getByText('Motivo: an old English reason');
      expect(screen.queryByText(/the receiver answered/)).toBeNull();
    } finally {
      server.restore();
    }
  });

  it('adds a signed hook for a circle and shows its key once, focused for copying', async () => {
    const server = fakeServer({
      'GET /api/notifications/deliveries': () => ({ body: { items: [] } }),
      'GET /api/webhooks': () => ({ body: { items: [] } }),
      'GET /api/circles': () => ({
        body: { items: [{ circleId: 'c-care', name: 'Care circle', slug: 'care' }] },
      }),
      'POST /api/webhooks': ({ body }) => ({
        status: 201,
        body: {
          id: 'w1',
          circleId: 'c-care',
          format: 'signed-json',
          url: (body as { url: string }).url,
          createdAt: '2026-12-03T10:00:00.000Z',
          secret: 'the-signing-key',
        },
      }),
    });
    try {
      const { user } = renderDeck(<FounderDelivery />, { member });
      await screen.findByText('Every delivery went through: none is waiting or given up.');
      await screen.findByRole('option', { name: 'Care circle' });
      await user.type(screen.getByLabelText('Address (https://…)'), 'https://tools.coop/hook');
      await user.selectOptions(screen.getByLabelText('What to send'), 'Signed JSON (for programs)');
      await user.selectOptions(screen.getByLabelText('For proposals of'), 'Care circle');
      await user.click(screen.getByRole('button', { name: 'Add the webhook' }));
      const key = await screen.findByDisplayValue('the-signing-key');
      expect(document.activeElement).toBe(key);
      expect(server.sent.find((r) => r.method === 'POST')?.body).toEqual({
        url: 'https://tools.coop/hook',
        format: 'signed-json',
        circleId: 'c-care',
      });
    } finally {
      server.restore();
    }
  });
});
