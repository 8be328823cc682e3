import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, asAppError, type FieldProblem } from '../app/errors.js';
import {
  isMessage,
  isMoneyParam,
  message,
  MESSAGE_CODES,
  type Message,
  type MessageParams,
} from '../core/messages/codes.js';
import { renderEnglish } from '../core/messages/render-en.js';
import { codedFieldProblem } from '../core/messages/field-said.js';
import { messageCode, messageParams } from './message-schemas.js';

/*
 * RFC 9457 problem details. Every error this API returns has this one shape, so a client needs a
 * single error path; `errors` carries field-level detail the way the CLI prints it.
 */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/*
 * Problem types are URNs: stable identifiers that need no web site to stay valid, which a
 * self-hosted node cannot promise for an https URL.
 */
const TYPE_PREFIX = 'urn:disco-cat:problem:';

export const fieldProblemSchema = z
  .object({
    field: z.string().openapi({
      description: 'Where the bad value was: `query.limit`, `path.seq`, or a field of the body.',
      example: 'query.limit',
    }),
    message: z.string().openapi({
      description: 'What is wrong with it, in plain words.',
      example: 'must be between 1 and 500',
    }),
    code: messageCode.optional(),
    params: messageParams.optional(),
  })
  .openapi('FieldProblem', { description: 'One bad input and why it was refused.' });

export const problemSchema = z
  .object({
    type: z.string().openapi({
      description: 'Identifies the kind of problem; stable, so clients may branch on it.',
      example: 'urn:disco-cat:problem:invalid-input',
    }),
    title: z.string().openapi({
      description: 'Short summary of the kind of problem.',
      example: 'The request is not valid',
    }),
    status: z
      .number()
      .int()
      .openapi({ description: 'The HTTP status code, repeated for convenience.', example: 400 }),
    detail: z.string().openapi({
      description: 'What went wrong with this request, in plain words.',
      example: 'The query has a value that is not allowed.',
    }),
    hint: z
      .string()
      .optional()
      .openapi({ description: 'What to do next, when there is something to do.' }),
    code: messageCode.optional().openapi({
      description:
        'The kind of problem as a message code, for faces that say it in another language than `detail`.',
    }),
    params: messageParams.optional(),
    hintCode: messageCode.optional().openapi({
      description: 'The hint as a message code, rendered with `hintParams`.',
    }),
    hintParams: messageParams.optional(),
    errors: z
      .array(fieldProblemSchema)
      .optional()
      .openapi({ description: 'Each bad input, present for validation problems.' }),
    currency: z.string().optional().openapi({
      description:
        "The DisCO's base currency (ISO 4217), present when a parameter holds money (a name `amount` or ending in `Amount`, in minor units), so a face shows the amounts as money.",
      example: 'EUR',
    }),
  })
  .openapi('Problem', {
    description: 'An error, as RFC 9457 problem details (media type application/problem+json).',
  });

export type Problem = z.infer<typeof problemSchema>;

const TITLES: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Authentication is required',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: "In conflict with the ledger's state",
  413: 'The request is too large',
  415: 'Unsupported media type',
  422: 'The request cannot be processed',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

function titleFor(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server error' : 'Request refused');
}

/**
 * Builds a problem from its parts; `code` becomes the last segment of `type`.
 *
 * @example problem(404, 'not-found', 'There is no event 9; the ledger has 8.')
 */
export function problem(
  status: number,
  code: string,
  detail: string,
  extra: {
    hint?: string | undefined;
    errors?: FieldProblem[] | undefined;
    said?: Message | undefined;
    hintSaid?: Message | undefined;
  } = {},
): Problem {
  return {
    type: TYPE_PREFIX + code,
    title: titleFor(status),
    status,
    detail,
    ...(extra.said
      ? { code: extra.said.code, params: extra.said.params }
      : `problem.${code}` in MESSAGE_CODES
        ? { code: `problem.${code}`, params: {} }
        : {}),
    ...(extra.hint ? { hint: extra.hint } : {}),
    ...(extra.hintSaid ? { hintCode: extra.hintSaid.code, hintParams: extra.hintSaid.params } : {}),
    ...(extra.errors && extra.errors.length > 0
      ? { errors: extra.errors.map(codedFieldProblem) }
      : {}),
  };
}

