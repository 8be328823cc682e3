import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Logger } from 'pino';
import type { AppContext } from '../app/context.js';
import { deadlineScheduler } from '../app/governance/deadline-scheduler.js';
import type { BodyLimits } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { notifyTick } from '../app/notify/notify-tick.js';
import { witnessingTick } from '../app/witnessing/witnessing-tick.js';
import { createHttpApp } from './app.js';
import { DECK_DIR } from './serve-deck.js';

export interface ServeOptions {
  /** 0 picks a free port; the returned url names the real one. */
  port: number;
  host: string;
  logger?: Logger;
  /** Behind a reverse proxy that sets X-Forwarded-For and X-Forwarded-Proto (see createHttpApp). */
  trustProxy?: boolean;
  /** The most bytes a request body may have, by kind of route; the configured defaults otherwise. */
  bodyLimits?: BodyLimits;
  /** The built Deck to serve at `/` (default `web/dist`); the API alone when it holds no index.html. */
  deckDir?: string;
}

export interface RunningServer {
  url: string;
  /** Stops accepting connections and resolves once open requests have finished (or were cut after a grace period). */
  close(): Promise<void>;
}

/** A served node: its timers' work can also be done on demand. */
export interface RunningNode extends RunningServer {
  /**
   * Does now what is due by the context's clock (proposals to close, reviews to open, a
   * witnessing beat and a notify sweep with their due jobs) instead of at the timers' next wake:
   * for a test clock moved forward. Resolves when done.
   */
  recheck(): Promise<void>;
}

/**
 * How long an idle keep-alive connection stays open: longer than the idle timeout of the proxies
 * and clients before the node (60 s for most), so that they close it first. Node's 5 s closed
 * connections clients were about to reuse, and a request sent on one as it closed failed with
 * ECONNRESET (a POST is not retried).
 */
const KEEP_ALIVE_MS = 65_000;
/** How long `close` lets running requests (a long export) finish before it cuts them. */
const CLOSE_GRACE_MS = 10_000;
/** How often the deadline scheduler looks for deadlines set through other nodes on the same database. */
const DEADLINE_POLL_MS = 60_000;

function urlHost(address: string): string {
  // A wildcard address accepts local connections too, and cannot be browsed to as such.
  if (address === '0.0.0.0' || address === '::') return 'localhost';
  return address.includes(':') ? `[${address}]` : address;
}

/**
 * Listens for HTTP on `host:port` with the API of `createHttpApp`, and closes proposals at their
 * deadlines while it runs (those already overdue first, before it listens). The caller keeps `ctx`
 * and closes its store after `close()`.
 *
 * @example
 * const server = await serveHttp(ctx, { port: 0, host: '127.0.0.1' });
 * await fetch(`${server.url}/api/health`);
 * await server.close();
 */
export async function serveHttp(ctx: AppContext, options: ServeOptions): Promise<RunningNode> {
  const logger = options.logger ?? createLogger({ logLevel: 'info' });
  // The job runner's failures (a peer that hangs, a witness that refuses) belong in this log too,
  // and so do what requests' use cases report (a commit computed again from event 1).
  const background: AppContext = ctx.log ? ctx : { ...ctx, log: logger };
  const app = createHttpApp(background, {
    logger,
    ...(options.trustProxy ? { trustProxy: true } : {}),
    ...(options.bodyLimits ? { bodyLimits: options.bodyLimits } : {}),
    deckDir: options.deckDir ?? DECK_DIR,
  });
  const scheduler = deadlineScheduler(ctx, {
    onClosed: (closed) => logger.info(closed, 'proposal closed'),
    onReviewOpened: (proposalId) => logger.info({ proposalId }, 'review proposal opened'),
    onError: (error) => logger.error({ err: error }, 'closing proposals failed'),
    pollEveryMs: DEADLINE_POLL_MS,
  });
  await scheduler.start();
  const witnessing = startWitnessingTimer(background, logger);
  const notify = startNotifyTimer(background, logger);
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host });
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${urlHost(address.address)}:${address.port}`,
    recheck: async () => {
      await scheduler.checkNow();
      await witnessing.beat();
      await notify.beat();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        scheduler.stop();
        witnessing.stop();
        notify.stop();
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeIdleConnections' in server) {
          // Keep-alive connections would otherwise hold close() open until they time out.
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
        }
      }),
  };
}

/**
 * Every checkpoint interval: cover uncovered writes with a checkpoint, send it to the witnesses
 * and run due jobs (see witnessingTick). One beat at a time; a failed beat is logged and the next
 * one tries again.
 */
function startWitnessingTimer(ctx: AppContext, logger: Logger): Beating {
  const interval = ctx.witnessing?.checkpointIntervalMs;
  if (interval === undefined) return idle;
  return beating(interval, () =>
    witnessingTick(ctx)
      .then((report) => {
        if (report.checkpointed !== null || report.jobsRun > 0) logger.debug(report, 'witnessing');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'witnessing failed')),
  );
}

/**
 * Every notify interval: record notices, queue mail, digests and webhooks, and run due jobs (see
 * notifyTick). One sweep at a time; a failed sweep is logged (never the SMTP URL) and retried.
 */
function startNotifyTimer(ctx: AppContext, logger: Logger): Beating {
  const interval = ctx.notify?.intervalMs;
  if (interval === undefined) return idle;
  return beating(interval, () =>
    notifyTick(ctx)
      .then((report) => {
        if (report.mailed > 0 || report.webhooks > 0 || report.jobsRun > 0)
          logger.debug(report, 'notifications');
      })
      .catch((error: unknown) =>
        logger.error(
          { reason: error instanceof Error ? error.message : String(error) },
          'notifications failed',
        ),
      ),
  );
}

interface Beating {
  /** One beat now, after the one under way if any; resolves when it is done. */
  beat(): Promise<void>;
  stop(): void;
}

const idle: Beating = { beat: async () => undefined, stop: () => undefined };

/** Runs `work` every `interval` ms, one beat at a time (a beat never fails: `work` logs). */
function beating(interval: number, work: () => Promise<void>): Beating {
  let running: Promise<void> | null = null;
  const run = (): Promise<void> => {
    running ??= work().finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => void run(), interval);
  timer.unref();
  return {
    beat: async () => {
      // A beat under way may have read the clock before it moved: wait for it, then beat again.
      if (running) await running;
      await run();
    },
    stop: () => clearInterval(timer),
  };
}
