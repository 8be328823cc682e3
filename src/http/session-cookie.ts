import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/*
 * The session cookie: HttpOnly (no script can read it, so an injected script cannot steal it),
 * SameSite=Lax (not sent on cross-site subrequests or POSTs, still sent when a member follows a
 * link to the Deck), Path=/, and Secure whenever the request came over HTTPS.
 */

export const SESSION_COOKIE = 'disco_session';

/** Whether the client reached us over HTTPS, directly or (when proxies are trusted) through one. */
export function overHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/**
 * @example setSessionCookie(c, token, session.expiresAt, true)
 */
export function setSessionCookie(
  c: Context,
  token: string,
  expiresAt: string,
  secure: boolean,
): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure,
    expires: new Date(expiresAt),
  });
}

/**
 * @example clearSessionCookie(c, true)
 */
export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Lax', path: '/', secure });
}

/**
 * @example const token = sessionCookieOf(c);
 */
export function sessionCookieOf(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}
