// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { messages as help } from './messages';
import { messages as me } from '../me/messages';
import { messages as money } from '../money/messages';
import { messages as rhythms } from '../rhythms/messages';
import { en as appEn } from '../i18n/en';
import { es as appEs } from '../i18n/es';
import { NotificationsPage } from '../me/NotificationsPage';
import { MoneyPage } from '../money/MoneyPage';
import { Commons } from '../pages/Commons';
import { RhythmsPage } from '../rhythms/RhythmsPage';
import type { Member } from '../session';
import { fakeServer, renderDeck, testMember } from '../test-render';

/*
 * The empty states of the notifications, commons, rhythms and money pages: each says what the
 * list is and why it is empty, and offers the form that fills it only to a reader who may use it.
 */

const member = testMember;
const FOUNDER = member({ founder: true });
const SUPPORTER = member({ memberId: 'm-sol', displayName: 'Sol', level: null });

const EMPTY_LISTS = {
  'GET /api/notifications': () => ({ body: { items: [] } }),
  'GET /api/commons': () => ({ body: { items: [] } }),
  'GET /api/rhythms': () => ({ body: { items: [] } }),
  'GET /api/circles': () => ({ body: { items: [] } }),
  'GET /api/income': () => ({ body: { items: [] } }),
  'GET /api/expenses': () => ({ body: { items: [] } }),
  'GET /api/books': () => ({ body: { currency: 'EUR', accounts: [], trialBalance: '0' } }),
};

let server: ReturnType<typeof fakeServer> | null = null;
afterEach(() => {
  cleanup();
  server?.restore();
  server = null;
});

async function show(page: ReactElement, language: 'en' | 'es', who: Member) {
  server = fakeServer(EMPTY_LISTS);
  renderDeck(page, { language, member: who });
  return screen;
}

/** The empty state's paragraph holding `words`, and the link in it, if any. */
async function emptyState(words: string) {
  const text = await screen.findByText(words);
  const paragraph = text.closest('p.empty');
  expect(paragraph).not.toBeNull();
  return paragraph!.querySelector('a');
}

describe.each([
  ['en', appEn, help.en, me.en, rhythms.en, money.en],
  ['es', appEs, help.es, me.es, rhythms.es, money.es],
] as const)('empty states in %s', (language, app, helpWords, meWords, rhythmWords, moneyWords) => {
  it('notifications say what would come and lead to how notices reach the member', async () => {
    await show(<NotificationsPage />, language, SUPPORTER);
    const link = await emptyState(meWords.notifications.none);
    expect(link?.textContent).toBe(helpWords.empty.notificationSettings);
    expect(link?.getAttribute('href')).toBe('#delivery-settings-heading');
    expect(document.getElementById('delivery-settings-heading')).not.toBeNull();
  });

  it('the commons explain themselves and offer the form to an active member, not to a visitor', async () => {
    await show(<Commons />, language, SUPPORTER);
    const link = await emptyState(app.commons.empty);
    expect(link?.textContent).toBe(helpWords.empty.addCommons);
    expect(link?.getAttribute('href')).toBe('#add-commons-heading');
    expect(document.getElementById('add-commons-heading')).not.toBeNull();
    cleanup();
    server?.restore();
    server = fakeServer(EMPTY_LISTS);
    renderDeck(<Commons />, { language });
    expect(await emptyState(app.commons.empty)).toBeNull();
  });

  it('rhythms explain themselves; only a steward is offered to set one up', async () => {
    await show(<RhythmsPage />, language, FOUNDER);
    const link = await emptyState(rhythmWords.list.none);
    expect(link?.textContent).toBe(helpWords.empty.firstRhythm);
    expect(document.getElementById(link!.getAttribute('href')!.slice(1))).not.toBeNull();
    cleanup();
    server?.restore();
    await show(<RhythmsPage />, language, SUPPORTER);
    expect(await emptyState(rhythmWords.list.none)).toBeNull();
  });

  it('money lists explain income, expenses and the books; only a treasurer is offered the forms', async () => {
    await show(<MoneyPage />, language, FOUNDER);
    const income = await emptyState(moneyWords.lists.noIncome);
    expect(income?.textContent).toBe(helpWords.empty.recordIncome);
    expect(document.getElementById(income!.getAttribute('href')!.slice(1))).not.toBeNull();
    const expense = await emptyState(moneyWords.lists.noExpenses);
    expect(expense?.textContent).toBe(helpWords.empty.recordExpense);
    expect(document.getElementById(expense!.getAttribute('href')!.slice(1))).not.toBeNull();
    expect(await emptyState(moneyWords.books.empty)).toBeNull();
    cleanup();
    server?.restore();
    await show(<MoneyPage />, language, SUPPORTER);
    expect(await emptyState(moneyWords.lists.noIncome)).toBeNull();
    expect(await emptyState(moneyWords.lists.noExpenses)).toBeNull();
  });
});
