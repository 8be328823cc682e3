import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { message, type Message } from '../../core/messages/codes.js';
import { renderEnglish } from '../../core/messages/render-en.js';
import type { FederationContext } from './federation-settings.js';

/** Why a remote fetch was refused or failed; the message is safe to log. */
/**
 * Why a peer could not be read, as a coded reason (so a refusal says it in the reader's language)
 * and, as the error's message, in English for the log.
 */
export class RemoteFetchError extends Error {
  constructor(
    readonly reason: Message,
    /** What the system said (English, for the log only). */
    detail?: string,
  ) {
    super(detail ? `${renderEnglish(reason)}: ${detail}` : renderEnglish(reason));
    this.name = 'RemoteFetchError';
  }
}

/*
 * Addresses no federation peer has: loopback, private, link-local (cloud metadata lives at
 * 169.254.169.254), carrier-grade NAT, unspecified and multicast. A peer's URL naming one of
 * them is a server-side request forgery unless the test-only setting allows it.
 */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is one no peer may have (IPv4-mapped IPv6 is judged as IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  return PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** Refuses a URL the node must not fetch: not https (unless allowed), or resolving to a private address. */
export async function checkRemoteUrl(fed: FederationContext, text: string): Promise<URL> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RemoteFetchError(message('peer.reason.not-a-url', { url: text.slice(0, 200) }));
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && fed.allowHttp)) {
    throw new RemoteFetchError(message('peer.reason.only-https', { url: url.href.slice(0, 200) }));
  }
  if (fed.allowPrivateAddresses) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [host]
    : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0)
    throw new RemoteFetchError(message('peer.reason.cannot-resolve', { host }));
  const bad = addresses.find(isPrivateAddress);
  if (bad)
    throw new RemoteFetchError(message('peer.reason.private-address', { host, address: bad }));
  return url;
}

const MAX_REDIRECTS = 3;

/**
 * Fetches a remote URL as a federation peer's, bounded: https only and no private address
 * (unless the test-only settings allow them, each redirect checked again), the whole exchange
 * within `timeoutMs`, and at most `maxResponseBytes` of body read. Returns the status, headers
 * and body text.
 *
 * @example const { status, text } = await guardedFetch(ctx.federation, 'https://coop.example/actor');
 */
export async function guardedFetch(
  fed: FederationContext,
  target: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; text: string; url: string }> {
  const signal = AbortSignal.timeout(fed.timeoutMs);
  let url = await checkRemoteUrl(fed, target);
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fed.fetch(url, { ...init, redirect: 'manual', signal });
    } catch (error) {
      throw new RemoteFetchError(
        signal.aborted
          ? message('peer.reason.no-answer-in-time', {
              origin: url.origin,
              ms: String(fed.timeoutMs),
            })
          : message('peer.reason.unreachable', { origin: url.origin }),
        signal.aborted ? undefined : error instanceof Error ? error.message : String(error),
      );
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS)
        throw new RemoteFetchError(
          message('peer.reason.redirected-too-often', { origin: url.origin }),
        );
      url = await checkRemoteUrl(fed, new URL(location, url).href);
      continue;
    }
    const text = await readBounded(response, fed, signal, url);
    return { status: response.status, headers: response.headers, text, url: url.href };
  }
}

async function readBounded(
  response: Response,
  fed: FederationContext,
  signal: AbortSignal,
  url: URL,
): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > fed.maxResponseBytes) {
    await response.body?.cancel();
    throw new RemoteFetchError(
      message('peer.reason.declared-too-large', {
        origin: url.origin,
        bytes: String(declared),
        max: String(fed.maxResponseBytes),
      }),
    );
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > fed.maxResponseBytes) {
        await reader.cancel();
        throw new RemoteFetchError(
          message('peer.reason.sent-too-much', {
            origin: url.origin,
            max: String(fed.maxResponseBytes),
          }),
        );
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof RemoteFetchError) throw error;
    throw new RemoteFetchError(
      signal.aborted
        ? message('peer.reason.unfinished', { origin: url.origin, ms: String(fed.timeoutMs) })
        : message('peer.reason.broke-off', { origin: url.origin }),
    );
  }
  return Buffer.concat(chunks).toString('utf8');
}
