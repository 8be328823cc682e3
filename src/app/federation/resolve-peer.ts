import { federationPeer, type FederationPeer } from '../../core/federation/federation-events.js';
import { message, type Message } from '../../core/messages/codes.js';
import type { AppContext } from '../context.js';
import { AppError, refusal } from '../errors.js';
import {
  LOG_KEY_PROPERTY,
  RECEIPT_COSIGNATURES_PROPERTY,
  WITNESS_PROPERTY,
} from './federation-app-names.js';
import type { FederationContext } from './federation-settings.js';
import { guardedFetch, RemoteFetchError } from './guarded-fetch.js';

const ACCEPT = 'application/activity+json, application/ld+json';

/** The federation settings, or a refusal saying the node has no public URL to federate from. */
export function requireFederation(ctx: AppContext): FederationContext {
  const fed = ctx.federation;
  if (!fed?.publicUrl) {
    throw new AppError(
      409,
      'federation-off',
      refusal('refusal.federation-needs-public-url'),
      refusal('hint.federation-set-public-url'),
    );
  }
  return fed;
}

function unreachable(target: string, reason: Message): AppError {
  return new AppError(
    422,
    'federation-peer-unreachable',
    refusal('refusal.federation-peer-unreachable', { target: target.slice(0, 200), reason }),
    refusal('hint.federation-check-peer-address'),
  );
}

async function fetchJson(fed: FederationContext, url: string, target: string): Promise<unknown> {
  let answer;
  try {
    answer = await guardedFetch(fed, url, { headers: { accept: ACCEPT } });
  } catch (error) {
    throw unreachable(
      target,
      error instanceof RemoteFetchError
        ? error.reason
        : message('peer.reason.unreachable', { origin: url }),
    );
  }
  if (answer.status !== 200)
    throw unreachable(
      target,
      message('peer.reason.answered-status', { url, status: String(answer.status) }),
    );
  try {
    return JSON.parse(answer.text) as unknown;
  } catch {
    throw unreachable(target, message('peer.reason.not-json', { url }));
  }
}

/**
 * Another DisCO's actor, named by its handle (`disco@coop.example`, WebFinger) or its actor URL,
 * read through the guarded fetch: its inbox and what it publishes for witnessing.
 *
 * @example const peer = await resolvePeer(ctx, 'disco@coop.example');
 */
export async function resolvePeer(ctx: AppContext, target: string): Promise<FederationPeer> {
  const fed = requireFederation(ctx);
  const handle = /^(?:acct:|@)?([^@\s/]+)@([^@\s/]+)$/.exec(target.trim());
  let actorUrl = target.trim();
  if (handle) {
    const scheme = fed.allowHttp ? 'http' : 'https';
    const resource = encodeURIComponent(`acct:${handle[1]}@${handle[2]}`);
    const finger = (await fetchJson(
      fed,
      `${scheme}://${handle[2]}/.well-known/webfinger?resource=${resource}`,
      target,
    )) as { links?: Array<{ rel?: string; type?: string; href?: string }> };
    const self = finger.links?.find(
      (l) => l.rel === 'self' && /activity\+json|ld\+json/.test(l.type ?? ''),
    );
    if (!self?.href) throw unreachable(target, message('peer.reason.no-actor-in-webfinger'));
    actorUrl = self.href;
  }
  return readPeerActor(ctx, actorUrl, target);
}

/** Reads an actor document into what the ledger records of a peer. */
export async function readPeerActor(
  ctx: AppContext,
  actorUrl: string,
  target = actorUrl,
): Promise<FederationPeer> {
  const fed = requireFederation(ctx);
  const actor = (await fetchJson(fed, actorUrl, target)) as Record<string, unknown>;
  const attachments = Array.isArray(actor['attachment']) ? actor['attachment'] : [];
  const property = (name: string): string | null => {
    const found = attachments.find(
      (a): a is { value: string } =>
        typeof a === 'object' && a !== null && a.name === name && typeof a.value === 'string',
    );
    return found ? found.value : null;
  };
  const [witnessUrl, witnessKey] = (property(WITNESS_PROPERTY) ?? '').split(' ');
  const host = (() => {
    try {
      return new URL(String(actor['id'])).host;
    } catch {
      return null;
    }
  })();
  // Anything but a count from 1 to 20 is left out: the peer is then taken to need one.
  const cosignatures = /^\d{1,2}$/.test(property(RECEIPT_COSIGNATURES_PROPERTY) ?? '')
    ? Number(property(RECEIPT_COSIGNATURES_PROPERTY))
    : 0;
  const parsed = federationPeer.safeParse({
    actorId: actor['id'],
    handle:
      typeof actor['preferredUsername'] === 'string' && host
        ? `${actor['preferredUsername']}@${host}`
        : null,
    inbox: actor['inbox'],
    witnessUrl: witnessUrl || null,
    witnessKey: witnessKey || null,
    logKey: property(LOG_KEY_PROPERTY),
    ...(cosignatures >= 1 && cosignatures <= 20 ? { receiptCosignatures: cosignatures } : {}),
  });
  if (!parsed.success) throw unreachable(target, message('peer.reason.actor-lacks-inbox'));
  if (parsed.data.actorId !== new URL(actorUrl).href && !target.includes('@'))
    throw unreachable(target, message('peer.reason.actor-other-id'));
  return parsed.data;
}
