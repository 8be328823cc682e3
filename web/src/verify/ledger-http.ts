/** `fetch`, or any function of its shape (tests pass the app's own request handler). */
export type FetchLike = (url: string) => Promise<Response>;

/** A failure to talk to the node (not a fault of the ledger): the verdict is "could not verify". */
export class LedgerFetchError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`GET ${url} answered ${status}`);
    this.name = 'LedgerFetchError';
  }
}

export async function getJson<T>(fetchFn: FetchLike, url: string): Promise<T> {
  const res = await fetchFn(url);
  if (!res.ok) throw new LedgerFetchError(url, res.status);
  return (await res.json()) as T;
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Every page of a paged list, in order. The next page is requested as soon as a page arrives, so
 * it travels while the caller works on the one it was given.
 */
export async function* prefetchedPages<T>(
  fetchFn: FetchLike,
  url: string,
  pageSize: number,
  signal?: AbortSignal,
): AsyncGenerator<T[]> {
  const request = (cursor: string | null): Promise<Page<T>> => {
    signal?.throwIfAborted();
    const page = getJson<Page<T>>(
      fetchFn,
      `${url}?limit=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    // A caller that stops early never awaits the page in flight; its failure is no one's concern.
    page.catch(() => undefined);
    return page;
  };
  let next: Promise<Page<T>> | null = request(null);
  while (next) {
    const page: Page<T> = await next;
    next = page.nextCursor ? request(page.nextCursor) : null;
    yield page.items;
  }
}
