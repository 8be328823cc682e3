import { OpenAPIHono } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import { withAuth, type AuthSettings } from '../app/auth/auth-context.js';
import { TooManySignIns } from '../app/auth/auth-errors.js';
import type { AppContext } from '../app/context.js';
import { AppError } from '../app/errors.js';
import { DEFAULT_BODY_LIMITS, type BodyLimits } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { bodyLimits } from './body-limits.js';
import { csrfProtection } from './csrf.js';
import type { HttpEnv } from './env.js';
import { idempotency } from './idempotency.js';
import { jsonBodyGuard } from './json-body-guard.js';
import { intentAware } from '../app/ledger/intent-scope.js';
import { intentSigning } from './intent-signing.js';
import { logCredentialRefusal } from './log-refusal.js';
import { OPENAPI_PATH, serveOpenApiDocument } from './openapi.js';
import { codedProblem, namesMoney, problemOf, sendProblem, type Problem } from './problem.js';
import { baseCurrency } from '../app/distribution/finance-facts.js';
import { message } from '../core/messages/codes.js';
import { readYourWrites } from './read-your-writes.js';
import { routedStore } from '../store/read-routing.js';
import { redactPath } from './redact-path.js';
import { requestLog } from './request-log.js';
import { resolveActor } from './resolve-actor.js';
import { securityHeaders } from './security-headers.js';
import { deckIsBuilt, serveDeckFiles, serveDeckPages } from './serve-deck.js';
import { authRoutes } from './routes/auth.js';
import { passwordRoutes } from './routes/passwords.js';
import { checkpointRoutes } from './routes/checkpoints.js';
import { balanceRoutes } from './routes/balances.js';
import { circleRoutes } from './routes/circles.js';
import { commonsRoutes } from './routes/commons.js';
import { economyRoutes } from './routes/economy.js';
import { contributionRoutes } from './routes/contributions.js';
import { indicatorRoutes } from './routes/indicators.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { interchangeRoutes } from './routes/interchange.js';
import { projectRoutes } from './routes/projects.js';
import { valueRuleRoutes } from './routes/value-rules.js';
import { commentRoutes } from './routes/comments.js';
import { constituencyRoutes } from './routes/constituencies.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { governanceRoutes } from './routes/governance.js';
import { healthRoutes } from './routes/health.js';
import { invitationRoutes } from './routes/invitations.js';
import { memberRoutes } from './routes/members.js';
import { meRoutes } from './routes/me.js';
import { notificationRoutes } from './routes/notifications.js';
import { notifyRoutes } from './routes/notify.js';
import { delegationRoutes } from './routes/delegations.js';
import { proposalRoutes } from './routes/proposals.js';
import { tokenRoutes } from './routes/tokens.js';
import { validationHook } from './validation.js';
import { financeRoutes } from './routes/finance.js';
import { distributionRoutes } from './routes/distribution.js';
import { leaveRoutes } from './routes/leaves.js';
import { rhythmRoutes } from './routes/rhythms.js';
import { guideRoutes } from './routes/guide.js';
import { checkinRoutes } from './routes/checkins.js';
import { appreciationRoutes } from './routes/appreciations.js';
import { evaluationRoutes } from './routes/evaluations.js';
import { activityRoutes } from './routes/activity.js';
import { profileRoutes } from './routes/profiles.js';
import { witnessingRoutes } from './routes/witnessing.js';
import { witnessRoutes } from './routes/witness.js';
import { federationProtocolRoutes } from './federation-protocol.js';
import { federationRoutes } from './routes/federation.js';

export interface HttpAppOptions {
  /** Where request lines and unexpected errors go; the default logger (info, to stdout) otherwise. */
  logger?: Logger;
  /** The most bytes a request body may have, by kind of route; the configured defaults otherwise. */
  bodyLimits?: BodyLimits;
  /** Session, invitation, password-cost and rate-limit settings; the production defaults otherwise. */
  auth?: Partial<AuthSettings>;
  /**
   * Believe `X-Forwarded-For` and `X-Forwarded-Proto` (client address for rate limits, HTTPS for
   * Secure cookies). Only behind a reverse proxy that sets them; otherwise clients could forge them.
   */
  trustProxy?: boolean;
  /**
   * Requests without credentials act as this member. Only for the CLI, which calls the routes
   * in-process on a data directory it opened itself; never give it to a listening server.
   */
  localOperator?: string;
  /**
   * Serve the Deck built in this directory beside the API (serve-deck.ts); nothing when it holds
   * no build. Without it, only the API.
   */
  deckDir?: string;
}

/** Writes that prove who they are with a secret of their own, not with the session cookie. */
function provesItself(path: string): boolean {
  return (
    path === '/api/auth/sign-in' ||
    /^\/api\/invitations\/[^/]+\/accept$/.test(path) ||
    /^\/api\/auth\/password-resets\/[^/]+$/.test(path)
  );
}

/** Answers that carry a secret are never kept for idempotent replay. */
function carriesSecret(method: string, path: string): boolean {
  return (
    path.startsWith('/api/auth/') ||
    path === '/api/tokens' ||
    path.startsWith('/api/invitations') ||
    /^\/api\/members\/[^/]+\/password-reset$/.test(path)
  );
}

/**
 * The problem with the DisCO's currency beside it when it names money, so every face shows the
 * amounts as money without guessing the currency; a node without a ledger has none to add.
 */
async function withCurrency(ctx: AppContext, body: Problem): Promise<Problem> {
  if (!namesMoney(body)) return body;
  try {
    return { ...body, currency: await baseCurrency(ctx) };
  } catch {
    return body;
  }
}

