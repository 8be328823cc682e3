/** Whether a request changes something: only writes carry CSRF tokens, idempotency keys and signatures. */
export function isWrite(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}
