/** A path segment shaped like a secret this node issues (an invitation token in the URL). */
const SECRET_SEGMENT = /\/[A-Za-z0-9_-]{43}(?=\/|$)/g;

/**
 * The path with every token-shaped segment replaced, so logs never hold an invitation's secret.
 *
 * @example redactPath('/api/invitations/q3Z…/accept') // '/api/invitations/:secret/accept'
 */
export function redactPath(path: string): string {
  return path.replace(SECRET_SEGMENT, '/:secret');
}
