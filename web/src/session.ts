import { useQuery } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from './api/client';
import { activeDeviceSigner, setActiveDeviceSigner } from './signing/active-signer';
import type { components } from './api/schema';
import { noteSignedInMember } from './sw-api-cache';

export type Member = NonNullable<components['schemas']['Actor']>;

export const SESSION_KEY = ['session'] as const;

/** Who the browser acts for (null when signed out), and the CSRF token every write needs. */
export const sessionQuery = {
  queryKey: SESSION_KEY,
  queryFn: async () => {
    const session = await unwrap(api.GET('/api/auth/session'));
    setCsrfToken(session.csrfToken);
    rememberSignedIn(session.member !== null);
    void noteSignedInMember(session.member?.memberId ?? null);
    // A key unlocked for one member never signs for whoever signs in next in this tab.
    if (activeDeviceSigner()?.memberId !== session.member?.memberId) setActiveDeviceSigner(null);
    return session;
  },
  staleTime: 60_000,
};

export function useSession() {
  return useQuery(sessionQuery);
}

/** The signed-in member; only for pages behind RequireMember. */
export function useMe(): Member {
  const { data } = useSession();
  if (!data?.member) throw new Error('useMe outside a signed-in page');
  return data.member;
}

/** Where the Deck remembers that this browser was signed in at its last session check. */
const SIGNED_IN_KEY = 'disco-deck-signed-in';

function rememberSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SIGNED_IN_KEY, '1');
    else localStorage.removeItem(SIGNED_IN_KEY);
  } catch {
    // Storage may be off (private windows): the Deck then simply does not start pages early.
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
