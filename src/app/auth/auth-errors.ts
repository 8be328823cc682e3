import { AppError } from '../errors.js';

/*
 * Refusals of a credential. Each has its own code so that the HTTP face can log every one of them
 * (a forged or replayed secret is worth an operator's attention) and a client can say what to do.
 */

/** Codes of refusals that are logged as security events. */
export const CREDENTIAL_REFUSALS = new Set([
  'session-unknown',
  'session-expired',
  'token-unknown',
  'token-expired',
  'token-revoked',
  'invitation-unknown',
  'invitation-expired',
  'invitation-used',
  'password-reset-unknown',
  'password-reset-expired',
  'password-reset-used',
  'wrong-credentials',
  'too-many-sign-ins',
  'csrf-token-missing',
  'csrf-token-mismatch',
]);

export function sessionUnknown(): AppError {
  return new AppError(
    401,
    'session-unknown',
    'This session is not valid: it was signed out, or never issued by this node.',
    'Sign in again.',
  );
}

export function sessionExpired(at: string): AppError {
  return new AppError(401, 'session-expired', `This session expired at ${at}.`, 'Sign in again.');
}

export function tokenUnknown(): AppError {
  return new AppError(
    401,
    'token-unknown',
    'This API token is not valid: it was never issued by this node.',
    'Check that it was copied whole, or create a new one with POST /api/tokens.',
  );
}

export function tokenExpired(at: string): AppError {
  return new AppError(
    401,
    'token-expired',
    `This API token expired at ${at}.`,
    'Create a new one with POST /api/tokens.',
  );
}

export function tokenRevoked(at: string): AppError {
  return new AppError(
    401,
    'token-revoked',
    `This API token was revoked at ${at}.`,
    'Create a new one with POST /api/tokens.',
  );
}

export function invitationUnknown(): AppError {
  return new AppError(
    404,
    'invitation-unknown',
    'This invitation is not valid: it was never issued by this node.',
    'Check that the whole link was copied, or ask the member who invited you for a new one.',
  );
}

export function invitationExpired(at: string): AppError {
  return new AppError(
    409,
    'invitation-expired',
    `This invitation expired at ${at}.`,
    'Ask the member who invited you for a new one.',
  );
}

export function invitationUsed(at: string): AppError {
  return new AppError(
    409,
    'invitation-used',
    `This invitation was already accepted at ${at}; each invitation works once.`,
    'Sign in with the email and password chosen then, or ask for a new invitation.',
  );
}

export function passwordResetUnknown(): AppError {
  return new AppError(
    404,
    'password-reset-unknown',
    'This password link is not valid: it was never issued by this node.',
    'Check that the whole link was copied, or ask a founder for a new one.',
  );
}

export function passwordResetExpired(at: string): AppError {
  return new AppError(
    409,
    'password-reset-expired',
    `This password link expired at ${at}.`,
    'Ask a founder for a new one.',
  );
}

export function passwordResetUsed(at: string): AppError {
  return new AppError(
    409,
    'password-reset-used',
    `This password link was already used (or replaced by a newer one) at ${at}; each link works once.`,
    'Sign in with the password chosen then, or ask a founder for a new link.',
  );
}

export function wrongCredentials(): AppError {
  return new AppError(
    401,
    'wrong-credentials',
    'The email or the password is wrong.',
    'Check both; repeated failures pause sign-in for this account for a while.',
  );
}

/** A refusal that tells the client when to try again (HTTP `Retry-After`). */
export class TooManySignIns extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    retryAt: string,
    reason: 'account' | 'address',
  ) {
    super(
      429,
      'too-many-sign-ins',
      reason === 'account'
        ? `Too many failed sign-ins for this account; try again after ${retryAt}.`
        : `Too many failed sign-ins from this address; try again after ${retryAt}.`,
      `Wait ${Math.ceil(retryAfterSeconds / 60)} minute(s) before trying again.`,
    );
  }
}
