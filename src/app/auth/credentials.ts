import { z } from 'zod';

/** Emails are compared lower-cased: one person, one account, however they type it. */
export const emailField = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an email address such as ana@example.org'))
  .transform((email) => email.toLowerCase());

/**
 * Length is what makes a password strong; 10 is a floor, and the ceiling keeps argon2 from being
 * fed megabytes by a client.
 */
export const newPasswordField = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');

/** A password given to sign in is only bounded, so an old password's rules never lock its owner out. */
export const passwordField = z
  .string()
  .min(1, 'give your password')
  .max(200, 'must be at most 200 characters');
