/**
 * Where other servers, not browsers, call this node. A browser never sends a request there on a
 * member's behalf with ambient authority, so these routes are exempt from the Deck's Origin and
 * CSRF checks (`csrfProtection` consults this list); they prove themselves instead with what
 * their protocol carries (a witness's signed note), and have their own small body limit
 * (`bodyLimits` in body-limits.ts).
 *
 * Prefixes are whole request paths ending in `/`, so that `/witnesses/` is not `/witness/`.
 */
export const SERVER_TO_SERVER_PREFIXES: readonly string[] = [
  // The C2SP witness protocol (add-checkpoint and friends), both as a witness and as a log.
  '/witness/',
  // ActivityPub (the actor, its inboxes and collections), proven by HTTP Signatures.
  '/federation/',
];

/**
 * Whether a request path belongs to a server-to-server route.
 *
 * @example isServerToServer('/witness/add-checkpoint') // true
 */
export function isServerToServer(path: string): boolean {
  return SERVER_TO_SERVER_PREFIXES.some((prefix) => path.startsWith(prefix));
}
