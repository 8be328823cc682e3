import type { AppContext } from '../context.js';
import { PRODUCTION_PASSWORD_COST, type PasswordCost } from './passwords.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** How long secrets live and how hard sign-in is to guess at; tests lower the password cost only. */
export interface AuthSettings {
  passwordCost: PasswordCost;
  /** A session ends this long after sign-in, however active. */
  sessionLifetimeMs: number;
  /** A session ends when unused for this long. */
  sessionIdleMs: number;
  invitationLifetimeMs: number;
  /** A founder's link to choose a new password is short-lived: it stands in for the password. */
  passwordResetLifetimeMs: number;
  signInLimits: {
    windowMs: number;
    /** Failed attempts per account (email) within the window before sign-in is refused. */
    perAccount: number;
    /** Failed attempts per client address within the window, across all accounts. */
    perAddress: number;
  };
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  passwordCost: PRODUCTION_PASSWORD_COST,
  sessionLifetimeMs: 30 * DAY,
  sessionIdleMs: 7 * DAY,
  invitationLifetimeMs: 7 * DAY,
  passwordResetLifetimeMs: 2 * DAY,
  signInLimits: { windowMs: 15 * MINUTE, perAccount: 5, perAddress: 20 },
};

/** The app context plus the settings of accounts and access. */
export interface AuthContext extends AppContext {
  auth: AuthSettings;
}

/**
 * The app context with auth settings, the defaults unless overridden.
 *
 * @example const actx = withAuth(ctx, { passwordCost: TEST_PASSWORD_COST });
 */
export function withAuth(ctx: AppContext, overrides: Partial<AuthSettings> = {}): AuthContext {
  return { ...ctx, auth: { ...DEFAULT_AUTH_SETTINGS, ...overrides } };
}