/**
 * The HTTP API of a node: JSON under `/api`, every route documented at `/api/openapi.json`, every
 * error an RFC 9457 problem. The routes only translate; the work is done by `src/app` and the store.
 *
 * @example
 * const app = createHttpApp(await openApp({ dataDir: './data' }));
 * const res = await app.request('/api/health'); // { status: 'ok', database: 'sqlite', ledger: {...} }
 */
export function createHttpApp(
  given: AppContext,
  options: HttpAppOptions = {},
): OpenAPIHono<HttpEnv> {
  // Every route reads and writes through it: it notes the seq each write appended and sends the
  // reads of a request the replica may serve to the replica (read-your-writes.ts).
  const store = routedStore(given.store);
  const ctx: AppContext = { ...given, store };
  const logger = options.logger ?? createLogger({ logLevel: 'info' });
  const app = new OpenAPIHono<HttpEnv>({ defaultHook: validationHook });
  const actx = withAuth(intentAware(ctx), options.auth);
  const trustProxy = options.trustProxy ?? false;

  // The Deck's files first: none of the API's middleware is theirs to pay for.
  const deckDir =
    options.deckDir !== undefined && deckIsBuilt(options.deckDir) ? options.deckDir : undefined;
  if (deckDir !== undefined) serveDeckFiles(app, deckDir);
  app.use(
    '*',
    securityHeaders(),
    requestId(),
    requestLog(logger),
    bodyLimits(options.bodyLimits ?? DEFAULT_BODY_LIMITS),
  );
  app.use('*', jsonBodyGuard());
  app.use(
    '/api/*',
    resolveActor(actx, {
      trustProxy,
      ...(options.localOperator !== undefined ? { localOperator: options.localOperator } : {}),
    }),
  );
  app.use('*', csrfProtection(provesItself));
  app.use('/api/*', idempotency(actx, carriesSecret));
  app.use('/api/*', intentSigning(actx, carriesSecret));
  app.use('/api/*', readYourWrites(store));

  app.route('/api', healthRoutes(ctx));
  app.route('/api', eventRoutes(ctx));
  app.route('/api', checkpointRoutes(ctx));
  app.route('/api', exportRoutes(ctx));
  app.route('/api', authRoutes(actx, { trustProxy }));
  app.route('/api', passwordRoutes(actx, { trustProxy }));
  app.route('/api', meRoutes(actx));
  app.route('/api', tokenRoutes(actx));
  app.route('/api', invitationRoutes(actx, { trustProxy }));
  app.route('/api', memberRoutes(actx));
  app.route('/api', circleRoutes(actx));
  app.route('/api', constituencyRoutes(actx));
  app.route('/api', proposalRoutes(actx));
  app.route('/api', commentRoutes(actx));
  app.route('/api', notificationRoutes(actx));
  app.route('/api', notifyRoutes(actx));
  app.route('/api', governanceRoutes(actx));
  app.route('/api', delegationRoutes(actx));
  app.route('/api', contributionRoutes(actx));
  app.route('/api', valueRuleRoutes(actx));
  app.route('/api', balanceRoutes(actx));
  app.route('/api', indicatorRoutes(actx));
  app.route('/api', commonsRoutes(actx));
  app.route('/api', projectRoutes(actx));
  app.route('/api', interchangeRoutes(actx));
  app.route('/api', dashboardRoutes(actx));
  app.route('/api', financeRoutes(actx));
  app.route('/api', distributionRoutes(actx));
  app.route('/api', leaveRoutes(actx));
  app.route('/api', profileRoutes(actx));
  app.route('/api', rhythmRoutes(actx));
  app.route('/api', checkinRoutes(actx));
  app.route('/api', appreciationRoutes(actx));
  app.route('/api', evaluationRoutes(actx));
  app.route('/api', economyRoutes(actx));
  app.route('/api', activityRoutes(actx));
  app.route('/api', guideRoutes(actx));
  app.route('/api', witnessingRoutes(ctx));
  app.route('/witness', witnessRoutes(ctx));
  app.route('/', federationProtocolRoutes(ctx));
  app.route('/api', federationRoutes(actx));
  serveOpenApiDocument(app);
  if (deckDir !== undefined) serveDeckPages(app, deckDir);

  app.notFound((c) =>
    sendProblem(
      c,
      codedProblem(
        404,
        'not-found',
        message('refusal.no-such-route', { method: c.req.method, path: c.req.path.slice(0, 200) }),
        { hint: message('hint.routes-listed-in', { document: OPENAPI_PATH }) },
      ),
    ),
  );

  app.onError(async (error, c) => {
    logCredentialRefusal(c, error);
    // A member whose cookie just expired should read why, not merely that they must sign in.
    const refusal = c.var.cookieRefusal;
    const shown = refusal && error instanceof AppError && error.status === 401 ? refusal : error;
    if (shown instanceof TooManySignIns) c.header('Retry-After', String(shown.retryAfterSeconds));
    const known = problemOf(shown);
    if (known) return sendProblem(c, await withCurrency(ctx, known));
    // The client learns only that it failed and how to find it in the log; the error stays here.
    (c.var.log ?? logger).error(
      { err: error, method: c.req.method, path: redactPath(c.req.path) },
      'unexpected error',
    );
    return sendProblem(
      c,
      codedProblem(
        500,
        'internal-error',
        message('refusal.server-failed', { requestId: c.var.requestId }),
        { hint: message('hint.try-again-then-tell-operator') },
      ),
    );
  });

  return app;
}
