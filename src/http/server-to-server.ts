/**
 * Routes that other servers call (the witness protocol; later a federation inbox). They are
 * outside `/api`, carry small signed notes rather than a member's requests, and so get their own
 * small body limit.
 */
export const SERVER_TO_SERVER_PREFIXES = ['/witness/'] as const;

/** @example isServerToServerPath('/witness/add-checkpoint') // true */
export function isServerToServerPath(path: string): boolean {
  return SERVER_TO_SERVER_PREFIXES.some((prefix) => path.startsWith(prefix));
}
