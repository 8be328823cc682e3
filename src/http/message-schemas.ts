import { z } from '@hono/zod-openapi';

/*
 * Messages as codes and parameters (src/core/messages/codes.ts), for the OpenAPI document: the
 * Deck renders them in the reader's language and falls back to the English text beside them.
 */

export const messageCode = z.string().openapi({
  description:
    "A stable message code (`src/core/messages/codes.ts`); render it with `params` in the reader's language.",
  example: 'run.pot.shared',
});

export const messageParams = z.record(z.string(), z.unknown()).openapi('MessageParams', {
  description:
    "The message's parameters: a name that is `amount` or ends in `Amount` holds minor units as digits, `memberId` a member, `percent` a number of percent; a `{ code, params }` value is a nested message.",
});

/** A job's last failure as a code (jobs.last_error_code); null on failures kept before codes. */
export const failureSaid = z
  .object({ code: messageCode, params: messageParams })
  .nullable()
  .openapi({
    description:
      "Why it last failed, as a message code and its parameters for the reader's language; null when it never failed or failed before codes were kept (then show `lastError` as it is).",
  });
