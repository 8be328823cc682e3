/*
 * The secret of an invitation or password link travels in the URL's fragment, which browsers never
 * send to a server (so no access log or proxy sees it). Once read, the page takes it out of the
 * address bar and the history, so it does not linger on a shared screen or in a synced history.
 */

/** The secret in a link's fragment (`#…`), or null when there is none that could be one. */
export function secretOfFragment(hash: string): string | null {
  let secret: string;
  try {
    secret = decodeURIComponent(hash.replace(/^#/, '')).trim();
  } catch {
    return null;
  }
  return /^[A-Za-z0-9_-]{20,100}$/.test(secret) ? secret : null;
}

/** Replaces the current address with the same one without its fragment. */
export function forgetFragment(): void {
  if (window.location.hash)
    window.history.replaceState(
      window.history.state,
      '',
      window.location.pathname + window.location.search,
    );
}
