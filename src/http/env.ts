import type { RequestIdVariables } from 'hono/request-id';
import type { Logger } from 'pino';
import type { AppError } from '../app/errors.js';
import type { Actor } from '../core/access/actor.js';

/** How the request proved who it acts for. */
export type Credential =
  /** A browser session cookie: writes must also carry the session's CSRF token. */
  | { kind: 'session'; token: string; expiresAt: string; csrfToken: string }
  /** `Authorization: Bearer`: no ambient authority, so no CSRF check. */
  | { kind: 'api-token'; tokenId: string }
  /** The CLI on the node's own data, calling the routes in-process: whoever opens the database runs the node. */
  | { kind: 'local-operator' };

/** What middleware puts on every request's context for the routes and the error handler. */
export interface HttpEnv {
  Variables: RequestIdVariables & {
    /** A child of the app's logger that names this request. */
    log: Logger;
    /** The member this request acts as, from a session cookie or an API token; null when anonymous. */
    actor: Actor | null;
    credential: Credential | null;
    /**
     * Why a session cookie the request carried was not accepted (expired, signed out). The
     * request goes on as anonymous, and a route that needs a member answers with this reason.
     */
    cookieRefusal: AppError | null;
  };
}
