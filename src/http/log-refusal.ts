import type { Context } from 'hono';
import { CREDENTIAL_REFUSALS } from '../app/auth/auth-errors.js';
import { AppError } from '../app/errors.js';
import type { HttpEnv } from './env.js';
import { redactPath } from './redact-path.js';

/**
 * Logs a refused credential (forged, expired, reused, revoked, rate-limited, CSRF) as a warning
 * an operator can alert on. Only the refusal's code and the request are logged, never the secret.
 *
 * @example logCredentialRefusal(c, error);
 */
export function logCredentialRefusal(c: Context<HttpEnv>, error: unknown): void {
  if (!(error instanceof AppError) || !CREDENTIAL_REFUSALS.has(error.code)) return;
  c.var.log.warn(
    { refusal: error.code, method: c.req.method, path: redactPath(c.req.path) },
    'credential refused',
  );
}
