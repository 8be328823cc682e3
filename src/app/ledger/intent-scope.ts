import { AsyncLocalStorage } from 'node:async_hooks';
import type { DraftToken, IntentDigest } from '../../core/ledger/intent-draft.js';
import type { AppContext } from '../context.js';
import { AppError, refusal } from '../errors.js';

/**
 * How a write request's events are to be signed, for the length of that request. The HTTP layer
 * opens a scope around each write; `appendEvents` reads it. A scope rather than a parameter
 * because every write route reaches `appendEvents` through its own use case, and the signing
 * flow must be the same for all of them without touching each.
 */
export interface IntentScope {
  /**
   * `direct`: append as asked (node-signed unless a required signature is missing).
   * `prepare`: run the write fully but stop before the member's events are appended.
   * `commit`: run it again with the prepared time and ids and append the signed events.
   */
  mode: 'direct' | 'prepare' | 'commit';
  /** The member the request acts for; only their own events are theirs to sign. */
  memberId: string | null;
  /** The operator's CLI on the node's own data: node-signed by decision, never asked to sign. */
  local: boolean;
  /** The instant the whole run sees as now (prepare and commit); null for the real clock. */
  time: Date | null;
  /** Prepare: the random values drawn so far. Commit: the values to draw again, in order. */
  draws: string[];
  drawn: number;
  /** SHA-256 of the request's method, path and body. */
  request: string;
  commit: {
    token: DraftToken;
    tokenHash: string;
    publicKey: string;
    sigs: string[];
    used: boolean;
  } | null;
  /** Set by `appendEvents` in prepare mode: what the member must sign. */
  prepared: { intents: { digest: IntentDigest; intent: string }[] } | null;
}

const scopes = new AsyncLocalStorage<IntentScope>();

export function runInIntentScope<T>(scope: IntentScope, run: () => Promise<T>): Promise<T> {
  return scopes.run(scope, run);
}

export function currentIntentScope(): IntentScope | undefined {
  return scopes.getStore();
}

/**
 * The context as a write request sees it: the clock stops at the prepared instant and ids come
 * from the prepared draws while a prepare or commit scope is open; otherwise it is `ctx` itself.
 *
 * @example const actx = withAuth(intentAware(ctx));
 */
export function intentAware<C extends AppContext>(ctx: C): C {
  return {
    ...ctx,
    clock: () => currentIntentScope()?.time ?? ctx.clock(),
    draws: (make: () => string) => {
      const scope = currentIntentScope();
      if (!scope || scope.mode === 'direct') return ctx.draws ? ctx.draws(make) : make();
      if (scope.mode === 'prepare') {
        const value = make();
        scope.draws.push(value);
        return value;
      }
      const value = scope.draws[scope.drawn];
      if (value === undefined) {
        throw new AppError(
          409,
          'draft-changed',
          refusal('refusal.write-runs-differently-now'),
          refusal('hint.prepare-again-send-disco-intent-prepare'),
        );
      }
      scope.drawn += 1;
      return value;
    },
  };
}

/** Thrown by `appendEvents` in prepare mode once the intents are known; the HTTP layer answers 202. */
export class IntentPrepared extends AppError {
  constructor() {
    super(409, 'intent-prepared', refusal('refusal.write-prepared'));
  }
}
