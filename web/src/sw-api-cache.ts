import type { QueryClient } from '@tanstack/react-query';

// The names web/scripts/pwa.ts writes into the service worker; kept here as plain strings so the
// page does not import the build script.
const MEMBER_CACHE = 'disco-member';
const MEMBER_KEY = '/__disco/member';
const API_CACHE_PREFIX = 'deck-api-';

/** Which of the Deck's queries each read the service worker answers from its cache feeds. */
const QUERY_KEYS: Record<string, readonly string[]> = {
  '/api/dashboard': ['dashboard'],
  '/api/distribution/flows': ['flows'],
};

let noted: string | null | undefined;

/**
 * Tells the service worker who is signed in (null: nobody), so it answers the dashboard's reads
 * from its cache only for that member. A different member, or none, forgets every answer kept:
 * one member's dashboard is never shown to the next on a shared device.
 *
 * @example await noteSignedInMember(session.member?.memberId ?? null)
 */
export async function noteSignedInMember(memberId: string | null): Promise<void> {
  if (typeof caches === 'undefined' || memberId === noted) return;
  noted = memberId;
  try {
    const members = await caches.open(MEMBER_CACHE);
    const before = await (await members.match(MEMBER_KEY))?.text();
    if (before === (memberId ?? undefined)) return;
    for (const name of await caches.keys())
      if (name.startsWith(API_CACHE_PREFIX)) await caches.delete(name);
    if (memberId === null) await members.delete(MEMBER_KEY);
    else await members.put(MEMBER_KEY, new Response(memberId));
  } catch {
    // Storage refused (a private window): the worker then keeps nothing for anyone.
  }
}

/**
 * When the node says the session ended (401): the worker stops answering from its cache for
 * anyone at once (it answers only for the member noted, and this forgets who that was). The
 * answers it kept are not deleted here: deleting a cache while the worker is storing or reading
 * in it held up the page's own scripts, served from the worker's cache, for tens of seconds in
 * Chromium. The worker deletes each kept answer the node refuses (both dashboard reads are asked
 * again on the visit that met the 401), and the next member noted deletes them all.
 *
 * @example await stopAnsweringForAnyone();
 */
export async function stopAnsweringForAnyone(): Promise<void> {
  if (typeof caches === 'undefined') return;
  noted = undefined;
  try {
    await (await caches.open(MEMBER_CACHE)).delete(MEMBER_KEY);
  } catch {
    // Storage refused: the worker keeps nothing for anyone.
  }
}

/**
 * After a write of this page that appended events (it answered `Disco-Seq`): forgets the API
 * answers the service worker keeps, when the worker did not see the write itself (it forgets them
 * on every write it passes on, web/scripts/pwa.ts): a page it does not control (the first visit
 * before it takes over, a reload that bypassed it) writes straight to the node, and the next
 * navigation's reads must not be answered with the ledger as it was before.
 *
 * @example if (response.headers.has('Disco-Seq')) await forgetAnswersAfterWrite();
 */
export async function forgetAnswersAfterWrite(): Promise<void> {
  if (typeof caches === 'undefined' || globalThis.navigator?.serviceWorker?.controller) return;
  try {
    for (const name of await caches.keys())
      if (name.startsWith(API_CACHE_PREFIX)) {
        const cache = await caches.open(name);
        await Promise.all((await cache.keys()).map((key) => cache.delete(key)));
      }
  } catch {
    // Storage refused: then nothing was kept either.
  }
}

/**
 * Asks again the queries a read feeds when the service worker says the node's answer changed
 * behind the one it served from its cache.
 *
 * @example listenForFresherAnswers(queryClient)
 */
export function listenForFresherAnswers(queryClient: QueryClient): void {
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: string; path?: string } | null;
    const queryKey = data?.type === 'api-updated' ? QUERY_KEYS[data.path ?? ''] : undefined;
    if (queryKey) void queryClient.invalidateQueries({ queryKey: [...queryKey] });
  });
}

/**
 * For a member who has been here before (the service worker already controlled this page when it
 * started): once the browser is idle, the worker fetches the other pages' code, so the next page
 * opens without waiting on the network. Never on a first visit, whose bandwidth is the
 * dashboard's, nor when the member asked to save data.
 *
 * @example prefetchPagesWhenIdle(navigator.serviceWorker?.controller ?? null)
 */
export function prefetchPagesWhenIdle(controllerAtStart: ServiceWorker | null): void {
  if (!controllerAtStart) return;
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  const ask = () => navigator.serviceWorker.controller?.postMessage({ type: 'prefetch-routes' });
  const whenIdle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(ask, { timeout: 10_000 });
    else setTimeout(ask, 2_000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
