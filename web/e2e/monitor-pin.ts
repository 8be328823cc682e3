import type { Page } from 'playwright-core';

/** The checkpoint the Deck keeps in IndexedDB for this node, read from inside the page. */
export function pinnedSize(page: Page): Promise<number | null> {
  return page.evaluate(
    () =>
      new Promise<number | null>((resolve) => {
        const open = indexedDB.open('disco-cat-monitor');
        // Looking must never create the Deck's database: an empty one made here first would stand
        // at the Deck's version with no store, and the Deck could never keep its pin.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('pins')) return resolve(null);
          const get = db.transaction('pins').objectStore('pins').get(location.origin);
          get.onsuccess = () =>
            resolve(
              (get.result as { checkpoint: { treeSize: number } } | undefined)?.checkpoint
                .treeSize ?? null,
            );
          get.onerror = () => resolve(null);
          get.transaction?.addEventListener('complete', () => db.close());
        };
        open.onerror = () => resolve(null);
      }),
  );
}
