// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, renderDeck } from '../test-render';
import { Witnesses } from './Ledger';

const WITNESSES = {
  latestCheckpoint: 42,
  witnesses: [
    {
      url: 'https://b.example/witness',
      key: 'b.example/witness+01020304+BAAA',
      name: 'b.example/witness',
      cosignedSize: 42,
      cosignedAt: '2026-11-24T10:00:00.000Z',
      refusal: null,
      refusedAt: null,
      submission: { state: 'done', attempts: 1, lastError: null },
    },
    {
      url: 'https://c.example/witness',
      key: 'c.example/witness+05060708+BAAA',
      name: 'c.example/witness',
      cosignedSize: 40,
      cosignedAt: '2026-11-24T09:59:00.000Z',
      refusal: '422: the consistency proof from size 40 to 42 does not verify',
      refusedAt: '2026-11-24T10:00:01.000Z',
      submission: { state: 'failed', attempts: 1, lastError: 'refused' },
    },
  ],
};

describe('the witnesses on the ledger page', () => {
  afterEach(cleanup);

  it('shows each witness with the size it cosigned and raises a refusal as an alert', async () => {
    const server = fakeServer({ 'GET /api/ledger/witnesses': () => ({ body: WITNESSES }) });
    try {
      renderDeck(<Witnesses />, { path: '/ledger' });
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(/A witness refused our ledger/);
      const section = screen.getByRole('heading', { name: 'Witnesses' }).closest('section')!;
      expect(within(section).getByText(/cosigned 42 of 42 events/)).toBeTruthy();
      expect(
        within(section).getByText(/Refused .*: 422: the consistency proof from size 40 to 42/),
      ).toBeTruthy();
    } finally {
      server.restore();
    }
  });

  it("words a refusal kept with its code in Spanish, the witness's own answer after it", async () => {
    const refused = {
      ...WITNESSES.witnesses[1]!,
      refusal: 'it answered 422: the consistency proof from size 40 to 42 does not verify',
      refusalSaid: { code: 'job.failure.witness-status', params: { status: 422 } },
      refusalAnswer: 'the consistency proof from size 40 to 42 does not verify',
    };
    const server = fakeServer({
      'GET /api/ledger/witnesses': () => ({
        body: { latestCheckpoint: 42, witnesses: [refused] },
      }),
    });
    try {
      renderDeck(<Witnesses />, { path: '/ledger', language: 'es' });
      const section = (await screen.findByRole('heading', { name: 'Testigos' })).closest(
        'section',
      )!;
      const line = await within(section).findByText(/respondió 422: the consistency proof/);
      expect(line.textContent).not.toMatch(/it answered/);
    } finally {
      server.restore();
    }
  });

  it('says so in Spanish, and warns when no witness is configured', async () => {
    const server = fakeServer({
      'GET /api/ledger/witnesses': () => ({ body: { latestCheckpoint: 3, witnesses: [] } }),
    });
    try {
      renderDeck(<Witnesses />, { path: '/ledger', language: 'es' });
      expect(await screen.findByText(/Ningún testigo cofirma aún/)).toBeTruthy();
      expect(screen.getByRole('heading', { name: 'Testigos' })).toBeTruthy();
    } finally {
      server.restore();
    }
  });
});
