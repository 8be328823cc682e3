// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDeck } from '../test-render';
import { FirstRunGuide } from './FirstRunGuide';
import { GlossaryPage, GuidePage } from './HelpPages';
import { messages } from './messages';
import { Term } from './Term';

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

  it('shows the first-run guide once per member on this device, and hides it on request', async () => {
    const first = renderDeck(<FirstRunGuide memberId="m-ana" />);
    const guide = screen.getByRole('region', { name: 'Welcome to the Deck' });
    expect(within(guide).getAllByRole('listitem')).toHaveLength(5);
    expect(within(guide).getByRole('link', { name: 'Log work' }).getAttribute('href')).toBe('/log');
    await first.user.click(within(guide).getByRole('button', { name: 'Got it, hide the guide' }));
    expect(screen.queryByRole('region', { name: 'Welcome to the Deck' })).toBeNull();
    cleanup();
    renderDeck(<FirstRunGuide memberId="m-ana" />);
    expect(screen.queryByRole('region', { name: 'Welcome to the Deck' })).toBeNull();
    cleanup();
    // Another member signing in on the same phone gets their own first visit.
    renderDeck(<FirstRunGuide memberId="m-bea" />, { language: 'es' });
    expect(screen.getByRole('region', { name: 'Te damos la bienvenida al Deck' })).toBeDefined();
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
