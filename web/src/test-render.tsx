// Test support for component tests (happy-dom): the Deck's providers around one element, and a
// fake server at the HTTP boundary that records what the components sent.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { setCsrfToken } from './api/client';
import { english } from './i18n/english';
import { NAMESPACES } from './i18n/namespaces';
import { spanish } from './i18n/spanish';
import { SESSION_KEY, type Member } from './session';
import { loadEveryCatalogue } from './words/render';

// The Deck loads the server messages' catalogue when a page first needs it; tests have it at once.
await loadEveryCatalogue();

/** The CSRF token of the session `renderDeck` signs in with: every write must carry it. */
export const SESSION_CSRF = 'csrf-of-the-session';

/**
 * Ana, an active committed member in no constituency or circle, as the session names her; a test
 * changes what it is about.
 *
 * @example renderDeck(<SolidarityPage />, { member: testMember({ founder: true }) });
 */
export function testMember(overrides: Partial<Member> = {}): Member {
  return {
    memberId: 'm-ana',
    displayName: 'Ana',
    founder: false,
    status: 'active',
    level: 'committed',
    datingStage: null,
    constituencies: [],
    circles: [],
    ...overrides,
  } as unknown as Member;
}

/** Shows where the router went, so a test can see a page navigate away. */
function WhereAmI() {
  const location = useLocation();
  return (
    <p data-testid="location" data-state={JSON.stringify(location.state)}>
      {location.pathname}
    </p>
  );
}

/**
 * Renders `element` as the Deck mounts it (react-query without retries, i18next in `language`,
 * the router at `at` with `state`, signed in as `member` when given), on the route `path`; any
 * other route shows its pathname in `getByTestId('location')` (its state as JSON in `data-state`).
 *
 * @example const { user, getByRole } = renderDeck(<LogWork />, { path: '/log' });
 */
export function renderDeck(
  element: ReactElement,
  options: {
    path?: string;
    at?: string;
    state?: unknown;
    language?: 'en' | 'es';
    member?: Member;
  } = {},
): RenderResult & { user: UserEvent } {
  const { path = '/', at = path, state = null, language = 'en', member } = options;
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: language,
    resources: { en: english, es: spanish },
    ns: [...NAMESPACES],
    defaultNS: 'app',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  // As RequireMember leaves it: the session already read (its CSRF token in the client), so pages may call useMe.
  if (member) {
    queryClient.setQueryData(SESSION_KEY, { member, csrfToken: SESSION_CSRF });
    setCsrfToken(SESSION_CSRF);
  }
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[{ pathname: at, state }]}>
          <Routes>
            <Route path={path} element={element} />
            <Route path="*" element={<WhereAmI />} />
          </Routes>
        </MemoryRouter>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { ...result, user };
}

/** One request a component made: method, path with query, parsed JSON body and headers. */
export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
  headers: Headers;
}

type Answer = { status?: number; body: unknown; headers?: Record<string, string> };
type Handler = (request: SentRequest) => Answer | Promise<Answer>;

/**
 * Replaces `fetch` with a server answering `routes` (`'GET /api/rates'` → handler), as JSON, or
 * RFC 9457 problem+json for a status of 400 and above; anything else is a 404 problem. Every
 * request is kept in `sent`. Call `restore()` after the test.
 *
 * @example const server = fakeServer({ 'GET /api/rates': () => ({ body: { items: [] } }) });
 */
export function fakeServer(routes: Record<string, Handler>): {
  sent: SentRequest[];
  restore: () => void;
} {
  const sent: SentRequest[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request =
      input instanceof Request ? input : new Request(new URL(String(input), location.href), init);
    const url = new URL(request.url);
    const text = await request.text();
    const record: SentRequest = {
      method: request.method,
      path: url.pathname + url.search,
      body: text ? (JSON.parse(text) as unknown) : undefined,
      headers: request.headers,
    };
    sent.push(record);
    const handler = routes[`${record.method} ${url.pathname}`];
    const answer: Answer = handler
      ? await handler(record)
      : {
          status: 404,
          body: {
            type: 'about:blank',
            title: 'Not Found',
            status: 404,
            detail: `No route ${record.method} ${url.pathname}.`,
          },
        };
    const status = answer.status ?? 200;
    return new Response(JSON.stringify(answer.body), {
      status,
      headers: {
        'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
        ...answer.headers,
      },
    });
  };
  return { sent, restore: () => (globalThis.fetch = original) };
}
