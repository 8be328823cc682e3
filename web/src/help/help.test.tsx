// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../session';
import { fakeServer, renderDeck, testMember } from '../test-render';
import { FirstRunGuide } from './FirstRunGuide';
import { GlossaryPage, GuidePage } from './HelpPages';
import { messages } from './messages';
import { Term } from './Term';

const member = (memberId: string, displayName: string): Member =>
  testMember({ memberId, displayName });
const ANA = member('m-ana', 'Ana');
const BEA = member('m-bea', 'Bea');

describe('help', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('explains a term in place: a disclosure that opens, links to the glossary and closes on Escape', async () => {
    const { user } = renderDeck(
      <p>
        Concentration: 0.4 <Term term="gini" />
      </p>,
    );
    const button = screen.getByRole('button', { name: 'Gini (what is this?)' });
    const note = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(note.hidden).toBe(true);
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(note.hidden).toBe(false);
    expect(note.textContent).toContain('0 when everyone does the same, 1 when one person');
    expect(
      within(note).getByRole('link', { name: 'More in the glossary' }).getAttribute('href'),
    ).toBe('/glossary#gini');
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('speaks Spanish', async () => {
    const { user } = renderDeck(<Term term="consent" />, { language: 'es' });
    await user.click(
      screen.getByRole('button', { name: 'Consentimiento y objeción (¿qué es esto?)' }),
    );
    expect(screen.getByRole('note').textContent).toContain('¿puedes vivir con ello?');
  });

  it('shows the first-run guide once per member, on any device, and hides it on request', async () => {
    // The node's memory of who saw the guide, shared by every "device" below.
    const seenAt = new Map<string, string>();
    const server = fakeServer({
      'GET /api/me/guide': () => ({
        body: { seenAt: seenAt.get('m-ana') ?? null },
      }),
      'PUT /api/me/guide': () => {
        seenAt.set('m-ana', seenAt.get('m-ana') ?? '2026-03-01T10:00:00.000Z');
        return { body: { seenAt: seenAt.get('m-ana') } };
      },
    });
    try {
      const first = renderDeck(<FirstRunGuide memberId="m-ana" />, { member: ANA });
      const guide = await screen.findByRole('region', { name: 'Welcome to the Deck' });
      expect(within(guide).getAllByRole('listitem')).toHaveLength(5);
      expect(within(guide).getByRole('link', { name: 'Log work' }).getAttribute('href')).toBe(
        '/log',
      );
      await waitFor(() => expect(seenAt.has('m-ana')).toBe(true));
      await first.user.click(within(guide).getByRole('button', { name: 'Got it, hide the guide' }));
      expect(screen.queryByRole('region', { name: 'Welcome to the Deck' })).toBeNull();
      cleanup();
      // The same device again: it remembers, and asks the node nothing.
      const asked = server.sent.length;
      renderDeck(<FirstRunGuide memberId="m-ana" />, { member: ANA });
      expect(screen.queryByRole('region', { name: 'Welcome to the Deck' })).toBeNull();
      expect(server.sent.length).toBe(asked);
      cleanup();
      // Another device (nothing in its storage): the node says Ana saw it.
      localStorage.clear();
      renderDeck(<FirstRunGuide memberId="m-ana" />, { member: ANA });
      await waitFor(() => expect(server.sent.filter((r) => r.method === 'GET').length).toBe(2));
      await waitFor(() => expect(localStorage.getItem('disco.guideSeen.m-ana')).toBe('kept'));
      expect(screen.queryByRole('region', { name: 'Welcome to the Deck' })).toBeNull();
    } finally {
      server.restore();
    }
  });

  it('shows the guide once without a connection, and tells the node when it can', async () => {
    const offline = fakeServer({
      'GET /api/me/guide': () => ({ status: 503, body: { title: 'Unavailable', status: 503 } }),
      'PUT /api/me/guide': () => ({ status: 503, body: { title: 'Unavailable', status: 503 } }),
    });
    try {
      renderDeck(<FirstRunGuide memberId="m-bea" />, { language: 'es', member: BEA });
      expect(
        await screen.findByRole('region', { name: 'Te damos la bienvenida al Deck' }),
      ).toBeDefined();
      expect(localStorage.getItem('disco.guideSeen.m-bea')).toBe('1');
    } finally {
      offline.restore();
      cleanup();
    }
    const online = fakeServer({
      'PUT /api/me/guide': () => ({ body: { seenAt: '2026-03-01T10:00:00.000Z' } }),
    });
    try {
      renderDeck(<FirstRunGuide memberId="m-bea" />, { language: 'es', member: BEA });
      expect(screen.queryByRole('region', { name: 'Te damos la bienvenida al Deck' })).toBeNull();
      await waitFor(() => expect(localStorage.getItem('disco.guideSeen.m-bea')).toBe('kept'));
      expect(online.sent.map((r) => `${r.method} ${r.path}`)).toContain('PUT /api/me/guide');
    } finally {
      online.restore();
    }
  });

  it('keeps the guide reachable as a page', () => {
    renderDeck(<GuidePage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to the Deck' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Glossary' }).getAttribute('href')).toBe('/glossary');
  });

  it('lists every term in the glossary, each with an anchor, in both languages', () => {
    const terms = Object.keys(messages.en.terms);
    expect(terms).toEqual(
      expect.arrayContaining(['livelihood', 'love', 'care', 'dating', 'gini', 'consent', 'cat']),
    );
    renderDeck(<GlossaryPage />, { language: 'es', path: '/glossary', at: '/glossary' });
    expect(screen.getByRole('heading', { level: 1, name: 'Glosario' })).toBeDefined();
    for (const term of terms) expect(document.getElementById(term)).not.toBeNull();
    expect(screen.getByText('Cuidados')).toBeDefined();
    expect(screen.getByText('CAT (Fideicomiso Algorítmico Comunitario)')).toBeDefined();
  });
});