/**
 * A problem the HTTP face raises itself, said as codes: `detail` and `hint` are their English.
 *
 * @example codedProblem(404, 'not-found', message('refusal.no-such-route', { method: 'GET', path: '/api/x' }))
 */
export function codedProblem(
  status: number,
  kind: string,
  said: Message,
  extra: { hint?: Message | undefined; errors?: FieldProblem[] | undefined } = {},
): Problem {
  return problem(status, kind, renderEnglish(said), {
    said,
    hint: extra.hint ? renderEnglish(extra.hint) : undefined,
    hintSaid: extra.hint,
    errors: extra.errors,
  });
}

/**
 * An HTTP-only refusal that no use case raises (a database that cannot be reached): routes throw
 * it so that, like every other error, it leaves through the app's one error handler.
 *
 * @example throw new ProblemError(problem(503, 'database-unavailable', 'The node cannot read its database.'))
 */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}

/**
 * The problem for an error a use case or Hono raised on purpose, or null for anything else,
 * which callers must treat as a 500 and must not describe to the client.
 *
 * @example problemOf(notFound(refusal('refusal.no-such-event', { seq: 9 })))?.status // 404
 */
export function problemOf(raised: unknown): Problem | null {
  const error = asAppError(raised);
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof AppError) {
    return problem(error.status, error.code, error.message, {
      hint: error.hint,
      errors: error.problems,
      said: error.said,
      hintSaid: error.hintSaid,
    });
  }
  if (error instanceof HTTPException && error.status < 500) {
    // Hono's own refusals: 415 from a body gate, 400 for a body that is not JSON.
    if (error.status === 415)
      return codedProblem(
        415,
        'unsupported-media-type',
        message('refusal.unsupported-media-type'),
        { hint: message('hint.send-json-media-type') },
      );
    if (error.status === 400 && /JSON/i.test(error.message))
      return codedProblem(400, 'invalid-request', message('refusal.body-not-json'), {
        hint: message('hint.send-well-formed-json'),
      });
    return problem(error.status, 'invalid-request', error.message || titleFor(error.status));
  }
  return null;
}

/**
 * Sends a problem with the problem media type (Hono's `c.json` would label it plain JSON).
 *
 * @example return sendProblem(c, problem(404, 'not-found', 'No route for GET /api/nope.'))
 */
export function sendProblem(c: Context, body: Problem): Response {
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
  });
}

/**
 * OpenAPI response entries for the problems a route can return, so each route documents them.
 *
 * @example responses: { 200: ok, ...problemResponses(400, 404) }
 */
export function problemResponses<const S extends readonly number[]>(
  ...statuses: S
): Record<
  S[number] | 500,
  { description: string; content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof problemSchema } } }
> {
  const entries = [...statuses, 500].map((status) => [
    status,
    {
      description: `${titleFor(status)} (problem details).`,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
    },
  ]);
  return Object.fromEntries(entries) as Record<
    S[number] | 500,
    { description: string; content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof problemSchema } } }
  >;
}

function paramsHoldMoney(params: MessageParams | undefined): boolean {
  return Object.entries(params ?? {}).some(([name, value]) =>
    isMessage(value)
      ? paramsHoldMoney(value.params)
      : Array.isArray(value)
        ? value.some((v) => isMessage(v) && paramsHoldMoney(v.params))
        : isMoneyParam(name) && typeof value === 'string' && /^-?\d+$/.test(value),
  );
}

/**
 * Whether any parameter of the problem (its detail, hint or a field's) is an amount of money in
 * minor units: such a problem names the currency, or a face would have to guess it.
 *
 * @example namesMoney(codedProblem(422, 'refused', message('refusal.credit-line-over-limit', { peer: 'p', limitAmount: '100', balanceAmount: '0', roomAmount: '100' }))) // true
 */
export function namesMoney(body: Problem): boolean {
  return (
    paramsHoldMoney(body.params as MessageParams | undefined) ||
    paramsHoldMoney(body.hintParams as MessageParams | undefined) ||
    (body.errors ?? []).some((e) => paramsHoldMoney(e.params as MessageParams | undefined))
  );
}
