import { AppError, refusal } from '../errors.js';

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
    refusal('refusal.session-not-valid'),
    refusal('hint.sign-again'),
  );
}

export function sessionExpired(at: string): AppError {
  return new AppError(
    401,
    'session-expired',
    refusal('refusal.session-expired', { at }),
    refusal('hint.sign-again'),
  );
}

export function tokenUnknown(): AppError {
  return new AppError(
    401,
    'token-unknown',
    refusal('refusal.api-token-never-issued'),
    refusal('hint.check-was-copied-whole-create-new'),
  );
}

export function tokenExpired(at: string): AppError {
  return new AppError(
    401,
    'token-expired',
    refusal('refusal.api-token-expired', { at }),
    refusal('hint.create-new-one-post-api-tokens'),
  );
}

export function tokenRevoked(at: string): AppError {
  return new AppError(
    401,
    'token-revoked',
    refusal('refusal.api-token-revoked', { at }),
    refusal('hint.create-new-one-post-api-tokens'),
  );
}

export function invitationUnknown(): AppError {
  return new AppError(
    404,
    'invitation-unknown',
    refusal('refusal.invitation-never-issued'),
    refusal('hint.check-whole-link-was-copied-ask'),
  );
}

export function invitationExpired(at: string): AppError {
  return new AppError(
    409,
    'invitation-expired',
    refusal('refusal.invitation-expired', { at }),
    refusal('hint.ask-member-who-invited-you-new'),
  );
}

export function invitationUsed(at: string): AppError {
  return new AppError(
    409,
    'invitation-used',
    refusal('refusal.invitation-already-accepted', { at }),
    refusal('hint.sign-email-password-chosen-then-ask'),
  );
}

export function passwordResetUnknown(): AppError {
  return new AppError(
    404,
    'password-reset-unknown',
    refusal('refusal.password-link-never-issued'),
    refusal('hint.check-whole-link-was-copied-ask-2'),
  );
}

export function passwordResetExpired(at: string): AppError {
  return new AppError(
    409,
    'password-reset-expired',
    refusal('refusal.password-link-expired', { at }),
    refusal('hint.ask-founder-new-one'),
  );
}

export function passwordResetUsed(at: string): AppError {
  return new AppError(
    409,
    'password-reset-used',
    refusal('refusal.password-link-already-used', { at }),
    refusal('hint.sign-password-chosen-then-ask-founder'),
  );
}

export function wrongCredentials(): AppError {
  return new AppError(
    401,
    'wrong-credentials',
    refusal('refusal.email-password-wrong'),
    refusal('hint.check-both-repeated-failures-pause-sign'),
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
      refusal(
        reason === 'account'
          ? 'refusal.too-many-sign-ins-account'
          : 'refusal.too-many-sign-ins-address',
        { retryAt },
      ),
      refusal('hint.wait-minutes', { minutes: Math.ceil(retryAfterSeconds / 60) }),
    );
  }
}
