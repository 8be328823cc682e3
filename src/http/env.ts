import type { RequestIdVariables } from 'hono/request-id';
import type { Logger } from 'pino';
import type { Actor } from '../core/access/actor.js';

/** What middleware puts on every request's context for the routes and the error handler. */
export interface HttpEnv {
  Variables: RequestIdVariables & {
    /** A child of the app's logger that names this request. */
    log: Logger;
    /** The member this request acts as, from a session cookie or an API token; null when anonymous. */
    actor: Actor | null;
  };
}
