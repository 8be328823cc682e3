import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken, unwrap } from './api/client';
import { activeDeviceSigner, setActiveDeviceSigner } from './signing/active-signer';
import type { components } from './api/schema';
import { noteSignedInMember, stopAnsweringForAnyone } from './sw-api-cache';

export type Member = NonNullable<components['schemas']['Actor']>;
type Session = components['schemas']['Session'];

export const SESSION_KEY = ['session'] as const;

/** Who the browser acts for (null when signed out), and the CSRF token every write needs. */
export const sessionQuery = {
  queryKey: SESSION_KEY,
  queryFn: async ({ client }: { client: QueryClient }): Promise<Session> => {
    const shown = rememberedSession()?.member?.memberId;
    let session: Session;
    try {
      session = await unwrap(api.GET('/api/auth/session'));
    } catch (error) {
      // The node says the session ended (expired, revoked, signed out elsewhere): the device
      // forgets its member and the worker stops answering for them (the worker deletes the
      // answers the node now refuses). Not awaited: awaiting it held the page on its loading
      // screen past 30 s in about 1 Chromium run in 3 (remembered-session.test.ts; none in 9
      // since); the sign-in page asks for nothing the worker keeps, and a member signing in next
      // waits for the worker to forget before their first page (`signedInAs`).
      if (error instanceof ApiError && error.status === 401) {
        forgetRemembered();
        void stopAnsweringForAnyone();
      }
      throw error;
    }
    setCsrfToken(session.csrfToken);
    rememberSession(session);
    const confirmed = session.member?.memberId ?? null;
    if (shown !== undefined && shown !== confirmed) {
      // The browser's cookie is someone else's than the member remembered (signed in outside
      // the Deck): the answers drawn for the remembered member go, once the worker has forgotten
      // them too, and are asked for again.
      await noteSignedInMember(confirmed);
      void client.resetQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    } else void noteSignedInMember(confirmed);
    // A key unlocked for one member never signs for whoever signs in next in this tab.
    if (activeDeviceSigner()?.memberId !== session.member?.memberId) setActiveDeviceSigner(null);
    return session;
  },
  staleTime: 60_000,
};

/**
 * Who is signed in. Until the node first answers, on the dashboard, the session this device
 * remembers from its last check (`rememberedSession`): a returning member's figures are drawn
 * from the service worker's kept answers without waiting on the session's round trip. It is a
 * placeholder only (react-query's `placeholderData`): the node's answer replaces it, a 401 or a
 * failed check takes it away at once, and nothing writes on its strength (`confirmedSession`).
 * docs/architecture.md, *A remembered session*, says why this is safe on a shared device.
 */
export function useSession() {
  return useQuery({ ...sessionQuery, placeholderData: rememberedSession });
}

/**
 * The session as the node last confirmed it in this tab: what a write needs (the CSRF token),
 * asked for when only the remembered one is known yet.
 */
export function confirmedSession(queryClient: {
  ensureQueryData: (options: typeof sessionQuery) => Promise<Session>;
}): Promise<Session> {
  return queryClient.ensureQueryData(sessionQuery);
}

/** The signed-in member; only for pages behind RequireMember. */
export function useMe(): Member {
  const { data } = useSession();
  if (!data?.member) throw new Error('useMe outside a signed-in page');
  return data.member;
}

/** Where the Deck remembers that this browser was signed in at its last session check. */
const SIGNED_IN_KEY = 'disco-deck-signed-in';
/** Where it remembers who, for the returning member's first render (never the CSRF token). */
const SESSION_KEY_STORED = 'disco-deck-session';
/**
 * A remembered session is not shown once its member has been away this long: the node ends a
 * session unused for a week (src/app/auth/auth-context.ts, `sessionIdleMs`), so past it the
 * answer is known to be "signed out" and nothing is shown before it.
 */
const REMEMBERED_FOR_MS = 7 * 24 * 3_600_000;

interface Remembered {
  member: Member;
  expiresAt: string;
  confirmedAt: number;
}

function rememberSession(session: Session): void {
  try {
    if (session.member === null) {
      localStorage.removeItem(SIGNED_IN_KEY);
      return localStorage.removeItem(SESSION_KEY_STORED);
    }
    localStorage.setItem(SIGNED_IN_KEY, '1');
    // Only sessions of the browser's own cookie: an API token's has no end to bound it by.
    if (session.via !== 'session' || session.expiresAt === null)
      return localStorage.removeItem(SESSION_KEY_STORED);
    const remembered: Remembered = {
      member: session.member,
      expiresAt: session.expiresAt,
      confirmedAt: Date.now(),
    };
    localStorage.setItem(SESSION_KEY_STORED, JSON.stringify(remembered));
  } catch {
    // Storage may be off (private windows): the Deck then simply does not start pages early.
  }
}

/**
 * After signing in (or joining, or a new password): who is signed in now, remembered and told to
 * the service worker before the next page renders, so that page's placeholder is never the
 * member signed in before on this device, nor their kept answers.
 *
 * @example onSuccess: async (answer) => { await signedInAs(answer); queryClient.clear(); … }
 */
export async function signedInAs(session: Session): Promise<void> {
  setCsrfToken(session.csrfToken);
  rememberSession(session);
  await noteSignedInMember(session.member?.memberId ?? null);
}

/**
 * Forgets who was signed in on this device: the remembered session and the dashboard's answers
 * the service worker keeps for them. On sign-out.
 *
 * @example await forgetSession();
 */
export function forgetSession(): Promise<void> {
  forgetRemembered();
  return noteSignedInMember(null);
}

function forgetRemembered(): void {
  try {
    localStorage.removeItem(SIGNED_IN_KEY);
    localStorage.removeItem(SESSION_KEY_STORED);
  } catch {
    // Storage off: nothing was remembered.
  }
}

/**
 * The session remembered at the last check, as the placeholder of the dashboard's first render;
 * undefined anywhere else, with no connection (nothing could take it back), and once the
 * session's own end or a week without a check has passed.
 */
export function rememberedSession(): Session | undefined {
  if (window.location.pathname !== '/' || navigator.onLine === false) return undefined;
  try {
    const stored = localStorage.getItem(SESSION_KEY_STORED);
    if (!stored) return undefined;
    const { member, expiresAt, confirmedAt } = JSON.parse(stored) as Remembered;
    const now = Date.now();
    if (!(
      now < Date.parse(expiresAt) &&
      now - confirmedAt < REMEMBERED_FOR_MS &&
      now >= confirmedAt
    ))
      return undefined;
    return { member, expiresAt, csrfToken: null, via: 'session' };
  } catch {
    return undefined;
  }
}

/**
 * Whether this browser was signed in when the session was last checked: the session cookie is
 * out of JavaScript's reach, and a page's data asked for before the session answers would be
 * refused (401) for a visitor who is signed out.
 */
export function probablySignedIn(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * Whether the node, seeing a session cookie, already asked the browser to fetch `url` with the
 * page (`<link rel="preload">`, src/http/serve-deck.ts): a first visit has nothing in
 * localStorage, but its page's data is then on its way and a fetch of it costs nothing more.
 */
export function preloadedByNode(url: string): boolean {
  return document.querySelector(`link[rel="preload"][href="${url}"]`) !== null;
}
