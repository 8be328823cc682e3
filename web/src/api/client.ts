import createClient, { type Middleware } from 'openapi-fetch';
import { signingFetch } from '../signing/signing-fetch';
import { forgetAnswersAfterWrite } from '../sw-api-cache';
import { isWrite } from './is-write';
import type { components, paths } from './schema';

export type Problem = components['schemas']['Problem'];

/** A refused or failed request, carrying the server's RFC 9457 problem so the page can say why. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail || problem.title);
  }
}

let csrfToken: string | null = null;

/** The session's CSRF token, learnt at sign-in or from `GET /api/auth/session`. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function randomKey(): string {
  // crypto.randomUUID exists only in secure contexts; a node reached over plain http on a LAN is not one.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** Every write carries the CSRF token and a fresh Idempotency-Key (docs/api.md). */
function addWriteHeaders(method: string, headers: Headers): void {
  if (!isWrite(method)) return;
  if (csrfToken) headers.set('X-CSRF-Token', csrfToken);
  if (!headers.has('Idempotency-Key')) headers.set('Idempotency-Key', randomKey());
}

const writeHeaders: Middleware = {
  onRequest({ request }) {
    addWriteHeaders(request.method, request.headers);
    return request;
  },
};

const LAST_SEQ_KEY = 'disco.lastSeq';
let lastSeq = readLastSeq();

function readLastSeq(): number {
  try {
    return Number(globalThis.sessionStorage?.getItem(LAST_SEQ_KEY)) || 0;
  } catch {
    return 0; // storage refused (private mode): this page's memory is enough
  }
}

/** The last seq a write of this tab answered with (`Disco-Seq`); 0 before any. */
export function lastWrittenSeq(): number {
  return lastSeq;
}

/**
 * Read-your-writes behind a read replica (docs/api.md): every write answers `Disco-Seq`, the last
 * event it recorded, and every read sends the highest such seq as `Disco-Min-Seq`, so a replica
 * that has not replayed this member's own write yet never answers them.
 */
const readYourWrites: Middleware = {
  onRequest({ request }) {
    if (!isWrite(request.method) && lastSeq > 0)
      request.headers.set('Disco-Min-Seq', String(lastSeq));
    return request;
  },
  async onResponse({ response }) {
    const seq = Number(response.headers.get('Disco-Seq'));
    // Before the caller hears of the write: any read it then makes is at least this fresh.
    if (seq > 0) await forgetAnswersAfterWrite();
    if (Number.isSafeInteger(seq) && seq > lastSeq) {
      lastSeq = seq;
      try {
        globalThis.sessionStorage?.setItem(LAST_SEQ_KEY, String(seq));
      } catch {
        // kept in memory only
      }
    }
    return response;
  },
};

/**
 * The typed client of every route in the server's OpenAPI document (`schema.d.ts`). It looks
 * `fetch` up on each call rather than once at load, so a fetch put in place later (a component
 * test's fake server at the HTTP boundary) is the one used. Writes
 * go through `signingFetch`: signed by this device's key once it is unlocked.
 */
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  fetch: (input) => signingFetch(input),
});
api.use(writeHeaders, readYourWrites);

/** The refusal as an ApiError: the body when it is a problem, else one made from the status. */
function problemOf(response: Response, body: unknown): ApiError {
  const problem: Problem =
    body && typeof body === 'object' && 'title' in body
      ? (body as Problem)
      : {
          type: 'about:blank',
          title: response.statusText || 'Error',
          status: response.status,
          detail: `The server answered ${response.status}.`,
        };
  return new ApiError(response.status, problem);
}

/**
 * The data of an openapi-fetch answer, or its problem thrown as an ApiError (react-query shows it).
 *
 * @example const circles = await unwrap(api.GET('/api/circles'));
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  // openapi-fetch has already read a refusal's body into `error`; the response cannot be read again.
  const { data, error, response } = await call;
  if (!response.ok) throw problemOf(response, error);
  return data as T;
}
