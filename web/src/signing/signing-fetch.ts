import { isWrite } from '../api/is-write';
import { activeDeviceSigner, type ActiveSigner } from './active-signer';

const INTENT_FORMAT = 'disco-cat/intent@1';

/** Routes that record nothing a member signs (docs/api.md, Signed writes). */
function nothingToSign(path: string): boolean {
  return (
    path.startsWith('/api/auth/') ||
    path.startsWith('/api/tokens') ||
    path.startsWith('/api/invitations') ||
    /^\/api\/me\/devices\/[^/]+\/key$/.test(path) ||
    /^\/api\/members\/[^/]+\/password-reset$/.test(path)
  );
}

interface PreparedAnswer {
  draft: string;
  intents: { type: string; intent: string }[];
}

/** A problem the page shows when the server asked to sign something that is not the member's. */
function refusal(): Response {
  return new Response(
    JSON.stringify({
      type: 'about:blank',
      title: 'Not signed',
      status: 422,
      detail:
        'The server asked this device to sign an intent that is not yours; nothing was signed.',
    }),
    { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * Sends a request, signing the member's events on the way when this device holds an unlocked key:
 * prepare (the server answers with the exact intents), sign each intent with the device key,
 * commit the same request with the signatures. Without a key, or for a route with nothing to
 * sign, the request goes as it is.
 *
 * @example const response = await signingFetch(new Request('/api/contributions', { method: 'POST', body }));
 */
export async function signingFetch(
  request: Request,
  signer: ActiveSigner | null = activeDeviceSigner(),
): Promise<Response> {
  const path = new URL(request.url, globalThis.location?.href).pathname;
  if (!signer || !isWrite(request.method) || nothingToSign(path)) return globalThis.fetch(request);
  const commit = request.clone();
  const prepare = new Request(request);
  prepare.headers.set('Disco-Intent', 'prepare');
  const prepared = await globalThis.fetch(prepare);
  if (prepared.status !== 202 || prepared.headers.get('Disco-Intent') !== 'prepared')
    return prepared;
  const answer = (await prepared.json()) as PreparedAnswer;
  const sigs: string[] = [];
  for (const { intent } of answer.intents) {
    const parsed = JSON.parse(intent) as { format?: unknown; actor?: unknown };
    if (parsed.format !== INTENT_FORMAT || parsed.actor !== signer.memberId) return refusal();
    sigs.push(await signer.sign(new TextEncoder().encode(intent)));
  }
  commit.headers.set('Disco-Intent', 'commit');
  commit.headers.set('Disco-Draft', answer.draft);
  commit.headers.set('Disco-Member-Key', signer.publicKey);
  commit.headers.set('Disco-Member-Sig', sigs.join(','));
  return globalThis.fetch(commit);
}
