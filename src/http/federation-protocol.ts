import { Hono, type Context } from 'hono';
import type { AppContext } from '../app/context.js';
import { federationOf } from '../app/federation/federation-app.js';
import { checkActivityProof } from '../app/federation/object-proofs.js';
import { queueProvedActivity } from '../app/federation/proved-inbox.js';
import { alreadyHandled } from '../app/federation/receive-activity.js';
import type { HttpEnv } from './env.js';
import { DEFAULT_PROOF_MAX_AGE_MS } from '../app/federation/federation-settings.js';
import { message } from '../core/messages/codes.js';
import { codedProblem, problem, sendProblem } from './problem.js';

/** Where Fedify answers: WebFinger, NodeInfo, the actor and its inboxes. */
export const FEDERATION_PATHS = [
  '/.well-known/webfinger',
  '/.well-known/nodeinfo',
  '/nodeinfo/*',
  '/federation/*',
] as const;

/**
 * The ActivityPub side of a node, handed to Fedify's fetch handler (loaded on the first such
 * request). Without a public URL the node is no actor and these paths answer 404. The inbox is a
 * server-to-server route (server-to-server.ts): no Origin/CSRF check, its own body limit, and it
 * proves itself with HTTP Signatures that Fedify verifies (401 when they do not). An activity whose
 * object proof (FEP-8b32) fails is refused here with 401: Fedify would fall back to the HTTP
 * signature and let an object altered after signing through. One whose proof holds is queued
 * here (proved-inbox.ts), so the proof is verified once, not again by Fedify's inbox. That skips
 * Fedify's duplicate cache too, so a proved activity whose id this node already handled from the
 * same actor is answered 202 before its proof is verified again: a replay stays a cheap no-op.
 */
export function federationProtocolRoutes(ctx: AppContext): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>();
  const handler = async (c: Context<HttpEnv>) => {
    const notFound = () =>
      sendProblem(
        c,
        problem(
          404,
          'not-found',
          `There is no ActivityPub resource at ${c.req.path.slice(0, 200)}.`,
          {
            hint: 'This node is an ActivityPub actor only when it runs with --public-url.',
          },
        ),
      );
    const federation = federationOf(ctx);
    if (!federation) return notFound();
    const raw = c.req.raw;
    // The body guard already read the body; Fedify needs it again, byte for byte, for the digest.
    const body =
      raw.method === 'GET' || raw.method === 'HEAD' ? undefined : await c.req.arrayBuffer();
    const json = raw.method === 'POST' ? jsonOf(body) : undefined;
    if (json !== undefined && hasProof(json) && (await alreadyHandled(ctx, json)))
      return c.body(null, 202);
    const proof = json === undefined ? null : { json, check: await checkActivityProof(ctx, json) };
    if (proof?.check === 'invalid')
      return sendProblem(
        c,
        problem(
          401,
          'proof-invalid',
          'The activity carries an object proof that does not verify.',
          {
            hint: 'Sign the activity as sent (eddsa-jcs-2022) with a key its actor publishes, or send it without a proof.',
          },
        ),
      );
    if (proof?.check === 'too-old' || proof?.check === 'from-future')
      return sendProblem(c, outsideWindow(ctx, proof.check, proof.json));
    const recipient = inboxRecipient(c.req.path, ctx.federation!.handle);
    if (proof?.check === 'valid' && recipient !== undefined && hasActor(proof.json)) {
      await queueProvedActivity(ctx, proof.json, recipient);
      return c.body(null, 202);
    }
    const request = new Request(raw.url, { method: raw.method, headers: raw.headers, body });
    return (await federation).fetch(request, {
      contextData: ctx,
      onNotFound: () => notFound(),
      onNotAcceptable: () =>
        sendProblem(
          c,
          problem(406, 'not-acceptable', 'This resource is served as application/activity+json.', {
            hint: 'Ask for it with Accept: application/activity+json.',
          }),
        ),
    });
  };
  for (const path of FEDERATION_PATHS) app.all(path, handler);
  return app;
}

/** The body's JSON; undefined when there is none or it is unreadable, which is Fedify's to refuse. */
function jsonOf(body: ArrayBuffer | undefined): unknown {
  if (!body) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    return undefined;
  }
}

const hasProof = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && 'proof' in json;

/**
 * The inbox a path names: null for the shared inbox, the handle for this actor's own; undefined
 * for any other path, or another actor's inbox, which Fedify answers.
 */
function inboxRecipient(path: string, handle: string): string | null | undefined {
  if (path === '/federation/inbox') return null;
  return path === `/federation/actor/${encodeURIComponent(handle)}/inbox` ? handle : undefined;
}

const hasActor = (json: unknown): boolean =>
  typeof (json as { actor?: unknown }).actor === 'string' ||
  typeof (json as { actor?: { id?: unknown } }).actor?.id === 'string';

/** The 401 of a proof dated outside this node's window, naming the date and the window. */
function outsideWindow(ctx: AppContext, check: 'too-old' | 'from-future', json: unknown) {
  const proofs = (json as { proof: unknown }).proof;
  const created = String(
    ((Array.isArray(proofs) ? proofs : [proofs]) as Array<{ created?: unknown }>)
      .map((p) => p?.created)
      .find((c) => typeof c === 'string') ?? '',
  ).slice(0, 40);
  if (check === 'from-future')
    return codedProblem(
      401,
      'proof-from-future',
      message('refusal.activity-proof-from-future', { created }),
      { hint: message('hint.activity-proof-check-clock') },
    );
  const maxAge = ctx.federation?.proofMaxAgeMs ?? DEFAULT_PROOF_MAX_AGE_MS;
  return codedProblem(
    401,
    'proof-too-old',
    message('refusal.activity-proof-too-old', { created, maxAge: String(maxAge / 1000) }),
    { hint: message('hint.activity-proof-sign-again') },
  );
}
