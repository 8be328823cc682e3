/**
 * Where to go after signing in: only a path of this Deck, so that `?next=https://elsewhere` or
 * `?next=//elsewhere` cannot turn the sign-in page into a redirector to another site.
 */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : '/';
}
