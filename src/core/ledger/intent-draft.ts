import { z } from 'zod';
import { canonicalBytes, canonicalString } from './canonical.js';
import { intentBytes, type EventDraft } from './event.js';
import { sha256 } from './hash.js';
import { verifySignature, type Signer } from './keys.js';

export const DRAFT_FORMAT = 'disco-cat/draft@1';
/** Prefix of what the node signs in a draft token, so it can pass for no event or checkpoint signature. */
const DRAFT_SIGNATURE_CONTEXT = Buffer.from('disco-cat/draft-signature@1\n', 'utf8');

/**
 * What the node remembers of a prepared write, inside the draft token it hands the member: enough
 * to run the same request again with the same ids and time, and to say which part of an intent
 * changed if the second run does not produce the intents the member signed.
 */
export interface DraftToken {
  format: typeof DRAFT_FORMAT;
  /** The member who prepared it; only they may commit it. */
  actor: string;
  /** SHA-256 (hex) of the request's method, path and body: a commit repeats exactly this request. */
  request: string;
  /** The instant the write was prepared at; every draft of the run carries it. */
  time: string;
  /** The ids and other random values the run drew, in the order it drew them. */
  draws: string[];
  /** One digest per intent the member must sign, in order. */
  intents: IntentDigest[];
}

/** An intent named field by field, the payload by top-level key, each value by its hash. */
export interface IntentDigest {
  hash: string;
  type: string;
  schema: number;
  actor: string | null;
  time: string;
  payload: Record<string, string>;
}

const intentDigestSchema = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  type: z.string(),
  schema: z.number().int(),
  actor: z.string().nullable(),
  time: z.string(),
  payload: z.record(z.string(), z.string()),
});

const draftTokenSchema = z.strictObject({
  format: z.literal(DRAFT_FORMAT),
  actor: z.string(),
  request: z.string().regex(/^[0-9a-f]{64}$/),
  time: z.iso.datetime(),
  draws: z.array(z.string().max(200)).max(1000),
  intents: z.array(intentDigestSchema).min(1).max(1000),
});

function valueDigest(value: unknown): string {
  return sha256(canonicalBytes(value)).toString('hex').slice(0, 32);
}

/**
 * The digest of a draft's intent (see `intentBytes`).
 *
 * @example intentDigest(draft).hash === sha256(intentBytes(draft)).toString('hex')
 */
export function intentDigest(draft: EventDraft): IntentDigest {
  return {
    hash: sha256(intentBytes(draft)).toString('hex'),
    type: draft.type,
    schema: draft.schema,
    actor: draft.actor,
    time: draft.time,
    payload: Object.fromEntries(
      Object.entries(draft.payload).map(([key, value]) => [key, valueDigest(value)]),
    ),
  };
}

/**
 * Which fields of an intent differ from the one prepared, each named under `where`
 * (`events[0].payload.credit`); empty when the intents are the same bytes.
 *
 * @example intentChanges(token.intents[0], intentDigest(draft), 'events[0].') // [{ field: 'events[0].payload.credit', … }]
 */
export function intentChanges(
  prepared: IntentDigest,
  now: IntentDigest,
  where: string,
): { field: string; message: string }[] {
  if (prepared.hash === now.hash) return [];
  const changed: string[] = [];
  for (const field of ['type', 'schema', 'actor', 'time'] as const) {
    if (prepared[field] !== now[field]) changed.push(field);
  }
  const keys = new Set([...Object.keys(prepared.payload), ...Object.keys(now.payload)]);
  for (const key of [...keys].sort()) {
    if (prepared.payload[key] !== now.payload[key]) changed.push(`payload.${key}`);
  }
  if (changed.length === 0) changed.push('payload');
  return changed.map((field) => ({
    field: `${where}${field}`,
    message: 'differs from the prepared intent',
  }));
}

function signedBytes(body: string): Buffer {
  return Buffer.concat([DRAFT_SIGNATURE_CONTEXT, Buffer.from(body, 'utf8')]);
}

/**
 * The token as sent: the canonical token in base64url, a dot, and the node's signature of it.
 * Signed rather than stored, so a prepared write costs the node nothing until it is committed.
 *
 * @example const text = encodeDraftToken(token, node); decodeDraftToken(text, node.publicKey) // token
 */
export function encodeDraftToken(token: DraftToken, node: Signer): string {
  const body = canonicalString(token);
  return `${Buffer.from(body, 'utf8').toString('base64url')}.${node.sign(signedBytes(body))}`;
}

/** The token, if `text` is one this node key signed; null for anything else. */
export function decodeDraftToken(text: string, nodeKey: string): DraftToken | null {
  const [encoded, sig, ...rest] = text.split('.');
  if (!encoded || !sig || rest.length > 0) return null;
  const body = Buffer.from(encoded, 'base64url').toString('utf8');
  if (!verifySignature(nodeKey, signedBytes(body), sig)) return null;
  try {
    const parsed = draftTokenSchema.safeParse(JSON.parse(body));
    return parsed.success ? (parsed.data as DraftToken) : null;
  } catch {
    return null;
  }
}
