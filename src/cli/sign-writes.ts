import type { Signer } from '../core/ledger/keys.js';
import { INTENT_FORMAT } from '../core/ledger/event.js';
import { UsageError } from './output.js';

/** The prepare answer (see `src/http/intent-signing.ts`), as a client reads it. */
interface PreparedAnswer {
  draft: string;
  expiresAt: string;
  intents: { type: string; intent: string }[];
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isWrite(method: string): boolean {
  return WRITE_METHODS.has(method.toUpperCase());
}

/**
 * One write, signed by the member: prepare (the server answers with the intents the member's events
 * will carry), sign each intent with the member's key, commit the same request with the
 * signatures. An intent that is not the member's own is refused before anything is signed. A
 * write with nothing to sign answers its result on prepare, which is returned as it is.
 *
 * @example const res = await sendSigned((h) => fetch(url, { method: 'POST', body, headers: { ...base, ...h } }), signer, memberId);
 */
export async function sendSigned(
  send: (headers: Record<string, string>) => Response | Promise<Response>,
  signer: Signer,
  memberId: string,
): Promise<Response> {
  const prepared = await send({ 'Disco-Intent': 'prepare' });
  if (prepared.status !== 202 || prepared.headers.get('Disco-Intent') !== 'prepared')
    return prepared;
  const answer = (await prepared.json()) as PreparedAnswer;
  const sigs = answer.intents.map(({ intent }) => {
    const parsed = JSON.parse(intent) as { format?: unknown; actor?: unknown };
    if (parsed.format !== INTENT_FORMAT || parsed.actor !== memberId) {
      throw new UsageError(
        'The server asked to sign an intent that is not yours; nothing was signed or recorded.',
        'Tell the node operator; check the node with `disco ledger verify`.',
      );
    }
    return signer.sign(Buffer.from(intent, 'utf8'));
  });
  return send({
    'Disco-Intent': 'commit',
    'Disco-Draft': answer.draft,
    'Disco-Member-Key': signer.publicKey,
    'Disco-Member-Sig': sigs.join(','),
  });
}
