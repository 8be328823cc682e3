import type { MiddlewareHandler } from 'hono';
import { AppError, refusal } from '../app/errors.js';
import { findNonCanonicalText, MAX_JSON_DEPTH } from '../core/ledger/canonical.js';
import type { HttpEnv } from './env.js';

/** The media types whose bodies the routes' validators parse as JSON (as Hono's validator reads them). */
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/**
 * Refuses, on every route and before any schema sees it, a JSON body no route can use: one nested
 * more than `MAX_JSON_DEPTH` levels (zod and the canonicaliser recurse, and would overflow the
 * stack), or one with text holding an unpaired UTF-16 surrogate (it has no UTF-8 form, so it can
 * never reach the ledger). Each answers 400 naming the field. A body that is not JSON at all is
 * left for the route's validator to name.
 *
 * @example app.use('*', jsonBodyGuard())
 */
export function jsonBodyGuard(): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
    if (!JSON_MEDIA_TYPE.test(mediaType)) return next();
    let body: unknown;
    try {
      // Parsed from the cached text, which the route's validator parses again: the text stays as sent.
      body = JSON.parse(await c.req.text());
    } catch {
      return next();
    }
    const found = findNonCanonicalText(body);
    if (!found) return next();
    const field = ['body', ...found.path].join('.');
    if (found.reason === 'too-deep') {
      throw new AppError(
        400,
        'invalid-input',
        refusal('refusal.request-body-nested-too-deeply', { MAX_JSON_DEPTH }),
        refusal('hint.send-json-nested-most-max-json', { MAX_JSON_DEPTH }),
        [{ field, message: found.message }],
      );
    }
    throw new AppError(
      400,
      'invalid-input',
      refusal('refusal.request-body-not-valid'),
      refusal('hint.send-well-formed-unicode-text-ud800'),
      [{ field, message: found.message }],
    );
  };
}
