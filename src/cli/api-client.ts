import { federationContext } from '../app/federation/federation-settings.js';
import { processEnvironment, witnessingConfig } from '../config/config.js';
import { openApp, type AppContext } from '../app/context.js';
import { AppError } from '../app/errors.js';
import { closeDueProposals } from '../app/governance/close-due-proposals.js';
import { openDueReviews } from '../app/governance/open-due-reviews.js';
import { findFounder } from '../app/members/find-founder.js';
import { createLogger } from '../config/logger.js';
import { createHttpApp } from '../http/app.js';
import type { Signer } from '../core/ledger/keys.js';
import { normalizeServer, savedLogin } from './credentials.js';
import { appOptions, type GlobalOptions } from './global-options.js';
import { apiSource, runMonitor, sourceName } from './monitor.js';
import { loadMemberKey } from './member-keys.js';
import { isWrite, sendSigned } from './sign-writes.js';
import { lastSeqFor, MIN_SEQ_HEADER, rememberSeq, SEQ_HEADER } from './last-seq.js';
import { UsageError } from './output.js';
import { RemoteProblem } from './remote-problem.js';

/**
 * The CLI speaks the HTTP API in both modes: to a server over the network, or to the same routes
 * in this process on a local data directory. Every rule and check is therefore the server's.
 */
export interface ApiClient {
  readonly mode: 'local' | 'remote';
  call<T>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T>;
  close(): Promise<void>;
}

async function answerOf<T>(response: Response): Promise<T> {
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (response.ok) return body as T;
  const problem = (body ?? {}) as {
    type?: string;
    detail?: string;
    title?: string;
    hint?: string;
    errors?: { field: string; message: string }[];
  };
  throw new RemoteProblem(
    response.status,
    problem.type?.split(':').pop() ?? 'error',
    problem.detail ?? problem.title ?? `The server answered ${response.status}.`,
    problem.hint,
    problem.errors ?? [],
  );
}

function requestInit(method: string, body: unknown, headers: Record<string, string>): RequestInit {
  return {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

/**
 * Talks to a server with the API token `disco login` saved for it (or none, for public routes).
 * With the member's key (`disco member key`), every write is signed: prepare → sign → commit.
 */
export function remoteClient(
  server: string,
  token: string | null,
  signing: { signer: Signer; memberId: string } | null = null,
): ApiClient {
  const base = normalizeServer(server);
  return {
    mode: 'remote',
    async call<T>(
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) {
      // Reads carry the last seq this user wrote, so a lagging replica never answers them.
      const minSeq = isWrite(method) ? 0 : lastSeqFor(base);
      const sent = minSeq > 0 ? { [MIN_SEQ_HEADER]: String(minSeq), ...headers } : headers;
      const send = async (extra: Record<string, string>) => {
        const answer = await fetch(
          `${base}/api${path}`,
          requestInit(
            method,
            body,
            token ? { authorization: `Bearer ${token}`, ...sent, ...extra } : { ...sent, ...extra },
          ),
        );
        const wrote = Number(answer.headers.get(SEQ_HEADER));
        if (Number.isSafeInteger(wrote) && wrote > 0) rememberSeq(base, wrote);
        return answer;
      };
      let response: Response;
      try {
        response =
          signing && isWrite(method)
            ? await sendSigned(send, signing.signer, signing.memberId)
            : await send({});
      } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(
          `Cannot reach ${base}: ${error instanceof Error ? error.message : String(error)}.`,
          'Check the --server URL and that the server runs.',
        );
      }
      return answerOf<T>(response);
    },
    close: async () => undefined,
  };
}

/**
 * Serves the API in this process over the local data directory, acting as the node operator's
 * member (the founder unless `--as` names another): whoever can open the database runs the node.
 * Like a starting server, it first closes the proposals whose deadline has passed (and opens due
 * reviews), so a node run
 * only from the CLI still decides; a node that may not write (no key, an imported ledger) skips it.
 */
export async function localClient(options: GlobalOptions, actAs?: string): Promise<ApiClient> {
  const publicUrl = witnessingConfig({}, processEnvironment()).publicUrl;
  const ctx: AppContext = await openApp({
    ...appOptions(options),
    // A federation decision closed here is carried out here: its Follow waits in the job table.
    ...(publicUrl ? { federation: federationContext(publicUrl) } : {}),
  });
  try {
    const unlessReadOnly = (error: unknown) => {
      if (!(error instanceof AppError && error.status === 409)) throw error;
    };
    await closeDueProposals(ctx).catch(unlessReadOnly);
    await openDueReviews(ctx).catch(unlessReadOnly);
    const operator = actAs ?? (await findFounder(ctx))?.memberId;
    const app = createHttpApp(ctx, {
      logger: createLogger({ logLevel: 'silent' }),
      ...(operator ? { localOperator: operator } : {}),
    });
    return {
      mode: 'local',
      async call<T>(
        method: string,
        path: string,
        body?: unknown,
        headers: Record<string, string> = {},
      ) {
        return answerOf<T>(await app.request(`/api${path}`, requestInit(method, body, headers)));
      },
      close: () => ctx.store.close(),
    };
  } catch (error) {
    await ctx.store.close();
    throw error;
  }
}

/** `--server URL` (or DISCO_SERVER) talks to that server; otherwise the local data directory. */
export async function clientFor(
  options: GlobalOptions & { server?: string; as?: string },
): Promise<ApiClient> {
  if (options.server) {
    const login = savedLogin(options.server);
    const signer = login ? loadMemberKey(login.memberId) : null;
    return remoteClient(
      options.server,
      login?.token ?? null,
      login && signer ? { signer, memberId: login.memberId } : null,
    );
  }
  return localClient(options, options.as);
}

export async function withClient<T>(
  options: GlobalOptions & { server?: string; as?: string },
  run: (client: ApiClient) => Promise<T>,
): Promise<T> {
  const client = await clientFor(options);
  try {
    await runMonitor(apiSource(sourceName(options), client));
    return await run(client);
  } finally {
    await client.close();
  }
}
